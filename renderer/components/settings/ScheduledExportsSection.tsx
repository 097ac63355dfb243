// Settings → Scheduled exports: a saved view written to a folder on a schedule (the office's shared drive, say),
// while ClaimTrail is open. Lists each schedule with its last run (or why it failed) and its next one.
import { useEffect, useState } from 'react';
import type { ExportCadence, ScheduledExportInput, ScheduledExportStatus } from '../../../shared/domain/scheduled-exports';
import { formatCount, formatDate } from '../../lib/format';
import { describeSchedule, WEEKDAYS } from '../../lib/schedules';
import { useAppInfo } from '../../store/app-info';
import { useScheduledExports } from '../../store/scheduled-exports';
import { useViews } from '../../store/views';

type Every = ExportCadence['every'];
/** Where main writes scheduled exports when there is no folder dialog (main/ipc/handlers/scheduled-exports.ts). */
const scheduledFolder = (dataDir: string) => { const sep = dataDir.includes('\\') ? '\\' : '/'; return [dataDir, 'exports', 'scheduled'].join(sep); };

export function ScheduledExportsSection() {
  const { schedules, error, running, load, remove, setEnabled, changeFolder, runNow } = useScheduledExports();
  const loadViews = useViews((s) => s.load);
  const { info, load: loadInfo } = useAppInfo();
  useEffect(() => { void load(); void loadViews(); if (!info) void loadInfo(); }, [load, loadViews, info, loadInfo]);
  // only the desktop app has a folder dialog; elsewhere main writes into the data folder
  const dialog = info?.runtime === 'electron';
  return (
    <section className="card scheduled-exports" aria-labelledby="schedules-title">
      <h2 id="schedules-title">Scheduled exports</h2>
      <p className="muted small">A saved view of the claims list, exported to a folder on a schedule while ClaimTrail is open. A time missed while
        the computer was off is made up once, when ClaimTrail next starts. Every run is in the audit log.</p>
      {error && <p role="alert" className="error-text">{error}</p>}
      {schedules?.length === 0 && <p className="muted">Nothing scheduled.</p>}
      {schedules && schedules.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label="Scheduled exports">
            <thead><tr><th scope="col">View</th><th scope="col">When</th><th scope="col">Folder</th><th scope="col">Last run</th><th scope="col">Next run</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
            <tbody>
              {schedules.map((s) => (
                <tr key={s.id}>
                  <td>{s.viewName} <span className="muted small">{s.format.toUpperCase()}</span></td>
                  <td>{describeSchedule(s.cadence, s.time)}</td>
                  <td className="mono small" title={s.folder}>{s.folder}</td>
                  <td><LastRun s={s} /></td>
                  <td>{s.nextRunAt ? formatDate(s.nextRunAt) : <span className="muted">Paused</span>}</td>
                  <td><div className="row-actions">
                    <button type="button" disabled={running.includes(s.id)} onClick={() => void runNow(s.id)}>{running.includes(s.id) ? 'Running…' : 'Run now'}</button>
                    <button type="button" onClick={() => void setEnabled(s, !s.enabled)}>{s.enabled ? 'Pause' : 'Resume'}</button>
                    {dialog && <button type="button" onClick={() => void changeFolder(s)}>Folder…</button>}
                    <button type="button" onClick={() => void remove(s.id)} aria-label={`Delete the schedule for ${s.viewName}`}>Delete</button>
                  </div></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewSchedule dialog={dialog} dataDir={info?.dataDir ?? null} />
    </section>
  );
}

function LastRun({ s }: { s: ScheduledExportStatus }) {
  const run = s.lastRun;
  if (!run) return <span className="muted">Not yet</span>;
  if (run.outcome === 'failed') return <span className="error-text" title={run.error ?? undefined}>Failed {formatDate(run.at)}: {run.error}</span>;
  return <span title={run.file ?? undefined}>{formatDate(run.at)} · {formatCount(run.rows ?? 0)} claims</span>;
}

function NewSchedule({ dialog, dataDir }: { dialog: boolean; dataDir: string | null }) {
  const views = useViews((s) => s.views);
  const save = useScheduledExports((s) => s.save);
  const [viewName, setViewName] = useState('');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [every, setEvery] = useState<Every>('week');
  const [weekday, setWeekday] = useState(1);
  const [day, setDay] = useState(1);
  const [time, setTime] = useState('07:00');
  const cadence: ExportCadence = every === 'day' ? { every } : every === 'week' ? { every, weekday } : { every, day };
  if (views.length === 0) return <p className="muted">Save a view in the claims list (Views ▾ → Save current view) to schedule its export.</p>;
  const submit = async () => {
    const input: ScheduledExportInput = { viewName: viewName || views[0]!.name, format, cadence, time, enabled: true };
    await save(input);
  };
  return (
    <form className="grid-form" aria-labelledby="schedule-new-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="schedule-new-title" className="form-title">Schedule a view</h3>
      <label htmlFor="schedule-view">Saved view</label>
      <select id="schedule-view" value={viewName || views[0]!.name} onChange={(e) => setViewName(e.target.value)}>
        {views.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
      </select>
      <label htmlFor="schedule-every">Repeat</label>
      <div className="inline-fields">
        <select id="schedule-every" value={every} onChange={(e) => setEvery(e.target.value as Every)}>
          <option value="day">Every day</option>
          <option value="week">Every week</option>
          <option value="month">Every month</option>
        </select>
        {every === 'week' && (
          <select aria-label="Weekday" value={weekday} onChange={(e) => setWeekday(Number(e.target.value))}>
            {WEEKDAYS.map((w, i) => <option key={w} value={i}>{w}</option>)}
          </select>
        )}
        {every === 'month' && (
          <select aria-label="Day of the month" value={day} onChange={(e) => setDay(Number(e.target.value))}>
            {Array.from({ length: 28 }, (_, i) => <option key={i + 1} value={i + 1}>{i + 1}</option>)}
          </select>
        )}
        <input aria-label="Time" type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <label htmlFor="schedule-format">Format</label>
      <select id="schedule-format" value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'xlsx')}>
        <option value="xlsx">Excel workbook (.xlsx)</option>
        <option value="csv">CSV (.csv)</option>
      </select>
      <span className="muted">Folder</span>
      <span className="muted small">{dialog ? 'Chosen in the next step, with the folder dialog.'
        : <>Files go to <span className="mono">{dataDir ? scheduledFolder(dataDir) : 'the data folder'}</span> (only the desktop app can choose another folder).</>}</span>
      <span />
      <div><button type="submit" className="primary">{dialog ? 'Choose folder and schedule…' : 'Schedule export'}</button></div>
    </form>
  );
}
