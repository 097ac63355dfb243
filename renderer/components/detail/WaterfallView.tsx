// The dollar waterfall for the claim and each line: charge → contractual → allowed → patient share → paid → other.
// Red when the parts do not add up to the charge.
import type { Waterfall, WaterfallBlock } from '../../../shared/domain/claim-detail';
import { formatCents } from '../../lib/format';

export function WaterfallView({ waterfall }: { waterfall: Waterfall }) {
  return (
    <section className="card" aria-labelledby="waterfall-title">
      <h2 id="waterfall-title">Dollar waterfall</h2>
      {!waterfall.adjudicated && <p className="muted">No remittance yet: only the billed amount is known.</p>}
      <WaterfallTable block={waterfall.claim} label="Claim waterfall" billedOnly={!waterfall.adjudicated} />
      {waterfall.lines.length > 0 && (
        <details className="lines">
          <summary>Service lines ({waterfall.lines.length})</summary>
          {waterfall.lines.map((l) => (
            <div key={l.lineNumber} className="line-block">
              <h3>Line {l.lineNumber}{l.procedure ? ` · ${l.procedure}` : ''}{l.serviceDate ? ` · ${l.serviceDate}` : ''}</h3>
              <WaterfallTable block={l} label={`Line ${l.lineNumber} waterfall`} billedOnly={!waterfall.adjudicated} />
            </div>
          ))}
        </details>
      )}
    </section>
  );
}

function WaterfallTable({ block, label, billedOnly }: { block: WaterfallBlock; label: string; billedOnly: boolean }) {
  const balanced = block.differenceCents === 0;
  if (billedOnly) {
    return <table className="waterfall" aria-label={label}><tbody><tr className="total"><th scope="row">Billed</th><td className="money">{formatCents(block.chargeCents)}</td></tr></tbody></table>;
  }
  const step = (name: string, cents: number, kind: 'total' | 'minus' = 'minus', always = false) =>
    cents === 0 && !always ? null : (
      <tr className={kind === 'total' ? 'total' : undefined}>
        <th scope="row">{kind === 'minus' ? '− ' : ''}{name}</th>
        <td className="money">{formatCents(cents)}</td>
      </tr>
    );
  return (
    <table className={`waterfall${balanced ? '' : ' unbalanced'}`} aria-label={label}>
      <tbody>
        {step('Billed', block.chargeCents, 'total', true)}
        {step('Contractual adjustment', block.contractualCents)}
        {step('Allowed', block.allowedCents, 'total', true)}
        {step('Deductible', block.deductibleCents)}
        {step('Coinsurance', block.coinsuranceCents)}
        {step('Copay', block.copayCents)}
        {step('Other patient responsibility', block.otherPatientCents)}
        {step('Other adjustments', block.otherAdjustmentCents)}
        {step('Paid', block.paidCents, 'total', true)}
        {!balanced && (
          <tr className="imbalance" role="alert">
            <th scope="row">Does not balance by</th>
            <td className="money">{formatCents(block.differenceCents)}</td>
          </tr>
        )}
      </tbody>
      {(block.adjustments.length > 0 || block.remarks.length > 0) && (
        <tfoot>
          {block.adjustments.map((a, i) => (
            <tr key={`a${i}`} className="reason">
              <th scope="row"><code>{a.group}-{a.reason}</code> <span className="reason-text">{a.text}</span></th>
              <td className="money">{formatCents(a.amountCents)}</td>
            </tr>
          ))}
          {block.remarks.map((r, i) => (
            <tr key={`r${i}`} className="reason">
              <th scope="row" colSpan={2}><code>{r.code}</code> <span className="reason-text">{r.text}</span></th>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
