// RFC 4180 CSV lines. Cells starting with = + - @ are prefixed with ' so spreadsheets never run them as formulas.
export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return cells.map((c) => {
    if (c === null || c === undefined) return '';
    let s = String(c);
    if (typeof c === 'string' && /^[=+@\t\r]/.test(s)) s = `'${s}`;
    if (typeof c === 'string' && /^-/.test(s) && !/^-\d+(\.\d+)?$/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  }).join(',') + '\r\n';
}
