import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: two projects of one EU programme, each naming Stockholm's
// project manager in a table row (one under a heading on the project, so its row ranks a little higher), and
// a news item on another project.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-equal-cases');

describe('a question whose name both projects hold, met alike by a sentence of each', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('asks which project is meant', () => {
    const result = kb.snapshot.engine.answer("Who is Stockholm's project manager in the Interreg project?");
    expect(result.citations).toEqual([]);
    expect(result.clarify.map((c) => c.doc)).toEqual(
      expect.arrayContaining(['final-report-riverlink-en.md', 'factsheet-greenroofs-en.md']),
    );
  });

  it('answers when the question names the project', () => {
    const result = kb.snapshot.engine.answer('Who is the project manager in the RIVERLINK project?');
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Tuva Engström');
  });
});
