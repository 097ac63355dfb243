// Settings: preferences (schedule, thresholds) and the Stedi key's public facts. The key itself is sent once, never read back.
import { create } from 'zustand';
import type { Preferences, StediKeyInfo } from '../../shared/domain/settings';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { useSync } from './sync';

interface SettingsState {
  prefs: Preferences | null;
  key: StediKeyInfo | null;
  prefsMessage: string | null;
  keyMessage: { ok: boolean; text: string } | null;
  busy: boolean;
  load(): Promise<void>;
  savePrefs(prefs: Preferences): Promise<void>;
  setKey(key: string): Promise<boolean>;
  testKey(): Promise<void>;
  removeKey(): Promise<void>;
}

export const useSettings = create<SettingsState>()((set) => {
  const keyAction = async (action: () => Promise<{ info?: StediKeyInfo; ok: boolean; text: string }>) => {
    set({ busy: true, keyMessage: null });
    try {
      const r = await action();
      set({ ...(r.info ? { key: r.info } : {}), keyMessage: { ok: r.ok, text: r.text } });
      void useSync.getState().refresh();
      return r.ok;
    } catch (err) {
      set({ keyMessage: { ok: false, text: errorMessage(err) } });
      return false;
    } finally {
      set({ busy: false });
    }
  };
  return {
    prefs: null, key: null, prefsMessage: null, keyMessage: null, busy: false,
    load: async () => {
      try {
        const [prefs, key] = await Promise.all([api.getPreferences(undefined), api.getStediKey(undefined)]);
        set({ prefs, key });
      } catch (err) {
        set({ prefsMessage: errorMessage(err) });
      }
    },
    savePrefs: async (prefs) => {
      try { set({ prefs: await api.savePreferences(prefs), prefsMessage: 'Saved.' }); } catch (err) { set({ prefsMessage: errorMessage(err) }); }
    },
    setKey: (key) => keyAction(async () => ({ info: await api.setStediKey({ key }), ok: true, text: 'Key saved.' })),
    testKey: async () => { await keyAction(async () => { const r = await api.testStediKey(undefined); return { ok: r.ok, text: r.message }; }); },
    removeKey: async () => { await keyAction(async () => ({ info: await api.removeStediKey(undefined), ok: true, text: 'Key removed.' })); },
  };
});
