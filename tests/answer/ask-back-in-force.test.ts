import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional guidelines written for this test, loaded beside the seed: the city's flag guidelines of 2018, which
// say of themselves that they ceased to apply at the end of 2025 (ten days' notice), and the guidelines in force
// since (five days' notice). Both answer "the order" in the same words.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-in-force');

describe('a document no longer in force is not an equally good answer', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers from the guidelines in force instead of asking back between them and the expired ones', () => {
    for (const question of [
      'Hur lång tid före flaggdagen ska beställningen av flaggan göras?',
      'How long before the flag day must the flag be ordered?',
    ]) {
      const result = ask(question);
      expect(result.clarify).toEqual([]);
      expect(result.abstained).toBe(false);
      expect(result.citations[0]?.quote).toContain('fem dagar');
    }
  });
});
