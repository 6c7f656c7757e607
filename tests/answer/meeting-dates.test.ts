import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Two fictional sets of minutes of one committee, two weeks apart in one month, each naming who checks its
// minutes: only the day of the meeting tells them apart.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-meeting-dates');

describe('a question that names the day of a meeting', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers from the minutes of that day, written in words in the question and in numbers in the header', () => {
    const result = ask('Vem justerar protokollet från idrottsnämndens sammanträde den 10 februari?');
    expect(result.citations[0]?.doc).toBe('idrottsnamnden-protokoll-2027-02-10.txt');
    expect(result.citations[0]?.quote).toContain('Lars Berg');
  });

  it('reads an English date with an abbreviated month', () => {
    const result = ask('Who checks the minutes of the sports committee meeting on 24 Feb 2027?');
    expect(result.citations[0]?.doc).toBe('idrottsnamnden-protokoll-2027-02-24.txt');
    expect(result.citations[0]?.quote).toContain('Sara Lind');
  });
});
