import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional extract of minutes: one case with a reservation whose grounds follow "anförde följande" without
// any word such as "eftersom" or "därför".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-reservation-grounds');

describe('why a member reserved against a decision', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers with the grounds the reservation states after "anförde"', () => {
    const result = kb.snapshot.engine.answer(
      'Varför reserverade sig Liberalerna mot vänortsturneringen i handboll?',
    );
    expect(result.abstained).toBe(false);
    expect(result.answer).toContain('Tampere');
  });
});
