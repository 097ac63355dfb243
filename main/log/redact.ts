// Scrubs secrets and PHI from anything about to be logged. Applied to every log line by both loggers.
// Conservative by design: a false positive costs a readable log, a false negative leaks a patient.

const SECRET_KEYS = /(api[-_]?key|authorization|token|secret|password|cookie)/i;
const PHI_KEYS = /(name|member|subscriber|patient|insured|dob|birth|ssn|address|phone|email|gender)/i;

const PATTERNS: Array<[RegExp, string]> = [
  [/(authorization\s*[:=]\s*)(?:key\s+|bearer\s+)?[^\s,;"']+/gi, '$1[redacted]'],
  [/\b(key|bearer)\s+[A-Za-z0-9._~+/=-]{12,}/gi, '$1 [redacted]'],
  [/([?&](?:token|key|api_key)=)[^&\s"']+/gi, '$1[redacted]'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[ssn]'],
  // X12 segments carrying people: names (NM1 QC/IL/74), demographics (DMG), member ids (REF*SY/1W), addresses.
  [/\b(NM1[*|^~:](?:QC|IL|74|GB|03)[^~\n]*)/g, 'NM1[redacted]'],
  [/\b(DMG[*|^][^~\n]*)/g, 'DMG[redacted]'],
  [/\b(N[34][*|^][^~\n]*)/g, 'N3/N4[redacted]'],
];

export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  for (const [re, to] of PATTERNS) out = out.replace(re, to);
  return out;
}

/** Deep-copies a value for logging with secret and PHI fields blanked. Errors keep name, message and stack. */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[deep]';
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, secrets), stack: value.stack ? redactText(value.stack, secrets) : undefined };
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEYS.test(k)) out[k] = '[redacted]';
    else if (PHI_KEYS.test(k) && v !== null && typeof v !== 'number' && typeof v !== 'boolean') out[k] = '[phi]';
    else out[k] = redactValue(v, secrets, depth + 1);
  }
  return out;
}
