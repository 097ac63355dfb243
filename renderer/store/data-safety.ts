// Backups, restore, integrity, encryption and rebuild-from-raw: the Settings "Data safety" card and the damage banner.
import { create } from 'zustand';
import type { DataHealth, RebuildReport } from '../../shared/domain/safety';
import { api, onEvent } from '../api';
import { errorMessage } from '../lib/errors';

type Message = { ok: boolean; text: string };

interface DataSafetyState {
  health: DataHealth | null;
  busy: string | null; // which action is running
  message: Message | null;
  load(): Promise<void>;
  backupNow(): Promise<void>;
  restore(name: string): Promise<void>;
  fullCheck(): Promise<void>;
  encrypt(): Promise<void>;
  rebuild(): Promise<void>;
}

export const rebuildSummary = (r: RebuildReport): string =>
  `Rebuilt ${r.claims} claims from ${r.recovered} stored transactions (${r.fromBackups} taken from backups)`
  + (r.complete ? '. Nothing was lost.' : `. ${r.unreadable} transactions could not be read anywhere: import those files again.`)
  + (r.notesRestored ? ` ${r.notesRestored} notes kept.` : '');

export const useDataSafety = create<DataSafetyState>()((set, get) => {
  const act = async (name: string, action: () => Promise<Message>) => {
    set({ busy: name, message: null });
    try {
      set({ message: await action() });
    } catch (err) {
      set({ message: { ok: false, text: errorMessage(err) } });
    } finally {
      set({ busy: null });
      await get().load();
    }
  };
  return {
    health: null, busy: null, message: null,
    load: async () => {
      try { set({ health: await api.getDataHealth(undefined) }); } catch (err) { set({ message: { ok: false, text: errorMessage(err) } }); }
    },
    backupNow: () => act('backup', async () => ({ ok: true, text: `Backup ${(await api.createBackup(undefined)).name} taken.` })),
    restore: (name) => act('restore', async () => {
      await api.restoreBackup({ name });
      return { ok: true, text: `Restored ${name}. The database it replaced was backed up first.` };
    }),
    fullCheck: () => act('check', async () => {
      const r = await api.checkDataIntegrity(undefined);
      return r.ok ? { ok: true, text: 'Full integrity check passed.' } : { ok: false, text: `Problems found: ${r.problems.slice(0, 3).join('; ')}` };
    }),
    encrypt: () => act('encrypt', async () => {
      await api.enableDatabaseEncryption(undefined);
      return { ok: true, text: 'The database and its backups are now encrypted.' };
    }),
    rebuild: () => act('rebuild', async () => {
      const r = await api.rebuildFromRaw(undefined);
      return { ok: r.complete, text: rebuildSummary(r) };
    }),
  };
});

// Backups and the integrity check of a large store finish in the background: show what they found as it happens.
onEvent('dataHealthChanged', () => { void useDataSafety.getState().load(); });
