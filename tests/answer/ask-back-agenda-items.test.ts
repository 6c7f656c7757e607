import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a working committee's minutes whose numbered items (each with
// a case number of its own) and closing notice item (without one) all say what the committee decided, and
// a newsletter beside them.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-agenda-items');

describe('a question about "the case" of minutes whose best item has no case number', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks back and offers the numbered items, not only the notice item', () => {
    for (const question of [
      'Vad beslutade arbetsutskottet i ärendet?',
      'What did the working committee decide in the case?',
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.citations, question).toEqual([]);
      expect(result.clarify.length, question).toBeGreaterThan(1);
      expect(
        result.clarify.some((c) => c.dnr?.startsWith('KUN 2027/')),
        question,
      ).toBe(true);
    }
  });

  it('answers when the question names the item', () => {
    const result = kb.snapshot.engine.answer(
      'Vad beslutade arbetsutskottet om föreningen Bro över Östersjön?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('40 000 kronor');
  });
});
