// A small world of files touching every correlation rule, for order and idempotency tests.
import { groupControlOf, x277ca, x835, x837, x999 } from './x12-builders.js';

const p = (i: number) => ({ last: `LAST${i}`, first: 'PAT', memberId: `MEM${i}` });

export function scenarioFiles(): Array<{ name: string; text: string }> {
  const batch = x837([
    { pcn: 'C1', charge: '100.00', patient: p(1), lines: [{ code: '99213', charge: '60.00', lcn: 'L1' }, { code: '85025', charge: '40.00', lcn: 'L2' }] },
    { pcn: 'C2', charge: '200.00', patient: p(2) },
    { pcn: 'C3', charge: '300.00', patient: p(3) },
    { pcn: 'C4', charge: '400.00', patient: p(4) },
  ], { date: '20260101' }).text;
  const replacement = x837([{ pcn: 'C3', charge: '310.00', patient: p(3), frequency: '7', originalPcc: 'K3' }], { date: '20260201' }).text;
  const era = (trace: string) => x835([
    { pcn: 'C1', status: '1', charge: '100', paid: '70', patientResp: '20', pcc: 'K1', patient: p(1), adjustments: [['CO', '45', '10'], ['PR', '2', '20']] },
    { pcn: 'C2', status: '4', charge: '200', paid: '0', pcc: 'K2', patient: p(2), adjustments: [['CO', '31', '200']] },
    { pcn: 'C3', status: '1', charge: '300', paid: '300', pcc: 'K3', patient: p(3) },
    { pcn: 'X9', status: '1', charge: '55', paid: '55', pcc: 'K9', patient: p(9) },
  ], { trace, date: '20260115' });
  return [
    { name: '837-batch', text: batch },
    { name: '999', text: x999(groupControlOf(batch), '0001', 'A', '260101') },
    { name: '277ca', text: x277ca([
      { pcn: 'C1', charge: '100', category: 'A2', pcc: 'K1', patient: p(1), date: '20260102' },
      { pcn: 'C2', charge: '200', category: 'A2', pcc: 'K2', patient: p(2), date: '20260102' },
      { pcn: 'C3', charge: '300', category: 'A2', pcc: 'K3', patient: p(3), date: '20260102' },
      { pcn: 'C4', charge: '400', category: 'A7', status: '562', patient: p(4), date: '20260102' },
    ]) },
    { name: '835', text: era('EFT1') },
    { name: '835-copy', text: era('EFT1') }, // same payer, trace and amount in a new interchange: a duplicate ERA
    { name: '835-reversal', text: x835([
      { pcn: 'C3', status: '22', charge: '-300', paid: '-300', pcc: 'K3', patient: p(3) },
      { pcn: 'C3', status: '1', charge: '310', paid: '250', pcc: 'K3B', patient: p(3), adjustments: [['CO', '45', '60']] },
    ], { trace: 'EFT2', date: '20260220', total: '0' }) },
    { name: '837-replacement', text: replacement },
  ];
}
