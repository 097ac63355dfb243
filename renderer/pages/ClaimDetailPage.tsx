import { useEffect } from 'react';
import { ClaimHeader } from '../components/detail/ClaimHeader';
import { PrintMenu } from '../components/detail/PrintMenu';
import { RawX12Viewer } from '../components/detail/RawX12Viewer';
import { RelatedClaims } from '../components/detail/RelatedClaims';
import { Timeline } from '../components/detail/Timeline';
import { TransactionList } from '../components/detail/TransactionList';
import { WaterfallView } from '../components/detail/WaterfallView';
import { WorkflowPanel } from '../components/detail/WorkflowPanel';
import { EmptyState } from '../components/EmptyState';
import { useClaimDetail } from '../store/claim-detail';
import { useNav } from '../store/nav';

export function ClaimDetailPage({ id }: { id: string }) {
  const detail = useClaimDetail((s) => s.detail);
  const loadedId = useClaimDetail((s) => s.id);
  const open = useClaimDetail((s) => s.open);
  const back = useNav((s) => s.back);
  useEffect(() => { if (loadedId !== id || detail.status === 'idle') void open(id); }, [id]); // reload only when the id changes

  const title = detail.status === 'ready' ? `Claim ${detail.value.claim.patientControlNumber}` : 'Claim';
  return (
    <section aria-labelledby="claim-title" className="page claim-detail">
      <nav className="crumbs" aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={back}>← Back</button>
        <span className="muted">Esc</span>
      </nav>
      <div className="page-head">
        <h1 id="claim-title">{title}</h1>
        {detail.status === 'ready' && <PrintMenu claimId={detail.value.claim.id} pcn={detail.value.claim.patientControlNumber} />}
      </div>
      {detail.status === 'loading' && <p role="status" className="muted">Loading the claim…</p>}
      {detail.status === 'failed' && <EmptyState title="This claim could not be opened">{detail.error}</EmptyState>}
      {detail.status === 'ready' && (
        <>
          <ClaimHeader detail={detail.value} />
          <div className="detail-grid">
            <div className="detail-main">
              <WaterfallView waterfall={detail.value.waterfall} />
              <Timeline events={detail.value.timeline} />
            </div>
            <aside className="detail-side" aria-label="Claim tools">
              <WorkflowPanel key={detail.value.claim.id} workflow={detail.value.workflow} />
              <RelatedClaims related={detail.value.related} />
              <TransactionList transactions={detail.value.transactions} />
            </aside>
          </div>
          <RawX12Viewer />
        </>
      )}
    </section>
  );
}
