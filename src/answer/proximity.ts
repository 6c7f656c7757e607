import { expandAbbreviations, termsOfToken } from '../search/analyzer.js';
import type { SearchIndex } from '../search/search-index.js';
import { tokenize } from '../search/tokenize.js';
import type { WeightedConcept } from './rank.js';
import type { CompiledAlternative, QuestionTerms } from './term-slots.js';

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

/**
 * `proximity` with the question's terms as slots: the same figure, read with one mask per word instead of a
 * set of terms per stem and sentence. Some sixty candidate sentences per question ask it, and the sets and
 * hit objects were a fifth of the features' time at 10,000 documents.
 */
export function proximityOfSlots(
  words: readonly string[][],
  concepts: readonly WeightedConcept[],
  terms: QuestionTerms,
): number {
  const width = terms.words;
  const n = words.length;
  // Scratch kept across calls (an answer is computed on one thread, this function never re-entered): some
  // sixty sentences a question allocated their masks and hit lists anew, a twelfth of an answer's bytes.
  if (scratch.wordMasks.length < n * width) scratch.wordMasks = new Uint32Array(2 * n * width);
  if (scratch.present.length < width) scratch.present = new Uint32Array(2 * width);
  const wordMasks = scratch.wordMasks;
  const present = scratch.present;
  wordMasks.fill(0, 0, n * width);
  present.fill(0, 0, width);
  const ids = termIdsOf(words, terms.indexOfTerms);
  for (let at = 0, k = 0; at < n; at++) {
    const termsOfWord = words[at]!;
    for (let t = 0; t < termsOfWord.length; t++, k++) {
      const id = ids[k]!;
      // A term the index lacks has no id, but may still be one of the question's (a slot without an id).
      const slot = id >= 0 ? terms.slotOfId(id) : terms.slotOf(termsOfWord[t]!);
      if (slot < 0) continue;
      wordMasks[at * width + (slot >>> 5)]! |= 1 << (slot & 31);
      present[slot >>> 5]! |= 1 << (slot & 31);
    }
  }
  // Each word of each concept's best alternative the sentence holds whole is a slot of the window.
  const chosen = scratch.chosen;
  chosen.length = 0;
  for (let c = 0; c < concepts.length; c++) {
    const alternative = bestHeld(terms.bestQualityFirst(concepts[c]!), present);
    if (alternative)
      for (let s = 0; s < alternative.stems.length; s++) chosen.push(alternative.stems[s]!.slots);
  }
  const slots = chosen.length;
  if (slots < 2) return 0;
  // The hits in word order, and within a word in slot order (as a stable sort by word gives them).
  if (scratch.hitAt.length < n * slots) {
    scratch.hitAt = new Int32Array(2 * n * slots);
    scratch.hitSlot = new Int32Array(2 * n * slots);
  }
  const hitAt = scratch.hitAt;
  const hitSlot = scratch.hitSlot;
  let hits = 0;
  for (let at = 0; at < n; at++) {
    const base = at * width;
    for (let j = 0; j < slots; j++) {
      const stem = chosen[j]!;
      for (let k = 0; k < stem.length; k++) {
        const slot = stem[k]!;
        if ((wordMasks[base + (slot >>> 5)]! >>> (slot & 31)) & 1) {
          hitAt[hits] = at;
          hitSlot[hits] = j;
          hits++;
          break;
        }
      }
    }
  }
  if (scratch.seen.length < slots) scratch.seen = new Int32Array(2 * slots);
  const seen = scratch.seen;
  seen.fill(0, 0, slots);
  let covered = 0;
  let shortest = Number.POSITIVE_INFINITY;
  let from = 0;
  for (let h = 0; h < hits; h++) {
    if (seen[hitSlot[h]!]!++ === 0) covered++;
    while (covered === slots) {
      shortest = Math.min(shortest, hitAt[h]! - hitAt[from]! + 1);
      if (--seen[hitSlot[from]!]! === 0) covered--;
      from++;
    }
  }
  return Number.isFinite(shortest) ? Math.min(1, slots / shortest) : 0;
}

/**
 * A sentence's words' terms as index term ids (−1: not in the index), in order, kept with the words (which
 * are kept with the sentence across questions): the question's slot of a term id is an array read, where a
 * term's slot by its text is a lookup by a string's hash, for every term of every candidate sentence.
 */
const termIds = new WeakMap<readonly string[][], { index: SearchIndex; ids: Int32Array }>();

function termIdsOf(words: readonly string[][], index: SearchIndex): Int32Array {
  let kept = termIds.get(words);
  if (kept === undefined || kept.index !== index) {
    let count = 0;
    for (const termsOfWord of words) count += termsOfWord.length;
    const ids = new Int32Array(count);
    let k = 0;
    for (const termsOfWord of words) for (const term of termsOfWord) ids[k++] = index.termId(term) ?? -1;
    kept = { index, ids };
    termIds.set(words, kept);
  }
  return kept.ids;
}

const scratch = {
  wordMasks: new Uint32Array(1024),
  present: new Uint32Array(16),
  chosen: [] as Int32Array[],
  hitAt: new Int32Array(256),
  hitSlot: new Int32Array(256),
  seen: new Int32Array(16),
};

/** The first alternative (best first) with words, every one of which the sentence holds with strength. */
function bestHeld(
  alternatives: readonly CompiledAlternative[],
  present: Uint32Array,
): CompiledAlternative | null {
  for (const alt of alternatives) {
    if (alt.stems.length === 0) continue;
    let all = true;
    for (const { slots, strengths } of alt.stems) {
      let held = false;
      for (let k = 0; k < slots.length && !held; k++) {
        const slot = slots[k]!;
        held = strengths[k]! > 0 && ((present[slot >>> 5]! >>> (slot & 31)) & 1) === 1;
      }
      if (!held) {
        all = false;
        break;
      }
    }
    if (all) return alt;
  }
  return null;
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
