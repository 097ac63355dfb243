// Failure injection, deterministic by seed: whether request number n for a given route key fails, and how,
// depends only on (seed, key, n), so concurrent clients see the same faults whatever the interleaving.
import { unit } from './seeded.js';

export type FaultKind = '429' | '429-retry-after' | '500' | '502' | '503' | '504' | '502-html' | 'drop' | 'drop-mid-body' | 'slow';

export interface FaultPlan {
  /** Probability that one try of a request fails, per try (before `maxPerKey` is reached). */
  rate?: number;
  /** Which kinds to draw from (default: all). */
  kinds?: FaultKind[];
  /** Faults stop after this many for one request key, so a client with enough retries always gets through. */
  maxPerKey?: number;
  /** Fraction of request keys that get a 429 burst: the first `burstLength` tries all answer 429. */
  burstRate?: number;
  burstLength?: number;
  /** Seconds sent in Retry-After for '429-retry-after'. */
  retryAfterSeconds?: number;
  /** Delay of a 'slow' answer (real Stedi: 30–90 s; tests use a short client timeout instead). */
  slowMs?: number;
  /** Which routes may fail: 'poll' | 'list' | 'get' | 'link' | 'download' | 'report' | 'pdf' | 'claims'. Default all. */
  routes?: string[];
}

export const ALL_FAULTS: FaultKind[] = ['429', '429-retry-after', '500', '502', '503', '504', '502-html', 'drop', 'drop-mid-body', 'slow'];

export class FaultInjector {
  private readonly tries = new Map<string, number>();
  private readonly faulted = new Map<string, number>();
  readonly counts: Record<string, number> = {};

  constructor(private readonly seed: number, private plan: FaultPlan = {}) {}

  setPlan(plan: FaultPlan): void { this.plan = plan; }

  /** Decides the fate of this try of `key` on `route`; null = answer normally. */
  decide(route: string, key: string): FaultKind | null {
    const n = this.tries.get(key) ?? 0;
    this.tries.set(key, n + 1);
    const p = this.plan;
    if (p.routes && !p.routes.includes(route)) return null;
    if ((p.burstRate ?? 0) > 0 && unit(this.seed, 'burst', key) < p.burstRate! && n < (p.burstLength ?? 3)) return this.count('429');
    const done = this.faulted.get(key) ?? 0;
    if (done >= (p.maxPerKey ?? 2)) return null;
    if (unit(this.seed, 'fault', key, n) >= (p.rate ?? 0)) return null;
    const kinds = p.kinds?.length ? p.kinds : ALL_FAULTS;
    const kind = kinds[Math.floor(unit(this.seed, 'kind', key, n) * kinds.length)]!;
    this.faulted.set(key, done + 1);
    return this.count(kind);
  }

  private count(kind: FaultKind): FaultKind {
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    return kind;
  }
}
