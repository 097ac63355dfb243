// The renderer's typed client, built from the contract: same names, same types as the handlers.
import { channels, type Api } from '../shared/ipc/contract';
import { unwrap, type Envelope } from '../shared/ipc/errors';
import type { EventName, EventPayload } from '../shared/ipc/events';
import { bridge } from './bridge';

const call = (channel: string) => async (input: unknown) => unwrap((await bridge.invoke(channel, input)) as Envelope<unknown>);

export const api = Object.fromEntries(channels.map((c) => [c, call(c)])) as unknown as Api;

export function onEvent<E extends EventName>(name: E, callback: (payload: EventPayload<E>) => void): () => void {
  return bridge.on(name, callback as (payload: unknown) => void);
}
