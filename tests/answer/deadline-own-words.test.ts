import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a newsletter whose seminar item states its own registration deadline ("Anmäl dig
// senast den 20 maj"), and a referral on the same subject, which also speaks of a seminar and of "anmäler",
// whose reply deadline is a case field and fits the question almost as well.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-deadline-own-words');

describe('a deadline that the best fitting case states in its own words', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it("answers from that case, not from a less fitting case's deadline field", () => {
    const result = ask('Sista dag att anmäla sig till seminariet om den gröna given?');
    expect(result.citations[0]?.doc).toBe('nyhetsbrev-april.md');
    expect(result.answer).toContain('20 maj');
  });

  it("still answers the referral's deadline from its field", () => {
    const result = ask('När ska remissvaret om den gröna given vara inne?');
    expect(result.citations[0]?.doc).toBe('remiss-gron-giv.txt');
    expect(result.answer).toContain('28 maj 2027');
  });
});
