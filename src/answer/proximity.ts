import { expandAbbreviations, termsOfToken } from '../search/analyzer.js';
import { tokenize } from '../search/tokenize.js';
import type { WeightedConcept } from './rank.js';

/** The index terms of each word of a text, in order (stop words give none but keep their place). */
export function termsByWord(text: string): string[][] {
  return tokenize(expandAbbreviations(text)).map((token) => termsOfToken(token.text));
}

/**
 * How closely a sentence holds the question's words together: the number of question words it holds over
 * the length of the shortest stretch of the sentence holding all of them (1 when they stand side by side).
 * "… ansvarar för aktiv bevakning och påverkan …" holds "ansvarar för bevakning och påverkan" closely; a
 * sentence that says "ansvarar" at its start and "påverkan" twenty words later speaks of something else
 * in between. A sentence holding fewer than two of the question's words has no proximity to speak of: 0.
 *
 * Each word of a concept's best-matching alternative is a slot ("bevakning och påverkan" gives two), so a
 * phrase in the question asks for its words near each other as well.
 */
export function proximity(words: readonly string[][], concepts: readonly WeightedConcept[]): number {
  const hits: { at: number; slot: number }[] = [];
  let slots = 0;
  for (const wc of concepts) {
    const alternative = bestAlternative(words, wc);
    if (!alternative) continue;
    for (const matches of alternative) {
      const terms = new Set(matches.map((m) => m.term));
      words.forEach((termsOfWord, at) => {
        if (termsOfWord.some((t) => terms.has(t))) hits.push({ at, slot: slots });
      });
      slots++;
    }
  }
  if (slots < 2) return 0;
  hits.sort((a, b) => a.at - b.at);
  // The shortest window holding every slot, by two pointers over the hits in word order.
  const seen = new Array<number>(slots).fill(0);
  let covered = 0;
  let shortest = Number.POSITIVE_INFINITY;
  let from = 0;
  for (const hit of hits) {
    if (seen[hit.slot]!++ === 0) covered++;
    while (covered === slots) {
      const first = hits[from]!;
      shortest = Math.min(shortest, hit.at - first.at + 1);
      if (--seen[first.slot]! === 0) covered--;
      from++;
    }
  }
  return Number.isFinite(shortest) ? Math.min(1, slots / shortest) : 0;
}

/** The first alternative (they come best first) whose every word the sentence holds. */
function bestAlternative(words: readonly string[][], wc: WeightedConcept) {
  const present = termsOf(words);
  for (const alt of byQuality(wc)) {
    if (alt.stems.length === 0) continue;
    if (alt.stems.every((matches) => matches.some((m) => m.strength > 0 && present.has(m.term))))
      return alt.stems;
  }
  return null;
}

/**
 * A sentence's terms and a concept's alternatives best first, each made once: every concept of every
 * question asks them of every candidate sentence (the words are kept with the sentence across questions).
 */
const presentTerms = new WeakMap<readonly string[][], Set<string>>();
const alternativesByQuality = new WeakMap<WeightedConcept, WeightedConcept['expansions']>();

function termsOf(words: readonly string[][]): Set<string> {
  let present = presentTerms.get(words);
  if (!present) {
    present = new Set(words.flat());
    presentTerms.set(words, present);
  }
  return present;
}

function byQuality(wc: WeightedConcept): WeightedConcept['expansions'] {
  let sorted = alternativesByQuality.get(wc);
  if (!sorted) {
    sorted = [...wc.expansions].sort((a, b) => b.quality - a.quality);
    alternativesByQuality.set(wc, sorted);
  }
  return sorted;
}
