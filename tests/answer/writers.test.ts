import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents: a report on a motion as a PDF's text gives it (its series number, rotel and case
// number run into its title, its section headings run into the text), a committee's minutes with an
// answered interpellation and a motion referred to it, and a district committee's agenda page (its time and
// place stacked under their labels, a line on where to send apologies, items with their case numbers).
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-writers');
const REPORT = 'utlatande-motion-stipendier.txt';
const MINUTES = 'protokoll-kulturnamnden-2027-04-20.txt';
const AGENDA = 'kallelse-sdn-norrmalm-2027-05-12.txt';
const COUNCIL = 'kf-foredragningslista-2027-06-07.txt';

describe("who wrote a councillor's motion, interpellation or question", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });
  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const doc = (id: string) => kb.snapshot.documents.find((d) => d.id === id)!;

  it('names a motion by its writers in Swedish and English, quoting the line that names them', () => {
    for (const [question, answer] of [
      ['Vem har skrivit motionen om stipendier för vänortsutbyten?', 'Motionen är skriven av'],
      ['Vilka ligger bakom motionen om stipendier?', 'Motionen är skriven av'],
      ['Who wrote the motion on exchange scholarships?', 'The motion was written by'],
    ] as const) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(REPORT);
      expect(result.answer, question).toContain(`${answer} Hedda Rask och Omar Saleh (båda S).`);
      expect(result.citations[0]?.quote, question).toContain('Motion (2027:9) av Hedda Rask');
    }
  });

  it('names who put an interpellation, and the motion of an item in the minutes', () => {
    const interpellation = ask('Vem ställde interpellationen om hamnbesöket i Gdańsk?');
    expect(interpellation.citations[0]?.doc).toBe(MINUTES);
    expect(interpellation.answer).toContain('Interpellationen är ställd av ledamoten Oskar Lindqvist (V).');
    const motion = ask('Whose motion is the one about a twin town in Ghana?');
    expect(motion.citations[0]?.doc).toBe(MINUTES);
    expect(motion.answer).toContain('The motion was written by Siv Ek (KD).');
  });

  it('asks which motion is meant when the question only says "the motion"', () => {
    const result = ask('Who submitted the motion?');
    expect(result.abstained).toBe(false);
    expect(result.clarify.map((c) => c.doc).sort()).toEqual([MINUTES, REPORT]);
  });

  it('reads a signature question as one, not as a question about the writer', () => {
    const result = ask('Vem har skrivit under beslutet om interpellationen om hamnbesöket?');
    expect(result.answer).not.toContain('skriven av');
    expect(result.answer).not.toContain('ställd av');
  });

  it("takes the report's number, rotel and case number off its title, and its parts are no title", () => {
    const c = doc(REPORT).cases[0]!;
    expect(c.title?.value.startsWith('Stipendier för utbyten med stadens vänorter')).toBe(true);
    expect(c.dnr?.value).toBe('KS 2027/0880');
    expect(doc(REPORT).passages.map((p) => p.section)).toContain('Mina synpunkter');
  });

  it('lists a plural body over several districts as one recipient, and "vart" asks where it was sent', () => {
    for (const question of [
      'Vart har motionen om stipendier remitterats?',
      'Where was the motion on scholarships referred?',
    ]) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(REPORT);
      expect(result.answer, question).toMatch(
        /utbildningsnämnden (och|and) stadsdelsnämnderna i Rinkeby-Kista, Spånga-Tensta och Skärholmen\.$/,
      );
      expect(result.answer, question).not.toMatch(/också|also/);
    }
  });

  it("names the writer of a letter on an agenda, a hyphenated name too, and gives an item's case number", () => {
    const letter = ask('Vem har skrivit skrivelsen om ungdomsgårdar i Tallinn?');
    expect(letter.citations[0]?.doc).toBe(AGENDA);
    expect(letter.answer).toContain('Skrivelsen är skriven av ledamoten Eva-Lena Björk (V).');
    const dnr = ask('Vad är diarienumret för ansökan till Europeiska socialfonden om unga vuxna?');
    expect(dnr.answer).toContain('2027-140-1.5');
  });

  it('answers where a meeting is held with its place, and where to send something with the address', () => {
    for (const question of ['Var hålls Norrmalms sammanträde?', 'Where is the Norrmalm meeting held?']) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(AGENDA);
      expect(result.citations[0]?.quote, question).toBe('Plats: Tegnérsalen, Tulegatan 11');
    }
    for (const question of [
      'Vart skickar man anmälan om förhinder till Norrmalms sammanträde?',
      'Where should I send my apologies for the Norrmalm meeting?',
    ]) {
      const result = ask(question);
      expect(result.citations[0]?.doc, question).toBe(AGENDA);
      expect(result.citations[0]?.quote, question).toContain('greta.alm@norrmalm.example.se');
    }
  });

  it("names who put an interpellation a council's agenda lists by number and writer under its heading", () => {
    const seoul = ask('Vem har ställt interpellationen om delegationsresan till Seoul?');
    expect(seoul.citations[0]?.doc).toBe(COUNCIL);
    expect(seoul.answer).toContain('Interpellationen är ställd av Jonas Hed (L).');
    const eurocities = ask("Who asked the interpellation about hosting Eurocities' annual meeting?");
    expect(eurocities.citations[0]?.doc).toBe(COUNCIL);
    expect(eurocities.answer).toContain('The interpellation was put by Mona Ekdahl (V).');
    // An item under "Beslutsärenden" is no paper of a councillor's.
    const decision = doc(COUNCIL).cases.find((c) => c.item === '4');
    expect(decision?.author).toBeNull();
  });
});
