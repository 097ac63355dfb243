// Settings on a fresh data folder: import X12 files through the file picker, watch them arrive in Claims,
// open one, save a view, switch theme; the key field never shows a key.
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ClaimsScreen } from './claims-screen';
import { launchPreviewHost, type RunningHost } from './preview-host';

const FIXTURES = resolve(process.cwd(), '..', 'shared', 'fixtures', 'x12', 'LinuxForHealth__x12');
let host: RunningHost;
test.beforeAll(async () => { host = await launchPreviewHost(); });
test.afterAll(async () => { await host?.stop(); });

test('an empty office imports X12 files with the picker and works the result', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('status').filter({ hasText: 'No claims yet' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Choose X12 files').setInputFiles([
    resolve(FIXTURES, '835_005010X221A1/managed-care.835'), resolve(FIXTURES, '835_005010X221A1/medicare-part-a.835'),
    resolve(FIXTURES, '837_005010X222A2/demo.example1.837'),
  ]);
  await expect(page.getByRole('status', { name: 'Import result' })).toContainText(/Imported 3 files, \d+ transactions: \d+ claims created/);
  await page.screenshot({ path: 'test-results/e2e/settings-import.png' });

  const claims = new ClaimsScreen(page);
  await claims.open(`${host.url}#/claims`);
  expect(await claims.count()).toBeGreaterThan(1);
  await page.screenshot({ path: 'test-results/e2e/settings-imported-claims.png' });

  await page.getByRole('button', { name: 'Views ▾' }).click();
  await page.getByLabel('View name').fill('Everything imported');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('list', { name: 'Saved views' })).toContainText('Everything imported');
  await page.keyboard.press('Escape');

  await claims.row(0).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Claim / })).toBeVisible();
  await page.getByRole('button', { name: 'View X12' }).first().click();
  await expect(page.getByRole('list', { name: 'Segments' })).toContainText('ST');
  await page.getByLabel('Note').fill('Called the payer; resubmitting.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/^Last saved \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Worked' }).check();
  await expect(page.getByRole('checkbox', { name: 'Worked' })).toBeChecked();
  await page.screenshot({ path: 'test-results/e2e/settings-claim-detail.png' });
});

test('the key field is write-only and the theme switches to dark', async ({ page }) => {
  await page.goto(`${host.url}#/settings`);
  await expect(page.getByTestId('key-state')).toContainText('No API key is set');
  await expect(page.getByLabel('API key')).toHaveAttribute('type', 'password');
  await page.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/e2e/settings-dark.png' });
});
