import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/runtime/knowledge-base.js';
import { knowledgeWith } from '../support/knowledge.js';

// Fictional documents in layouts the question sets lacked: a presentation saved as text ("Bild 1", "Bild 2" …
// with a title and points on each slide), a trip report (reserapport) with labelled head lines whose values
// go on, set in, on the lines under them and a cost list set out with spaces, and a survey summary whose tables
// name their columns by year or give a column's unit in brackets, and a web page with a contact box beside its text.
const DOCUMENTS = path.resolve(import.meta.dirname, '../fixtures/answer-slides-and-reports');
const SLIDES = 'fiktiv-bildspel-vattenprojekt.txt';
const TRIP = 'fiktiv-reserapport-forum-gent.txt';
const SURVEY = 'fiktiv-enkat-utbyten.md';
const PAGE = 'fiktiv-webbsida-utbytesbidrag.html';

describe('answers from slides, a trip report and a survey summary', () => {
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

  it('quotes one point of a slide, not the slide run into one paragraph', () => {
    expectQuote('Hur stor är EU:s andel i BLUEBANKS?', SLIDES, /^EU:s andel: 80 procent$/);
    expectQuote(
      'Var hålls det första partnermötet i BLUEBANKS?',
      SLIDES,
      /^Första partnermötet hålls i Gdynia den 9–10 september 2027$/,
    );
  });

  it('takes the first slide’s title as the presentation’s title', () => {
    const doc = kb.snapshot.documents.find((d) => d.id === SLIDES)!;
    expect(doc.meta.title).toBe('BLUEBANKS – Stränder som tål översvämningar');
  });

  it('reads a cost list set out with spaces as rows of a table, each sum with its item', () => {
    expectQuote('Vad kostade resan till Creative Ports i Gent totalt?', TRIP, /^Totalt \| 21 400 kronor$/);
    expectQuote('Vad kostade hotellet i Gent?', TRIP, /^Hotell, två nätter \| 6 200 kronor$/);
  });

  it('quotes a labelled head line on its own, not run together with the fields around it', () => {
    expectQuote(
      'Vem beslutade om resan till Gent?',
      TRIP,
      /^Beslut om resan: .*fattat av avdelningschef Mirja Holm$/,
    );
  });

  it('quotes a row of a table whose first column has no name', () => {
    expectQuote('Hur många svar kom in på enkäten om ungdomsutbyten?', SURVEY, /^Antal svar \| 11 \| 9$/);
  });

  it('answers whom to contact from a web page’s contact box, and not from the site’s other boxes', () => {
    expectQuote(
      'Vem kan man kontakta om bidrag till ungdomsutbyten?',
      PAGE,
      /^Utbytesdesken, kulturförvaltningen$/,
    );
    expect(ask('Hur många invånare har Stockholm?').abstained).toBe(true);
  });
});
