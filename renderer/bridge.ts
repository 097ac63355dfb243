// The transport under the typed client: Electron's preload bridge when present, else the preview host's HTTP + SSE.
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(name: string, callback: (payload: unknown) => void): () => void;
}

function httpBridge(): Bridge {
  // The token arrives once in the URL; the host answers with an HttpOnly cookie, so drop it from the address bar.
  if (location.search.includes('token=')) history.replaceState(null, '', location.pathname + location.hash);
  let source: EventSource | null = null;
  const events = () => (source ??= new EventSource('/events'));
  return {
    invoke: async (channel, input) => {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ input }),
      });
      if (res.status === 401) return { ok: false, error: { code: 'auth_required', message: 'This preview session has expired: open the link the preview host printed.' } };
      return res.json();
    },
    on: (name, callback) => {
      const listener = (e: MessageEvent<string>) => callback(JSON.parse(e.data));
      events().addEventListener(name, listener as EventListener);
      return () => events().removeEventListener(name, listener as EventListener);
    },
  };
}

/** True inside the desktop app (native dialogs, "Show in folder"); false in a browser on the preview host. */
export const isDesktop = window.bridge !== undefined;

export const bridge: Bridge = window.bridge ?? httpBridge();
