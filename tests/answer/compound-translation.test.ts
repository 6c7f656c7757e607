import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional English project factsheet whose key facts are a table ("Final conference | 4–5 February 2030 in
// Stockholm"), asked about in Swedish with closed compounds the glossary does not hold whole.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-compound-english');
const FACTSHEET = 'factsheet-balticroofs-en.md';

describe('a Swedish compound asked of an English document', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('reads "slutkonferensen" as its parts translated, "final conference"', () => {
    for (const question of [
      'Var hålls slutkonferensen i BALTICROOFS?',
      'När är slutkonferensen för BALTICROOFS?',
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.citations[0]?.doc, question).toBe(FACTSHEET);
      expect(result.citations[0]?.quote, question).toBe('Final conference | 4–5 February 2030 in Stockholm');
    }
  });

  it('does not read a compound into words the document lacks', () => {
    const result = kb.snapshot.engine.answer('Var hålls slutseminariet i BALTICROOFS?');
    expect(result.abstained).toBe(true);
  });
});
