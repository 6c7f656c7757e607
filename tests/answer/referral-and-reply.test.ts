import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional referral and a fictional district's reply to it, which cites the referral's case number:
// both are about the same guidelines, and each has someone to contact.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-referral-and-reply');

describe('a referral beside a reply to it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('answers a question about the referral from the referral itself', () => {
    const result = kb.snapshot.engine.answer(
      'Vem kan jag kontakta om remissen om riktlinjer för gästföreläsare?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Nora Lindahl');
  });

  it('answers a question about the reply from the reply', () => {
    const result = kb.snapshot.engine.answer('Vem är handläggare för svaret på remissen om gästföreläsare?');
    expect(result.answer).toContain('Omar Haddad');
  });
});
