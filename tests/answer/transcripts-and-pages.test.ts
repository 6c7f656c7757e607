import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents in layouts the city's texts come in: a PM and a report on a motion (utlåtande) as a
// document-sharing site transcribes a PDF (one paragraph per page, the section headings run into the text),
// and a committee's meeting page whose items came through as bullets without their numbers and titles.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-transcripts-and-pages');
const PM = 'pm-riktlinjer-tolkservice.txt';
const PAGE = 'kulturnamnden-mote-2027-02-16.txt';

describe("a PM's transcript and a meeting page with bulleted items", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const doc = (id: string) => kb.snapshot.documents.find((d) => d.id === id)!;

  it('reads "Remisser" and "Våra synpunkter" run into the transcript as the sections they are', () => {
    const sections = doc(PM).passages.map((p) => p.section);
    expect(sections).toContain('Remisser');
    expect(sections).toContain('Våra synpunkter');
    const remisser = doc(PM).passages.find((p) => p.section === 'Remisser')!;
    expect(remisser.text.startsWith('Ärendet har remitterats')).toBe(true);
  });

  it('answers "från när gäller …" and "since when …" with the day the guidelines take effect', () => {
    for (const question of [
      'Från när gäller riktlinjerna för tolkservice?',
      'Since when do the guidelines on interpreting services apply?',
    ]) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.citations[0]?.doc, question).toBe(PM);
      expect(result.citations[0]?.quote, question).toContain('1 september 2027');
    }
  });

  it("quotes the presenting vice mayors' opening alone, not the next section's first sentence", () => {
    const result = ask('Vilka är föredragande borgarråd för tolkservicen?');
    expect(result.citations[0]?.doc).toBe(PM);
    expect(result.citations[0]?.quote).toContain('Sara Nyberg och Jonas Ek');
    expect(result.citations[0]?.quote).not.toContain('Kundcentret');
  });

  it('answers who tabled a motion with its writer, quoting the line that names the motion and its writer', () => {
    for (const question of [
      'Who tabled the motion on solar panels at preschools?',
      'Who submitted the motion on solar panels at preschools?',
      'Vem har väckt motionen om solceller på förskolorna?',
    ]) {
      const result = ask(question);
      expect(result.abstained, question).toBe(false);
      expect(result.citations[0]?.doc, question).toBe('utlatande-motion-solceller.txt');
      expect(result.answer, question).toMatch(/(written by|skriven av) Elin Sjöberg \(MP\)\./);
      expect(result.citations[0]?.quote, question).toContain('Motion (2027:14) av Elin Sjöberg (MP)');
    }
  });

  it('titles the meeting page by its committee and date, and answers where it is held from the time and room line', () => {
    expect(doc(PAGE).meta.title).toBe('Kulturnämnden, möte 2027-02-16');
    const result = ask('Var hålls kulturnämndens möte?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0]?.doc).toBe(PAGE);
    expect(result.citations[0]?.quote).toContain('Rådssalen');
  });
});
