// Page object for the Claims screen: locators by role and label, shared by the specs and the UI benchmark.
import { expect, type Locator, type Page } from '@playwright/test';

export class ClaimsScreen {
  readonly grid: Locator;
  readonly search: Locator;
  private headers: string[] = [];

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Claims' });
    this.search = page.getByRole('searchbox', { name: 'Search claims' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.row(0)).toBeVisible();
    this.headers = (await this.grid.getByRole('columnheader').allInnerTexts()).map((t) => t.replace(/[▲▼]/g, '').trim());
  }

  /** Data rows carry aria-rowindex ≥ 2 (the header is row 1). */
  row(index: number): Locator {
    return this.grid.locator(`[role="row"][aria-rowindex="${index + 2}"]:not(.row-placeholder)`);
  }

  columnIndex(label: string): number {
    const i = this.headers.indexOf(label);
    if (i < 0) throw new Error(`no column ${label} in ${this.headers.join(', ')}`);
    return i;
  }

  cell(index: number, column: string): Locator {
    return this.row(index).getByRole('gridcell').nth(this.columnIndex(column));
  }

  async visibleRows(): Promise<Locator[]> {
    return this.grid.locator('[role="row"][aria-rowindex]:not(.header-row):not(.row-placeholder)').all();
  }

  /** The live count of the filtered set, from the totals bar. */
  async count(): Promise<number> {
    const text = await this.page.getByTestId('claim-count').innerText();
    return Number(text.replace(/,/g, ''));
  }

  /** Narrows the list to one status from the unfiltered list; returns the new count, once it is below the old one. */
  async onlyStatus(label: string): Promise<number> {
    const all = await this.count();
    await this.page.getByRole('group', { name: 'Status' }).getByRole('button', { name: label }).click();
    await expect.poll(() => this.count()).toBeLessThan(all);
    return this.count();
  }
}
