import { PART } from '../search/analyzer.js';
import type { Concept } from '../search/query.js';
import type { SearchIndex, TermMatch } from '../search/search-index.js';
import { intersectSorted, unionSorted } from '../search/sorted-ids.js';
import { stemEnglish, stemSwedish } from '../search/stemmer.js';
import { WEAK_WORDS } from '../search/stopwords.js';
import { INTENT_WORDS, type Intent } from './intent.js';

/** A concept with what it reaches in the index and how much it weighs. */
export type WeightedConcept = {
  concept: Concept;
  /** Per alternative, per stem: the index terms it reaches. */
  expansions: { quality: number; stems: TermMatch[][] }[];
  weight: number;
  /** Passages the concept occurs in (each term counted up to POSTINGS_LIMIT), ascending ids. */
  postings: Int32Array;
  /** Only restates what a metadata question asks (remiss, svar, deadline …). */
  generic: boolean;
  absent: boolean;
};

const POSTINGS_LIMIT = 2000;

/** The weight of the rarest words (about one passage in a thousand, log(2001) + 0.2). */
const MAX_WEIGHT = 7;

const intentVocabularies = new Map<Intent, Set<string>>();

function intentVocabulary(intent: Intent): Set<string> {
  let vocabulary = intentVocabularies.get(intent);
  if (!vocabulary) {
    vocabulary = new Set([...(INTENT_WORDS.common ?? []), ...(INTENT_WORDS[intent] ?? [])]);
    intentVocabularies.set(intent, vocabulary);
  }
  return vocabulary;
}

function isIntentWord(surface: string, intent: Intent): boolean {
  const words = surface.toLowerCase().split(/\s+/);
  const vocabulary = intentVocabulary(intent);
  return words.every(
    (w) => vocabulary.has(w) || vocabulary.has(stemSwedish(w)) || vocabulary.has(stemEnglish(w)),
  );
}

/**
 * The passages a concept's stems reach, as sorted id arrays instead of Sets: at 10,000 documents a common
 * stem reaches thousands of passages per question, and Sets of them were a tenth of the answer time. Each
 * term still counts only its first POSTINGS_LIMIT passages in id order (what `lookup(term, limit)` returns),
 * so document frequencies, and with them every weight, are exactly what they were.
 */
function bounded(index: SearchIndex, term: string, field: 'body' | 'context'): Int32Array {
  const all = index.postings(term, field);
  return all.length > POSTINGS_LIMIT ? all.subarray(0, POSTINGS_LIMIT) : all;
}

/**
 * Each concept with its weight. A concept the documents never hold is read again as its parts, when it has
 * them (the words of a joined name, the parts of a compound on a name) and the documents hold any: only
 * what is still absent then counts as absent.
 */
export function weighConcepts(index: SearchIndex, concepts: Concept[], intent: Intent): WeightedConcept[] {
  return concepts.flatMap((concept) => {
    const weighed = weighConcept(index, concept, intent);
    if (!weighed.absent) return [weighed];
    if (concept.parts) {
      const parts = concept.parts.map((part) => weighConcept(index, part, intent));
      if (parts.some((p) => !p.absent)) return parts;
    }
    return [weighed];
  });
}

const titleTerms = new WeakMap<SearchIndex, Set<string>>();

/** Every term of the documents' titles, read once per index. */
function titleTermsOf(index: SearchIndex): Set<string> {
  let terms = titleTerms.get(index);
  if (!terms) {
    terms = new Set();
    let last: unknown = null;
    for (const entry of index.entries) {
      if (entry.doc === last) continue;
      last = entry.doc;
      for (const term of entry.title.keys()) terms.add(term);
    }
    titleTerms.set(index, terms);
  }
  return terms;
}

function weighConcept(index: SearchIndex, concept: Concept, intent: Intent): WeightedConcept {
  const n = Math.max(index.size, 1);
  const expansions = concept.alternatives.map((alt) => ({
    quality: alt.quality,
    stems: alt.stems.map((stem) => {
      const matches = index.expand(stem);
      // A name the documents write as itself ("Urbania") is not met by a shorter word it begins with
      // ("Urban Futures Network"): its shortened variants only stand in when the name itself is unknown.
      if (!concept.isName || !matches.some((m) => m.term === stem)) return matches;
      return matches.filter((m) => {
        const term = m.term.startsWith(PART) ? m.term.slice(PART.length) : m.term;
        return !(term.length < stem.length && stem.startsWith(term));
      });
    }),
  }));
  // Rarity is judged on the passages' own words; headings and list leads only add candidates.
  const body: Int32Array[][][] = [];
  const withContext: Int32Array[][][] = [];
  for (const alt of expansions) {
    if (alt.stems.some((s) => s.length === 0)) continue;
    // Each term's text postings are looked up once, for both.
    const lists = alt.stems.map((matches) => matches.map((m) => bounded(index, m.term, 'body')));
    body.push(lists);
    withContext.push(
      alt.stems.map((matches, s) =>
        matches.flatMap((m, i) => [lists[s]![i]!, bounded(index, m.term, 'context')]),
      ),
    );
  }
  // Counted, not merged: the passages themselves are asked for only when someone reads `postings`.
  const df = index.countReached(body);
  // A word only a document's title holds (a project's name, "BALTICROOFS – Green roofs …") is in the documents.
  const absent =
    index.countReached(withContext, true) === 0 &&
    !concept.alternatives.some(
      (alt) => alt.stems.length > 0 && alt.stems.every((stem) => titleTermsOf(index).has(stem)),
    );
  let postings: Int32Array | null = null;
  const reached = () =>
    (postings ??= unionSorted(
      withContext.map((stems) => intersectSorted(stems.map((lists) => unionSorted(lists)))),
    ));
  // Rarity saturates: a word held by one passage in a thousand is as specific as one held by one in a
  // hundred thousand. Without the ceiling a name's share of the question grows with the corpus, and the
  // shares the answer threshold was fitted on shift as documents are added.
  let weight = Math.min(Math.log((n + 1) / (df + 0.5)) + 0.2, MAX_WEIGHT);
  const lower = concept.surface.toLowerCase();
  const weak = lower.split(/\s+/).every((w) => WEAK_WORDS.has(w));
  if (weak) weight *= 0.25;
  const generic = isIntentWord(concept.surface, intent);
  if (generic) weight *= 0.3;
  // A verb or adjective the documents happen not to use says little; an absent noun is handled by abstention.
  const untranslated = concept.lang === 'en' && !concept.alternatives.some((a) => a.source === 'lexicon');
  if (absent && !concept.isName && (!concept.nounish || untranslated)) weight *= 0.25;
  // Predicates (verbs, adjectives) are phrased many ways; the nouns and names carry the topic.
  else if (!concept.isName && !concept.nounish) weight *= 0.6;
  return {
    concept,
    expansions,
    weight,
    get postings() {
      return reached();
    },
    generic,
    absent,
  };
}

/** How well one concept is met by a term bag (1 = a whole word, less for parts, roots and translations). */
export function conceptMatch(wc: WeightedConcept, terms: { has(term: string): boolean }): number {
  let best = 0;
  for (const alt of wc.expansions) {
    // An alternative can give at most its quality: one that cannot beat the best so far is not looked up.
    if (alt.quality <= best) continue;
    let weakest = 1;
    for (const matches of alt.stems) {
      let strength = 0;
      for (const m of matches) {
        if (m.strength > strength && terms.has(m.term)) {
          strength = m.strength;
          if (strength >= 1) break;
        }
      }
      weakest = Math.min(weakest, strength);
      if (weakest === 0) break;
    }
    best = Math.max(best, weakest * alt.quality);
  }
  return best;
}
