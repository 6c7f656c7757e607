import type { Lang } from '../core/lang.js';
import { tokenize } from '../search/tokenize.js';

const SWEDISH_MARKERS = new Set(
  'och att det som en ett är vem vad när var hur vilken vilka vilket varför ska skall kan får har finns för med till på om av inte vi jag de den vår våra stadens staden nämnden remissen'.split(
    ' ',
  ),
);
const ENGLISH_MARKERS = new Set(
  'the and is are who what when where how which why should can does do did has have of for with to on in is it we our city the referral'.split(
    ' ',
  ),
);

/** The language a question is written in: Swedish words and letters against English ones; Swedish on a tie. */
export function detectLanguage(text: string): Lang {
  let sv = /[åäö]/i.test(text) ? 1 : 0;
  let en = 0;
  for (const token of tokenize(text)) {
    if (SWEDISH_MARKERS.has(token.text)) sv++;
    if (ENGLISH_MARKERS.has(token.text)) en++;
  }
  return en > sv ? 'en' : 'sv';
}
