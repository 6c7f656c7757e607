/**
 * Calendar dates written the way Swedish and English administrative text writes them:
 * `2008-09-01`, `1 september 2008`, `den 1 sep`, `1 sept. 2008`, `September 1, 2008`, `1/9 2008`.
 * A date without a year is the next such date on or after a reference date (the document's own date, or
 * today for commands). Dates are plain ISO `yyyy-mm-dd` strings: a deadline is a day, not an instant.
 */

/** The Swedish month names, January first: how a date in numbers reads in words. */
export const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augusti: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month names and abbreviations of both languages, longest first, as a regular-expression alternation. */
export const MONTH_WORDS = MONTH_NAMES;

/** The month (1–12) a month name or abbreviation of either language names, in any case. */
export function monthOf(word: string): number | undefined {
  return MONTHS[word.toLocaleLowerCase('sv').replace(/\.$/, '')];
}

const ISO = String.raw`(\d{4})-(\d{1,2})-(\d{1,2})`;
// "1 september 2008", "den 1:a sep.", "1 sept 2008"
const DAY_MONTH = String.raw`(\d{1,2})(?::?[ae])?\.?\s+(${MONTH_NAMES})\.?(?:\s+(\d{4}))?`;
// "September 1, 2008", "Sep 1st 2008"
const MONTH_DAY = String.raw`(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?`;
// "1/9 2008", "1/9-2008" (Swedish day/month)
const SLASH = String.raw`(\d{1,2})\/(\d{1,2})(?:[\s-]+(\d{4}))?`;

const DATE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${ISO}|${DAY_MONTH}|${MONTH_DAY}|${SLASH})(?![\p{L}\d])`,
  'giu',
);

export type DateMatch = {
  /** ISO yyyy-mm-dd. */
  date: string;
  /** True when the text gave no year and it was inferred from the reference date. */
  inferredYear: boolean;
  index: number;
  text: string;
};

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The next occurrence of day/month on or after the reference date. */
function withInferredYear(month: number, day: number, reference: string): string | null {
  const refYear = Number(reference.slice(0, 4));
  for (const year of [refYear, refYear + 1]) {
    const candidate = isoDate(year, month, day);
    if (candidate && candidate >= reference) return candidate;
  }
  return isoDate(refYear + 1, month, day);
}

/** Every date in a text, in order. `reference` (ISO) resolves dates without a year. */
export function findDates(text: string, reference: string | null): DateMatch[] {
  const results: DateMatch[] = [];
  for (const m of text.normalize('NFC').matchAll(DATE_PATTERN)) {
    const g = m.slice(1);
    let year: number | undefined;
    let month: number | undefined;
    let day: number | undefined;
    if (g[0]) {
      year = Number(g[0]);
      month = Number(g[1]);
      day = Number(g[2]);
    } else if (g[3]) {
      day = Number(g[3]);
      month = MONTHS[g[4]!.toLowerCase()];
      year = g[5] ? Number(g[5]) : undefined;
    } else if (g[6]) {
      month = MONTHS[g[6].toLowerCase()];
      day = Number(g[7]);
      year = g[8] ? Number(g[8]) : undefined;
    } else if (g[9]) {
      day = Number(g[9]);
      month = Number(g[10]);
      year = g[11] ? Number(g[11]) : undefined;
      // A bare "1/9" is too ambiguous in prose (fractions, ratios) unless a year follows.
      if (year === undefined) continue;
    }
    if (month === undefined || day === undefined) continue;
    let date: string | null;
    let inferredYear = false;
    if (year !== undefined) {
      date = isoDate(year, month, day);
    } else {
      if (!reference) continue;
      date = withInferredYear(month, day, reference);
      inferredYear = true;
    }
    if (date) results.push({ date, inferredYear, index: m.index, text: m[0] });
  }
  return results;
}

/**
 * Parses a whole value a person typed as a date (`2026-09-01`, `1 september 2026`, `den 1 sep`,
 * `September 1`). Returns null when the value is not exactly one date.
 */
export function parseDateInput(value: string, today: string): string | null {
  const trimmed = value
    .normalize('NFC')
    .trim()
    .replace(/^(den|the|on)\s+/i, '');
  const matches = findDates(trimmed, today);
  if (matches.length !== 1) return null;
  const only = matches[0]!;
  const rest = (trimmed.slice(0, only.index) + trimmed.slice(only.index + only.text.length)).trim();
  return rest.length === 0 ? only.date : null;
}
