import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/knowledge/blocks.js';
import { splitFrontMatter } from '../../src/knowledge/front-matter.js';
import { extractMetadata, splitNameList } from '../../src/knowledge/metadata.js';
import { toPassages } from '../../src/knowledge/passages.js';
import { findDates, parseDateInput } from '../../src/text/dates.js';
import { bundledKnowledge } from '../support/knowledge.js';

function metaOf(text: string, markdown = false) {
  const { frontMatter, body } = splitFrontMatter(text);
  const blocks = parseBlocks(body, markdown);
  return extractMetadata(toPassages('doc.txt', blocks), blocks, frontMatter, 'doc.txt');
}

describe('metadata of the seed referral', () => {
  it('extracts title, kind, case number, deadline, sender, addressee, recipients, case officer and signatories', async () => {
    const kb = await bundledKnowledge();
    const seed = kb.snapshot.documents.find((d) => d.id.startsWith('000_'))!;
    const m = seed.meta;
    expect(m.title).toBe('Övergripande mål och riktlinjer för det internationella arbetet');
    expect(m.kind).toBe('referral');
    expect(m.dnr).toBe('006-1137/2007');
    expect(m.deadline?.date).toBe('2008-09-01');
    expect(m.deadline?.sentence).toContain('för yttrande senast den 1 september 2008');
    expect(m.sender?.name).toBe('Kommunstyrelsen');
    expect(m.addressee).toBe('Rinkeby-Kista stadsdelsnämnd');
    expect(m.recipients?.names).toEqual([
      'Stockholm Stadshus AB',
      'Miljö- och hälsoskyddsnämnden',
      'Stadsbyggnadsnämnden',
      'stadsdelsnämnderna på Kungsholmen och Södermalm',
    ]);
    expect(m.caseOfficer).toMatchObject({ name: 'Christina Hermansson', phone: '08-508 01 108' });
    expect(m.signatories).toEqual([
      { name: 'Verner Stadthagen', role: 't.f. stadsdelsdirektör' },
      { name: 'Susanne Tengberg', role: 'verksamhetsområdeschef' },
    ]);
  });
});

describe('reply deadlines written in prose', () => {
  const cases: [string, string][] = [
    [
      'Kommunstyrelsen har remitterat ärendet till nämnden för yttrande senast den 1 september 2008.',
      '2008-09-01',
    ],
    ['Svar ska ha inkommit senast 2008-03-15 till registrator.', '2008-03-15'],
    ['Svarsdatum: 2024-01-18', '2024-01-18'],
    ['Remissen ska besvaras senast den 30 sept. 2025.', '2025-09-30'],
    ['Please reply no later than September 1, 2026.', '2026-09-01'],
    // A referral memo's head: "Remiss från Näringsdepartementet Remisstid den 20 september 2018".
    ['Remiss från Utrikesdepartementet Remisstid den 14 oktober 2027', '2027-10-14'],
    ['Remisstid: 2027-05-30', '2027-05-30'],
  ];
  it.each(cases)('finds the deadline in "%s"', (sentence, date) => {
    expect(metaOf(`Remiss från kommunstyrelsen\n\n${sentence}`).deadline?.date).toBe(date);
  });

  it('reads no deadline from a date without a year, a month alone or a page update line', () => {
    for (const sentence of [
      'Remisstiden går ut den 3 april.',
      'Rapporten lämnas senast den 31 maj.',
      'Utvärderingen ska redovisas senast i juni 2030.',
      'Senast uppdaterad: 3 februari 2027',
    ]) {
      expect(metaOf(`2024-02-10\n\nRemiss från kommunstyrelsen\n\n${sentence}`).deadline).toBeNull();
    }
  });

  it('gives only a referral a deadline', () => {
    expect(metaOf('Tjänsteutlåtande\n\nSvar önskas senast 2027-03-12 till avdelningen.').deadline).toBeNull();
  });

  it('ignores years and budgets that are not deadlines', () => {
    expect(metaOf('Budget för 2008 med inriktning för 2009 och 2010.').deadline).toBeNull();
  });
});

describe('front matter', () => {
  it('overrides what extraction finds and keeps the body', () => {
    const m = metaOf(
      '---\ntitle: Cykelplan\ndnr: KS 2024/12\ndeadline: 2026-10-01\nstatus: replaced\nreplaced_by: Cykelplan 2030\n---\nRemiss från kommunstyrelsen\n\nText.',
      true,
    );
    expect(m).toMatchObject({
      title: 'Cykelplan',
      dnr: 'KS 2024/12',
      status: 'replaced',
      replacedBy: 'Cykelplan 2030',
    });
    expect(m.deadline?.date).toBe('2026-10-01');
  });
});

describe('lists of bodies', () => {
  it('splits on commas and the last "samt" or "och", but not inside "Miljö- och hälsoskyddsnämnden"', () => {
    expect(splitNameList('A-nämnden, Miljö- och hälsoskyddsnämnden samt B och C')).toEqual([
      'A-nämnden',
      'Miljö- och hälsoskyddsnämnden',
      'B och C',
    ]);
    expect(splitNameList('Kulturnämnden, Idrottsnämnden och Miljö- och hälsoskyddsnämnden')).toEqual([
      'Kulturnämnden',
      'Idrottsnämnden',
      'Miljö- och hälsoskyddsnämnden',
    ]);
  });

  it('ends an item at "samt till", and keeps a plural body over several districts as one', () => {
    expect(
      splitNameList('kulturnämnden samt till stadsdelsnämnderna för Kungsholmen, Skarpnäck och Skärholmen'),
    ).toEqual(['kulturnämnden', 'stadsdelsnämnderna för Kungsholmen, Skarpnäck och Skärholmen']);
    expect(splitNameList('Kulturnämnden, Idrottsnämnden och till Trafiknämnden')).toEqual([
      'Kulturnämnden',
      'Idrottsnämnden',
      'Trafiknämnden',
    ]);
  });
});

describe('dates typed in commands', () => {
  it('accepts ISO and Swedish or English prose, and rejects impossible dates', () => {
    expect(parseDateInput('2026-09-01', '2026-01-01')).toBe('2026-09-01');
    expect(parseDateInput('1 september 2026', '2026-01-01')).toBe('2026-09-01');
    expect(parseDateInput('den 1 sep', '2026-01-01')).toBe('2026-09-01');
    expect(parseDateInput('September 1, 2026', '2026-01-01')).toBe('2026-09-01');
    expect(parseDateInput('2026-02-30', '2026-01-01')).toBeNull();
    expect(parseDateInput('snart', '2026-01-01')).toBeNull();
    expect(findDates('budget för 2008', null)).toEqual([]);
  });
});
