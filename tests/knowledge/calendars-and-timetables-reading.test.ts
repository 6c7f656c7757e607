import { describe, expect, it } from 'vitest';
import { speechOf } from '../../src/knowledge/blocks.js';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { documentReader } from '../support/read-document.js';

/**
 * Event calendars, a procurement's timetable and a hearing's transcript head, as they are printed: a date above
 * each event's headline, a table of events and dates set out with spaces, the kind and the subject of a paper
 * over its fields. Each document is fictional and written for the test.
 */
const read = documentReader('utblick-calendars-');

const sectionOf = (doc: KnowledgeDocument, text: string) =>
  doc.passages.find((p) => p.text === text)?.section ?? null;

describe('an event calendar', () => {
  it("reads the date and the status above an event's headline as the event's own", async () => {
    const doc = await read(
      'kalender.html',
      [
        '<html><body><main><h1>Kalender: internationellt hösten 2027</h1>',
        '<article><p><time datetime="2027-09-14">14 SEP</time></p><h3>Europaforum 2027</h3>',
        '<p>Årlig konferens om vad EU:s beslut betyder för staden.</p><ul><li>Plats: Kulturhuset</li></ul></article>',
        '<article><p><time datetime="2027-09-22">22 SEP</time></p><p>INSTÄLLT</p><h3>Vänortsdag med Tallinn</h3>',
        '<p>Dagen är inställd på grund av för få anmälda.</p></article>',
        '</main></body></html>',
      ].join('\n'),
    );
    expect(sectionOf(doc, '14 SEP')).toBe('Europaforum 2027');
    expect(sectionOf(doc, '22 SEP')).toBe('Vänortsdag med Tallinn');
    expect(sectionOf(doc, 'INSTÄLLT')).toBe('Vänortsdag med Tallinn');
  });

  it('keeps days and months printed over events, which repeat with different numbers like page headers', async () => {
    const doc = await read(
      'kalender.txt',
      [
        'Kalender: internationellt hösten 2027',
        '14 SEP',
        'Europaforum 2027 i Kulturhuset.',
        '22 SEP',
        'Vänortsdag med Tallinn på Medborgarplatsen.',
        '3 NOV',
        'Borgmästarfrukost i Stadshuset.',
      ].join('\n\n'),
    );
    // Each date is kept, as a line of its own or as the heading over its event.
    const kept = doc.passages.flatMap((p) => [p.text, p.section]);
    for (const date of ['14 SEP', '22 SEP', '3 NOV']) expect(kept).toContain(date);
  });
});

describe("a procurement's timetable set out with spaces", () => {
  it('reads each event beside its date, a time of day with some of them', async () => {
    const doc = await read(
      'forfragningsunderlag.txt',
      [
        'Förfrågningsunderlag för översättning av material om vänorter',
        '',
        '1.3  Tidplan',
        '',
        '  Händelse                                   Datum',
        '  Annonsering                                2027-03-15',
        '  Sista dag för frågor                       2027-04-02',
        '  Sista dag för anbud                        2027-04-14, kl. 23.59',
        '  Planerat tilldelningsbeslut                vecka 18, 2027',
        '  Planerad avtalsstart                       2027-05-17',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('Sista dag för anbud | 2027-04-14, kl. 23.59');
    expect(texts).toContain('Sista dag för frågor | 2027-04-02');
  });
});

describe("a paper's kind and subject over its fields", () => {
  it('takes the subject under the kind in capitals as the title, with the time, place and case number apart', async () => {
    const doc = await read(
      'uppteckning.txt',
      [
        'STOCKHOLMS STAD',
        '',
        'UPPTECKNING',
        'Öppen utfrågning om stadens medlemskap i internationella nätverk',
        'Tid: tisdagen den 9 februari 2027, kl. 13.00–14.35',
        'Plats: Rådssalen, Stadshuset',
        'Dnr KS 2027/0555',
        '',
        'Uppteckningen är gjord från inspelningen och är inte justerad.',
      ].join('\n'),
    );
    expect(doc.cases[0]?.title?.value).toBe(
      'Öppen utfrågning om stadens medlemskap i internationella nätverk',
    );
    expect(doc.passages.map((p) => p.text)).toContain('Plats: Rådssalen, Stadshuset');
  });
});

describe("a body's name over its paper's title in Markdown", () => {
  it('titles the paper by both, the short first heading and the second right under it', async () => {
    const doc = await read(
      'terms-of-reference.md',
      [
        '# Nordic Harbour Cities',
        '## Working Group on Shore Power — Terms of Reference',
        '',
        '### 1. Purpose',
        '',
        '1.1 The Working Group meets at least twice a year.',
      ].join('\n'),
    );
    expect(doc.cases[0]?.title?.value).toBe(
      'Nordic Harbour Cities – Working Group on Shore Power — Terms of Reference',
    );
  });

  it('keeps a long first heading as the title over its first section', async () => {
    const doc = await read(
      'uppfoljning.md',
      [
        '# Uppföljning av revisionens rekommendationer 2026',
        '## Bakgrund',
        '',
        'Revisionen granskade 2026.',
      ].join('\n'),
    );
    expect(doc.cases[0]?.title?.value).toBe('Uppföljning av revisionens rekommendationer 2026');
  });
});

describe("a hearing's transcript made from its recording", () => {
  it('heads each answer with its timed speaker, a name in capitals written as a name', async () => {
    const doc = await read(
      'utfragning.txt',
      [
        'Uppteckning från utfrågningen om nätverken',
        '',
        '[00:02:30] ORDFÖRANDEN (Karin Ek, M):',
        'Och vad kostade medlemskapen förra året?',
        '',
        '[00:02:41] SARA LIND, chef för internationella avdelningen:',
        'Medlemsavgifterna för 2026 var sammanlagt 1,9 miljoner kronor.',
        '',
        '[00:04:05] OLA NILSSON (S):',
        'Vem bestämmer om staden ska gå ur ett nätverk?',
      ].join('\n'),
    );
    const fees = doc.passages.find((p) => p.text.startsWith('Medlemsavgifterna'));
    expect(fees?.section).toBe('[00:02:41] Sara Lind, chef för internationella avdelningen');
    expect(speechOf(fees?.section ?? null)?.speaker).toBe('Sara Lind, chef för internationella avdelningen');
    expect(doc.passages.find((p) => p.text.startsWith('Vem bestämmer'))?.section).toBe(
      '[00:04:05] Ola Nilsson (S)',
    );
  });
});

describe('a list of items with dot leaders and page numbers', () => {
  it('reads each entry as a line of its own, a wrapped entry joined and its case number kept with it', async () => {
    const doc = await read(
      'protokoll-au.txt',
      [
        'Kommunstyrelsens arbetsutskott, protokoll 2027-05-12',
        '',
        'Ärendelista',
        '',
        '§ 41   Medlemskap i nätverket Baltic Ferry Cities ...................... 3',
        '       KS 2027/0407',
        '§ 42   Remiss: Nationell strategi för kommunernas internationella',
        '       samarbete (UD2027/00612) .......................................... 4',
        '§ 43   Anmälan av delegationsbeslut ....................................... 5',
        '',
        '§ 41',
        'Medlemskap i nätverket Baltic Ferry Cities',
        '',
        'Arbetsutskottet föreslår att kommunstyrelsen beslutar att staden går med i nätverket.',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('§ 41 Medlemskap i nätverket Baltic Ferry Cities, KS 2027/0407');
    expect(texts).toContain(
      '§ 42 Remiss: Nationell strategi för kommunernas internationella samarbete (UD2027/00612)',
    );
    expect(texts).toContain('§ 43 Anmälan av delegationsbeslut');
  });
});

describe("minutes' first page of labels and values", () => {
  it('reads each label with its value, the values going on under a label with it, not as headings', async () => {
    const doc = await read(
      'protokoll-forsta-sidan.txt',
      [
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsens arbetsutskott',
        '',
        'Plats och tid              Stadshuset, rum 2, kl. 09.00–10.00',
        '',
        'Beslutande                 Eva Holm (M), ordförande',
        '                           Ali Demir (S)',
        '',
        'Utses att justera          Ali Demir (S)',
        '',
        'Justeringens plats och tid Stadsledningskontoret, 2027-05-14',
        '',
        '§ 12',
        'Medlemskap i nätverket Baltic Ferry Cities',
        '',
        'Arbetsutskottet föreslår att kommunstyrelsen beslutar att staden går med i nätverket.',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('Plats och tid: Stadshuset, rum 2, kl. 09.00–10.00');
    expect(texts).toContain('Beslutande: Eva Holm (M), ordförande Ali Demir (S)');
    expect(texts).toContain('Utses att justera: Ali Demir (S)');
    expect(texts).toContain('Justeringens plats och tid: Stadsledningskontoret, 2027-05-14');
    expect(doc.passages.map((p) => p.section)).not.toContain(
      'Plats och tid Stadshuset, rum 2, kl. 09.00–10.00',
    );
  });
});
