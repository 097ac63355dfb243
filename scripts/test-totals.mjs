// Sums the results of every suite into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

const EXPECTED_CHECKS = 3; // two type-checks and the Electron security scan
const checks = existsSync('test-results/checks.txt') ? readFileSync('test-results/checks.txt', 'utf8').trim().split('\n').filter(Boolean) : [];
for (const line of checks) line.endsWith(':FAILED') ? failed++ : passed++;
if (checks.length < EXPECTED_CHECKS) failed += EXPECTED_CHECKS - checks.length; // a check that never reported counts as failed

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests; failed += vitest.numFailedTests; skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitest.numFailedTestSuites) failed += vitest.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} else failed++;

const pw = read('test-results/playwright.json');
if (pw) {
  passed += pw.stats.expected; failed += pw.stats.unexpected + pw.stats.flaky; skipped += pw.stats.skipped;
} else failed++;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
