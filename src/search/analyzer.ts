import { MONTH_WORDS, monthOf, SWEDISH_MONTHS } from '../text/dates.js';
import { splitCompound } from './compounds.js';
import { derivationalRoot, stemSwedish } from './stemmer.js';
import { isStopWord } from './stopwords.js';
import { tokenize } from './tokenize.js';

/**
 * Terms that text is indexed under. A word gives its stem; a compound also gives its parts (so that
 * "bevakning" finds "omvärldsbevakning"); a derived noun also gives its root (inriktning ~ inriktas).
 * Parts and roots are prefixed so that scoring can weigh them below a whole-word match.
 */
export const PART = '~';
export const ROOT = '^';

export type TermKind = 'word' | 'part' | 'root';

export function termKind(term: string): TermKind {
  if (term.startsWith(PART)) return 'part';
  if (term.startsWith(ROOT)) return 'root';
  return 'word';
}

const termCache = new Map<string, string[]>();

/** The index terms of one lower-case token. Stop words give none. */
export function termsOfToken(token: string): string[] {
  const hit = termCache.get(token);
  if (hit) return hit;
  const terms: string[] = [];
  const pieces = token.split(/['-]/).filter((p) => p.length > 0);
  const add = (t: string) => {
    if (!terms.includes(t)) terms.push(t);
  };
  if (pieces.length > 1) {
    // "EU-projekt": the whole, joined ("euprojekt"), and each piece as a word of its own.
    add(stemSwedish(pieces.join('')));
    for (const piece of pieces) if (!isStopWord(piece)) addWord(piece, add, true);
  } else if (!isStopWord(token)) {
    addWord(token, add, false);
  }
  if (termCache.size > 300_000) termCache.clear();
  termCache.set(token, terms);
  return terms;
}

function addWord(word: string, add: (t: string) => void, fromHyphen: boolean) {
  const stem = stemSwedish(word);
  add(stem);
  const root = derivationalRoot(stem);
  if (root) add(ROOT + root);
  const parts = splitCompound(word);
  if (parts) {
    for (const part of parts) {
      const partStem = stemSwedish(part);
      add(PART + partStem);
      const partRoot = derivationalRoot(partStem);
      if (partRoot) add(ROOT + partRoot);
    }
  }
  void fromHyphen;
}

/** The replacement of a party's letters in brackets, the only abbreviation below without a full stop. */
const PARTY_REPLACEMENT = '($1 parti)';

/** Abbreviations of Swedish administrative prose, written out so that they match the words people type. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(^|[\s(])t\.\s?f\.(?=\s|$)/giu, '$1tillförordnad'],
  [/(^|[\s(])bl\.\s?a\.(?=\s|$)/giu, '$1bland annat'],
  [/(^|[\s(])fr\.\s?o\.\s?m\.(?=\s|$)/giu, '$1från och med'],
  [/(^|[\s(])t\.\s?o\.\s?m\.(?=\s|$)/giu, '$1till och med'],
  [/(^|[\s(])resp\.(?=\s|$)/giu, '$1respektive'],
  [/(^|[\s(])ang\.(?=\s|$)/giu, '$1angående'],
  // A councillor's party is written as its letters in brackets ("Tove Lindkvist m.fl. (SD)"): the
  // sentence names a party, which is what "Vilket parti …" looks for.
  [/\((S|M|SD|V|C|L|KD|MP)\)/gu, PARTY_REPLACEMENT],
];

const DIGIT = /\d/;

/**
 * A date in numbers ("Sammanträde 2026-11-19") also reads as its month's name: people ask about "the
 * meeting on 19 November", and the documents' headers write dates in numbers.
 */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;

/**
 * A compound whose head is left to the next word ("vänorts- och partnerstadssamarbete", "miljö- och
 * hälsoskyddsnämnden") is two compounds with one head: the first gets the head written out, so that it is
 * found as "vänortssamarbete".
 */
const SUSPENDED = /(\p{L}{2,})-\s+(och|eller|samt|respektive|and|or)\s+(\p{L}{4,})/gu;

function completeSuspended(text: string): string {
  return text.replace(SUSPENDED, (whole, first: string, joiner: string, second: string) => {
    const lower = second.toLowerCase();
    const head = splitCompound(lower)?.at(-1);
    const at = head ? lower.lastIndexOf(head) : -1;
    if (at <= 0) return whole;
    return `${first}${second.slice(at)} ${joiner} ${second}`;
  });
}

/**
 * "May" in a date ("18 May", "May 2027") is the month, which the Swedish "maj" names; elsewhere it is the
 * modal verb, a stop word. Written beside it, the month is found in both languages.
 */
const ENGLISH_MAY =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+May|May\s+(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}))\b/gu;

/**
 * A day of a month, however written ("10 februari", "den 10 feb.", "10th of February", "February 10"), also
 * reads as one term of the day and the Swedish month ("10februari"): a question about "the meeting on 10 Feb"
 * then finds the minutes dated 2027-02-10, not every text of February.
 */
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?::?[ae]|st|nd|rd|th)?\.?\s+(?:of\s+)?(${MONTH_WORDS})\.?(?![\p{L}])`,
  'giu',
);
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_WORDS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d])`,
  'giu',
);

function dayTerm(day: string, month: number | undefined): string | null {
  const d = Number(day);
  const name = month ? SWEDISH_MONTHS[month - 1] : undefined;
  return name && d >= 1 && d <= 31 ? `${d}${name}` : null;
}

/**
 * The text with its abbreviations written out, a suspended compound's head completed and its dates also read
 * as terms. Each pattern needs a character most sentences lack (an abbreviation a full stop, a party's
 * letters a bracket, a suspended compound a hyphen, a date a digit), so a text without it skips the pattern:
 * the candidate sentences of every question pass through here, and the twelve patterns (the dates' with
 * every month's name, case-insensitive and with look-behinds) were a twentieth of an answer's time. None
 * of the replacements writes a digit a text did not have.
 */
export function expandAbbreviations(text: string): string {
  let out = text;
  const stop = out.includes('.');
  const bracket = out.includes('(');
  if (stop || bracket)
    for (const [pattern, replacement] of ABBREVIATIONS)
      if (replacement === PARTY_REPLACEMENT ? bracket : stop) out = out.replace(pattern, replacement);
  if (out.includes('-')) out = completeSuspended(out);
  if (!DIGIT.test(out)) return out;
  return out
    .replace(DAY_MONTH, (date, day: string, month: string) => {
      const term = dayTerm(day, monthOf(month));
      return term ? `${date} ${term}` : date;
    })
    .replace(MONTH_DAY, (date, month: string, day: string) => {
      const term = dayTerm(day, monthOf(month));
      return term ? `${date} ${term}` : date;
    })
    .replace(ISO_DATE, (date, _year: string, month: string, day: string) => {
      const name = SWEDISH_MONTHS[Number(month) - 1];
      const term = dayTerm(day, Number(month));
      return name ? `${date} ${name}${term ? ` ${term}` : ''}` : date;
    })
    .replace(ENGLISH_MAY, (date) => `${date} maj`);
}

/** Every index term of a text, with repetitions (for term frequency). */
export function analyzeText(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(expandAbbreviations(text))) {
    if (/^\d+$/.test(token.text) && token.text.length < 4) continue;
    out.push(...termsOfToken(token.text));
  }
  return out;
}

/** The plain word stem of a token, used by the query side. */
export function stemOf(token: string): string {
  return stemSwedish(token);
}
