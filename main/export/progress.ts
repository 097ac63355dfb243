// Progress reporting and cancellation shared by the CSV and XLSX writers: throttled callbacks, abort checks.
export interface ExportProgress {
  rows: number;
  /** Rows expected, when the caller counted them first; null when unknown. */
  total: number | null;
}

export type OnProgress = (progress: ExportProgress) => void;

export interface RowTracker {
  /** Counts one row; calls back at most every `everyMs` (and never mid-row). */
  tick(): void;
  /** Throws an AbortError when the signal fired. Cheap: call it per chunk. */
  checkAborted(): void;
  finish(): number;
  readonly rows: number;
}

export function trackRows(options: { total?: number | null; onProgress?: OnProgress; signal?: AbortSignal; everyMs?: number; now?: () => number }): RowTracker {
  const now = options.now ?? Date.now;
  const everyMs = options.everyMs ?? 200;
  const total = options.total ?? null;
  let rows = 0;
  let last = now();
  return {
    get rows() { return rows; },
    tick() {
      rows += 1;
      // Reading the clock per row is measurable at a million rows; every 256th is plenty.
      if (options.onProgress && (rows & 0xff) === 0 && now() - last >= everyMs) {
        last = now();
        options.onProgress({ rows, total });
      }
    },
    checkAborted() {
      options.signal?.throwIfAborted();
    },
    finish() {
      options.onProgress?.({ rows, total });
      return rows;
    },
  };
}

/** True for the error AbortSignal.throwIfAborted() and our own cancellations raise. */
export function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || (err as { code?: string }).code === 'ABORT_ERR');
}
