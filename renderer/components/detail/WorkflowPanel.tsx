// The office's own marks on a claim: note, follow-up date, worked. Saved locally; survives re-sync.
import { useState } from 'react';
import type { Workflow } from '../../../shared/domain/claim-detail';
import { formatDate } from '../../lib/format';
import { useClaimDetail } from '../../store/claim-detail';

export function WorkflowPanel({ workflow }: { workflow: Workflow }) {
  const saveWorkflow = useClaimDetail((s) => s.saveWorkflow);
  const saving = useClaimDetail((s) => s.saving);
  const saveError = useClaimDetail((s) => s.saveError);
  const [note, setNote] = useState(workflow.note);
  const [followUp, setFollowUp] = useState(workflow.followUpDate ?? '');
  const dirty = note !== workflow.note || (followUp || null) !== workflow.followUpDate;
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    void saveWorkflow({ note, followUpDate: followUp || null });
  };
  return (
    <section className="card" aria-labelledby="workflow-title">
      <h2 id="workflow-title">Work on this claim</h2>
      <label className="check">
        <input type="checkbox" checked={workflow.worked} disabled={saving} onChange={(e) => void saveWorkflow({ worked: e.target.checked })} /> Worked
      </label>
      <form onSubmit={save} className="workflow-form">
        <label htmlFor="claim-note">Note</label>
        <textarea id="claim-note" rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        <label htmlFor="claim-follow-up">Follow-up date</label>
        <input id="claim-follow-up" type="date" value={followUp} onChange={(e) => setFollowUp(e.target.value)} />
        <button type="submit" className="primary" disabled={!dirty || saving}>{saving ? 'Saving…' : 'Save'}</button>
      </form>
      {workflow.updatedAt && <p className="muted small">Last saved {formatDate(workflow.updatedAt)}</p>}
      {saveError && <p role="alert" className="error-text">{saveError}</p>}
    </section>
  );
}
