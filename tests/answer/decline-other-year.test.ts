import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional board minute of 2027 written for this test, loaded beside the seed: the city is to host a network's
// general assembly in 2030, paid over the budget years 2029 and 2030; it says nothing of an assembly in 2029.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-decline-other-year');

describe('a sentence about another year than the one asked does not answer', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines where the general assembly of 2029 is held when only the one of 2030 is stated', () => {
    expect(ask('Var hålls Nordvattens generalförsamling 2029?').abstained).toBe(true);
    expect(ask('Where is the general assembly of Nordvatten held in 2029?').abstained).toBe(true);
  });

  it('still says where the general assembly of 2030 is held', () => {
    for (const question of [
      'Var hålls Nordvattens generalförsamling 2030?',
      'Where is the general assembly of Nordvatten held in 2030?',
    ]) {
      const result = ask(question);
      expect(result.abstained).toBe(false);
      expect(result.citations[0]?.quote).toContain('i Stockholm den 12–14 juni 2030');
    }
  });
});
