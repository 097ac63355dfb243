// Ratios for reports, as numbers rounded to 4 places (0.1234 = 12.34%); null when there is nothing to divide. Pure.
export const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
