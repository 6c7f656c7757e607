import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional guidelines written for this test: a grant stated per participant, and a rent stated per day.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-per-head');

describe('a sum asked per head is stated per head, whatever the text calls the people', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers "per elev" with the sum "per deltagare"', () => {
    const result = ask('Hur mycket är bidraget per elev för en skolresa till en vänort?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('1 800 kronor per deltagare');
  });

  it('still does not answer "per elev" with a sum per day', () => {
    const result = ask('Hur mycket ersätts hyran av lokaler med per elev?');
    expect(result.answer).not.toContain('3 000 kronor');
  });
});
