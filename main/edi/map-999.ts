// 999 (and its 4010 predecessor 997) → Acknowledgment: the group result and, per acknowledged set, its
// status and the segment/element errors (IK3/IK4 or AK3/AK4) with the claim they point at (CTX).
import type { MapContext } from './map-context.js';
import { orNull } from './map-context.js';
import type { AckError, Acknowledgment, Envelope } from './model.js';

type SetAck = Acknowledgment['sets'][number];
const STATUS: Record<string, SetAck['status']> = { A: 'accepted', E: 'accepted_with_errors' };

export function map999(ctx: MapContext, envelope: Envelope): Acknowledgment {
  const t = ctx.t;
  let functionalId = '';
  let groupControlNumber = '';
  let groupStatus = '';
  const sets: SetAck[] = [];
  let current: SetAck | null = null;
  let segmentError: AckError | null = null; // the IK3 in force
  let segmentErrorUsed = false; // an IK4 already reported it

  const flushSegmentError = () => {
    if (current && segmentError && !segmentErrorUsed) current.errors.push(segmentError);
    segmentError = null;
  };

  for (let s = 1; s < t.count - 1; s++) {
    switch (t.ids[s]) {
      case 'AK1':
        functionalId = t.code(s, 1);
        groupControlNumber = t.el(s, 2);
        break;
      case 'AK2':
        flushSegmentError();
        current = { transactionSetId: t.el(s, 1), transactionControlNumber: t.el(s, 2), status: 'rejected', statusCode: '', errorCodes: [], errors: [] };
        sets.push(current);
        break;
      case 'IK3': case 'AK3':
        flushSegmentError();
        segmentError = {
          segmentId: orNull(t.code(s, 1)), segmentPosition: orNull(t.el(s, 2)), loopId: orNull(t.el(s, 3)),
          segmentErrorCode: orNull(t.el(s, 4)), elementPosition: null, elementErrorCode: null, badValue: null, patientControlNumber: null,
        };
        segmentErrorUsed = false;
        break;
      case 'CTX': {
        // CTX*CLM01:<patient control number> names the claim the error concerns.
        const parts = ctx.components(s, 1);
        if (segmentError && (parts[0] ?? '').toUpperCase() === 'CLM01') segmentError.patientControlNumber = orNull(parts[1] ?? '');
        break;
      }
      case 'IK4': case 'AK4': {
        if (!current) break;
        const base = segmentError ?? { segmentId: null, segmentPosition: null, loopId: null, segmentErrorCode: null, patientControlNumber: null };
        current.errors.push({
          ...base,
          elementPosition: orNull(ctx.components(s, 1).join(':')),
          elementErrorCode: orNull(t.el(s, 3)),
          badValue: orNull(t.el(s, 4)),
        });
        segmentErrorUsed = true;
        break;
      }
      case 'IK5': case 'AK5':
        flushSegmentError();
        if (!current) break;
        current.statusCode = t.code(s, 1);
        current.status = STATUS[current.statusCode] ?? 'rejected'; // R, M, W, X are all rejections
        current.errorCodes = ctx.nonEmpty(s, 2, 6);
        break;
      case 'AK9':
        flushSegmentError();
        groupStatus = t.code(s, 1);
        break;
    }
  }
  flushSegmentError();
  sets.forEach((set, i) => {
    if (set.statusCode === '') ctx.warn('missing_ik5', `Acknowledged set ${i + 1} has no IK5 result; treated as rejected`, 0);
  });
  return { kind: '999', envelope, functionalId, groupControlNumber, groupStatus, sets, location: ctx.loc(0), warnings: ctx.warnings.splice(0) };
}
