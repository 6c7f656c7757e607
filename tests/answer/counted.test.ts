import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional PM written for these tests, loaded beside the bundled seed: a network that gathers some 300
// teachers a year, whose schools are named but never counted, a cost written in words ("två miljoner
// kronor"), and a study visit for "utvecklare av lärplattformar, högst åtta personer".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-counted');

describe('a count answers how many only of what it counts', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('declines how many schools when the sentence counts teachers and only mentions the schools', () => {
    expect(ask('Hur många skolor är med i nätverket EduBaltic?').abstained).toBe(true);
  });

  it('answers how many teachers with the count beside them', () => {
    const result = ask('Hur många lärare samlar EduBaltic varje år?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('300 lärare');
  });

  it('declines how many of a thing named before a comma when the number after it counts people', () => {
    expect(ask('Hur många lärplattformar finns i Tartu?').abstained).toBe(true);
  });

  it('answers how many people with the number written before them', () => {
    const result = ask('Hur många personer får åka på studiebesöket i Tartu?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('högst åtta personer');
  });
});
