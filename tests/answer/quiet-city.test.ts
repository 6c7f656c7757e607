import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: an administration's reply on a strategy for a quieter city, and a short memo on
// another committee's task that mentions the same administration, noise and a strategy in passing and says
// how often its own task is followed up.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-quiet-city');
const REPLY = 'remissvar-strategi-tystare-stad.txt';

describe('a strategy asked about in English, beside a short memo that shares its words', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('reads an English compound by its pieces ("quieter-city" meets "tystare stad")', () => {
    const result = ask('What is the main goal of the quieter-city strategy?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(REPLY);
    expect(result.citations[0]?.quote).toContain('Strategins övergripande mål');
  });

  it('answers from the strategy instead of offering the memo, whose sentence says little of the question', () => {
    const result = ask('How often does the environment department want the noise strategy followed up?');
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]?.doc).toBe(REPLY);
    expect(result.citations[0]?.quote).toContain('följas upp varje år');
  });
});
