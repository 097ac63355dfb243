#!/usr/bin/env bash
# `npm test`: type-check, unit + integration tests (vitest), end-to-end tests (Playwright + Debian Chromium).
# Runs every suite even when one fails, then prints one totals line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0

run() { echo; echo "── $1"; shift; "$@" || status=1; }

rm -f test-results/checks.txt test-results/vitest.json test-results/playwright.json
# A whole-program check counts as one test in the totals: its name on success, name:FAILED otherwise.
check() { local name=$1; shift; if "$@"; then echo "$name" >> test-results/checks.txt; else echo "$name:FAILED" >> test-results/checks.txt; return 1; fi; }

run "type-check: main, shared, db, tests" check typecheck-main npx tsc --noEmit -p tsconfig.json
run "type-check: renderer" check typecheck-renderer npx tsc --noEmit -p renderer/tsconfig.json
run "security scan: Electronegativity (fails on high findings)" check electronegativity node scripts/scan-electron.mjs
run "unit and integration tests (vitest)" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
run "build renderer" npx vite build --logLevel warn
run "end-to-end tests (Playwright, Chromium)" npx playwright test

node scripts/test-totals.mjs || status=1
exit $status
