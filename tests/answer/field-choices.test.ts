import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: two referrals from ministries on newly arrived people, each
// with its own reply deadline (one says "staden", the other "kommunen"), and a council's minutes on what the
// ministry is preparing, which name the ministry, the city and newly arrived people but set no deadline.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-field-anchor');

describe('a field question whose best-fitting case has no such field', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks back among the referrals with deadlines that fit as well as each other', () => {
    const result = kb.snapshot.engine.answer(
      'När ska stadens svar på remissen från departementet om nyanlända vara inne?',
    );
    expect(result.citations).toEqual([]);
    expect(result.clarify.map((c) => c.dnr)).toEqual(
      expect.arrayContaining(['KS 2027/0301', 'KS 2027/0318']),
    );
  });

  it('answers when the question names what only one referral is about', () => {
    const result = kb.snapshot.engine.answer(
      'När ska stadens svar på remissen om lokala jobbspår vara inne?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('28 april 2027');
  });
});
