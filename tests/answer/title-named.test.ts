import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional board minutes of a city-owned company: only the title and the head name the company ("Skärgårdens
// Kustfärjor AB"); its §§ never repeat it. A fictional meeting plan holds 64 lines of "nästa sammanträde hålls
// …" for other bodies, so that the minutes' own § on the next meeting is not among the candidate passages by
// its words alone.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-title-named');
const MINUTES = 'styrelseprotokoll-kustfarjor.txt';

describe('a name only the title and head of a document hold', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('is answered by any passage of the document, not only its head', () => {
    const result = ask('När hålls nästa sammanträde i Skärgårdens Kustfärjor AB?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(MINUTES);
    expect(result.answer).toContain('13 april 2027');
  });
});
