/**
 * Sets of passage ids as sorted Int32Arrays: the postings are stored that way already (index-data.ts), and
 * merging sorted arrays costs a fraction of building and probing Sets of thousands of numbers per query.
 */

const EMPTY = new Int32Array(0);

/**
 * The union of sorted id lists, sorted and without repeats: merged two at a time, in rounds (a balanced
 * tree of linear merges, n log k for k lists; concatenating and sorting cost n log n and was the larger
 * part of weighing a question's concepts).
 */
export function unionSorted(lists: readonly ArrayLike<number>[]): Int32Array {
  let round: Int32Array[] = [];
  for (const l of lists) if (l.length > 0) round.push(l instanceof Int32Array ? l : Int32Array.from(l));
  if (round.length === 0) return EMPTY;
  if (round.length === 1) return round[0]!.slice();
  while (round.length > 1) {
    const next: Int32Array[] = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeTwo(round[i]!, round[i + 1]!));
    if (round.length % 2 === 1) next.push(round.at(-1)!);
    round = next;
  }
  return round[0]!;
}

/** Two sorted lists (each without repeats) merged into a new one without repeats. */
function mergeTwo(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return n === out.length ? out : out.subarray(0, n);
}

/** The intersection of sorted id lists (shortest first, then a merge against each of the others). */
export function intersectSorted(lists: readonly ArrayLike<number>[]): Int32Array {
  if (lists.length === 0) return EMPTY;
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let current = Int32Array.from(first!);
  for (const other of rest) {
    let n = 0;
    let j = 0;
    for (let i = 0; i < current.length && j < other.length; i++) {
      const id = current[i]!;
      while (j < other.length && other[j]! < id) j++;
      if (j < other.length && other[j] === id) current[n++] = id;
    }
    current = current.subarray(0, n);
    if (n === 0) break;
  }
  return current;
}

/**
 * Counts the passages of a union of intersections of unions of sorted id lists (a concept's alternatives,
 * each a list of stems that must all be present, each stem met by any of its terms' lists) without
 * building any of them: a stamp per passage, kept between calls, says how many stems of the alternative in
 * hand a passage has met and whether it was counted. Weighing a question's concepts counted up to 2,000
 * passages per term this way instead of merging arrays only to read their lengths.
 */
export class ReachCounter {
  private readonly stage: Int32Array;
  private readonly counted: Int32Array;
  private stageBase = 0;
  private serial = 0;

  /** One bit a passage, for a concept that is a plain union of lists (see `unionCount`), zero between calls. */
  private readonly bits: Int32Array;

  constructor(readonly size: number) {
    this.stage = new Int32Array(size);
    this.counted = new Int32Array(size);
    this.bits = new Int32Array((size >>> 5) + 1);
  }

  /** |∪ over alternatives of ∩ over stems of ∪ over lists|; with `any`, stops at the first passage (0 or 1). */
  count(alternatives: readonly (readonly (readonly ArrayLike<number>[])[])[], any = false): number {
    if (!any && alternatives.every((stems) => stems.length <= 1)) return this.unionCount(alternatives);
    if (this.serial >= 0x7ffffff0) {
      this.counted.fill(0);
      this.serial = 0;
    }
    const serial = ++this.serial;
    let total = 0;
    for (const stems of alternatives) {
      const last = stems.length - 1;
      if (last < 0) continue;
      if (this.stageBase + stems.length + 2 >= 0x7ffffff0) {
        this.stage.fill(0);
        this.stageBase = 0;
      }
      // stage = base + s: the passage has met the alternative's first s stems.
      const base = this.stageBase + 1;
      this.stageBase += stems.length + 2;
      for (let s = 0; s < last; s++) {
        for (const ids of stems[s]!) {
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i]!;
            if (s === 0 ? this.stage[id]! < base : this.stage[id] === base + s) this.stage[id] = base + s + 1;
          }
        }
      }
      for (const ids of stems[last]!) {
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          if ((last > 0 && this.stage[id] !== base + last) || this.counted[id] === serial) continue;
          this.counted[id] = serial;
          total++;
          if (any) return total;
        }
      }
    }
    return total;
  }

  /**
   * The count when every alternative is one stem (most concepts: a word with its compound parts, near
   * stems and root): the size of a union of lists, counted in a bit set of the passages (28 KB at 10,000
   * documents, so it stays in cache) instead of the two stamp arrays (900 KB each). The bits are cleared
   * after, list by list when the lists are few, else all at once.
   */
  private unionCount(alternatives: readonly (readonly (readonly ArrayLike<number>[])[])[]): number {
    const bits = this.bits;
    let total = 0;
    let read = 0;
    // Indexed loops and no `stems[0] ?? []`: an empty literal is an array of another kind than the lists of
    // id lists, and each new kind met here deoptimised the loop while the process warmed up.
    for (let a = 0; a < alternatives.length; a++) {
      const lists = alternatives[a]![0];
      if (lists === undefined) continue;
      for (let l = 0; l < lists.length; l++) {
        const ids = lists[l]!;
        read += ids.length;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          const word = id >>> 5;
          const bit = 1 << (id & 31);
          if ((bits[word]! & bit) === 0) {
            bits[word]! |= bit;
            total++;
          }
        }
      }
    }
    if (read * 8 < bits.length) {
      for (let a = 0; a < alternatives.length; a++) {
        const lists = alternatives[a]![0];
        if (lists === undefined) continue;
        for (let l = 0; l < lists.length; l++) {
          const ids = lists[l]!;
          for (let i = 0; i < ids.length; i++) bits[ids[i]! >>> 5] = 0;
        }
      }
    } else bits.fill(0);
    return total;
  }
}

/** The first position of a sorted id list whose id is at least `id` (the list's length when none is). */
export function lowerBound(ids: ArrayLike<number>, id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
