// Calendar arithmetic on day numbers (days since 1970-01-01) without Date objects per claim.

/** YYYY-MM-DD → day number. Throws on a malformed date. */
export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`startDate must be YYYY-MM-DD, got "${iso}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / 86_400_000;
  if (dayToIso(day) !== iso) throw new Error(`startDate is not a calendar date: "${iso}"`);
  return day;
}

/** Day number → [year, month, day] (Howard Hinnant's civil_from_days). */
function civil(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const x12Cache = new Map<number, string>();

/** Day number → CCYYMMDD (memoised: a dataset touches a few thousand distinct days, millions of times). */
export function dayToX12(dayNumber: number): string {
  let text = x12Cache.get(dayNumber);
  if (text === undefined) {
    const [y, m, d] = civil(dayNumber);
    text = `${y}${pad2(m)}${pad2(d)}`;
    if (x12Cache.size < 100_000) x12Cache.set(dayNumber, text);
  }
  return text;
}

export function dayToIso(dayNumber: number): string {
  const [y, m, d] = civil(dayNumber);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Last day of the day's year as CCYYMMDD (PLB02 fiscal period end). */
export function yearEndX12(dayNumber: number): string {
  return `${civil(dayNumber)[0]}1231`;
}
