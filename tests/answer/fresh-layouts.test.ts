import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { definiteAnBase } from '../../src/search/query.js';
import { stemSwedish } from '../../src/search/stemmer.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents in three layouts the question sets lack, written as text copied from a PDF (headings
// and lists without blank lines between them): a district administration's tjänsteutlåtande about a study
// trip (a numbered proposal under "Förslag till beslut", a cost table set out with spaces), a committee's
// protokollsutdrag (dated head lines, "Beslut" over its numbered points, Yrkanden, Reservation), and a PM
// with a field head ("PROMEMORIA" over "Datum:", "Till:", "Från:", "Ärende:") and a contact block.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-fresh-layouts');
const TRIP = 'fiktiv-tu-studieresa-wien.txt';
const MINUTES = 'fiktiv-protokollsutdrag-kulturnamnd.txt';
const PM = 'fiktiv-pm-sommarskola-madrid.txt';
const INTERPELLATION = 'fiktiv-interpellationssvar-vintermote.txt';

describe('answers from text copied out of PDFs, in layouts the question sets lack', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeWith(DOCUMENTS);
  });

  const ask = (question: string) => kb.snapshot.engine.answer(question);
  const expectQuote = (question: string, doc: string, phrase: RegExp) => {
    const result = ask(question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.clarify).toEqual([]);
    expect(result.citations[0]!.doc).toBe(doc);
    expect(result.citations[0]!.quote).toMatch(phrase);
  };

  it('meets an English place name in a Swedish text by its Swedish name (Vienna, Wien)', () => {
    expectQuote('When must the administration report back on the Vienna trip?', TRIP, /september 2027/);
  });

  it('reads a figure under a header row that names the currency as a sum', () => {
    expectQuote('Hur mycket kostar logi under resan till Wien?', TRIP, /Logi, fyra nätter \| 28 000/);
  });

  it('answers when minutes were checked from a dated line of their head', () => {
    expectQuote(
      'När justerades protokollet om Creative Harbours Europe?',
      MINUTES,
      /Justerat den 19 mars 2027/,
    );
  });

  it('answers who to contact from the lines under a "Kontakt" heading', () => {
    expectQuote('Vem kan man kontakta om sommarskolan i Madrid?', PM, /Johanna Berglund/);
  });

  it('keeps the PM’s field head apart from its text, and reads "select" as "urval"', () => {
    expectQuote('Who should select the participants for the summer school?', PM, /förvaltningscheferna/);
  });

  it('meets a strong verb’s supine by its infinitive ("erbjudit", offered)', () => {
    expectQuote(
      'What has the host city offered the administration during the seminar?',
      TRIP,
      /har erbjudit förvaltningen en kostnadsfri tolk/,
    );
    expect(stemSwedish('erbjudit')).toBe(stemSwedish('erbjuda'));
    expect(stemSwedish('deltagit')).toBe(stemSwedish('deltaga'));
    expect(stemSwedish('kredit')).toBe('kredit');
  });

  it('takes an interpellation answer’s subject line for its title, not the kind line "Svar på interpellation"', () => {
    const result = ask('Hur många konstnärer ställde ut på Nordart i Bergen?');
    expectQuote('Hur många konstnärer ställde ut på Nordart i Bergen?', INTERPELLATION, /sju konstnärer/);
    expect(result.answer).toMatch(/konstbiennalen Nordart i Bergen/);
  });

  it('quotes the answer, not the question the document itself asks ("Hur många … visade verk?")', () => {
    expectQuote(
      'Vilka konstnärer från staden visade verk på Nordart?',
      INTERPELLATION,
      /^Från staden visade sju/,
    );
  });

  it('answers "which city" with a city named first in its sentence, as the minutes name it elsewhere', () => {
    expectQuote('Which city has offered to organise the annual meeting?', MINUTES, /^Porto har erbjudit sig/);
    expectQuote('Vilken stad har erbjudit sig att ordna årsmötet?', MINUTES, /^Porto har erbjudit sig/);
  });

  it('reads a word in -an of five letters as the definite form of a word in -a', () => {
    expect(definiteAnBase('resan')).toBe('resa');
    expect(definiteAnBase('sidan')).toBe('sida');
    expect(definiteAnBase('medan')).toBeNull();
  });
});
