// Import X12 files (picker or drag-and-drop) and load / remove the demo dataset, with progress.
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useImports } from '../../store/imports';

export function ImportSection() {
  const { job, importFiles, loadDemo, removeDemo } = useImports(useShallow((s) => ({
    job: s.job, importFiles: s.importFiles, loadDemo: s.loadDemo, removeDemo: s.removeDemo,
  })));
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const running = job.state === 'running';
  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setOver(false);
    void importFiles([...e.dataTransfer.files]);
  };
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import and demo data</h2>
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`} aria-label="Drop X12 files here"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}
      >
        <p>Drop 837, 999, 277 or 835 files here, or</p>
        <label className="button-like">
          Choose X12 files…
          <input
            ref={input} type="file" multiple className="sr-only" aria-label="Choose X12 files" disabled={running}
            onChange={(e) => { void importFiles([...(e.target.files ?? [])]); e.target.value = ''; }}
          />
        </label>
      </div>
      <div className="actions">
        <button type="button" disabled={running} onClick={() => void loadDemo()}>Load demo dataset</button>
        <button type="button" disabled={running} onClick={() => void removeDemo()}>Remove demo dataset</button>
      </div>
      {job.state === 'running' && (
        <div role="status" aria-label="Import progress" className="progress-block">
          {job.total > 0 ? <progress max={job.total} value={job.done} /> : <progress />}
          <span>{job.label}{job.total > 0 ? `: ${job.done} of ${job.total} files` : '…'}</span>
        </div>
      )}
      {job.state === 'done' && <p role={job.ok ? 'status' : 'alert'} aria-label="Import result" className={job.ok ? 'ok-text' : 'error-text'}>{job.text}</p>}
    </section>
  );
}
