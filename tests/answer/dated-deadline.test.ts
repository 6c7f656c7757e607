import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a follow-up that sets the month of its next report without a deadline word ("Nästa
// rapport om partnerstäderna lämnas till kommunstyrelsen i oktober 2028."), beside a referral due "senast".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-dated-deadline');

describe('a deadline question that a dated sentence without a deadline word answers', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers with the dated sentence when no sentence with a deadline word fits', () => {
    const result = ask('När lämnas nästa rapport om partnerstäderna?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe('uppfoljning-vanortsarbete.txt');
    expect(result.answer).toContain('oktober 2028');
  });

  it('still answers a referral reply question with its deadline', () => {
    const result = ask('När ska svaren om programmet för utländska besök vara inne?');
    expect(result.citations[0]?.doc).toBe('remiss-besoksprogram.txt');
    expect(result.answer).toContain('14 juni 2027');
  });
});
