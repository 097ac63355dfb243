// The raw transactions behind this claim; each opens in the X12 viewer.
import type { TransactionRef } from '../../../shared/domain/claim-detail';
import { formatDate } from '../../lib/format';
import { useClaimDetail } from '../../store/claim-detail';

export function TransactionList({ transactions }: { transactions: TransactionRef[] }) {
  const showRaw = useClaimDetail((s) => s.showRaw);
  const rawId = useClaimDetail((s) => s.rawId);
  return (
    <section className="card" aria-labelledby="transactions-title">
      <h2 id="transactions-title">Transactions</h2>
      {transactions.length === 0 ? <p className="muted">None stored.</p> : (
        <ul className="plain-list">
          {transactions.map((t) => (
            <li key={t.id}>
              <button type="button" className="link-button" aria-pressed={rawId === t.id} onClick={() => void showRaw(t.id)}>
                {t.kind}{t.controlNumber ? ` #${t.controlNumber}` : ''}
              </button>{' '}
              <span className="muted">{formatDate(t.receivedAt)} · {t.source}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
