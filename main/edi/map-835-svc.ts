// One 835 SVC segment → a service payment, including the malformed shape where the procedure code
// slipped into its own element (`SVC*HC*24599.00*1766.50*187.50**1`).
import type { MapContext } from './map-context.js';
import { orNull, procedureOf } from './map-context.js';
import type { ServicePayment } from './model.js';

const QUALIFIER_ONLY = /^[A-Z][A-Z0-9]$/;

export function readSvc(ctx: MapContext, s: number): ServicePayment {
  const t = ctx.t;
  const first = ctx.components(s, 1);
  // A bare two-letter qualifier in SVC01 means every later element sits one place to the right.
  const shifted = first.length === 1 && QUALIFIER_ONLY.test(first[0].toUpperCase()) && t.elementCount(s) >= 4;
  const o = shifted ? 1 : 0;
  if (shifted) ctx.warn('malformed_svc', 'SVC01 holds only a qualifier; the procedure code was read from SVC02 and later elements shifted back by one', s, 1);
  const procedure = shifted
    ? { qualifier: first[0].toUpperCase(), code: t.el(s, 2), modifiers: [] }
    : procedureOf(first);
  return {
    procedure,
    chargeCents: ctx.cents(s, 2 + o),
    paidCents: ctx.cents(s, 3 + o),
    revenueCode: orNull(t.el(s, 4 + o)),
    unitsPaid: orNull(t.el(s, 5 + o)),
    originalProcedure: ctx.procedure(s, 6 + o),
    originalUnits: orNull(t.el(s, 7 + o)),
    serviceDateFrom: null,
    serviceDateTo: null,
    lineControlNumber: null,
    allowedCents: null,
    adjustments: [],
    remarkCodes: [],
    location: ctx.loc(s),
  };
}
