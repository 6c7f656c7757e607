import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional city-owned company's referral answer as a letter: the company is named only in its letterhead
// ("KAJBOLAGET I STOCKHOLM AB") and its signature; the text speaks of "Bolaget".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-letterhead');
const LETTER = 'yttrande-kajbolaget.txt';

describe("a company's letterhead names who writes the letter", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers what the company thinks from its letter, in Swedish and English', () => {
    for (const question of [
      'Vad tycker Kajbolaget i Stockholm om att alla studiebesök ska bokas via stadsledningskontoret?',
      'What does Kajbolaget i Stockholm think about booking all study visits through the City Executive Office?',
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.abstained, question).toBe(false);
      expect(result.citations[0]?.doc, question).toBe(LETTER);
      expect(result.answer, question).toContain(
        'avstyrker att alla studiebesök ska bokas via stadsledningskontoret',
      );
    }
  });
});
