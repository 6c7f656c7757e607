import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// A fictional utlåtande as a document-sharing site gives a PDF: viewer controls, each page one paragraph that
// starts with its number, the section headings and the reservation run into the text.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-transcript');
const DOC = 'utlatande-baltic-harbour-cities.txt';

describe("answers from a report's transcript", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);

  it('finds the reservation in its own part of the report', () => {
    const result = ask('Vem reserverade sig i ärendet om Baltic Harbour Cities?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('Reservation anförs av Anna Berg');
  });

  it('counts with a number, not with the digits of a reference', () => {
    const result = ask('How many cities are in Baltic Harbour Cities?');
    expect(result.citations[0]?.doc).toBe(DOC);
    expect(result.citations[0]?.quote).toContain('tolv hamnstäder');
  });

  it('answers when a membership is followed up with a time counted from the decision', () => {
    const result = ask('När ska medlemskapet i Baltic Harbour Cities följas upp?');
    expect(result.citations[0]?.quote).toBe('Ett medlemskap ska följas upp efter två år.');
  });

  it("answers what the board proposes with its proposal, not with the motion's, which opens the next section", () => {
    const result = ask('Vad föreslår kommunstyrelsen om motionen om Baltic Harbour Cities?');
    expect(result.citations[0]?.quote).toContain(
      'Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.',
    );
  });

  it('reads the case number from the run-together first page', () => {
    const result = ask('Vad kostar medlemskapet i Baltic Harbour Cities?');
    expect(result.citations[0]?.quote).toBe('Årsavgiften är 6 000 euro.');
    expect(result.answer).toContain('KS 2026/1402');
  });
});
