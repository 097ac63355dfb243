#!/usr/bin/env bash
# Pre-release only: rebuilds the single initial migration from db/schema, then appends the hand-written SQL
# (FTS tables, triggers) from db/sql/*.sql as drizzle custom migrations. Once a release ships, migrations are
# append-only: use `npm run db:generate -- --name <slug>` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/claimtrail-migrate.lock
flock 9
rm -rf db/migrations
npx drizzle-kit generate --config db/drizzle.config.ts --name init >/dev/null
for f in db/sql/*.sql; do
  [ -e "$f" ] || continue
  slug=$(basename "$f" .sql)
  npx drizzle-kit generate --config db/drizzle.config.ts --custom --name "$slug" >/dev/null
  target=$(ls db/migrations/*_"$slug".sql | tail -n 1)
  cat "$f" > "$target"
done
ls db/migrations
