import type { Lang } from '../core/lang.js';
import { tokenize } from '../search/tokenize.js';

const SWEDISH_MARKERS = new Set(
  'och att det som en ett är vem vad när var hur vilken vilka vilket varför ska skall kan får har finns för med till på om av inte vi jag de den vår våra stadens staden nämnden remissen'.split(
    ' ',
  ),
);
const ENGLISH_MARKERS = new Set(
  'the and is are was were will would been who what when where how which why should can does do did has have of for from with to on in at by this that it we our city the referral'.split(
    ' ',
  ),
);

/** The language a question is written in: Swedish words and letters against English ones; Swedish on a tie. */
export function detectLanguage(text: string): Lang {
  return textLanguage(text) ?? 'sv';
}

/**
 * The language a text shows, or null when it shows none ("140 member cities", "Dnr 2006-152-307"): a quote
 * that says nothing of its language is not labelled as written in another.
 */
export function textLanguage(text: string): Lang | null {
  // A term quoted or put in brackets ("Which item was sent back (återremitterat)?") is the other language's
  // word for a thing, not the language the text is written in.
  const own = text.replace(/\([^()]*\)|[”"“][^”"“]*[”"“]/gu, ' ');
  if (own !== text && /\p{L}{2,}/u.test(own)) {
    const language = textLanguage(own);
    if (language) return language;
  }
  let sv = /[åäö]/i.test(text) ? 1 : 0;
  let en = 0;
  for (const token of tokenize(text)) {
    if (SWEDISH_MARKERS.has(token.text)) sv++;
    if (ENGLISH_MARKERS.has(token.text)) en++;
  }
  return en > sv ? 'en' : sv > 0 ? 'sv' : null;
}

/**
 * English contractions and chat abbreviations and the words they stand for: "we're" is "we are", not a word to
 * look for, and "ppl" is "people".
 */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(can)['’]t\b/giu, '$1 not'],
  [/\bwon['’]t\b/giu, 'will not'],
  [/\b(\p{L}+)n['’]t\b/giu, '$1 not'],
  [/\b(\p{L}+)['’]re\b/giu, '$1 are'],
  [/\b(\p{L}+)['’]ve\b/giu, '$1 have'],
  [/\b(\p{L}+)['’]ll\b/giu, '$1 will'],
  [/\b(\p{L}+)['’]d\b/giu, '$1 would'],
  [/\bi['’]m\b/giu, 'I am'],
  // 's after a question word or pronoun is "is"; after a noun it is a possessive, which stays.
  [/\b(what|who|where|when|how|why|that|there|here|it|he|she)['’]s\b/giu, '$1 is'],
  // What people type in chat for the words the documents write out.
  [/\bppl\b/giu, 'people'],
  [/\bmtgs?\b/giu, 'meeting'],
  [/\bgovt\b/giu, 'government'],
  [/\bdept\b/giu, 'department'],
  [/\bapprox\b\.?/giu, 'approximately'],
  [/\bintl\b|\bint['’]l\b/giu, 'international'],
  [/\byrs\b/giu, 'years'],
  [/\borgs\b/giu, 'organisations'],
];

/** An English question with its contractions written out; other text as it is. */
export function expandContractions(text: string, lang: Lang): string {
  if (lang !== 'en') return text;
  return CONTRACTIONS.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
}
