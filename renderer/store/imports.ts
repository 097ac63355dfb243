// File import (picker or drag-and-drop) with progress, and the demo dataset. Data changes reload the lists.
import { create } from 'zustand';
import type { ImportSummary } from '../../shared/domain/imports';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { planBatches } from '../lib/import-batches';
import { useAppInfo } from './app-info';
import { useClaims } from './claims';
import { useFilterOptions } from './filter-options';
import { useSync } from './sync';

type Job =
  | { state: 'idle' }
  | { state: 'running'; label: string; done: number; total: number }
  | { state: 'done'; text: string; ok: boolean };

interface ImportsState {
  job: Job;
  importFiles(files: File[]): Promise<void>;
  loadDemo(): Promise<void>;
  removeDemo(): Promise<void>;
}

const add = (a: ImportSummary, b: ImportSummary): ImportSummary => ({
  files: a.files + b.files, transactions: a.transactions + b.transactions, claimsCreated: a.claimsCreated + b.claimsCreated,
  claimsUpdated: a.claimsUpdated + b.claimsUpdated, duplicatesSkipped: a.duplicatesSkipped + b.duplicatesSkipped, exceptions: a.exceptions + b.exceptions,
  warnings: a.warnings + b.warnings,
});
const ZERO: ImportSummary = { files: 0, transactions: 0, claimsCreated: 0, claimsUpdated: 0, duplicatesSkipped: 0, exceptions: 0, warnings: 0 };

export const describeSummary = (s: ImportSummary): string =>
  `${s.files} ${s.files === 1 ? 'file' : 'files'}, ${s.transactions} transactions: ${s.claimsCreated} claims created, ` +
  `${s.claimsUpdated} updated, ${s.duplicatesSkipped} duplicates skipped, ${s.exceptions} exceptions` +
  (s.warnings ? `; ${s.warnings} stored with envelope warnings (shown with their raw X12).` : '.');

function dataChanged(): void {
  useClaims.getState().reload();
  void useFilterOptions.getState().load();
  void useAppInfo.getState().load();
  void useSync.getState().refresh();
}

export const useImports = create<ImportsState>()((set, get) => ({
  job: { state: 'idle' },
  importFiles: async (files) => {
    if (get().job.state === 'running' || files.length === 0) return;
    const { batches, tooLarge } = planBatches(files);
    let total = ZERO, done = 0;
    set({ job: { state: 'running', label: 'Importing', done: 0, total: files.length - tooLarge.length } });
    try {
      for (const batch of batches) {
        const contents = await Promise.all(batch.map(async (f) => ({ name: f.name, text: await f.text() })));
        total = add(total, await api.importFiles({ files: contents }));
        done += batch.length;
        set({ job: { state: 'running', label: 'Importing', done, total: files.length - tooLarge.length } });
      }
      const skipped = tooLarge.length ? ` ${tooLarge.length} too large for this window (use the desktop app or the CLI): ${tooLarge.map((f) => f.name).join(', ')}.` : '';
      set({ job: { state: 'done', ok: tooLarge.length === 0, text: `Imported ${describeSummary(total)}${skipped}` } });
    } catch (err) {
      set({ job: { state: 'done', ok: false, text: `${done ? `${describeSummary(total)} Then: ` : ''}${errorMessage(err)}` } });
    }
    dataChanged();
  },
  loadDemo: async () => {
    set({ job: { state: 'running', label: 'Loading the demo dataset', done: 0, total: 0 } });
    try {
      const s = await api.loadDemoDataset(undefined);
      set({ job: { state: 'done', ok: true, text: `Demo dataset loaded: ${describeSummary(s)}` } });
    } catch (err) {
      set({ job: { state: 'done', ok: false, text: errorMessage(err) } });
    }
    dataChanged();
  },
  removeDemo: async () => {
    set({ job: { state: 'running', label: 'Removing the demo dataset', done: 0, total: 0 } });
    try {
      const r = await api.removeDemoDataset(undefined);
      set({ job: { state: 'done', ok: true, text: `Demo dataset removed (${r.removedClaims} claims).` } });
    } catch (err) {
      set({ job: { state: 'done', ok: false, text: errorMessage(err) } });
    }
    dataChanged();
  },
}));
