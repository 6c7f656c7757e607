import { recognizeIntent } from '../answer/intent.js';
import type { CuratedAnswer } from '../registry/curated.js';
import { termsOfToken } from '../search/analyzer.js';
import { isStopWord, WEAK_WORDS } from '../search/stopwords.js';
import { tokenize } from '../search/tokenize.js';

/** What a question asks, for comparing wordings: the kind of question and the stems of its content words. */
export type QuestionKey = { intent: string; terms: Set<string> };

export function questionKey(text: string): QuestionKey {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    if (isStopWord(token.text) || WEAK_WORDS.has(token.text)) continue;
    const [stem] = termsOfToken(token.text);
    if (stem) terms.add(stem);
  }
  return { intent: recognizeIntent(text), terms };
}

/**
 * The same question in other words: the same kind of question about exactly the same things, whatever
 * the inflection, word order and small words. A question that shares the words but asks about another
 * thing (another city, another kind of fact) is not the same question, and does not get the answer.
 */
export function sameQuestion(a: QuestionKey, b: QuestionKey): boolean {
  if (a.intent !== b.intent || a.terms.size === 0 || a.terms.size !== b.terms.size) return false;
  for (const term of a.terms) if (!b.terms.has(term)) return false;
  return true;
}

/** The curated answer for a question, if one matches closely and is not past its review date (`today`, ISO). */
export function findCurated(question: string, curated: CuratedAnswer[], today: string): CuratedAnswer | null {
  const key = questionKey(question);
  for (const entry of curated) {
    if (entry.reviewBy < today) continue;
    if (entry.wordings.some((wording) => sameQuestion(key, questionKey(wording)))) return entry;
  }
  return null;
}
