// Shortcuts for tests that talk to the emulator: a client pointed at it with fast retries, recorded waits.
import { createStediClient, type StediClient, type StediClientOptions } from '../../main/stedi/client.js';
import type { Emulator } from './server.js';

export interface KitClient {
  client: StediClient;
  /** Every wait the client asked for, in ms (the waits themselves are skipped). */
  waits: number[];
}

export function emulatorClient(emu: Emulator, overrides: Partial<StediClientOptions> = {}): KitClient {
  const waits: number[] = [];
  const client = createStediClient({
    apiKey: emu.apiKey, coreUrl: emu.coreUrl, healthcareUrl: emu.healthcareUrl, timeoutMs: 2000,
    retry: { baseDelayMs: 1, maxDelayMs: 4 },
    sleep: async (ms, signal) => { waits.push(ms); if (signal.aborted) throw signal.reason; },
    random: () => 0.5,
    ...overrides,
  });
  return { client, waits };
}

export const never = new AbortController().signal;
