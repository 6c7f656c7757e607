import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forbiddenPhrases, writeCorpus } from '../../bench/generate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { ReferenceIndex } from './reference-index.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let documents: KnowledgeDocument[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'utblick-index-'));
  const forbidden = await forbiddenPhrases(path.join(root, 'tests/fixtures/eval/questions.dev.jsonl'));
  await writeCorpus(dir, { docs: 60, seed: 7, knowledgeDir: path.join(root, 'knowledge'), forbidden });
  const generated = await loadKnowledge(dir, { maxFileBytes: 10_000_000 });
  const real = await loadKnowledge(path.join(root, 'knowledge'), { maxFileBytes: 10_000_000 });
  documents = [...real.documents, ...generated.documents];
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sorted = (it: Iterable<string>) => [...it].sort();

describe('the search index with compact per-passage data', () => {
  it('finds the same passages as a FlexSearch index filled with add() over per-passage Maps and Sets', () => {
    const index = new SearchIndex(documents);
    const reference = new ReferenceIndex(documents);
    expect(index.size).toBe(reference.size);
    const terms = new Set<string>();
    for (const e of reference.entries) for (const t of [...e.terms.keys(), ...e.context]) terms.add(t);
    expect(terms.size).toBeGreaterThan(500);
    for (const term of terms) {
      for (const limit of [3, 2000]) {
        expect(index.lookup(term, limit), term).toEqual(reference.lookup(term, limit));
        expect(index.lookup(term, limit, 'context'), term).toEqual(reference.lookup(term, limit, 'context'));
        // Ranking reads a term's first `limit` postings as a view instead of asking lookup() for a copy.
        expect([...index.postings(term).subarray(0, limit)], term).toEqual(index.lookup(term, limit));
        expect([...index.postings(term, 'context').subarray(0, limit)], term).toEqual(
          index.lookup(term, limit, 'context'),
        );
      }
      const all = reference.size + 1;
      expect([...index.postings(term)], term).toEqual(reference.lookup(term, all));
      expect([...index.postings(term, 'context')], term).toEqual(reference.lookup(term, all, 'context'));
      expect(index.expand(term)).toEqual(reference.expand(term));
      expect(index.documentFrequency(term)).toBe(reference.documentFrequency(term));
    }
    expect(index.lookup('finnsinte', 10)).toEqual([]);
  });

  it('keeps each passage’s terms, counts, context and sentences', () => {
    const index = new SearchIndex(documents);
    const reference = new ReferenceIndex(documents);
    reference.entries.forEach((expected, id) => {
      const entry = index.entries[id]!;
      expect(entry.passage).toBe(expected.passage);
      expect(entry.doc).toBe(expected.doc);
      expect(entry.length).toBe(expected.length);
      expect(sorted(entry.terms.keys())).toEqual(sorted(expected.terms.keys()));
      for (const [term, count] of expected.terms) expect(entry.terms.get(term)).toBe(count);
      expect(sorted(entry.context.keys())).toEqual(sorted(expected.context));
      expect(sorted(entry.title.keys())).toEqual(sorted(expected.title));
      expect(entry.sentences.map((s) => s.text)).toEqual(expected.sentences.map((s) => s.text));
      entry.sentences.forEach((s, k) => {
        expect(sorted(s.terms.keys())).toEqual(sorted(expected.sentences[k]!.terms));
      });
    });
  });
});
