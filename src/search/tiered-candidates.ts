import type { IndexData } from './index-data.js';
import { TopK } from './top-k.js';

/** One posting list of a concept: the passages whose text (or heading and list lead) hold `term`. */
export type TierList = { ids: ArrayLike<number>; value: number; term: string; field: 'body' | 'context' };

/** A concept of the query, in the query's order, with its lists strongest value first. */
export type TierGroup = { weight: number; strongestFirst: TierList[] };

/** What the tiered stage reads besides the postings: each passage's own terms (the forward index). */
export type ForwardIndex = {
  readonly data: Pick<IndexData, 'terms' | 'bodyOffsets' | 'bodyIds' | 'contextOffsets' | 'contextIds'>;
  termId(term: string): number | undefined;
};

/** The lists of one concept that give the same value: they are read together. */
type Tier = { value: number; lists: TierList[]; postings: number };

/**
 * The candidate stage for questions of common words, exact without reading most postings. A passage's
 * score is Σ over concepts of weight × the best value among the concept's lists that hold it. Each
 * concept's lists are split into tiers of equal value, and tiers are read in the order that lowers most,
 * per posting read, what a passage in none of the tiers read can score. Each passage met for the first time
 * is scored exactly at once from its own terms (the forward index: a few dozen term ids, whatever the
 * lengths of the lists), so the k-th best score is known as it rises, and reading stops when no passage
 * outside the tiers read can reach it. The long lists of the commonest words are then seldom read: the
 * passages of theirs that matter were met through a rarer concept.
 *
 * Scoring a passage from its terms costs some twenty times adding a posting up (its terms are elsewhere in
 * memory), so a question whose best passages tie with thousands of others (every passage with "remiss")
 * meets too many: past `budget` passages the stage gives up and returns null, and the caller adds up.
 *
 * Scores and the bound are summed in the query's order, as the exhaustive source sums: floating-point
 * addition and multiplication are monotone, so the bound is never below the score of a passage it
 * bounds, and the result is the exhaustive source's (the same passages and scores, ties to the lower id).
 * Scratch arrays of the index's and the vocabulary's size (4 bytes a passage, 12 a term) are kept between
 * queries.
 */
export class TieredCandidates {
  /** Per passage: the query it was last met in. */
  private readonly stamp: Int32Array;
  private serial = 0;
  /** Per term id: the query's entries for the term (linked through `entryNext`), valid for `termSerial`. */
  private readonly bodyHead: Int32Array;
  private readonly contextHead: Int32Array;
  private readonly termStamp: Int32Array;
  private termSerial = 0;
  private entryGroup = new Int32Array(64);
  private entryValue = new Float64Array(64);
  private entryNext = new Int32Array(64);

  constructor(
    private readonly index: ForwardIndex,
    readonly size: number,
  ) {
    this.stamp = new Int32Array(size);
    const terms = index.data.terms.length;
    this.bodyHead = new Int32Array(terms);
    this.contextHead = new Int32Array(terms);
    this.termStamp = new Int32Array(terms);
  }

  /**
   * The k best passages of the groups (concepts in the query's order, each with a positive weight and at
   * least one non-empty list), or null once more than `budget` passages are met. `floor` is a score that
   * k passages are known to reach (0 when none is): it only saves reading.
   */
  candidates(groups: TierGroup[], k: number, floor: number, budget: number): TopK | null {
    const n = groups.length;
    const weights = new Float64Array(n);
    for (let g = 0; g < n; g++) weights[g] = groups[g]!.weight;
    this.table(groups);
    const tiers = groups.map(tiersOf);
    const next = new Int32Array(n);
    const values = new Float64Array(n);
    const serial = this.nextSerial();
    const top = new TopK(k);
    let met = 0;
    for (;;) {
      // The most a passage met in none of the tiers read so far can score, in the query's order.
      let bound = 0;
      for (let g = 0; g < n; g++) {
        const v = tiers[g]![next[g]!]?.value ?? 0;
        if (v > 0) bound += weights[g]! * v;
      }
      if (bound === 0) break;
      const threshold = top.full() ? Math.max(floor, top.threshold()) : floor;
      // Strictly below: a passage that could tie the k-th best might have the lower id.
      if (threshold > 0 && bound < threshold) break;
      const g = cheapestTier(weights, tiers, next);
      for (const list of tiers[g]![next[g]!]!.lists) {
        const ids = list.ids;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          // Once the k best reach the bound, a passage met from now on can at best tie with them, and a
          // tie enters only with a lower id than the k-th best's: the rest of the list cannot.
          if (top.full() && bound <= top.threshold() && id > top.worstId()) break;
          if (this.stamp[id] === serial) continue;
          this.stamp[id] = serial;
          if (++met > budget) return null;
          top.offer(id, this.score(id, weights, values));
        }
      }
      next[g]!++;
    }
    return top;
  }

  /** Notes each list's value per concept under its term id, for `score`. */
  private table(groups: TierGroup[]): void {
    if (this.termSerial === 0x7fffffff) {
      this.termStamp.fill(0);
      this.termSerial = 0;
    }
    const serial = ++this.termSerial;
    let entries = 0;
    groups.forEach((group, g) => {
      for (const list of group.strongestFirst) {
        const term = this.index.termId(list.term);
        if (term === undefined) continue;
        if (this.termStamp[term] !== serial) {
          this.termStamp[term] = serial;
          this.bodyHead[term] = -1;
          this.contextHead[term] = -1;
        }
        if (entries === this.entryGroup.length) this.growEntries();
        const heads = list.field === 'body' ? this.bodyHead : this.contextHead;
        this.entryGroup[entries] = g;
        this.entryValue[entries] = list.value;
        this.entryNext[entries] = heads[term]!;
        heads[term] = entries++;
      }
    });
  }

  /** A passage's exact score from its own terms: each concept at its best list, summed in query order. */
  private score(id: number, weights: Float64Array, values: Float64Array): number {
    for (let g = 0; g < values.length; g++) values[g] = 0;
    const d = this.index.data;
    this.collect(d.bodyIds, d.bodyOffsets[id]!, d.bodyOffsets[id + 1]!, this.bodyHead, values);
    this.collect(d.contextIds, d.contextOffsets[id]!, d.contextOffsets[id + 1]!, this.contextHead, values);
    let score = 0;
    for (let g = 0; g < values.length; g++) if (values[g]! > 0) score += weights[g]! * values[g]!;
    return score;
  }

  private collect(
    ids: ArrayLike<number>,
    from: number,
    to: number,
    heads: Int32Array,
    values: Float64Array,
  ): void {
    const serial = this.termSerial;
    for (let k = from; k < to; k++) {
      const term = ids[k]!;
      if (this.termStamp[term] !== serial) continue;
      for (let e = heads[term]!; e >= 0; e = this.entryNext[e]!) {
        const g = this.entryGroup[e]!;
        if (this.entryValue[e]! > values[g]!) values[g] = this.entryValue[e]!;
      }
    }
  }

  private growEntries(): void {
    const size = this.entryGroup.length * 2;
    const group = new Int32Array(size);
    const value = new Float64Array(size);
    const next = new Int32Array(size);
    group.set(this.entryGroup);
    value.set(this.entryValue);
    next.set(this.entryNext);
    this.entryGroup = group;
    this.entryValue = value;
    this.entryNext = next;
  }

  private nextSerial(): number {
    if (this.serial === 0x7fffffff) {
      this.stamp.fill(0);
      this.serial = 0;
    }
    return ++this.serial;
  }
}

/** The tier whose reading lowers the bound most per posting read. */
function cheapestTier(weights: Float64Array, tiers: Tier[][], next: Int32Array): number {
  let best = -1;
  let bestRatio = -1;
  for (let g = 0; g < weights.length; g++) {
    const tier = tiers[g]![next[g]!];
    if (!tier) continue;
    const after = tiers[g]![next[g]! + 1]?.value ?? 0;
    const ratio = (weights[g]! * (tier.value - after)) / Math.max(1, tier.postings);
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = g;
    }
  }
  return best;
}

function tiersOf(group: TierGroup): Tier[] {
  const tiers: Tier[] = [];
  for (const list of group.strongestFirst) {
    const last = tiers.at(-1);
    if (last && last.value === list.value) {
      last.lists.push(list);
      last.postings += list.ids.length;
    } else tiers.push({ value: list.value, lists: [list], postings: list.ids.length });
  }
  return tiers;
}
