import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: two committees' applications for memberships of networks,
// each with its case officer, and an extract of the register whose row names a third network's application
// and who handles it.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-ask-back-named-field');

describe('a field question that names a network only one document holds', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  it('does not ask about cases with the field that lack the name, and answers from the one that has it', () => {
    for (const question of [
      'Who is handling the application for membership in Harbour Lights Alliance?',
      'Vem är handläggare för ansökan om medlemskap i Harbour Lights Alliance?',
    ]) {
      const result = kb.snapshot.engine.answer(question);
      expect(result.clarify, question).toEqual([]);
      expect(result.citations[0]?.doc, question).toBe('diarieutdrag-internationellt-2028.md');
      expect(result.citations[0]?.quote, question).toContain('Sofia Berg');
    }
  });

  it('answers from the field when the case with it holds the name', () => {
    const result = kb.snapshot.engine.answer(
      'Vem är handläggare för ansökan om medlemskap i Lantern Cities?',
    );
    expect(result.clarify).toEqual([]);
    expect(result.answer).toContain('Elin Moberg');
  });

  it('still asks back when the question names no network', () => {
    const result = kb.snapshot.engine.answer('Who is the case officer for the membership application?');
    expect(result.clarify.map((c) => c.doc).sort()).toEqual([
      'idrottsnamnden-medlemskap-active-parks.txt',
      'kulturnamnden-medlemskap-lantern.txt',
    ]);
  });
});
