/**
 * Swedish case numbers (diarienummer) come in many shapes: `KS-dnr: 006-1137/2007`, `Dnr 2006-152-307`,
 * `dnr T 2010-313-01743`, `Dnr 1.5.3-219-2012`, `dnr 316-259/2012`, `Dnr: 102-274-04`,
 * `Dnr 2017/KS 0272 10`, `KSM-2023-260-214`. People type them with or without the prefix, with other
 * spacing and punctuation. Lookup therefore compares keys, never raw strings.
 */

// The series prefix is joined to the label by a hyphen (`KS-dnr`) or, as people also type it, a space (`KS dnr`).
const LABEL = String.raw`(?:\b[A-ZÅÄÖ]{1,5}(?:[-‐–]|\s+)?)?\b(?:dnr|Dnr|DNR|diarienummer|Diarienummer|diarienr|Diarienr|ärendenummer|Ärendenummer|[Cc]ase\s+(?:no|number)|[Ff]ile\s+(?:no|number))\b\.?\s*:?\s*`;
// A group is a digit run (dots allowed inside, as in 1.5.3) or a short upper-case series code that is
// followed by digits (the `T` in `T 2010-…`, the `KS` in `2017/KS 0272 10`).
// A year with the series glued on both sides, as some municipalities' systems print it (`2017KSM0604 301`).
const GROUP = String.raw`(?:(?:19|20)\d{2}[A-ZÅÄÖ]{1,4}\d[\d.]*\d|\d[\d.]*\d|\d|[A-ZÅÄÖ]{1,4}(?=[ /-]?\d))`;
// A series code written against the year, as ministries and some boards do: `Fi2027/00741`, `T2026-04412`.
const GLUED = String.raw`[A-ZÅÄÖ][a-zåäö]{0,2}\d{4}[-/]\d{2,6}`;
const LEADING_LABEL = new RegExp(`^${LABEL}`, 'i');
// Groups joined by hyphens, slashes or spaces, and (a number always stands under a label) by a colon, as some
// boards write their series: `Case no.: UTBN 2027:0219`.
const NUMBER = String.raw`(?:${GLUED}(?![\d/-])|${GROUP}(?:(?:\s?[-‐–/:]\s?|\s)${GROUP})*)`;
const LABELLED = new RegExp(`${LABEL}(${NUMBER})`, 'g');
// Unlabelled shapes that are unambiguous enough to pick out of prose.
const SERIES_PREFIXED = /\b([A-ZÅÄÖ]{2,5}-\d{4}-\d{1,6}(?:-\d{1,6})*)\b/g;
const SLASH_YEAR = /(?<![\d/-])(\d{1,4}(?:-\d{1,6})+\/\d{4})(?![\d/])/g;
// A board's series and the year: `KS 2026/1204`, `TN 2027/0356` (not `SOU 2026:41`, which is a report).
const SERIES_YEAR = /(?<![\p{L}\d])([A-ZÅÄÖ]{1,4} ?(?:19|20)\d{2}\/\d{1,6})(?![\d/])/gu;
// A region's series, a space and two groups of four digits joined by a dash: `RS 2027-0131`, `LS 1209-1229`
// (not a span of years such as `EU 2028-2034`, which `isYearSpan` leaves out).
const SERIES_DASH = /(?<![\p{L}\d])([A-ZÅÄÖ]{2,4} \d{4}-\d{4})(?![\d/-])/gu;
const GLUED_ALONE = new RegExp(String.raw`(?<![\p{L}\d])(${GLUED})(?![\d/-])`, 'gu');
// A sender's reference in a letter: `Our ref.: UFN/SG/2026/118`, `Vår referens: …`.
const REFERENCE =
  /\b(?:our|your|vår|er)\s+ref(?:erens|erence)?\.?\s*:?\s*([A-Za-z0-9][A-Za-z0-9./-]{3,40}[A-Za-z0-9])/giu;

export type CaseNumberMatch = { raw: string; value: string; index: number };

/** Finds every case number in a text, in order of appearance, without duplicates. */
export function findCaseNumbers(text: string): CaseNumberMatch[] {
  const found: CaseNumberMatch[] = [];
  const seen = new Set<string>();
  const push = (raw: string, value: string, index: number) => {
    const cleaned = tidy(value);
    if (!looksLikeCaseNumber(cleaned)) return;
    const key = caseNumberKey(cleaned);
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ raw, value: cleaned, index });
  };
  for (const m of text.matchAll(LABELLED)) push(m[0], m[1]!, m.index);
  for (const m of text.matchAll(SERIES_PREFIXED)) push(m[0], m[1]!, m.index);
  for (const m of text.matchAll(SLASH_YEAR)) push(m[0], m[1]!, m.index);
  for (const m of text.matchAll(SERIES_YEAR)) push(m[0], m[1]!, m.index);
  for (const m of text.matchAll(SERIES_DASH)) if (!isYearSpan(m[1]!)) push(m[0], m[1]!, m.index);
  for (const m of text.matchAll(GLUED_ALONE)) push(m[0], m[1]!, m.index);
  for (const m of text.matchAll(REFERENCE)) push(m[0], m[1]!, m.index);
  return found.sort((a, b) => a.index - b.index);
}

/** Two years joined by a dash, the first the earlier ("2028-2034"): a period, not a case. */
function isYearSpan(value: string): boolean {
  const m = /(\d{4})-(\d{4})$/.exec(value);
  if (!m) return false;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from >= 1900 && from <= 2099 && to > from && to <= 2099;
}

function tidy(value: string): string {
  return value
    .replace(/[‐–]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.\-/]+$/, '')
    .trim();
}

function looksLikeCaseNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  // A year alone or a short number is not a case number.
  return digits.length >= 5 && /[-/ .]/.test(value);
}

/** Strips whatever prefix a person typed (`KS-dnr:`, `Dnr`, `diarienummer`) and surrounding punctuation. */
export function stripCaseNumberLabel(input: string): string {
  return input
    .normalize('NFC')
    .trim()
    .replace(/^["'“”„«»]+|["'“”„«»]+$/g, '')
    .replace(LEADING_LABEL, '')
    .trim();
}

const LABEL_WORDS = new Set(['DNR', 'DIARIENUMMER', 'DIARIENR']);

/** Drops label groups left at the start (after stray punctuation, or typed twice) so that keys are stable. */
function dropLabelGroups(groups: string[]): string[] {
  let rest = groups;
  for (;;) {
    if (LABEL_WORDS.has(rest[0] ?? '')) rest = rest.slice(1);
    else if (/^[A-ZÅÄÖ]{1,5}$/.test(rest[0] ?? '') && LABEL_WORDS.has(rest[1] ?? '')) rest = rest.slice(2);
    else return rest;
  }
}

/**
 * A canonical key: upper-case alphanumeric groups joined by `-`. `KS-dnr: 006-1137/2007`,
 * `006-1137/2007`, `006 1137 2007` and `006-1137-2007` all give `006-1137-2007`.
 */
export function caseNumberKey(input: string): string {
  const stripped = stripCaseNumberLabel(input);
  const groups = stripped.toUpperCase().match(/[0-9]+|[A-ZÅÄÖ]+/g) ?? [];
  return dropLabelGroups(groups).join('-');
}

/** Digits and letters only, for people who typed the number without any separators. */
export function compactCaseNumberKey(input: string): string {
  return caseNumberKey(input).replace(/-/g, '');
}

/** True when the text a person typed plausibly is a case number rather than words from a title. */
export function looksLikeTypedCaseNumber(input: string): boolean {
  const stripped = stripCaseNumberLabel(input);
  const digits = stripped.replace(/\D/g, '').length;
  const letters = stripped.replace(/[^A-Za-zÅÄÖåäö]/g, '').length;
  return digits >= 5 && letters <= 5;
}

export function sameCaseNumber(a: string, b: string): boolean {
  return caseNumberKey(a) === caseNumberKey(b) || compactCaseNumberKey(a) === compactCaseNumberKey(b);
}

/**
 * The key without a leading series code (`KS 006-1137/2007` → `006-1137-2007`), for people who type a
 * board's prefix the document left out, or leave out one it wrote. Null when too little is left to be a
 * case number on its own.
 */
export function caseNumberCore(input: string): string | null {
  const groups = caseNumberKey(input).split('-');
  while (groups.length > 0 && /^[A-ZÅÄÖ]+$/.test(groups[0]!)) groups.shift();
  const core = groups.join('-');
  return core.replace(/\D/g, '').length >= 5 && groups.length >= 2 ? core : null;
}

/**
 * How well a typed case number fits a written one: `exact` when the keys are the same (whatever the
 * prefix label, spacing or punctuation), `core` when they differ only in a leading series code, else null.
 */
export function caseNumberFit(typed: string, written: string): 'exact' | 'core' | null {
  if (sameCaseNumber(typed, written)) return 'exact';
  const a = caseNumberCore(typed);
  return a !== null && a === caseNumberCore(written) ? 'core' : null;
}
