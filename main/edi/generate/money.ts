// Integer cents → X12 decimal text in its shortest exact form ("150", "138.4", "-1.27").

export function money(cents: number): string {
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  let text: string;
  if (fraction === 0) text = String(whole);
  else if (fraction % 10 === 0) text = `${whole}.${fraction / 10}`;
  else text = `${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
  return negative ? `-${text}` : text;
}

/** Rounds a cents amount times a percentage (integer 0..100) to whole cents, half up. */
export function percentOf(cents: number, percent: number): number {
  return Math.floor((cents * percent + 50) / 100);
}
