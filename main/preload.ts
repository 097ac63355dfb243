// The renderer's only door into main: invoke(channel, input) and on(event, cb), for contract names only.
// Bundled to CommonJS (sandboxed preloads cannot load ES modules or anything but electron).
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/ipc/contract.js';
import { eventNames } from '../shared/ipc/events.js';

const allowedCalls = new Set<string>(channels);
const allowedEvents = new Set<string>(eventNames);

contextBridge.exposeInMainWorld('bridge', {
  invoke: (channel: string, input: unknown) =>
    allowedCalls.has(channel) ? ipcRenderer.invoke(channel, input) : Promise.reject(new Error(`Unknown call ${channel}`)),
  on: (name: string, callback: (payload: unknown) => void) => {
    if (!allowedEvents.has(name)) throw new Error(`Unknown event ${name}`);
    const listener = (_event: unknown, payload: unknown) => callback(payload); // never hand over the Electron event
    ipcRenderer.on(name, listener);
    return () => { ipcRenderer.removeListener(name, listener); };
  },
});
