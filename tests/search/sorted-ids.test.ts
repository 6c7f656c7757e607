import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectSorted, ReachCounter, unionSorted } from '../../src/search/sorted-ids.js';
import { settings } from '../property/arbitraries.js';

const sortedIds = fc.array(fc.nat(60), { maxLength: 40 }).map((ids) => Int32Array.from(new Set(ids)).sort());

describe('sets of passage ids as sorted arrays', () => {
  it('give the same union and intersection as Sets, sorted', () => {
    fc.assert(
      fc.property(fc.array(sortedIds, { maxLength: 5 }), (lists) => {
        const union = new Set(lists.flatMap((l) => [...l]));
        expect([...unionSorted(lists)]).toEqual([...union].sort((a, b) => a - b));
        const intersection =
          lists.length === 0 ? [] : [...lists[0]!].filter((id) => lists.every((l) => l.includes(id)));
        expect([...intersectSorted(lists)]).toEqual(intersection);
      }),
      settings(300),
    );
  });

  it('leave their inputs as they were', () => {
    const a = Int32Array.from([1, 3, 5, 7]);
    const b = Int32Array.from([3, 4, 7]);
    expect([...intersectSorted([a, b])]).toEqual([3, 7]);
    expect([...unionSorted([a, b])]).toEqual([1, 3, 4, 5, 7]);
    expect([...a]).toEqual([1, 3, 5, 7]);
    expect([...b]).toEqual([3, 4, 7]);
  });

  it('count a union of intersections of unions as merging them would, one counter for many calls', () => {
    const counter = new ReachCounter(61);
    const alternatives = fc.array(fc.array(fc.array(sortedIds, { maxLength: 3 }), { maxLength: 3 }), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(alternatives, (alts) => {
        const merged = unionSorted(
          alts
            .filter((stems) => stems.length > 0)
            .map((stems) => intersectSorted(stems.map((l) => unionSorted(l)))),
        );
        expect(counter.count(alts)).toBe(merged.length);
        expect(counter.count(alts, true)).toBe(Math.min(1, merged.length));
      }),
      settings(500),
    );
  });

  it('count a union of lists (every alternative one stem) as merging them would, long lists or short', () => {
    const counter = new ReachCounter(5000);
    const ids = (max: number) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max: 4999 }), { maxLength: max })
        .map((a) => Int32Array.from(a.sort((x, y) => x - y)));
    const unions = fc.array(
      fc.array(fc.array(fc.oneof(ids(5), ids(400)), { maxLength: 4 }), { maxLength: 1 }),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(unions, (alts) => {
        const merged = unionSorted(alts.flatMap((stems) => stems.flat()));
        expect(counter.count(alts)).toBe(merged.length);
        // Again: the bits were cleared after the first count.
        expect(counter.count(alts)).toBe(merged.length);
        expect(counter.count(alts, true)).toBe(Math.min(1, merged.length));
      }),
      settings(300),
    );
  });
});
