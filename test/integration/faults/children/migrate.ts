// Child process for the kill-during-migration test: opens the database with the given migrations and reports.
import { openDb } from '../../../../db/open.js';

const [file, migrations] = process.argv.slice(2);
process.stdout.write('opening\n');
const db = openDb(file!, migrations!);
process.stdout.write('migrated\n');
db.$client.close();
