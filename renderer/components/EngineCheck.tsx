import { useState } from 'react';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

/** Diagnostics: a round trip through the real handler path. Validation happens in main, as for every call. */
export function EngineCheck() {
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const check = async () => {
    try {
      const reply = await api.ping({ message });
      setResult({ ok: true, text: `Engine answered "${reply.echo}" at ${reply.at}` });
    } catch (err) {
      setResult({ ok: false, text: errorMessage(err) });
    }
  };
  return (
    <div className="engine-check">
      <label>Message to echo <input value={message} onChange={(e) => setMessage(e.target.value)} /></label>{' '}
      <button type="button" onClick={() => void check()}>Check the app engine</button>
      {result && (result.ok
        ? <p role="status" aria-label="Engine check">{result.text}</p>
        : <p role="alert">{result.text}</p>)}
    </div>
  );
}
