import type { SearchIndex, TermMatch } from './search-index.js';

/**
 * The candidate stage: which passages are worth the answer features. The answer core asks a
 * `CandidateSource` for the best k passages of a query and scores only those; the exhaustive source
 * below is the reference, and a bounded source must return the same top k for the same query.
 */

/** One concept of a query. Any of its terms meets it; the best term present counts. */
export type CandidateConcept = {
  weight: number;
  /** Index terms that meet the concept, each with how well (0–1]: expansion strength × alternative quality. */
  terms: TermMatch[];
};

export type CandidateQuery = {
  concepts: CandidateConcept[];
  /** Only passages with ids in these ranges (from inclusive, to exclusive), e.g. a resolved case. */
  scope?: readonly { from: number; to: number }[];
};

export type Candidate = { id: number; score: number };

/** A heading or list lead that holds the term counts for less than the passage's own words. */
export const CONTEXT_FACTOR = 0.7;

/**
 * The contract every source keeps: a passage's candidate score is
 * Σ over concepts of weight × max(best strength among the concept's terms in the passage's text,
 * CONTEXT_FACTOR × best strength among its terms in the passage's heading or list lead).
 * `candidates(query, k)` returns the k passages with the highest positive score, best first, ties by
 * lower id; fewer when fewer passages score above zero.
 */
export interface CandidateSource {
  candidates(query: CandidateQuery, k: number): Candidate[];
}

/** Walks every posting of every term: exact, and the reference for bounded sources. */
export class ExhaustiveCandidates implements CandidateSource {
  constructor(private readonly index: SearchIndex) {}

  candidates(query: CandidateQuery, k: number): Candidate[] {
    const totals = new Map<number, number>();
    const all = Math.max(this.index.size, 1);
    for (const concept of query.concepts) {
      if (concept.weight <= 0) continue;
      const best = new Map<number, number>();
      const raise = (id: number, value: number) => {
        if (value > (best.get(id) ?? 0)) best.set(id, value);
      };
      for (const { term, strength } of concept.terms) {
        for (const id of this.index.lookup(term, all, 'body')) raise(id, strength);
        for (const id of this.index.lookup(term, all, 'context')) raise(id, strength * CONTEXT_FACTOR);
      }
      for (const [id, value] of best) totals.set(id, (totals.get(id) ?? 0) + concept.weight * value);
    }
    const inScope = scopeTest(query.scope);
    const ranked: Candidate[] = [];
    for (const [id, score] of totals) if (score > 0 && inScope(id)) ranked.push({ id, score });
    ranked.sort((a, b) => b.score - a.score || a.id - b.id);
    return ranked.slice(0, k);
  }
}

export function scopeTest(scope: CandidateQuery['scope']): (id: number) => boolean {
  if (!scope) return () => true;
  return (id) => scope.some((r) => id >= r.from && id < r.to);
}
