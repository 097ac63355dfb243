// The result of "Verify chain": intact with its head hash, or the first entry that was altered or removed.
import { formatCount } from '../../lib/format';
import { useAuditLog } from '../../store/audit-log';

export function AuditVerifyResult() {
  const verify = useAuditLog((s) => s.verify);
  if (verify.status === 'idle') return null;
  if (verify.status === 'checking') return <p role="status" className="muted">Checking the chain…</p>;
  if (verify.status === 'failed') return <p role="alert" className="error-text">{verify.error}</p>;
  const { result } = verify;
  if (result.ok) {
    return (
      <p role="status" className="ok-text" data-testid="audit-verify">
        Chain intact: {formatCount(result.entries)} {result.entries === 1 ? 'entry' : 'entries'}, head <code>{result.headHash.slice(0, 12)}</code>
      </p>
    );
  }
  return <p role="alert" className="error-text" data-testid="audit-verify">Chain broken at entry {result.badSeq} ({result.problem}): {result.message}</p>;
}
