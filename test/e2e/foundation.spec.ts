import { expect, test } from '@playwright/test';
import { launchPreviewHost, type RunningHost } from './preview-host';

let host: RunningHost;
test.beforeAll(async () => { host = await launchPreviewHost(); });
test.afterAll(async () => { await host?.stop(); });

const SECTIONS = ['Claims', 'Worklists', 'Reports', 'Sync', 'Settings'];

test('every section opens and Settings shows the real app info', async ({ page }) => {
  await page.goto(host.url);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const name of SECTIONS) {
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await page.screenshot({ path: `test-results/e2e/foundation-${name.toLowerCase()}.png` });
  }
  const facts = page.getByLabel('App information');
  await expect(facts.getByTestId('data-dir')).toHaveText(host.dataDir);
  await expect(facts.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(facts.getByTestId('db-size')).toHaveText(/\d+(\.\d)? (B|KB|MB)/);
  await expect(page.getByRole('table', { name: 'Row counts' })).toContainText('app_settings');
});

test('the status bar tells the truth about sync without a key', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('data-as-of')).toContainText('Data as of');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('alert')).toContainText('Stedi API key');
});

test('an invalid input comes back as a readable message', async ({ page }) => {
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('button', { name: 'Check the app engine' }).click();
  await expect(page.getByRole('alert')).toContainText('Invalid input for ping');
  await page.getByLabel('Message to echo').fill('hello');
  await page.getByRole('button', { name: 'Check the app engine' }).click();
  await expect(page.getByRole('status', { name: 'Engine check' })).toContainText('hello');
});

test('the preview host refuses a browser without the token', async ({ page }) => {
  const res = await page.goto(`${host.origin}/`);
  expect(res?.status()).toBe(401);
});
