// app_settings as typed JSON values: saved claim views and preferences. Callers validate what they read back.
import { eq } from 'drizzle-orm';
import type { Db } from '../open.js';
import { appSettings } from '../schema/app.js';

/** The stored JSON for `key`, parsed, or undefined when absent or unreadable. */
export function readSetting(db: Db, key: string): unknown {
  const row = db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key)).get();
  if (!row) return undefined;
  try { return JSON.parse(row.value); } catch { return undefined; }
}

export function writeSetting(db: Db, key: string, value: unknown, now: Date): void {
  const row = { key, value: JSON.stringify(value), updatedAt: now.toISOString() };
  db.insert(appSettings).values(row).onConflictDoUpdate({ target: appSettings.key, set: { value: row.value, updatedAt: row.updatedAt } }).run();
}
