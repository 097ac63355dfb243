// The Stedi key: a write-only field. The app shows whether a key is set and its last four characters, never the key.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useSettings } from '../../store/settings';

export function StediKeySection() {
  const { key, keyMessage, busy, setKey, testKey, removeKey } = useSettings(useShallow((s) => ({
    key: s.key, keyMessage: s.keyMessage, busy: s.busy, setKey: s.setKey, testKey: s.testKey, removeKey: s.removeKey,
  })));
  const [draft, setDraft] = useState('');
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await setKey(draft)) setDraft(''); // the field never keeps the key once it has been handed over
  };
  return (
    <section className="card" aria-labelledby="stedi-title">
      <h2 id="stedi-title">Stedi connection</h2>
      <p data-testid="key-state">
        {key?.configured
          ? <>A {key.mode ?? ''} key ending in <strong className="mono">{key.last4}</strong> is set{key.source === 'environment' ? ' (from the environment)' : ''}.</>
          : 'No API key is set: sync is off. Files can still be imported below.'}
      </p>
      <form onSubmit={(e) => void save(e)} className="row-form">
        <label htmlFor="stedi-key">{key?.configured ? 'Replace API key' : 'API key'}</label>
        <input
          id="stedi-key" type="password" autoComplete="off" spellCheck={false} value={draft} minLength={8} maxLength={200}
          onChange={(e) => setDraft(e.target.value)} placeholder="Paste the key from the Stedi portal"
        />
        <button type="submit" className="primary" disabled={busy || draft.trim().length < 8}>Save key</button>
        <button type="button" disabled={busy || !key?.configured} onClick={() => void testKey()}>Test key</button>
        <button type="button" disabled={busy || !key?.configured || key.source === 'environment'} onClick={() => void removeKey()}>Remove key</button>
      </form>
      {keyMessage && <p role={keyMessage.ok ? 'status' : 'alert'} className={keyMessage.ok ? 'ok-text' : 'error-text'}>{keyMessage.text}</p>}
    </section>
  );
}
