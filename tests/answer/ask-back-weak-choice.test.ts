import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a report on a survey of bicycle parking at schools (its title
// and one sentence say the question whole), and an invitation titled on another survey whose deadline
// sentence says only a little of the question.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-weak-choice');

describe('a question pointing at "the survey", said whole by one case', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers from that case, not asking back with a case whose title and sentence both say less', () => {
    const result = kb.snapshot.engine.answer(
      'When was the last day to answer the survey on bicycle parking?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe('enkat-cykelparkering-skolor.md');
    expect(result.answer).toContain('30 oktober 2026');
  });

  it('still asks back when the question names nothing but "the survey"', () => {
    const result = kb.snapshot.engine.answer('When was the last day to answer the survey?');
    expect(result.citations).toEqual([]);
    expect(result.clarify.map((c) => c.doc).sort()).toEqual([
      'enkat-cykelparkering-skolor.md',
      'nominering-kontaktpersoner-enkat.txt',
    ]);
  });
});
