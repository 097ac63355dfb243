// 999 acknowledgments: one set per 837 functional group, accepting it or rejecting it (IK5 R) with the
// segment and element at fault and the CLM01 of the claim concerned.
import type { Delimiters } from './options.js';
import { SetWriter } from './x12-writer.js';

export interface Ack999 {
  control: string; // ST02 of the 999
  groupControl: number; // the 837's GS06
  version: string; // the 837's GS08
  setControl: string; // the 837's ST02
  rejected: { clmPosition: number; frequency: string; pcn: string } | null;
}

export function build999(d: Delimiters, a: Ack999): string {
  const w = new SetWriter(d, '999', a.control, '005010X231A1');
  w.seg('AK1', 'HC', String(a.groupControl), a.version);
  w.seg('AK2', '837', a.setControl, a.version);
  if (a.rejected) {
    // CLM05-3 carries a code the receiver does not accept: an element error inside the claim segment
    w.seg('IK3', 'CLM', String(a.rejected.clmPosition), '2300', '8');
    w.seg('CTX', w.comp('CLM01', a.rejected.pcn));
    w.seg('IK4', w.comp('5', '3'), '1325', '7', a.rejected.frequency);
    w.seg('IK5', 'R', '5');
    w.seg('AK9', 'R', '1', '1', '0');
  } else {
    w.seg('IK5', 'A');
    w.seg('AK9', 'A', '1', '1', '1');
  }
  return w.finish();
}
