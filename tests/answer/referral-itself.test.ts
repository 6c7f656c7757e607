import { describe, expect, it } from 'vitest';
import { referralItself } from '../../src/answer/engine.js';
import type { Case } from '../../src/knowledge/case.js';
import { referenceKey } from '../../src/text/references.js';

// Fictional case numbers: a referral "KS 2031/100" and replies citing it, among cases citing other numbers.
const NUMBERS = ['KS 2031/100', 'KS 2031/101', 'KS 2031/102', 'KS 2031/103'];

function caseOf(id: number, own: string | null, cites: string[]): Case {
  return { id: `c${id}`, dnr: own ? { value: own } : null, otherDnrs: cites } as unknown as Case;
}

/** The rule as first written: each case in turn, asked whether every other case cites its own number. */
function byEveryCase(cases: Case[], question: string): Case | null {
  if (cases.length < 2 || /\b(?:svar|reply|replies)\b/i.test(question)) return null;
  const first = cases[0]!;
  const citedByFirst = new Set(first.otherDnrs.map(referenceKey));
  let cited: Case | null = null;
  let found = 0;
  for (const c of cases) {
    const key = c.dnr ? referenceKey(c.dnr.value) : null;
    if (key === null || (c !== first && !citedByFirst.has(key))) continue;
    if (cases.every((o) => o === c || o.otherDnrs.map(referenceKey).includes(key))) {
      found++;
      cited = c;
    }
  }
  return found === 1 ? cited : null;
}

/** A small deterministic generator, so that a failure names its seed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('which case a question about the referral means', () => {
  it('is the referral every reply cites, whichever place it has in the list', () => {
    const referral = caseOf(0, NUMBERS[0]!, []);
    const replies = [1, 2, 3].map((i) => caseOf(i, NUMBERS[i]!, [NUMBERS[0]!]));
    expect(
      referralItself([replies[0]!, referral, replies[1]!, replies[2]!], 'Vem har remitterat ärendet?'),
    ).toBe(referral);
    expect(referralItself([referral, ...replies], 'Who sent the referral?')).toBe(referral);
  });

  it('is none when a case cites another number, or two cases are cited alike', () => {
    const referral = caseOf(0, NUMBERS[0]!, []);
    const other = caseOf(1, NUMBERS[1]!, [NUMBERS[2]!]);
    expect(
      referralItself([caseOf(2, NUMBERS[2]!, [NUMBERS[0]!]), referral, other], 'Vem har remitterat ärendet?'),
    ).toBe(null);
    const twin = caseOf(3, NUMBERS[0]!, []);
    expect(referralItself([caseOf(2, null, [NUMBERS[0]!]), referral, twin], 'Who sent the referral?')).toBe(
      null,
    );
  });

  it('agrees with asking every case in turn, on lists made up at random', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const pool = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, i) =>
        caseOf(
          i,
          next() < 0.85 ? NUMBERS[Math.floor(next() * NUMBERS.length)]! : null,
          NUMBERS.filter(() => next() < 0.5),
        ),
      );
      // A case may stand twice in a list, as the rule counts each place.
      const cases = Array.from(
        { length: 1 + Math.floor(next() * 7) },
        () => pool[Math.floor(next() * pool.length)]!,
      );
      expect(referralItself(cases, 'Vem har remitterat ärendet?'), `seed ${seed}`).toBe(
        byEveryCase(cases, 'Vem har remitterat ärendet?'),
      );
    }
  });
});
