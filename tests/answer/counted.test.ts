import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional PM written for these tests, loaded beside the bundled seed: a network that gathers some 300
// teachers a year, whose schools are named but never counted, and a cost written in words ("två miljoner
// kronor").
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
});
