import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional programme that states when it applies from ("gäller från och med"), loaded beside the seed.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-in-force');

describe('"enter into force" asked of a document that says "gäller från och med"', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers with the date the programme applies from', () => {
    const result = kb.snapshot.engine.answer('When does it enter into force?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe('program-besoksnaring.md');
    expect(result.citations[0]?.quote).toContain('1 juli 2027');
  });
});
