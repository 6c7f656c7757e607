import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a committee's work plan titled on its international work,
// and a letter on a youth camp that mentions the same committee's budget for something else.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-title-or-sentence');

describe('a question that points at "the" budget of a body for a named purpose', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers from the case whose title and sentence both fit, not asking about one that fits by neither', () => {
    for (const question of [
      'Hur stor är idrottsnämndens budget för internationellt arbete 2028?',
      "What is the sports committee's 2028 budget for international work?",
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.clarify, question).toEqual([]);
      expect(result.citations[0]?.doc, question).toBe('idrottsnamnden-verksamhetsplan-2028.md');
      expect(result.answer, question).toContain('3,2 miljoner kronor');
    }
  });

  it('still answers about the camp when the question asks about it', () => {
    const result = kb.snapshot.engine.answer('Hur mycket avsätts för ungdomslägret med Oulu?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe('idrottsforvaltningen-skrivelse-ungdomslager.txt');
    expect(result.answer).toContain('200 000 kronor');
  });
});
