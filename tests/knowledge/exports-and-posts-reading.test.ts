import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { documentReader } from '../support/read-document.js';

/**
 * Layouts that programs export and people save as text: a calendar export, a sheet saved with semicolons, an
 * EU grant agreement's annex copied from its PDF, a company board's minutes, an intranet post with its
 * comments. Each document is fictional and written for the test.
 */
const read = documentReader('utblick-exports-');

const texts = (doc: KnowledgeDocument) => doc.passages.map((p) => p.text);
const passage = (doc: KnowledgeDocument, start: string) => doc.passages.find((p) => p.text.startsWith(start));

describe('a calendar export', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'X-WR-CALNAME:Vänortsenhetens kalender',
    'BEGIN:VEVENT',
    'SUMMARY;LANGUAGE=sv-SE:Vänortsrådet – kvartalsmöte (FLYTTAT)',
    'RECURRENCE-ID;TZID=W. Europe Standard Time:20270506T100000',
    'DTSTART;TZID=W. Europe Standard Time:20270512T140000',
    'DTEND;TZID=W. Europe Standard Time:20270512T153000',
    'LOCATION:Stadshuset\\, Blå salongen',
    'ORGANIZER;CN="Berg Alva (SLK)":mailto:alva.berg@exempel.se',
    'DESCRIPTION:Mötet flyttas eftersom delegationen från Åbo kommer den 6 maj.\\nAnmäl punkter till Alva se',
    ' nast den 5 maj.',
    'STATUS:CONFIRMED',
    'DTSTAMP:20270301T090000Z',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

  it('is read event by event: the title heads its time, place and organiser, folded lines are joined', async () => {
    const doc = await read('kalender.txt', ics);
    const time = passage(doc, 'Tid:');
    expect(time?.text).toBe('Tid: 2027-05-12 14:00–15:30 (i stället för 2027-05-06)');
    expect(time?.section).toBe('Vänortsrådet – kvartalsmöte (FLYTTAT)');
    expect(texts(doc)).toContain('Plats: Stadshuset, Blå salongen');
    expect(texts(doc).some((t) => t.endsWith('Anmäl punkter till Alva senast den 5 maj.'))).toBe(true);
    expect(texts(doc).some((t) => /DTSTAMP|BEGIN:|mailto/.test(t))).toBe(false);
  });
});

describe('a sheet saved with semicolons', () => {
  it('is read row by row under its header, a year in a column name being a name', async () => {
    const doc = await read(
      'avgifter.txt',
      [
        '"Bilaga 1 till tjänsteutlåtande KS 2027/0999 – Vänortsföreningar, bidrag 2027 och förslag 2028";;;',
        ';;;',
        'Förening;Nämnd;Bidrag 2027;Förslag 2028',
        'Vänortsföreningen Åbo;Kulturnämnden;40 000;42 000',
        '"Nordens hus; Tartu";Kommunstyrelsen;25 000;25 000',
        'Summa;;65 000;67 000',
      ].join('\r\n'),
    );
    const row = passage(doc, 'Vänortsföreningen Åbo');
    expect(row?.text).toBe('Vänortsföreningen Åbo | Kulturnämnden | 40 000 | 42 000');
    expect(row?.lead).toBe('Förening | Nämnd | Bidrag 2027 | Förslag 2028');
    expect(texts(doc)).toContain('Nordens hus; Tartu | Kommunstyrelsen | 25 000 | 25 000');
    expect(doc.cases[0]?.title?.value).toBe(
      'Bilaga 1 till tjänsteutlåtande KS 2027/0999 – Vänortsföreningar, bidrag 2027 och förslag 2028',
    );
  });
});

describe('an EU grant agreement’s annex copied from its PDF', () => {
  const annex = [
    'Associated with document Ref. Ares(2027)5550001 - 03/03/2027',
    '',
    'ANNEX 1 (part A)',
    '',
    'Project name: Harbour Heat for Cities',
    'Project acronym: HARBOURHEAT',
    'Project duration: 36 months',
    '',
    'Work package WP2 – Pilots',
    'Duration: M3 – M30          Lead Beneficiary: 2. TURKU',
    '',
    'Objectives',
    'Build two pilots that heat harbour buildings with waste heat from ferries.',
    'Description',
    'The pilot manager at the coordinator is Elsa Rudd, who reports to the steering committee.',
  ].join('\n');

  it('is titled by its project’s name and acronym, not by the registry stamp', async () => {
    const doc = await read('annex.txt', annex);
    expect(doc.cases[0]?.title?.value).toBe('Harbour Heat for Cities (HARBOURHEAT)');
  });

  it('splits two fields set side by side on one line', async () => {
    const doc = await read('annex.txt', annex);
    expect(texts(doc)).toContain('Duration: M3 – M30');
    expect(texts(doc)).toContain('Lead Beneficiary: 2. TURKU');
  });
});

describe('a company board’s minutes', () => {
  const minutes = [
    'HAMNBOLAGET I STOCKHOLM AB',
    'Org.nr 556000-0000',
    '',
    'PROTOKOLL                                   Nr 2/2027',
    'fört vid styrelsesammanträde i Hamnbolaget i Stockholm AB',
    '',
    'Tid: Onsdagen den 10 februari 2027, kl. 14.00–16.00',
    '',
    '§ 5 Kryssningskonferens i Tallinn                           Dnr HAB 2027/007',
    'Verkställande direktören föredrog ärendet om bolagets deltagande i konferensen i Tallinn, som',
    'hålls i maj 2027. Kostnaden beräknas till 90 000 kronor.',
    'Styrelsen beslutade',
    'att bolaget deltar i konferensen.',
    '',
    'Vid protokollet',
    '',
    '',
    'Karin Dahl',
  ].join('\n');

  it('are the company’s: its name is in their title', async () => {
    const doc = await read('styrelse.txt', minutes);
    const titles = doc.cases.map((c) => c.title?.value);
    expect(doc.meta.title).toContain('Hamnbolaget i Stockholm AB');
    expect(titles).toContain('Kryssningskonferens i Tallinn');
  });

  it('say who kept them: the name signed under "Vid protokollet" past the blank lines left for the signature', async () => {
    const doc = await read('styrelse.txt', minutes);
    expect(texts(doc)).toContain('Vid protokollet: Karin Dahl');
  });

  it('read a § whose title stands on its line as the §’s title, and its first line of text as text', async () => {
    const doc = await read('styrelse.txt', minutes);
    expect(
      texts(doc).some((t) =>
        t.startsWith(
          'Verkställande direktören föredrog ärendet om bolagets deltagande i konferensen i Tallinn, som hålls',
        ),
      ),
    ).toBe(true);
  });
});

describe('an intranet post with comments', () => {
  const post = [
    'Stipendium för praktik i Tallinn',
    '',
    'Publicerad 2 februari 2027 av Malin Öst, internationella avdelningen',
    '👍 12   💬 2   Läst 310 gånger',
    '',
    'Nu kan medarbetare söka stipendium för en månads praktik hos Tallinns stad under hösten 2027.',
    '',
    'Vem kan söka?',
    'Du ska vara tillsvidareanställd och ha din chefs godkännande innan du skickar in ansökan.',
    '',
    'Kommentarer (2)',
    '',
    'Olle Sten, kulturförvaltningen · 3 februari 2027 kl. 09:12',
    'Gäller det även timanställda?',
    '    👍 1   Svara',
    '',
    '    Malin Öst, stadsledningskontoret · 3 februari 2027 kl. 10:40',
    '    Nej, timanställda kan inte söka i år eftersom stipendiet kräver en anställning hela hösten.',
    '        Svara',
  ].join('\n');

  it('reads a short question over its answer as that answer’s heading', async () => {
    const doc = await read('inlagg.txt', post);
    expect(passage(doc, 'Du ska vara tillsvidareanställd')?.section).toBe('Vem kan söka?');
  });

  it('heads each comment with its byline and leaves out reactions and buttons', async () => {
    const doc = await read('inlagg.txt', post);
    const reply = passage(doc, 'Nej, timanställda');
    expect(reply?.section).toBe('Malin Öst, stadsledningskontoret · 3 februari 2027 kl. 10:40');
    expect(texts(doc).some((t) => /👍|Svara$|Läst 310/.test(t))).toBe(false);
    expect(passage(doc, 'Nu kan medarbetare')?.section).toBe('Stipendium för praktik i Tallinn');
  });
});
