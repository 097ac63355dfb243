// One large 835 interchange streamed as text chunks (one ST per payment), for parse and streaming
// benchmarks: N claims, every set balanced, with denials, reversals + corrections and PLB.
import { adjudicate, reversalOf } from './adjudicate.js';
import { build835, type Entry835 } from './build-835.js';
import { makeClaim } from './claim.js';
import { dayToX12 } from './dates.js';
import { resolveOptions, type GeneratorOptions } from './options.js';
import { buildCast, memberAt, type ClaimType } from './parties.js';
import { planPayment, type PayQueue } from './payments.js';
import { mixSeed, Rng } from './prng.js';
import { geSegment, gsSegment, ieaSegment, isaSegment, type InterchangeHeader } from './x12-writer.js';

/** Yields the ISA/GS header, then one 835 set per `claimsPer835` claims, then GE/IEA. Memory stays flat. */
export function* stream835(opts: GeneratorOptions): Generator<string> {
  const o = resolveOptions({ claimsPer835: 1000, ...opts, rates: { unbalancedEra: 0, ...opts.rates } });
  const rng = new Rng(mixSeed(o.seed, 835));
  const cast = buildCast(o.seed);
  const payer = cast.medicalPayers[0];
  const header: InterchangeHeader = { sender: payer.id, receiver: cast.submitter.id, day: o.startDay, time: '0800', control: 1 };
  yield isaSegment(o.delimiters, header) + gsSegment(o.delimiters, header, { functionalId: 'HP', version: '005010X221A1', control: 1 });
  const queues = new Map<string, PayQueue>();
  const pool = Math.max(50, Math.floor(o.claims / 3));
  let sets = 0;
  let seq = 0;
  for (let first = 0; first < o.claims; first += o.claimsPer835) {
    const count = Math.min(o.claimsPer835, o.claims - first);
    const type: ClaimType = rng.chance(o.rates.institutional) ? 'institutional' : 'professional';
    const provider = rng.pick(cast.providers[type]);
    const setPayer = rng.pick(cast.medicalPayers);
    const key = `${setPayer.id}|${provider.npi}`;
    const queue = queues.get(key) ?? { payer: setPayer, provider, entries: [], since: 0, carryCents: 0, lastPayerClaim: null };
    queues.set(key, queue);
    const day = o.startDay + Math.floor((first / Math.max(1, o.claims)) * o.days);
    const entries: Entry835[] = [];
    for (let i = 0; i < count; i++) {
      const member = memberAt(o.seed, rng.int(0, pool - 1), o.startDay, o.rates.dependent);
      const claim = makeClaim(rng, { pcn: provider.code + String(++seq).padStart(7, '0'), type, provider, payer: setPayer, member, submitDay: day - 20 });
      claim.payerClaim = setPayer.claimPrefix + dayToX12(day).slice(2) + String(seq).padStart(7, '0');
      const adj = adjudicate(rng, claim, o.rates, false);
      if (adj.outcome === 'paid' && i + 1 < count && rng.chance(o.rates.reversal)) {
        // an earlier payment taken back and paid again, within the same set
        entries.push({ claim, adj: reversalOf(adj), readyDay: day, initial: false });
        entries.push({ claim, adj: adjudicate(rng, claim, o.rates, true), readyDay: day, initial: false });
        i++;
      } else entries.push({ claim, adj, readyDay: day, initial: true });
    }
    const planned = planPayment(rng, o.rates, queue, entries, day, ++sets);
    planned.payment.control = String(sets).padStart(4, '0');
    yield build835(o.delimiters, planned.payment);
  }
  yield geSegment(o.delimiters, sets, 1) + ieaSegment(o.delimiters, 1, 1);
}
