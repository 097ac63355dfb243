// Exports started from this window: start one, follow main's progress events, cancel, then show or download the file.
// Subscribes to exportProgress / exportFinished once, at module load.
import { create } from 'zustand';
import type { ExportJob, ExportRequest } from '../../shared/domain/exports';
import { api, onEvent } from '../api';
import { isDesktop } from '../bridge';
import { errorMessage } from '../lib/errors';

export type ExportEntry = { key: string; label: string } & (
  | { phase: 'starting' } // the save dialog is open (desktop) or the job is being prepared
  | { phase: 'job'; job: ExportJob }
  | { phase: 'refused'; message: string } // it never started: a missing claim, a bad request
);

interface ExportsState {
  entries: ExportEntry[];
  /** Desktop: "Show in folder". Preview host: a download link from /exports/<jobId>. */
  desktop: boolean;
  message: string | null;
  start(request: ExportRequest, label: string): Promise<void>;
  cancel(jobId: string): Promise<void>;
  showInFolder(jobId: string): Promise<void>;
  dismiss(key: string): void;
}

const KEEP = 3;
let nextKey = 0;

/** A finished state never goes back to running: a late snapshot must not undo an event that overtook it. */
function merge(prev: ExportJob | undefined, next: ExportJob): ExportJob {
  if (prev && prev.state !== 'running' && next.state === 'running') return prev;
  return next;
}

export const downloadUrl = (jobId: string): string => `/exports/${encodeURIComponent(jobId)}`;

export const useExports = create<ExportsState>()((set, get) => {
  const update = (key: string, entry: ExportEntry | null) => set((s) => ({
    entries: entry ? s.entries.map((e) => (e.key === key ? entry : e)) : s.entries.filter((e) => e.key !== key),
  }));
  return {
    entries: [],
    desktop: isDesktop,
    message: null,
    start: async (request, label) => {
      const key = `export-${++nextKey}`;
      set((s) => ({ entries: [{ key, label, phase: 'starting' as const }, ...s.entries].slice(0, KEEP), message: null }));
      try {
        const { jobId } = await api.startExport(request);
        if (!jobId) return update(key, null); // the user closed the save dialog
        const job = await api.getExportJob({ jobId });
        const known = get().entries.find((e) => e.key === key);
        const prev = known?.phase === 'job' ? known.job : undefined;
        update(key, { key, label, phase: 'job', job: merge(prev ?? finishedEarly.get(jobId), job) });
        finishedEarly.delete(jobId);
      } catch (err) {
        update(key, { key, label, phase: 'refused', message: errorMessage(err) });
      }
    },
    cancel: async (jobId) => {
      try { await api.cancelExport({ jobId }); } catch (err) { set({ message: errorMessage(err) }); }
    },
    showInFolder: async (jobId) => {
      try { await api.showExportInFolder({ jobId }); } catch (err) { set({ message: errorMessage(err) }); }
    },
    dismiss: (key) => update(key, null),
  };
});

// An export can finish before startExport's reply arrives; remember it so the entry starts in its final state.
const finishedEarly = new Map<string, ExportJob>();

function patchJob(jobId: string, patch: (job: ExportJob) => ExportJob): boolean {
  let found = false;
  useExports.setState((s) => ({
    entries: s.entries.map((e) => {
      if (e.phase !== 'job' || e.job.jobId !== jobId) return e;
      found = true;
      return { ...e, job: patch(e.job) };
    }),
  }));
  return found;
}

onEvent('exportProgress', (p) => {
  patchJob(p.jobId, (job) => (job.state === 'running' ? { ...job, rows: p.rows, total: p.total } : job));
});
onEvent('exportFinished', (job) => {
  if (!patchJob(job.jobId, (prev) => merge(prev, job))) {
    finishedEarly.set(job.jobId, job);
    if (finishedEarly.size > 20) finishedEarly.delete(finishedEarly.keys().next().value!);
  }
});
