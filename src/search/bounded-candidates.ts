import { type Candidate, type CandidateQuery, type CandidateSource, CONTEXT_FACTOR } from './candidates.js';
import { type ForwardIndex, TieredCandidates } from './tiered-candidates.js';
import { TopK } from './top-k.js';

/** What the bounded source needs of an index: every passage holding a term, in ascending id order. */
export type PostingSource = {
  readonly size: number;
  postings(term: string, field: 'body' | 'context'): ArrayLike<number>;
} & Partial<ForwardIndex>;

/** The walk's first share of steps per posting when the tiered stage may follow (see `candidates`). */
const FIRST_SHARE = 0.02;

/**
 * How many passages the tiered stage may score exactly, per posting of the query, before it gives up and
 * the rest is walked or added up. Scoring one costs about as much as adding up twenty postings, so a
 * twentieth broke even with adding up; but what a stage that gives up has spent is lost, and it then adds
 * up as well. At 10,000 documents the bench's questions that the tiered stage settles meet 0.1–4 % of their
 * postings, and several that met a twentieth would have finished below a fifth: with a fifth the candidate
 * stage took 15 % less time over the mix, and its slowest questions a third less. The result is the same
 * whichever stage gives it.
 */
const TIER_BUDGET = 0.2;

/** One posting list of a concept: a term in the passage text, or in its heading or list lead. */
type List = {
  ids: ArrayLike<number>;
  value: number;
  concept: number;
  at: number;
  term: string;
  field: 'body' | 'context';
};

/** A concept and its lists; `best` is the most any of its lists gives, `bound` its weight times that. */
type Group = { concept: number; best: number; bound: number; lists: List[]; strongestFirst: List[] };

/**
 * The candidate stage bounded by k instead of by posting length: MaxScore (Turtle and Flood, 1995) over
 * FlexSearch's postings, which hold each term's passages in ascending id order.
 *
 * A concept's bound is its weight times the best value one of its lists can give. Concepts are ordered by
 * bound; once the k best so far all score at least what the weakest concepts together could give, those
 * concepts are "non-essential": a passage that holds none of the others cannot enter, so passages are
 * enumerated only from the essential concepts' lists, and the non-essential lists are only probed (a
 * galloping seek) for the passages enumerated, strongest first, until even full marks on the rest could not
 * lift the passage far enough. Passages come in ascending id order, so a later passage that merely ties the
 * k-th best loses the tie (lower id first): it must score strictly more. When the k best all score at least
 * what every concept together could give, nothing later can enter and the walk stops.
 *
 * Every score and every bound that decides is a sum over concepts in the query's order, as the exhaustive
 * source sums: floating-point addition and multiplication are monotone, so a bound summed that way is never
 * below the score of a passage it bounds, and both sources return the same passages with the same scores.
 */
export class BoundedCandidates implements CandidateSource {
  private accumulator: Accumulator | null = null;
  private tiered: TieredCandidates | null = null;

  /**
   * `walkBudget`: how many steps per posting the walk may take before the rest is added up instead (a
   * step is one list looked at for one passage met). 0 adds everything up, Infinity only walks; the
   * result is the same. `tiers: false` leaves out the tiered stage (see `TieredCandidates`); `tierBudget`
   * is how many passages per posting it may score before it gives up, `tierMarks` how many postings of
   * other concepts' tiers it may mark per posting of a tier it reads (0: none).
   */
  constructor(
    private readonly index: PostingSource,
    private readonly options: {
      walkBudget?: number;
      tiers?: boolean;
      tierBudget?: number;
      tierMarks?: number;
    } = {},
  ) {}

  candidates(query: CandidateQuery, k: number): Candidate[] {
    if (!(k >= 1)) return [];
    const plan = planOf(this.index, query);
    if (plan.groups.length === 0) return [];
    const top = new TopK(k);
    // The walk is given a quarter of a step per posting at a time, and goes on while its last share took
    // fewer steps than half the postings it got past: beyond that, adding the rest up (10–15 ns a posting,
    // against 10–25 ns a step, measured at 10,000 documents) costs less. The walk gets cheaper as the k
    // best rise and concepts stop being walked, so the last share is what tells.
    const share = this.options.walkBudget ?? 0.25;
    // Before the tiered stage is tried, the walk gets a fiftieth of a step per posting: enough for the
    // questions whose k best all tie at the top score early in the index, which it settles at once.
    let tiered =
      query.scope || this.options.tiers === false || share === Number.POSITIVE_INFINITY
        ? null
        : this.tieredStage();
    let given = plan.postings * (tiered ? Math.min(share, FIRST_SHARE) : share);
    const budget = { steps: given };
    let past = 0;
    let adding = false;
    for (const range of scopeRanges(query.scope)) {
      let from = range.from;
      while (!adding) {
        const walked = walk(plan, top, from, range.to, budget);
        if (walked === false) return top.sorted();
        if (walked === true) break;
        from = walked;
        const spent = given - budget.steps;
        const before = past;
        past = plan.postings - postingsFrom(plan, from);
        if (tiered) {
          const groups = plan.inQueryOrder.map((g) => ({
            weight: plan.weights[g.concept]!,
            strongestFirst: g.strongestFirst,
          }));
          const floor = top.full() ? top.threshold() : 0;
          const allowed = plan.postings * (this.options.tierBudget ?? TIER_BUDGET);
          const best = tiered.candidates(groups, k, floor, allowed);
          if (best) return best.sorted();
          tiered = null;
        }
        given = plan.postings * share;
        if (share > 0 && spent < (past - before) / 2) budget.steps = given;
        else adding = true;
      }
      if (adding) this.accumulatorFor(this.index.size).add(plan, top, from, range.to);
    }
    return top.sorted();
  }

  /** The tiered stage needs the forward index; a source of postings alone sums every posting instead. */
  private tieredStage(): TieredCandidates | null {
    const { data, termId } = this.index;
    if (!data || !termId) return null;
    if (!this.tiered || this.tiered.size !== this.index.size) {
      this.tiered = new TieredCandidates(
        { data, termId: (term) => termId.call(this.index, term) },
        this.index.size,
        this.options.tierMarks,
      );
    }
    return this.tiered;
  }

  private accumulatorFor(size: number): Accumulator {
    if (!this.accumulator || this.accumulator.size < size) this.accumulator = new Accumulator(size);
    return this.accumulator;
  }
}

/**
 * Term-at-a-time: every posting of every concept in a range added up into an array of the index's size (kept
 * between queries, 16 bytes a passage with its marks), concepts in the query's order as the exhaustive
 * source sums. A concept's lists are read strongest value first, so the first list that holds a passage
 * gives the concept's value there, and is added at once; later lists only find it marked. Exact like the
 * walk, and cheaper per posting when the walk meets most of them anyway.
 */
class Accumulator {
  private readonly total: Float64Array;
  private readonly mark: Int32Array;
  private readonly touched: Int32Array;
  private serial = 0;

  constructor(readonly size: number) {
    this.total = new Float64Array(size);
    this.mark = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  /** Offers every passage of [from, to) that scores to the top k. */
  add(plan: Plan, top: TopK, from: number, to: number): void {
    const { total, mark, touched } = this;
    let count = 0;
    for (const group of plan.inQueryOrder) {
      const serial = this.nextSerial();
      const weight = plan.weights[group.concept]!;
      for (const list of group.strongestFirst) {
        const { ids } = list;
        const share = weight * list.value;
        const end = seek(ids, 0, to);
        for (let i = seek(ids, 0, from); i < end; i++) {
          const id = ids[i]!;
          if (mark[id] === serial) continue;
          mark[id] = serial;
          const sum = total[id]!;
          if (sum === 0) touched[count++] = id;
          total[id] = sum + share;
        }
      }
    }
    for (let i = 0; i < count; i++) {
      const id = touched[i]!;
      top.offer(id, total[id]!);
      total[id] = 0;
    }
  }

  private nextSerial(): number {
    if (this.serial === 0x7fffffff) {
      this.mark.fill(0);
      this.serial = 0;
    }
    return ++this.serial;
  }
}

type Plan = {
  /** Per concept in the query's order: its weight (0 for one that cannot score) and best value. */
  weights: Float64Array;
  best: Float64Array;
  /** Concepts that can score, weakest bound first. */
  groups: Group[];
  /** groups[0 .. e) together bound a passage by weakBound[e] (exact, in query order); e = 0 … groups. */
  weakBound: Float64Array;
  /** The same sums in group order: quick and approximate, to settle the clear cases without a loop. */
  weakApprox: Float64Array;
  /** Per concept: the value of the passage in hand (scratch). */
  values: Float64Array;
  /** The groups in the query's order, and how many postings their lists hold together. */
  inQueryOrder: Group[];
  postings: number;
};

function groupOf(index: PostingSource, concept: CandidateQuery['concepts'][number], c: number): Group | null {
  if (!(concept.weight > 0)) return null;
  const strongest = new Map<string, number>();
  for (const { term, strength } of concept.terms) {
    if (strength > (strongest.get(term) ?? 0)) strongest.set(term, strength);
  }
  const lists: List[] = [];
  for (const [term, strength] of strongest) {
    const body = index.postings(term, 'body');
    if (body.length > 0) lists.push({ ids: body, value: strength, concept: c, at: 0, term, field: 'body' });
    const context = index.postings(term, 'context');
    if (context.length > 0) {
      const value = strength * CONTEXT_FACTOR;
      lists.push({ ids: context, value, concept: c, at: 0, term, field: 'context' });
    }
  }
  if (lists.length === 0) return null;
  const best = Math.max(...lists.map((l) => l.value));
  const strongestFirst = [...lists].sort((a, b) => b.value - a.value);
  return { concept: c, best, bound: concept.weight * best, lists, strongestFirst };
}

function planOf(index: PostingSource, query: CandidateQuery): Plan {
  const n = query.concepts.length;
  const weights = new Float64Array(n);
  const best = new Float64Array(n);
  const groups: Group[] = [];
  query.concepts.forEach((concept, c) => {
    const group = groupOf(index, concept, c);
    if (!group) return;
    weights[c] = concept.weight;
    best[c] = group.best;
    groups.push(group);
  });
  groups.sort((a, b) => a.bound - b.bound || a.concept - b.concept);
  const weakBound = new Float64Array(groups.length + 1);
  const weakApprox = new Float64Array(groups.length + 1);
  const included = new Uint8Array(n);
  for (let e = 1; e <= groups.length; e++) {
    included[groups[e - 1]!.concept] = 1;
    let sum = 0;
    for (let c = 0; c < n; c++) if (included[c]) sum += weights[c]! * best[c]!;
    weakBound[e] = sum;
    weakApprox[e] = weakApprox[e - 1]! + groups[e - 1]!.bound;
  }
  const inQueryOrder = [...groups].sort((a, b) => a.concept - b.concept);
  let postings = 0;
  for (const group of groups) for (const list of group.lists) postings += list.ids.length;
  return {
    weights,
    best,
    groups,
    weakBound,
    weakApprox,
    values: new Float64Array(n),
    inQueryOrder,
    postings,
  };
}

/** The scope as sorted, disjoint ranges; the whole index when there is none. */
function scopeRanges(scope: CandidateQuery['scope']): { from: number; to: number }[] {
  if (!scope) return [{ from: 0, to: Number.MAX_SAFE_INTEGER }];
  const sorted = scope.filter((r) => r.to > r.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: { from: number; to: number }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ from: r.from, to: r.to });
  }
  return merged;
}

/** The first position at or after `at` whose id is at least `target` (galloping, then binary search). */
function seek(ids: ArrayLike<number>, at: number, target: number): number {
  const n = ids.length;
  if (at >= n || ids[at]! >= target) return at;
  let lo = at;
  let step = 1;
  let hi = at + 1;
  while (hi < n && ids[hi]! < target) {
    lo = hi;
    step *= 2;
    hi = at + step;
  }
  if (hi > n) hi = n;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** How many postings of the plan's lists are at or after the passage. */
function postingsFrom(plan: Plan, id: number): number {
  let left = 0;
  for (const group of plan.groups) {
    for (const list of group.lists) left += list.ids.length - seek(list.ids, list.at, id);
  }
  return left;
}

/** How many of the weakest groups cannot, together, lift a passage above the threshold. */
function essentialFrom(plan: Plan, top: TopK): number {
  if (!top.full()) return 0;
  const threshold = top.threshold();
  let e = 0;
  while (e < plan.groups.length && plan.weakBound[e + 1]! <= threshold) e++;
  return e;
}

/**
 * Walks the passages of [from, to) in id order. Returns false when no later passage can enter the top k,
 * so that later ranges need not be walked; true when the range is done; or, when the budget of steps is
 * spent, the id it stopped at (every passage below it is done).
 */
function walk(plan: Plan, top: TopK, from: number, to: number, budget: { steps: number }): boolean | number {
  const { groups, values } = plan;
  for (const group of groups) for (const list of group.lists) list.at = seek(list.ids, list.at, from);
  let essential = essentialFrom(plan, top);
  let lists = essentialLists(groups, essential);
  for (;;) {
    if (essential >= groups.length) return false;
    let id = Number.MAX_SAFE_INTEGER;
    for (const list of lists)
      if (list.at < list.ids.length && list.ids[list.at]! < id) id = list.ids[list.at]!;
    if (id >= to) return true;
    budget.steps -= lists.length;
    if (budget.steps < 0) return id;
    values.fill(0);
    for (const list of lists) {
      if (list.at < list.ids.length && list.ids[list.at] === id) {
        if (list.value > values[list.concept]!) values[list.concept] = list.value;
        list.at++;
      }
    }
    if (!probe(plan, essential, id, top)) continue;
    const score = scoreOf(plan, -1);
    if (score > 0 && (!top.full() || score > top.threshold())) {
      top.push(id, score);
      const next = essentialFrom(plan, top);
      if (next !== essential) {
        essential = next;
        lists = essentialLists(groups, essential);
      }
    }
  }
}

function essentialLists(groups: Group[], essential: number): List[] {
  return groups.slice(essential).flatMap((g) => g.lists);
}

/** The passage's score in the query's order, with groups[0 .. upTo] counted at their best (an upper bound). */
function scoreOf(plan: Plan, upTo: number): number {
  const { weights, values, best, groups } = plan;
  for (let g = 0; g <= upTo; g++) values[groups[g]!.concept] = best[groups[g]!.concept]!;
  let score = 0;
  for (let c = 0; c < values.length; c++) if (values[c]! > 0) score += weights[c]! * values[c]!;
  return score;
}

/**
 * Fills in the non-essential groups' values for a passage, strongest first, and gives up as soon as even
 * full marks on the groups not yet probed could not lift it above the threshold. Returns whether it may
 * still enter; the values are then complete.
 */
function probe(plan: Plan, essential: number, id: number, top: TopK): boolean {
  const { groups, values, weights, weakApprox } = plan;
  const full = top.full();
  const threshold = top.threshold();
  const margin = 1e-9 * Math.max(1, threshold);
  let known = 0;
  for (let c = 0; c < values.length; c++) if (values[c]! > 0) known += weights[c]! * values[c]!;
  for (let g = essential - 1; g >= 0; g--) {
    if (full) {
      const approx = known + weakApprox[g + 1]!;
      if (approx < threshold - margin) return false;
      if (approx <= threshold + margin && !exceeds(plan, g, threshold)) return false;
    }
    const group = groups[g]!;
    let value = 0;
    for (const list of group.lists) {
      list.at = seek(list.ids, list.at, id);
      if (list.at < list.ids.length && list.ids[list.at] === id && list.value > value) value = list.value;
    }
    values[group.concept] = value;
    known += weights[group.concept]! * value;
  }
  return true;
}

/** Whether the passage could exceed the threshold with groups[0 .. upTo] at their best (exact). */
function exceeds(plan: Plan, upTo: number, threshold: number): boolean {
  const saved = plan.values.slice();
  const bound = scoreOf(plan, upTo);
  plan.values.set(saved);
  return bound > threshold;
}
