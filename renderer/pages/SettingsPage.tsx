import { useEffect } from 'react';
import { EngineCheck } from '../components/EngineCheck';
import { AboutSection } from '../components/settings/AboutSection';
import { AppearanceSection } from '../components/settings/AppearanceSection';
import { AuditLogSection } from '../components/settings/AuditLogSection';
import { DataSafetySection } from '../components/settings/DataSafetySection';
import { ImportSection } from '../components/settings/ImportSection';
import { PreferencesSection } from '../components/settings/PreferencesSection';
import { ScheduledExportsSection } from '../components/settings/ScheduledExportsSection';
import { StediKeySection } from '../components/settings/StediKeySection';
import { useSettings } from '../store/settings';

export function SettingsPage() {
  const load = useSettings((s) => s.load);
  useEffect(() => { void load(); }, [load]);
  return (
    <section aria-labelledby="settings-title" className="page settings">
      <h1 id="settings-title">Settings</h1>
      <div className="settings-grid">
        <ImportSection />
        <StediKeySection />
        <PreferencesSection />
        <ScheduledExportsSection />
        <AppearanceSection />
        <DataSafetySection />
        <AboutSection />
        <section className="card" aria-labelledby="diag-title">
          <h2 id="diag-title">Diagnostics</h2>
          <EngineCheck />
        </section>
        <AuditLogSection />
      </div>
    </section>
  );
}
