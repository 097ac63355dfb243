// Claim detail's paper: the one-page claim history, and the remittance advice of any ERA that paid or denied it.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../lib/format';
import { useClaimDetail } from '../../store/claim-detail';
import { useExports } from '../../store/exports';
import { Popover } from '../Popover';

export function PrintMenu({ claimId, pcn }: { claimId: string; pcn: string }) {
  const start = useExports((s) => s.start);
  const { remittances, loadRemittances } = useClaimDetail(useShallow((s) => ({ remittances: s.remittances, loadRemittances: s.loadRemittances })));
  const [open, setOpen] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    if (next && (remittances.status === 'idle' || remittances.status === 'failed')) void loadRemittances();
  };
  const print = (request: Parameters<typeof start>[0], label: string) => { setOpen(false); void start(request, label); };
  return (
    <Popover label="Print" open={open} onOpenChange={toggle} className="export-menu">
      <ul className="menu-list">
        <li>
          <button type="button" className="menu-item" onClick={() => print({ what: 'claimHistory', claimId }, `Claim ${pcn} history · PDF`)}>
            Claim history (PDF)
          </button>
        </li>
      </ul>
      <h3 className="menu-heading">Remittance advice</h3>
      {remittances.status === 'loading' && <p role="status" className="muted small">Loading remittances…</p>}
      {remittances.status === 'failed' && <p role="alert" className="error-text small">{remittances.error}</p>}
      {remittances.status === 'ready' && remittances.value.length === 0 && <p className="muted small">No ERA has paid or denied this claim yet.</p>}
      {remittances.status === 'ready' && remittances.value.length > 0 && (
        <ul className="menu-list" aria-label="Remittances">
          {remittances.value.map((r) => (
            <li key={r.remittanceId}>
              <button
                type="button" className="menu-item"
                onClick={() => print({ what: 'remittanceAdvice', remittanceId: r.remittanceId, claimId }, `Remittance advice ${r.traceNumber} · PDF`)}
              >
                Remittance advice {r.traceNumber} <span className="muted">{formatDay(r.at)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Popover>
  );
}
