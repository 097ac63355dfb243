import { useEffect } from 'react';
import { ClaimTable } from '../components/claims/ClaimTable';
import { ClaimsToolbar } from '../components/claims/ClaimsToolbar';
import { FilterBar } from '../components/claims/FilterBar';
import { TotalsBar } from '../components/claims/TotalsBar';
import { EmptyState } from '../components/EmptyState';
import { useClaims } from '../store/claims';
import { useNav } from '../store/nav';
import { ClaimDetailPage } from './ClaimDetailPage';

export function ClaimsPage() {
  const claimId = useNav((s) => s.param);
  if (claimId) return <ClaimDetailPage id={claimId} />;
  return <ClaimList />;
}

function ClaimList() {
  const status = useClaims((s) => s.status);
  const error = useClaims((s) => s.error);
  const extent = useClaims((s) => s.window.extent);
  const notice = useClaims((s) => s.notice);
  const filtered = useClaims((s) => Object.keys(s.filters).length > 0);
  const generation = useClaims((s) => s.generation);
  const reload = useClaims((s) => s.reload);
  const go = useNav((s) => s.go);
  useEffect(() => { if (generation === 0) reload(); }, [generation, reload]);

  return (
    <section aria-labelledby="claims-title" className="page page-fill">
      <header className="page-head">
        <h1 id="claims-title">Claims</h1>
        <TotalsBar />
      </header>
      <ClaimsToolbar />
      <FilterBar />
      {notice && <p role="status" className="notice">{notice}</p>}
      {error && <p role="alert" className="error-text">{error}</p>}
      {status === 'loading' && extent === 0 && <TableSkeleton />}
      {status === 'ready' && extent === 0 && (filtered
        ? <EmptyState title="No claims match these filters">Loosen a filter or clear the search.</EmptyState>
        : (
          <EmptyState title="No claims yet">
            Import X12 files or load the demo dataset in <button type="button" className="link-button" onClick={() => go('settings')}>Settings</button>, or connect Stedi.
          </EmptyState>
        ))}
      {extent > 0 && <ClaimTable />}
    </section>
  );
}

function TableSkeleton() {
  return (
    <div className="skeleton" role="status" aria-label="Loading claims">
      {Array.from({ length: 8 }, (_, i) => <div key={i} className="placeholder-bar" />)}
    </div>
  );
}
