// The Electron binding of the contract: one ipcMain.handle per channel, replies as envelopes; emit() for events.
// ipcMain and the window list are passed in, so this file runs under tests with fakes.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels } from '../../shared/ipc/contract.js';
import { events, type EventName, type EventPayload } from '../../shared/ipc/events.js';
import type { Dispatch } from './dispatch.js';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Registers every contract channel; returns a disposer that removes them (used on quit and in tests). */
export function registerApi(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: (e: IpcMainInvokeEvent) => boolean): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, raw: unknown) => {
      // Only our own window's top frame may call in; anything else is treated as hostile.
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'auth_required', message: 'Untrusted caller.' } };
      return dispatch(channel, raw);
    });
  }
  return () => { for (const channel of channels) ipcMain.removeHandler(channel); };
}

/** Sends an event to every live window, after checking the payload against its schema. */
export function createEmitter(targets: () => Pick<WebContents, 'send' | 'isDestroyed'>[]) {
  return function emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const data = events[name].parse(payload);
    for (const wc of targets()) if (!wc.isDestroyed()) wc.send(name, data);
  };
}
