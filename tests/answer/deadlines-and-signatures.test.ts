import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents written for these tests: a committee's reply to a referral that states two deadlines
// and closes with its signatures, and a network's letter (no referral) that states a registration deadline.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-deadlines');

describe('deadlines a document states, and who signed it', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('reads the signature block at the end of a tjänsteutlåtande', () => {
    const result = ask('Vem har undertecknat tjänsteutlåtandet om biblioteksplanen?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/Eva Strandberg/);
    expect(result.answer).toMatch(/Johan Lindqvist/);
  });

  it('answers the committee’s reply deadline from the referral’s field', () => {
    const result = ask('När ska remissvaret om biblioteksplanen vara inne?');
    expect(result.answer).toMatch(/20 april 2027/);
    expect(result.citations[0]!.doc).toBe('fiktiv-remissvar-bibliotek.txt');
  });

  it('answers the other deadline of the same case when the question is about that one', () => {
    const result = ask('När ska stadens samlade svar om biblioteksplanen lämnas till Kulturdepartementet?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.quote).toMatch(/14 maj 2027/);
  });

  it('answers a deadline stated in a document that is no referral', () => {
    const result = ask(
      'What is the deadline for registering delegates for the Baltic Libraries Alliance conference?',
    );
    expect(result.abstained).toBe(false);
    expect(result.citations[0]!.doc).toBe('fiktiv-natverksbrev-en.txt');
    expect(result.citations[0]!.quote).toMatch(/28 May 2027/);
  });

  it('declines a deadline the letter does not state, though it states another', () => {
    const result = ask('What is the deadline for the member questionnaire of the Baltic Libraries Alliance?');
    expect(result.abstained).toBe(true);
  });

  it('answers "which risks" with the list under the heading that names them', () => {
    const result = ask('Vilka risker pekar förvaltningen ut?');
    expect(result.abstained).toBe(false);
    expect(result.answer).toMatch(/skalskydd/);
    expect(result.answer).toMatch(/barnverksamheten/);
  });

  it('never quotes the letterhead or the signature block as an answer', () => {
    for (const question of ['Vilka risker pekar förvaltningen ut?', 'Vad heter förvaltningen?']) {
      const quote = ask(question).citations[0]?.quote ?? '';
      expect(quote, question).not.toMatch(
        /^(?:Norrmalms stadsdelsförvaltning|Eva Strandberg|Stadsdelsdirektör|Bilaga)$/,
      );
    }
    // Who signed is the one question the signature block answers: from the signatories read off it.
    const signed = ask('Vem skrev under?');
    expect(signed.answer).toContain(
      'Eva Strandberg (Stadsdelsdirektör) och Johan Lindqvist (Avdelningschef)',
    );
  });
});
