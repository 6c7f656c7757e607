import { findDates, MONTH_WORDS, monthOf } from '../text/dates.js';
import { yearsIn } from './years.js';

/** When a when-question asks about: what happened ("När justerades …", "When was …"), or what is to come. */
export type Tense = 'past' | 'future';

/** Swedish verbs in the past tense whose form no ending shows ("När var …", "När hölls …"). */
const SWEDISH_PAST = new Set(
  'var blev hölls skedde gick kom fick hade har gjordes togs antogs fattades sattes lades skrevs sågs drogs gavs'.split(
    ' ',
  ),
);
/** Modal and other verbs that ask about what is to come, whatever their ending ("När måste …"). */
const SWEDISH_TO_COME = new Set('ska skall måste bör kan får kommer behöver är blir'.split(' '));
const SWEDISH_PAST_ENDING = /\p{L}{2,}(?:ade|ades|de|des|te|tes|dde|ddes)$/u;
const ENGLISH_PAST = new Set('was were did had has have'.split(' '));
const ENGLISH_TO_COME = new Set('is are will does do shall should must can'.split(' '));
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_WORDS})\.?\s+(\d{4})(?![\p{L}\d])`, 'giu');
const TO_COME_WORD = /(?<!\p{L})(?:nästa|nästkommande|kommande|next|upcoming|forthcoming)(?!\p{L})/iu;
const WHEN = /^\s*(?:när|senast när|vilket datum|when|by when|what date|by what date)\s+(\p{L}+)/iu;

/**
 * The time a when-question asks about, read from its finite verb, which follows the question word in both
 * languages: "När justerades protokollet?", "When was the agreement signed?" ask about the past; "När ska
 * …", "När redovisas …", "When is the exercise planned?" about what is to come. Null for any other question.
 */
export function askedTense(question: string): Tense | null {
  const verb = WHEN.exec(question)?.[1]?.toLocaleLowerCase('sv');
  if (!verb) return null;
  // "När har nämnden sitt nästa sammanträde?", "When is the next meeting?": what is next is to come, whatever
  // the verb ("har" here is "have", not the perfect's auxiliary).
  if (TO_COME_WORD.test(question)) return 'future';
  if (ENGLISH_PAST.has(verb)) return 'past';
  if (ENGLISH_TO_COME.has(verb)) return 'future';
  if (SWEDISH_TO_COME.has(verb)) return 'future';
  if (SWEDISH_PAST.has(verb) || SWEDISH_PAST_ENDING.test(verb)) return 'past';
  // A Swedish present ("redovisas", "hålls", "ska", "är") asks about what is to come.
  return /(?:r|s|ska|skall)$/u.test(verb) ? 'future' : null;
}

/**
 * Whether the dates and years a sentence names all lie before today or all after it (a year is the
 * current one neither): 'none' when it names no date or year at all ("inom tre veckor från justeringen"),
 * null when it names some of each, or only the current year.
 */
export function statedTense(text: string, today: string): Tense | 'none' | null {
  let past = false;
  let future = false;
  let rest = text;
  // A day without a year ("den 17 september") is a time, of either side of today.
  for (const d of findDates(text, today)) {
    rest = rest.replace(d.text, ' ');
    if (d.inferredYear) continue;
    if (d.date < today) past = true;
    else if (d.date > today) future = true;
  }
  const thisYear = Number(today.slice(0, 4));
  // A month of a year that no day dates ("beslut väntas i maj 2027", "in May 2027"): before this month or
  // after it.
  const thisMonth = thisYear * 12 + Number(today.slice(5, 7));
  for (const m of rest.matchAll(MONTH_YEAR)) {
    const month = monthOf(m[1]!);
    if (month === undefined) continue;
    const when = Number(m[2]) * 12 + month;
    if (when < thisMonth) past = true;
    else if (when > thisMonth) future = true;
    rest = rest.replace(m[0], ' ');
  }
  const years = yearsIn(rest);
  if (!past && !future && years.size === 0 && rest === text) return 'none';
  for (const year of years) {
    if (year < thisYear) past = true;
    else if (year > thisYear) future = true;
  }
  if (past === future) return null;
  return past ? 'past' : 'future';
}

/**
 * 1 when the sentence's time is the other side of today from the question's, or when a question about the
 * past ("När justerades protokollet?") is answered by a sentence that names no date or year, only a time
 * counted from something ("inom tre veckor från den dag då justeringen …"); else 0.
 */
export function tenseMismatch(asked: Tense, stated: Tense | 'none' | null): number {
  if (stated === 'none') return asked === 'past' ? 1 : 0;
  return stated !== null && stated !== asked ? 1 : 0;
}
