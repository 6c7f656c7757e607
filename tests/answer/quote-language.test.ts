import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional invitation written in English, beside the bundled seed, which is in Swedish.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-quote-language');

describe('the language of the quote', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('quotes an English document to an English question without calling the quote Swedish', () => {
    const result = kb.snapshot.engine.answer(
      'How much do further delegates pay to attend the General Assembly?',
    );
    expect(result.citations[0]!.doc).toBe('invitation-coastal-cities-assembly.txt');
    expect(result.answer).toContain('EUR 240');
    expect(result.answer).not.toContain('in Swedish');
  });

  it('tells a Swedish reader that the quote is in English', () => {
    const result = kb.snapshot.engine.answer(
      'Hur mycket betalar ytterligare delegater för generalförsamlingen?',
    );
    expect(result.citations[0]!.doc).toBe('invitation-coastal-cities-assembly.txt');
    expect(result.answer).toContain('EUR 240');
    expect(result.answer).toContain('(på engelska)');
  });

  it('still says so when an English question is answered from a Swedish document', () => {
    const result = kb.snapshot.engine.answer('Who is responsible for EU monitoring?');
    expect(result.citations[0]!.quote).toContain('ansvarar för aktiv bevakning');
    expect(result.answer).toContain('(in Swedish)');
  });
});
