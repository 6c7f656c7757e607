import type { Concept } from '../search/query.js';
import type { SearchIndex, TermMatch } from '../search/search-index.js';
import { stemEnglish, stemSwedish } from '../search/stemmer.js';
import { WEAK_WORDS } from '../search/stopwords.js';
import { INTENT_WORDS, type Intent } from './intent.js';

/** A concept with what it reaches in the index and how much it weighs. */
export type WeightedConcept = {
  concept: Concept;
  /** Per alternative, per stem: the index terms it reaches. */
  expansions: { quality: number; stems: TermMatch[][] }[];
  weight: number;
  /** Passages the concept occurs in (bounded). */
  postings: Set<number>;
  /** Only restates what a metadata question asks (remiss, svar, deadline …). */
  generic: boolean;
  absent: boolean;
};

const POSTINGS_LIMIT = 2000;

function isIntentWord(surface: string, intent: Intent): boolean {
  const words = surface.toLocaleLowerCase('sv').split(/\s+/);
  const vocabulary = new Set([...(INTENT_WORDS.common ?? []), ...(INTENT_WORDS[intent] ?? [])]);
  return words.every(
    (w) => vocabulary.has(w) || vocabulary.has(stemSwedish(w)) || vocabulary.has(stemEnglish(w)),
  );
}

function unionOf(index: SearchIndex, matches: TermMatch[], field: 'body' | 'context'): Set<number> {
  const ids = new Set<number>();
  for (const m of matches) for (const id of index.lookup(m.term, POSTINGS_LIMIT, field)) ids.add(id);
  return ids;
}

function intersect(sets: Set<number>[]): Set<number> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((s) => s.has(id))));
}

export function weighConcepts(index: SearchIndex, concepts: Concept[], intent: Intent): WeightedConcept[] {
  const n = Math.max(index.size, 1);
  return concepts.map((concept) => {
    const expansions = concept.alternatives.map((alt) => ({
      quality: alt.quality,
      stems: alt.stems.map((stem) => index.expand(stem)),
    }));
    const postings = new Set<number>();
    // Rarity is judged on the passages' own words; headings and list leads only add candidates.
    const bodyPostings = new Set<number>();
    for (const alt of expansions) {
      if (alt.stems.some((s) => s.length === 0)) continue;
      const body = intersect(alt.stems.map((matches) => unionOf(index, matches, 'body')));
      const withContext = intersect(
        alt.stems.map(
          (matches) => new Set([...unionOf(index, matches, 'body'), ...unionOf(index, matches, 'context')]),
        ),
      );
      for (const id of body) bodyPostings.add(id);
      for (const id of withContext) postings.add(id);
    }
    const df = bodyPostings.size;
    let weight = Math.log((n + 1) / (df + 0.5)) + 0.2;
    const lower = concept.surface.toLocaleLowerCase('sv');
    const weak = lower.split(/\s+/).every((w) => WEAK_WORDS.has(w));
    if (weak) weight *= 0.25;
    const generic = isIntentWord(concept.surface, intent);
    if (generic) weight *= 0.3;
    // A verb or adjective the documents happen not to use says little; an absent noun is handled by abstention.
    const untranslated = concept.lang === 'en' && !concept.alternatives.some((a) => a.source === 'lexicon');
    if (postings.size === 0 && !concept.isName && (!concept.nounish || untranslated)) weight *= 0.25;
    // Predicates (verbs, adjectives) are phrased many ways; the nouns and names carry the topic.
    else if (!concept.isName && !concept.nounish) weight *= 0.6;
    return { concept, expansions, weight, postings, generic, absent: postings.size === 0 };
  });
}

/** How well one concept is met by a term bag (1 = a whole word, less for parts, roots and translations). */
export function conceptMatch(wc: WeightedConcept, terms: { has(term: string): boolean }): number {
  let best = 0;
  for (const alt of wc.expansions) {
    let weakest = 1;
    for (const matches of alt.stems) {
      let strength = 0;
      for (const m of matches) if (m.strength > strength && terms.has(m.term)) strength = m.strength;
      weakest = Math.min(weakest, strength);
      if (weakest === 0) break;
    }
    best = Math.max(best, weakest * alt.quality);
  }
  return best;
}
