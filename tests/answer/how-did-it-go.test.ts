import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional meeting notes written for this test: an application that was not granted, and another matter
// that "gick enligt plan".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-how-did-it-go');

describe('"Hur gick det med …?" asks what became of something, whatever verb the text uses', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers with the sentence about the application, not another that merely says "gick"', () => {
    const result = kb.snapshot.engine.answer('Hur gick det med ansökan för Green Lanes Baltic?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('inte beviljades');
  });
});
