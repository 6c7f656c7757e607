import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenPhrases, seededRandom, writeCorpus } from '../../bench/generate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { analyzeText } from '../../src/search/analyzer.js';
import { BoundedCandidates } from '../../src/search/bounded-candidates.js';
import { type CandidateQuery, ExhaustiveCandidates } from '../../src/search/candidates.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { settings } from '../property/arbitraries.js';
import { documentOf } from './documents.js';

/** Few words, so that passages share terms and scores tie often. */
const WORDS = [
  'nämnden',
  'ansvarar',
  'budgeten',
  'remissen',
  'yttrande',
  'samverkan',
  'stadsdelsnämnden',
  'omvärldsbevakning',
  'EU-projekt',
  'kulturen',
  'skolan',
  'vänort',
];
const HEADINGS = ['Bakgrund', 'Ekonomi och budget', 'Samverkan med nämnden', null];

const passageArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
  section: fc.constantFrom(...HEADINGS),
});
const corpusArb = fc.array(fc.array(passageArb, { minLength: 1, maxLength: 8 }), {
  minLength: 1,
  maxLength: 8,
});

function indexOf(corpus: { words: string[]; section: string | null }[][]): SearchIndex {
  return new SearchIndex(
    corpus.map((passages, d) =>
      documentOf(
        `d${d}.txt`,
        passages.map((p) => ({ text: `${p.words.join(' ')}.`, section: p.section })),
      ),
    ),
  );
}

/** Weights and strengths from small sets (ties), and arbitrary ones. */
const weightArb = fc.oneof(
  fc.constantFrom(1, 1, 2, 0.5, 3.25, 0, -1),
  fc.double({ min: 0.01, max: 10, noNaN: true }),
);
const strengthArb = fc.oneof(
  fc.constantFrom(1, 0.85, 0.7, 0.6, 0.55, 0),
  fc.double({ min: 0.01, max: 1, noNaN: true }),
);

function queryArb(terms: string[], size: number): fc.Arbitrary<{ query: CandidateQuery; k: number }> {
  const termArb = fc.constantFrom(...terms, 'saknas');
  const conceptArb = fc.record({
    weight: weightArb,
    terms: fc.array(fc.record({ term: termArb, strength: strengthArb }), { minLength: 1, maxLength: 4 }),
  });
  const rangeArb = fc
    .tuple(fc.nat(size + 2), fc.nat(size + 2))
    .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
  return fc.record({
    query: fc.record(
      {
        concepts: fc.array(conceptArb, { minLength: 1, maxLength: 6 }),
        scope: fc.array(rangeArb, { maxLength: 3 }),
      },
      { requiredKeys: ['concepts'] },
    ),
    k: fc.integer({ min: 1, max: 40 }),
  });
}

describe('the bounded candidate source', () => {
  it('returns exactly what the exhaustive source returns, on any corpus and query', () => {
    fc.assert(
      fc.property(
        corpusArb.chain((corpus) => {
          const index = indexOf(corpus);
          return fc.tuple(fc.constant(index), queryArb(index.data.terms, index.size));
        }),
        ([index, { query, k }]) => {
          const expected = new ExhaustiveCandidates(index).candidates(query, k);
          expect(new BoundedCandidates(index).candidates(query, k)).toEqual(expected);
          // Walking only, adding up only, and giving up the walk after a few steps; each with and without
          // the tiered stage between the walk and adding up.
          for (const walkBudget of [Number.POSITIVE_INFINITY, 0, 0.05]) {
            expect(new BoundedCandidates(index, { walkBudget }).candidates(query, k)).toEqual(expected);
            expect(new BoundedCandidates(index, { walkBudget, tiers: false }).candidates(query, k)).toEqual(
              expected,
            );
            const tiered = new BoundedCandidates(index, { walkBudget, tierBudget: Number.POSITIVE_INFINITY });
            expect(tiered.candidates(query, k)).toEqual(expected);
            // The tiered stage marking other concepts' tiers only to settle a tier, a little more, and all it may.
            for (const tierMarks of [0, 1, Number.POSITIVE_INFINITY]) {
              const marks = new BoundedCandidates(index, {
                walkBudget,
                tierBudget: Number.POSITIVE_INFINITY,
                tierMarks,
              });
              expect(marks.candidates(query, k)).toEqual(expected);
            }
          }
        },
      ),
      settings(250),
    );
  });

  it('answers each query exactly whatever the queries before it on the same source marked or gave up on', () => {
    fc.assert(
      fc.property(
        corpusArb.chain((corpus) => {
          const index = indexOf(corpus);
          return fc.tuple(
            fc.constant(index),
            fc.array(queryArb(index.data.terms, index.size), { minLength: 2, maxLength: 6 }),
          );
        }),
        ([index, queries]) => {
          // One source for all the queries, as the engine keeps one: a small budget makes some give up midway.
          const sources = [Number.POSITIVE_INFINITY, 3].map(
            (tierBudget) =>
              new BoundedCandidates(index, {
                walkBudget: 0,
                tierBudget,
                tierMarks: Number.POSITIVE_INFINITY,
              }),
          );
          for (const { query, k } of queries) {
            const expected = new ExhaustiveCandidates(index).candidates(query, k);
            for (const source of sources) expect(source.candidates(query, k)).toEqual(expected);
          }
        },
      ),
      settings(150),
    );
  });

  it('keeps the tie rule: equal scores come in ascending passage order, and the k-th tie goes to the lower id', () => {
    const index = indexOf([
      [
        { words: ['nämnden', 'budgeten'], section: null },
        { words: ['nämnden'], section: null },
        { words: ['budgeten', 'nämnden'], section: null },
        { words: ['nämnden', 'budgeten'], section: null },
      ],
    ]);
    const term = (word: string) => analyzeText(word)[0]!;
    const query = {
      concepts: [
        { weight: 1, terms: [{ term: term('nämnden'), strength: 1 }] },
        { weight: 1, terms: [{ term: term('budgeten'), strength: 1 }] },
      ],
    };
    expect(new BoundedCandidates(index).candidates(query, 2)).toEqual([
      { id: 0, score: 2 },
      { id: 2, score: 2 },
    ]);
    expect(new BoundedCandidates(index).candidates(query, 10).map((c) => c.id)).toEqual([0, 2, 3, 1]);
    const adding = new BoundedCandidates(index, { walkBudget: 0, tiers: false });
    expect(adding.candidates(query, 2)).toEqual([
      { id: 0, score: 2 },
      { id: 2, score: 2 },
    ]);
    expect(adding.candidates(query, 10).map((c) => c.id)).toEqual([0, 2, 3, 1]);
    const tiered = new BoundedCandidates(index, { walkBudget: 0, tierBudget: Number.POSITIVE_INFINITY });
    expect(tiered.candidates(query, 2)).toEqual([
      { id: 0, score: 2 },
      { id: 2, score: 2 },
    ]);
    expect(tiered.candidates(query, 10).map((c) => c.id)).toEqual([0, 2, 3, 1]);
    const marking = new BoundedCandidates(index, {
      walkBudget: 0,
      tierBudget: Number.POSITIVE_INFINITY,
      tierMarks: Number.POSITIVE_INFINITY,
    });
    expect(marking.candidates(query, 2)).toEqual([
      { id: 0, score: 2 },
      { id: 2, score: 2 },
    ]);
    expect(marking.candidates(query, 10).map((c) => c.id)).toEqual([0, 2, 3, 1]);
  });
});

describe('the bounded candidate source on generated documents', () => {
  let dir: string;
  let documents: KnowledgeDocument[];
  const root = path.resolve(import.meta.dirname, '../..');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'utblick-bounded-'));
    const forbidden = await forbiddenPhrases(path.join(root, 'tests/fixtures/eval/questions.dev.jsonl'));
    await writeCorpus(dir, { docs: 120, seed: 5, knowledgeDir: path.join(root, 'knowledge'), forbidden });
    documents = (await loadKnowledge(dir, { maxFileBytes: 10_000_000 })).documents;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('agrees with the exhaustive source on queries weighted by rarity, for every k', () => {
    const index = new SearchIndex(documents);
    const exhaustive = new ExhaustiveCandidates(index);
    const bounded = new BoundedCandidates(index);
    const walking = new BoundedCandidates(index, { walkBudget: Number.POSITIVE_INFINITY });
    const adding = new BoundedCandidates(index, { walkBudget: 0, tiers: false });
    const tiered = new BoundedCandidates(index, { walkBudget: 0, tierBudget: Number.POSITIVE_INFINITY });
    const unmarked = new BoundedCandidates(index, {
      walkBudget: 0,
      tierBudget: Number.POSITIVE_INFINITY,
      tierMarks: 0,
    });
    const marking = new BoundedCandidates(index, {
      walkBudget: 0,
      tierBudget: Number.POSITIVE_INFINITY,
      tierMarks: Number.POSITIVE_INFINITY,
    });
    const terms = index.data.terms;
    const random = seededRandom(42);
    const pick = () => terms[Math.floor(random() * terms.length)]!;
    const idf = (term: string) => Math.log((index.size + 1) / (index.documentFrequency(term) + 0.5)) + 0.2;
    for (let n = 0; n < 200; n++) {
      const concepts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
        const head = pick();
        const alternatives = Array.from({ length: Math.floor(random() * 3) }, () => ({
          term: pick(),
          strength: [0.85, 0.7, 0.6][Math.floor(random() * 3)]!,
        }));
        return { weight: idf(head), terms: [{ term: head, strength: 1 }, ...alternatives] };
      });
      for (const k of [1, 5, 50, 300]) {
        const expected = exhaustive.candidates({ concepts }, k);
        expect(bounded.candidates({ concepts }, k)).toEqual(expected);
        expect(walking.candidates({ concepts }, k)).toEqual(expected);
        expect(adding.candidates({ concepts }, k)).toEqual(expected);
        expect(tiered.candidates({ concepts }, k)).toEqual(expected);
        expect(unmarked.candidates({ concepts }, k)).toEqual(expected);
        expect(marking.candidates({ concepts }, k)).toEqual(expected);
      }
    }
  });
});
