// Paper and spreadsheets from the demo office: a report as XLSX, the monthly pack and a claim's history and
// remittance advice as PDF, each downloaded from the export tray; then the audit log lists them, verifies its chain
// and exports itself. Screenshots under test-results/e2e/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { ClaimsScreen } from './claims-screen';
import { launchPreviewHost, type RunningHost } from './preview-host';

test.skip(!existsSync('demo/x12'), 'the demo dataset (demo/x12) is not bundled yet');

let host: RunningHost;
test.beforeAll(async () => { host = await launchPreviewHost(['--demo']); });
test.afterAll(async () => { await host?.stop(); });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/e2e/exports-${name}.png` });

/** Waits for the newest export in the tray to finish and downloads it. */
async function downloadNewest(page: Page, label: string | RegExp): Promise<{ download: Download; bytes: Buffer }> {
  const item = page.getByRole('region', { name: 'Exports' }).getByRole('listitem', { name: label }).first();
  await expect(item).toContainText('Exported ', { timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: 'Download' }).click()]);
  return { download, bytes: readFileSync(await download.path()) };
}

test('export a report and the monthly pack, print a claim history and its remittance advice, then audit them', async ({ page }) => {
  await page.goto(`${host.url}#/reports/top_providers`);
  await page.getByLabel('From').fill('2000-01-01');
  await page.getByRole('button', { name: 'Run report' }).click();
  await expect(page.getByRole('table', { name: 'Top providers' }).getByRole('row').nth(1)).toBeVisible();
  const exports = page.getByRole('toolbar', { name: 'Report exports' });
  await exports.getByRole('button', { name: 'Export ▾' }).click();
  await exports.getByRole('button', { name: 'Excel workbook (XLSX)' }).click();
  const report = await downloadNewest(page, /^Top providers .*XLSX/);
  expect(report.download.suggestedFilename()).toMatch(/^report-top-providers-2000-01-01_[\d-]+( \(\d+\))?\.xlsx$/);
  expect(report.bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as XLSX is

  await exports.getByRole('button', { name: 'Monthly pack ▾' }).click();
  await page.getByRole('textbox', { name: 'Month' }).fill('2025-11');
  await page.getByRole('button', { name: 'Print PDF' }).click();
  const pack = await downloadNewest(page, /^Monthly report pack 2025-11/);
  expect(pack.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await shot(page, '1-report-and-pack');

  const claims = new ClaimsScreen(page);
  await claims.open(`${host.url}#/claims`);
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Paid' }).click();
  await expect(claims.cell(0, 'Status')).toHaveText('Paid');
  await claims.row(0).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Claim / })).toBeVisible();
  await page.getByRole('button', { name: 'Print ▾' }).click();
  await page.getByRole('button', { name: 'Claim history (PDF)' }).click();
  const history = await downloadNewest(page, /history · PDF$/);
  expect(history.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('button', { name: 'Print ▾' }).click();
  await page.getByRole('list', { name: 'Remittances' }).getByRole('button').first().click();
  const advice = await downloadNewest(page, /^Remittance advice /);
  expect(advice.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await shot(page, '2-claim-printed');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  const audit = page.getByRole('table', { name: 'Audit log entries' });
  await expect(audit.getByRole('row')).toHaveCount(5); // header + four documents, newest first
  await expect(audit.getByRole('row').nth(1)).toContainText('print');
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByTestId('audit-verify')).toContainText('Chain intact: 4 entries');
  const section = page.getByRole('region', { name: 'Audit log' });
  await section.getByRole('button', { name: 'Export ▾' }).click();
  await section.getByRole('button', { name: 'CSV', exact: true }).click();
  const log = await downloadNewest(page, 'Audit log · CSV');
  const rows = parse(log.bytes, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThanOrEqual(4);
  await audit.scrollIntoViewIfNeeded();
  await shot(page, '3-audit-log');
});

test('export only the selected claims: the CSV holds exactly those rows, in the list order', async ({ page }) => {
  const claims = new ClaimsScreen(page);
  await claims.open(`${host.url}#/claims`);
  const pcns: string[] = [];
  for (const i of [2, 0]) { // picked out of order
    await claims.row(i).getByRole('checkbox').check();
    pcns[i] = (await claims.cell(i, 'Claim #').innerText()).trim();
  }
  const selection = page.getByRole('group', { name: 'Selection' });
  await expect(selection).toContainText('2 selected');
  await selection.getByRole('button', { name: 'Export selected ▾' }).click();
  await page.getByRole('group', { name: 'Export selected' }).getByRole('button', { name: 'CSV', exact: true }).click();
  const csv = await downloadNewest(page, /^2 claims \(selected\) · CSV$/);
  expect(csv.download.suggestedFilename()).toMatch(/^claims-2-selected-[\d-]+( \(\d+\))?\.csv$/);
  const rows = parse(csv.bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
  expect(rows.map((r) => r.patient_control_number)).toEqual([pcns[0], pcns[2]]);
  await shot(page, '4-selected-export');
});

test('schedule a saved view\'s export to a folder, run it now, and find the file there', async ({ page }) => {
  const claims = new ClaimsScreen(page);
  await claims.open(`${host.url}#/claims`);
  const denied = await claims.onlyStatus('Denied');
  await page.getByRole('button', { name: 'Views ▾' }).click();
  await page.getByRole('textbox', { name: 'View name' }).fill('Denied to work');
  await page.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('list', { name: 'Saved views' })).toContainText('Denied to work');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Scheduled exports' });
  const form = section.getByRole('form', { name: 'Schedule a view' });
  await form.getByLabel('Saved view').selectOption('Denied to work');
  await form.getByLabel('Repeat').selectOption('week');
  await form.getByLabel('Weekday').selectOption('Monday');
  await form.getByLabel('Time').fill('07:30');
  await form.getByLabel('Format').selectOption('csv');
  const folder = join(host.dataDir, 'exports', 'scheduled'); // the browser has no folder dialog: main picks this one
  await expect(form).toContainText(folder);
  await form.getByRole('button', { name: 'Schedule export' }).click();
  const row = section.getByRole('table', { name: 'Scheduled exports' }).getByRole('row').nth(1);
  await expect(row).toContainText('Mondays at 07:30');
  await expect(row).toContainText('Not yet');

  await row.getByRole('button', { name: 'Run now' }).click();
  await expect(row).toContainText(`${denied.toLocaleString('en-US')} claims`, { timeout: 30_000 });
  const files = readdirSync(folder);
  expect(files).toEqual([expect.stringMatching(/^denied-to-work-\d{4}-\d{2}-\d{2}\.csv$/)]);
  const rows = parse(readFileSync(join(folder, files[0]!)), { columns: true, bom: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(denied);
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['denied']));
  await section.scrollIntoViewIfNeeded();
  await shot(page, '5-scheduled-export');
});
