import { lazy, Suspense, useEffect } from 'react';
import { CommandPalette } from './components/CommandPalette';
import { DamageBanner } from './components/DamageBanner';
import { ExportTray } from './components/exports/ExportTray';
import { SideNav } from './components/SideNav';
import { StatusBar } from './components/StatusBar';
import { installGlobalKeys } from './lib/global-keys';
import { ClaimsPage } from './pages/ClaimsPage';
import { SettingsPage } from './pages/SettingsPage';
import { SyncPage } from './pages/SyncPage';
import { WorklistsPage } from './pages/WorklistsPage';
import { useNav, type Section } from './store/nav';
import './store/theme';

// Reports carry the charting library: loaded when first opened, so the Claims screen starts lighter.
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((m) => ({ default: m.ReportsPage })));

const PAGES: Record<Section, React.ComponentType> = {
  claims: ClaimsPage, worklists: WorklistsPage, reports: ReportsPage, sync: SyncPage, settings: SettingsPage,
};

export function App() {
  const section = useNav((s) => s.section);
  const Page = PAGES[section];
  useEffect(() => installGlobalKeys(), []);
  return (
    <div className="app">
      <SideNav />
      <main className="content">
        <DamageBanner />
        <Suspense fallback={<p role="status" className="page muted">Loading…</p>}><Page /></Suspense>
      </main>
      <StatusBar />
      <ExportTray />
      <CommandPalette />
    </div>
  );
}
