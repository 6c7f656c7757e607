import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { tokenize } from '../../src/search/tokenize.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional project factsheet whose lead partner's contact has the project's name in her e-mail address
// ("riverlink@aarhus.dk") while the row for Stockholm's contact says "Contact in Stockholm".
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-email-names');
const FACTSHEET = 'factsheet-riverlink-en.md';

describe('an e-mail address names a mailbox, not what a line is about', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it("gives no search terms for an e-mail address's mailbox, and keeps its domain", () => {
    expect(tokenize('Mette Holm, riverlink@aarhus.dk').map((t) => t.text)).toEqual([
      'mette',
      'holm',
      'aarhus',
      'dk',
    ]);
  });

  it("answers the contact in Stockholm with Stockholm's row, in English and Swedish", () => {
    for (const question of [
      'Who is the contact person for RIVERLINK in Stockholm?',
      'Vem är kontaktperson för RIVERLINK i Stockholm?',
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.citations[0]?.doc, question).toBe(FACTSHEET);
      expect(result.answer, question).toContain('Per Ylander');
      expect(result.answer, question).not.toContain('Mette Holm');
    }
  });
});
