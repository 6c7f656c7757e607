import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional questions-and-answers page written for these tests, loaded beside the bundled seed: it says
// who decides on a grant only with a noun ("Beslut om bidrag … fattas av enhetschefen …").
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-support-verbs');

describe('a who-question with a support verb asks who does what its object names', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('answers "who makes the decision" with the sentence that says by whom the decision is made', () => {
    const result = ask('Who makes the decision on grants for the trips?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('enhetschefen för amatörkultur');
  });

  it('answers "who takes the decisions" the same way', () => {
    const result = ask('Who takes the decisions on travel grants?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toContain('enhetschefen för amatörkultur');
  });
});
