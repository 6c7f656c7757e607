/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in
 * their usual written shapes: `YYMMDD-XXXX`, `YYMMDD+XXXX` (100 years or older), `YYYYMMDD-XXXX`, with
 * a dash, a plus, a space or nothing between the date and the last four digits. "Like" means the shape:
 * the checksum is not required, because a mistyped number is as personal as a correct one. The month
 * must be 01–12 and the day 01–31 (or 61–91 for a coordination number), and the number must stand on
 * its own (no digit, slash or dash glued to either end), so that case numbers such as `006-1137/2007`,
 * dates such as `2026-09-01` and longer digit runs are left alone.
 */
const DAY = '(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])';
const MONTH = '(?:0[1-9]|1[0-2])';
const PERSONAL_NUMBER = new RegExp(
  `(?<![\\d/\\-+])(?:(?:19|20)\\d{2}|\\d{2})${MONTH}${DAY}[-+ ]?\\d{4}(?![\\d/]|-\\d)`,
  'g',
);

/** What a personal identity number is replaced with: recognisable to a reader, useless to anyone else. */
export const REDACTED = '[personnummer]';

/** The text with every personnummer-like number replaced by `[personnummer]`. */
export function redactPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, REDACTED);
}

/** Whether the text holds a personnummer-like number. */
export function hasPersonalNumber(text: string): boolean {
  PERSONAL_NUMBER.lastIndex = 0;
  const found = PERSONAL_NUMBER.test(text);
  PERSONAL_NUMBER.lastIndex = 0;
  return found;
}

/**
 * Log fields with every string value redacted (one level deep, and strings inside arrays), for a
 * logger that might one day be handed text a person typed.
 */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') out[key] = redactPersonalNumbers(value);
    else if (Array.isArray(value))
      out[key] = value.map((v) => (typeof v === 'string' ? redactPersonalNumbers(v) : v));
    else out[key] = value;
  }
  return out;
}
