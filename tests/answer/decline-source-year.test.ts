import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional guidelines written for this test, loaded beside the seed: a sports administration's rules on gifts,
// decided in 2026. No document holds an earlier version of them.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-decline-source-year');

describe('a question that names its source by a year is not answered from another version', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines what the guidelines of 2019 said when only those of 2026 are held', () => {
    for (const question of [
      'Hur mycket får en gåva till en utländsk gäst kosta enligt idrottsförvaltningens riktlinjer från 2019?',
      'Hur mycket får en gåva kosta enligt 2019 års riktlinjer för gåvor vid internationella besök?',
    ])
      expect(ask(question).abstained).toBe(true);
  });

  it('still answers from the guidelines of 2026, named by their year or not', () => {
    for (const question of [
      'Hur mycket får en gåva till en utländsk gäst kosta enligt idrottsförvaltningens riktlinjer från 2026?',
      'Hur mycket får en gåva till en utländsk gäst kosta enligt idrottsförvaltningens riktlinjer?',
    ]) {
      const result = ask(question);
      expect(result.abstained).toBe(false);
      expect(result.citations[0]?.quote).toContain('högst 500 kronor');
    }
  });
});
