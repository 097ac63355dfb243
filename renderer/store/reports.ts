// Reports: which one, the date range, and the last result.
import { create } from 'zustand';
import type { Report, ReportKind } from '../../shared/domain/reports';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { isoDay } from '../lib/format';

interface ReportsState {
  kind: ReportKind;
  from: string;
  to: string;
  report: Report | null;
  loading: boolean;
  error: string | null;
  setRange(from: string, to: string): void;
  run(kind?: ReportKind): Promise<void>;
}

const today = new Date();
const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));

export const useReports = create<ReportsState>()((set, get) => ({
  kind: 'top_providers', from: isoDay(yearAgo), to: isoDay(today), report: null, loading: false, error: null,
  setRange: (from, to) => set({ from, to }),
  run: async (kind = get().kind) => {
    const { from, to } = get();
    set({ kind, loading: true, error: null });
    try {
      const report = await api.runReport({ kind, from, to });
      if (get().kind === kind) set({ report, loading: false });
    } catch (err) {
      if (get().kind === kind) set({ loading: false, error: errorMessage(err), report: null });
    }
  },
}));
