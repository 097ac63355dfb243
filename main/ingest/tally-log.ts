// Claim tallies that can be rolled back with the transaction they describe: a bulk import's window flush either
// commits, or is undone and retried set by set, and the counts must not remember the undone attempt.
import type { Tally } from './recompute.js';

class LoggedSet extends Set<number> {
  log: Array<[op: 'add' | 'delete', value: number]> | null = null;

  override add(value: number): this {
    if (this.log && !this.has(value)) this.log.push(['add', value]);
    return super.add(value);
  }

  override delete(value: number): boolean {
    if (this.log && this.has(value)) this.log.push(['delete', value]);
    return super.delete(value);
  }

  undo(): void {
    const log = this.log ?? [];
    this.log = null;
    for (const [op, value] of log.reverse()) if (op === 'add') super.delete(value); else super.add(value);
    this.log = [];
  }
}

export interface RollbackTally extends Tally {
  /** Starts remembering changes (forgetting earlier ones). */
  begin(): void;
  /** Reverts every change since `begin`. */
  undo(): void;
}

export function rollbackTally(): RollbackTally {
  const created = new LoggedSet(), updated = new LoggedSet();
  return {
    created, updated,
    begin: () => { created.log = []; updated.log = []; },
    undo: () => { created.undo(); updated.undo(); },
  };
}
