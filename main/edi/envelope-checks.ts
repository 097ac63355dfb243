// Control-number and count checks for the SE, GE and IEA trailers. Pure: values in, warnings out.
import type { Location, Warning } from './model.js';
import type { SegmentTable } from './segment-table.js';
import { sameControlNumber } from './values.js';

/** SE01 = segments from ST to SE inclusive; SE02 = ST02. The table holds exactly those segments. */
export function checkSetTrailer(t: SegmentTable): Warning[] {
  const se = t.count - 1;
  const out: Warning[] = [];
  const declared = t.el(se, 1).trim();
  if (!/^\d+$/.test(declared) || Number(declared) !== t.count) {
    out.push({ code: 'se_count_mismatch', message: `SE01 says ${declared || '(empty)'} segments, the set has ${t.count}`, location: t.location(se, 1) });
  }
  const st02 = t.el(0, 2);
  const se02 = t.el(se, 2);
  if (!sameControlNumber(st02, se02)) {
    out.push({ code: 'se_control_mismatch', message: `SE02 ${se02 || '(empty)'} does not match ST02 ${st02 || '(empty)'}`, location: t.location(se, 2) });
  }
  return out;
}

/** GE01 = number of ST in the group; GE02 = GS06. `ge` and `gs` are split fields (index 0 = id). */
export function checkGroupTrailer(ge: string[], gs: string[], sets: number, location: Location): Warning[] {
  const out: Warning[] = [];
  const count = (ge[1] ?? '').trim();
  if (!/^\d+$/.test(count) || Number(count) !== sets) {
    out.push({ code: 'ge_count_mismatch', message: `GE01 says ${count || '(empty)'} transaction sets, the group has ${sets}`, location: { ...location, element: 1 } });
  }
  if (!sameControlNumber(ge[2] ?? '', gs[6] ?? '')) {
    out.push({ code: 'ge_control_mismatch', message: `GE02 ${ge[2] || '(empty)'} does not match GS06 ${gs[6] || '(empty)'}`, location: { ...location, element: 2 } });
  }
  return out;
}

/** IEA01 = number of GS in the interchange; IEA02 = ISA13. */
export function checkInterchangeTrailer(iea: string[], isa: string[], groups: number, location: Location): Warning[] {
  const out: Warning[] = [];
  const count = (iea[1] ?? '').trim();
  if (!/^\d+$/.test(count) || Number(count) !== groups) {
    out.push({ code: 'iea_count_mismatch', message: `IEA01 says ${count || '(empty)'} functional groups, the interchange has ${groups}`, location: { ...location, element: 1 } });
  }
  if (!sameControlNumber(iea[2] ?? '', isa[13] ?? '')) {
    out.push({ code: 'iea_control_mismatch', message: `IEA02 ${iea[2] || '(empty)'} does not match ISA13 ${isa[13] || '(empty)'}`, location: { ...location, element: 2 } });
  }
  return out;
}
