import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/search/analyzer.js';
import { ExhaustiveCandidates } from '../../src/search/candidates.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { documentOf } from './documents.js';

const doc = (id: string, texts: string[]) =>
  documentOf(
    id,
    texts.map((text) => ({ text, section: null })),
  );

const term = (word: string) => analyzeText(word)[0]!;

describe('the exhaustive candidate source', () => {
  const index = new SearchIndex([
    doc('a.txt', [
      'Kulturnämnden ansvarar för bevakningen av EU.',
      'Budgeten uppgår till tre miljoner kronor.',
    ]),
    doc('b.txt', ['Nämnden ansvarar för budgeten.', 'Inget om detta här.']),
  ]);
  const source = new ExhaustiveCandidates(index);

  it('ranks passages by the summed weight of the concepts they meet, best first', () => {
    const found = source.candidates(
      {
        concepts: [
          { weight: 2, terms: [{ term: term('budgeten'), strength: 1 }] },
          { weight: 1, terms: [{ term: term('ansvarar'), strength: 1 }] },
        ],
      },
      10,
    );
    expect(found.map((c) => c.id)).toEqual([2, 1, 0]);
    expect(found[0]!.score).toBeCloseTo(3);
  });

  it('keeps to k and to the scope it is given', () => {
    const query = { concepts: [{ weight: 1, terms: [{ term: term('ansvarar'), strength: 1 }] }] };
    expect(source.candidates(query, 1).map((c) => c.id)).toEqual([0]);
    expect(source.candidates({ ...query, scope: [{ from: 2, to: 4 }] }, 10).map((c) => c.id)).toEqual([2]);
  });

  it('returns nothing for terms no passage holds', () => {
    expect(
      source.candidates({ concepts: [{ weight: 1, terms: [{ term: 'zzz', strength: 1 }] }] }, 5),
    ).toEqual([]);
  });
});
