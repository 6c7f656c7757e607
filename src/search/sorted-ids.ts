/**
 * Sets of passage ids as sorted Int32Arrays: the postings are stored that way already (index-data.ts), and
 * merging sorted arrays costs a fraction of building and probing Sets of thousands of numbers per query.
 */

const EMPTY = new Int32Array(0);

/** The union of sorted id lists, sorted and without repeats. */
export function unionSorted(lists: readonly ArrayLike<number>[]): Int32Array {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return Int32Array.from(nonEmpty[0]!);
  let total = 0;
  for (const l of nonEmpty) total += l.length;
  const all = new Int32Array(total);
  let at = 0;
  for (const l of nonEmpty) {
    if (l instanceof Int32Array) all.set(l, at);
    else for (let i = 0; i < l.length; i++) all[at + i] = l[i]!;
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
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
