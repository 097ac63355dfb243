// A new office without a Stedi key opens onto the demo dataset instead of an empty screen — once. If the user then
// removes the demo, it stays removed: the flag records that the first run already happened.
import type { Db } from '../../db/open.js';
import { readSetting, writeSetting } from '../../db/queries/settings.js';
import { stmt } from '../../db/queries/statements.js';
import { loadDemoDataset } from '../ingest/demo.js';
import type { Logger } from '../log/logger.js';

const FLAG = 'firstRun.demoOffered';

export async function loadDemoIfFirstRun(db: Db, demoDir: string, now: () => Date, log: Logger): Promise<boolean> {
  if (readSetting(db, FLAG) !== undefined) return false;
  const hasData = stmt(db, 'SELECT 1 FROM raw_transactions LIMIT 1').get() !== undefined;
  writeSetting(db, FLAG, { at: now().toISOString(), loaded: !hasData }, now());
  if (hasData) return false;
  try {
    const summary = await loadDemoDataset(db, () => now().toISOString(), demoDir);
    log.info(`first run: demo dataset loaded (${summary.claimsCreated} claims)`);
    return true;
  } catch (err) {
    log.warn('first run: the demo dataset could not be loaded', err);
    return false;
  }
}
