// Saved views: apply one, save the current filters under a name, delete.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViews } from '../../store/views';
import { Popover } from '../Popover';

export function SavedViewsMenu() {
  const { views, error, load, saveCurrent, remove, apply } = useViews(useShallow((s) => ({
    views: s.views, error: s.error, load: s.load, saveCurrent: s.saveCurrent, remove: s.remove, apply: s.apply,
  })));
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  useEffect(() => { void load(); }, [load]);
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (name.trim() && (await saveCurrent(name))) setName('');
  };
  return (
    <Popover label="Views" open={open} onOpenChange={setOpen} className="views-menu">
      {views.length === 0 ? <p className="muted">No saved views yet.</p> : (
        <ul className="view-list" aria-label="Saved views">
          {views.map((v) => (
            <li key={v.name}>
              <button type="button" className="link-button" onClick={() => { apply(v.name); setOpen(false); }}>{v.name}</button>
              <button type="button" className="icon-button" aria-label={`Delete view ${v.name}`} onClick={() => void remove(v.name)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void save(e)} className="save-view">
        <label className="sr-only" htmlFor="view-name">View name</label>
        <input id="view-name" placeholder="Name this view" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>Save view</button>
      </form>
      {error && <p role="alert" className="error-text">{error}</p>}
    </Popover>
  );
}
