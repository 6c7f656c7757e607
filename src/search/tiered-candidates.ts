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

/** Other concepts' tiers are marked up to this many postings per posting of the tier read. */
const MARK_RATIO = 4;
/** Beyond MARK_RATIO, tiers are marked up to this many postings per posting while they may settle the tier. */
const EXTRA_RATIO = 16;
/** What marking a posting costs, in passages scored exactly (counted against the budget). */
const MARK_COST = 0.02;
/** At most this many tiers are marked per query (a bit of each passage's mark word). */
const MAX_SETS = 32;

const BODY = 1;
const CONTEXT = 2;

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
 * Marks make most of those scorings unneeded. Before a tier is read, the other concepts' next tiers that
 * are small beside it (up to `markRatio` postings per posting of the tier) are marked, each with a bit of
 * its passages' mark words, and all of them in a bit set of the passages (which stays in the cache, where
 * a passage's terms do not; marking a posting costs a few ns against the 100–300 of scoring a passage).
 * A passage of the tier is then bounded by its own
 * concept's value, each other concept's first marked tier that holds it, and, for the others, the first
 * tier neither read nor marked; one that cannot beat the k-th best (or only tie it with a higher id) is
 * passed by unscored. The passages in other concepts' marked tiers are scored first, as they are the
 * ones that raise the k-th best. Once the k-th best is known, more tiers are marked (up to `EXTRA_RATIO`
 * postings per posting) while a passage in no marked tier could still beat it: when it no longer can, the
 * tier's passages outside the marks are all passed by. On the bench mix at 10,000 documents the stage
 * scores a quarter as many passages (93,400 → 21,800 over 40 questions) and marks 428,000 postings.
 *
 * Scores and the bound are summed in the query's order, as the exhaustive source sums: floating-point
 * addition and multiplication are monotone, so the bound is never below the score of a passage it
 * bounds, and the result is the exhaustive source's (the same passages and scores, ties to the lower id).
 * Scratch arrays of the index's and the vocabulary's size (two bits and a mark word of 4 bytes a passage,
 * 13 bytes a term) are kept between queries, beside a copy of the
 * passages' terms laid out for scoring (8 bytes a passage and 2 a term of a passage: 9 MB at 10,000
 * documents).
 */
export class TieredCandidates {
  /**
   * The passages met in this query, a bit a passage (emptied per query): 28 KB at 225,000 passages stays
   * in the cache, where a stamp of 4 bytes a passage (900 KB) missed it on almost every posting read.
   */
  private readonly seen: Int32Array;
  /** Per term id: the query's entries for the term (linked through `entryNext`), valid for `termSerial`. */
  private readonly bodyHead: Int32Array;
  private readonly contextHead: Int32Array;
  private readonly termStamp: Int32Array;
  private termSerial = 0;
  /**
   * Per term id: whether the query has body (BODY) or heading (CONTEXT) entries for it, a byte a term so
   * that the table stays in the cache while passages are scored; `flaggedTerms` are the ones to clear.
   */
  private readonly fields: Uint8Array;
  private flaggedTerms = new Int32Array(64);
  private flagged = 0;
  private entryGroup = new Int32Array(64);
  private entryValue = new Float64Array(64);
  private entryNext = new Int32Array(64);
  /**
   * Each passage's text terms and then its heading terms, side by side (`ownIds`), and per passage p where
   * they start, `spans[2p]`, and where its heading terms start, `spans[2p + 1]` (they end where passage
   * p + 1's start). Scoring a passage reads one place of each, where the index's own arrays (offsets and
   * terms of the text apart from those of the heading) cost four reads far apart in memory, each most
   * often a cache miss: scoring passages is most of the slowest questions' candidate stage.
   */
  private readonly spans: Int32Array;
  private readonly ownIds: Uint16Array | Int32Array;
  /**
   * Per passage: which of the query's marked tiers hold it, a bit a tier in the order they were marked.
   * Bounding a passage reads one word here, where a bit set per tier cost a read of each tier marked
   * (nine a passage on the bench mix at 10,000 documents, the stage's hottest line).
   */
  private readonly markWords: Int32Array;
  /** The tiers marked by the last query, whose bits are cleared before the next one marks. */
  private markedTiers: Tier[] = [];
  /** The union of the query's marked tiers, a bit a passage (stays in the cache, as `seen` does). */
  private anySet: Int32Array | null = null;

  constructor(
    private readonly index: ForwardIndex,
    readonly size: number,
    private readonly markRatio = MARK_RATIO,
  ) {
    this.seen = new Int32Array((size + 31) >>> 5);
    this.markWords = new Int32Array(size);
    const terms = index.data.terms.length;
    this.bodyHead = new Int32Array(terms);
    this.contextHead = new Int32Array(terms);
    this.termStamp = new Int32Array(terms);
    this.fields = new Uint8Array(terms);
    const d = index.data;
    this.spans = new Int32Array(2 * size + 1);
    this.ownIds =
      terms <= 0x10000
        ? new Uint16Array(d.bodyIds.length + d.contextIds.length)
        : new Int32Array(d.bodyIds.length + d.contextIds.length);
    let at = 0;
    for (let p = 0; p < size; p++) {
      this.spans[2 * p] = at;
      for (let k = d.bodyOffsets[p]!; k < d.bodyOffsets[p + 1]!; k++) this.ownIds[at++] = d.bodyIds[k]!;
      this.spans[2 * p + 1] = at;
      for (let k = d.contextOffsets[p]!; k < d.contextOffsets[p + 1]!; k++)
        this.ownIds[at++] = d.contextIds[k]!;
    }
    this.spans[2 * size] = at;
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
    // Per concept: its tiers from next[h] up to markedTo[h] are marked, each as a bit of the passages' mark
    // words; `marked[h]` holds those bits (a concept's tiers are marked in order, so its lowest bit is the
    // tier at next[h]), and `markedValue` each bit's tier value.
    const markedTo = new Int32Array(n);
    const marked = new Int32Array(n);
    const markedValue = new Float64Array(MAX_SETS);
    let sets = 0;
    this.unmark();
    // Per concept: the most it gives a passage in none of its tiers read or marked.
    const rest = new Float64Array(n);
    const values = new Float64Array(n);
    const seen = this.seen;
    seen.fill(0);
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
      const tier = tiers[g]![next[g]!]!;
      // Marks the other concepts' next tiers, smallest first, while they hold few postings beside this
      // tier's: a passage of this tier in none of them is then bounded by their following tiers' values.
      // Past that, up to EXTRA_RATIO, while the k-th best is known and a passage in no marked tier could
      // still beat it: once it cannot, all such passages of the tier are passed by unscored.
      for (
        let left = tier.postings * this.markRatio, extra = tier.postings * EXTRA_RATIO;
        sets < MAX_SETS;
      ) {
        const h = smallestUnmarked(tiers, next, markedTo, g);
        const at = h < 0 ? 0 : Math.max(next[h]!, markedTo[h]!);
        const theirs = h < 0 ? undefined : tiers[h]![at]!;
        if (!theirs) break;
        if (theirs.postings > left) {
          if (!top.full() || theirs.postings > extra) break;
          if (plainBound(g, tier.value, weights, tiers, next, markedTo) < top.threshold()) break;
          left = theirs.postings;
        }
        extra -= theirs.postings;
        left -= theirs.postings;
        this.mark(theirs, sets);
        marked[h]! |= 1 << sets;
        markedValue[sets++] = theirs.value;
        markedTo[h] = at + 1;
        met += theirs.postings * MARK_COST;
      }
      let marks = false;
      for (let h = 0; h < n; h++) {
        rest[h] = tiers[h]![Math.max(next[h]!, markedTo[h]!)]?.value ?? 0;
        if (h !== g && markedTo[h]! > next[h]!) marks = true;
      }
      // What a passage of the tier in no marked tier can score at most (`bound` when nothing is marked).
      const plain = marks ? this.most(-1, g, tier.value, weights, marked, markedValue, rest) : bound;
      // Passages in another concept's marked tier are scored first: they raise the k-th best, below which
      // the tier's other passages are then often known to fall without being scored.
      for (let pass = marks ? 0 : 1; pass < 2; pass++) {
        for (const list of tier.lists) {
          const ids = list.ids;
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i]!;
            const word = id >>> 5;
            const bit = 1 << (id & 31);
            if ((seen[word]! & bit) !== 0) continue;
            // A passage in no marked tier at all (most of them) is bounded by `plain`, without asking.
            const most =
              marks && (this.anySet![word]! & bit) !== 0
                ? this.most(id, g, tier.value, weights, marked, markedValue, rest)
                : plain;
            if (pass === 0 && most === plain) continue;
            // Once the k best reach the bound, a passage met from now on can at best tie with them, and a
            // tie enters only with a lower id than the k-th best's: the rest of the list cannot.
            if (top.full() && bound <= top.threshold() && id > top.worstId()) break;
            seen[word]! |= bit;
            // A passage that cannot enter by what the marks say (or only tie with a higher id) is passed
            // by unscored.
            if (most < floor) continue;
            if (top.full() && (most < top.threshold() || (most === top.threshold() && id > top.worstId())))
              continue;
            if (++met > budget) return null;
            top.offer(id, this.score(id, weights, values));
          }
        }
      }
      // The tier read is no longer among g's marked ones.
      if (markedTo[g]! > next[g]!) marked[g]! &= marked[g]! - 1;
      next[g]!++;
    }
    return top;
  }

  /**
   * The most a passage of concept g's tier (at `value`) can score, in the query's order as its score is
   * summed (so never below it): g at the tier's value (the passage is in none of g's tiers read before),
   * each other concept at its first marked tier that holds the passage, else at its first tier neither
   * read nor marked. `id` -1 is a passage in no marked tier.
   */
  private most(
    id: number,
    g: number,
    value: number,
    weights: Float64Array,
    marked: Int32Array,
    markedValue: Float64Array,
    rest: Float64Array,
  ): number {
    const mask = id >= 0 ? this.markWords[id]! : 0;
    let most = 0;
    for (let h = 0; h < weights.length; h++) {
      let v = rest[h]!;
      if (h === g) v = value;
      else {
        // The lowest bit is the concept's first marked tier that holds the passage.
        const held = mask & marked[h]!;
        if (held !== 0) v = markedValue[31 - Math.clz32(held & -held)]!;
      }
      if (v > 0) most += weights[h]! * v;
    }
    return most;
  }

  /**
   * The tier's passages marked with bit `at` of their mark words, and added to `anySet`, which the query's
   * first mark empties.
   */
  private mark(tier: Tier, at: number): void {
    if (!this.anySet) this.anySet = new Int32Array((this.size + 31) >>> 5);
    else if (at === 0) this.anySet.fill(0);
    const any = this.anySet;
    const words = this.markWords;
    const tierBit = 1 << at;
    for (const list of tier.lists) {
      const ids = list.ids;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        words[id]! |= tierBit;
        any[id >>> 5]! |= 1 << (id & 31);
      }
    }
    this.markedTiers.push(tier);
  }

  /** Clears the mark words the last query set (it may have given up before it could). */
  private unmark(): void {
    const words = this.markWords;
    for (const tier of this.markedTiers)
      for (const list of tier.lists) {
        const ids = list.ids;
        for (let i = 0; i < ids.length; i++) words[ids[i]!] = 0;
      }
    this.markedTiers = [];
  }

  /** Notes each list's value per concept under its term id, for `score`. */
  private table(groups: TierGroup[]): void {
    if (this.termSerial === 0x7fffffff) {
      this.termStamp.fill(0);
      this.termSerial = 0;
    }
    const serial = ++this.termSerial;
    for (let i = 0; i < this.flagged; i++) this.fields[this.flaggedTerms[i]!] = 0;
    this.flagged = 0;
    let entries = 0;
    groups.forEach((group, g) => {
      for (const list of group.strongestFirst) {
        const term = this.index.termId(list.term);
        if (term === undefined) continue;
        if (this.termStamp[term] !== serial) {
          this.termStamp[term] = serial;
          this.bodyHead[term] = -1;
          this.contextHead[term] = -1;
          if (this.flagged === this.flaggedTerms.length) {
            const grown = new Int32Array(this.flagged * 2);
            grown.set(this.flaggedTerms);
            this.flaggedTerms = grown;
          }
          this.flaggedTerms[this.flagged++] = term;
        }
        this.fields[term]! |= list.field === 'body' ? BODY : CONTEXT;
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
    const spans = this.spans;
    const heading = spans[2 * id + 1]!;
    this.collect(spans[2 * id]!, heading, this.bodyHead, BODY, values);
    this.collect(heading, spans[2 * id + 2]!, this.contextHead, CONTEXT, values);
    let score = 0;
    for (let g = 0; g < values.length; g++) if (values[g]! > 0) score += weights[g]! * values[g]!;
    return score;
  }

  private collect(from: number, to: number, heads: Int32Array, field: number, values: Float64Array): void {
    const ids = this.ownIds;
    const fields = this.fields;
    for (let k = from; k < to; k++) {
      const term = ids[k]!;
      if ((fields[term]! & field) === 0) continue;
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
}

/** The concept other than g whose first tier neither read nor marked holds fewest postings, or -1. */
function smallestUnmarked(tiers: Tier[][], next: Int32Array, markedTo: Int32Array, g: number): number {
  let best = -1;
  let least = Number.POSITIVE_INFINITY;
  for (let h = 0; h < tiers.length; h++) {
    const tier = tiers[h]![Math.max(next[h]!, markedTo[h]!)];
    if (h !== g && tier && tier.postings < least) {
      least = tier.postings;
      best = h;
    }
  }
  return best;
}

/** What a passage of concept g's tier at `value` in no marked tier can score at most, in query order. */
function plainBound(
  g: number,
  value: number,
  weights: Float64Array,
  tiers: Tier[][],
  next: Int32Array,
  markedTo: Int32Array,
): number {
  let most = 0;
  for (let h = 0; h < weights.length; h++) {
    const v = h === g ? value : (tiers[h]![Math.max(next[h]!, markedTo[h]!)]?.value ?? 0);
    if (v > 0) most += weights[h]! * v;
  }
  return most;
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
