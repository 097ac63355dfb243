// The raw segment view: loops, element names and code descriptions for the X12 viewer.
import { describe, expect, it } from 'vitest';
import { describeSegments } from '../../../main/edi/index.js';
import { parseFixture } from './fixture-files.js';

describe('describeSegments', () => {
  it('names loops, elements and codes of an 835', () => {
    const set = parseFixture('keironstoddart__edi-835-parser/test_edi_835_files/emedny_sample.txt').sets[0];
    const view = describeSegments(set.raw);
    expect(view).toHaveLength(69);
    expect(view.map((s) => s.id).slice(0, 3)).toEqual(['ISA', 'GS', 'ST']);
    const clp = view.find((s) => s.id === 'CLP')!;
    expect([clp.loopId, clp.name, clp.elements[1].name, clp.elements[1].description]).toEqual(['2100', 'Claim payment', 'Claim status', 'Processed as primary']);
    const svc = view.find((s) => s.id === 'SVC')!;
    expect([svc.loopId, svc.elements[0].components]).toEqual(['2110', ['HC', 'V2020', 'RB']]);
    const cas = view.find((s) => s.id === 'CAS')!;
    expect(cas.elements[0].description).toMatch(/contractual/i);
    expect(cas.elements[1].description).toMatch(/time limit/i);
    const lq = view.find((s) => s.id === 'LQ')!;
    expect(lq.elements[1].description).toMatch(/documentation/i);
    expect(view.find((s) => s.id === 'N1')!.loopId).toBe('1000A');
    expect(set.raw.slice(clp.byteOffset, clp.byteOffset + 4)).toBe('CLP*');
  });

  it('follows 837 and 277CA hierarchies and describes STC composites', () => {
    const claim = describeSegments(parseFixture('moov-io__x12/example_5010_837d/sample.txt').sets[0].raw);
    expect(claim.filter((s) => s.id === 'NM1').map((s) => s.loopId)).toEqual(['1000A', '1000B', '2010AA', '2010BA', '2010BB', '2010CA', '2310B']);
    expect(claim.find((s) => s.id === 'SV3')!.loopId).toBe('2400');
    const ack = describeSegments(parseFixture('imsweb__x12-parser/277_5010/x12_277CA_rejected.txt').sets[0].raw);
    const stc = ack.filter((s) => s.id === 'STC').at(-1)!;
    expect(stc.loopId).toBe('2200D');
    expect(stc.elements[0].components).toEqual(['A7', '562', '85']);
    expect(stc.elements[0].description).toMatch(/^A7: .*invalid.*; 562: .*NPI.*; 85: Billing provider$/);
  });
});
