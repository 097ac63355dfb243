// Child process for the kill-during-import test: imports a folder with a fixed clock, one stdout line per file,
// so the parent can SIGKILL it at chosen points (no cleanup of any kind runs).
import { openDb } from '../../../../db/open.js';
import { importPaths } from '../../../../main/ingest/index.js';

const { DB_FILE, FOLDER, MIGRATIONS, NOW } = process.env;
const db = openDb(DB_FILE!, MIGRATIONS!);
const summary = await importPaths(db, [FOLDER!], () => NOW!, (p) => process.stdout.write(`file ${p.filesDone}/${p.filesTotal}\n`));
process.stdout.write(`${JSON.stringify({ done: summary.transactions })}\n`);
db.$client.close();
