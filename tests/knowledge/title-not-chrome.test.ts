import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { documentReader } from '../support/read-document.js';

/**
 * Lines that stand where a title stands but name no document: a page count, an agenda's opening item, a
 * street address. Each document is fictional and written for the test.
 */
const read = documentReader('utblick-titles-');

const titleOf = (doc: KnowledgeDocument) => doc.cases[0]?.title?.value ?? null;

describe('a title is the document’s own', () => {
  it('is not "Sidan 1 av 1" over an extract of minutes', async () => {
    const doc = await read(
      'utdrag.txt',
      [
        'Sammanträdesprotokoll',
        'Kultur- och fritidsutskottet',
        'Sammanträdesdatum 2027-02-03',
        'Sidan 1 av 1',
        '§ 7/2027 Dnr 2026/0418 KFU-2',
        'Utbyte med bibliotek i Tartu',
        'I ärendet föreligger tjänsteutlåtande 2027-01-20 från kulturförvaltningen.',
        'Utskottet föreslår att nämnden godkänner programmet för utbytet.',
      ].join('\n\n'),
    );
    expect(titleOf(doc)).toBe('Utbyte med bibliotek i Tartu');
    expect(doc.passages.map((p) => p.text).join('\n')).not.toContain('Sidan 1 av 1');
  });

  it("is not an agenda's opening item, numbered as the meeting platform prints it", async () => {
    const doc = await read(
      'mote.txt',
      [
        'Hoppa över navigering',
        ' •   1',
        '  Val av justerare och tillkännagivande av tid för justering',
        ' • Kulturdepartementet har remitterat en promemoria om bibliotekssamarbete till Stockholms stad för yttrande.',
      ].join('\n\n'),
    );
    expect(titleOf(doc) ?? '').not.toMatch(/justerare/);
  });

  it("is not the organisation's name over a paper, written in ordinary case", async () => {
    const doc = await read(
      'skrivelse-region.txt',
      [
        'Nordlunds läns landsting',
        'Regionrådsberedningen SKRIVELSE',
        'Översyn av riktlinjer för bidrag till vänortsföreningar',
        'Föredragande regionråd: Maja Holm',
        'Kultur och fritid föreslår nya riktlinjer för bidragen till länets vänortsföreningar.',
      ].join('\n\n'),
    );
    expect(titleOf(doc)).toBe('Översyn av riktlinjer för bidrag till vänortsföreningar');
  });

  it('keeps an acronym in capitals before a suspended hyphen of a title in capitals', async () => {
    const doc = await read(
      'riktlinjer-eu.txt',
      [
        'RIKTLINJER FÖR HANTERING AV EU- OCH ANDRA EXTERNA BIDRAG',
        'Riktlinjerna gäller alla förvaltningar som söker bidrag från EU eller andra externa givare.',
      ].join('\n\n'),
    );
    expect(titleOf(doc)).toContain('EU- och');
  });

  it('is not the street address of an office', async () => {
    const doc = await read(
      'office-en.txt',
      [
        'Rue Belliard 45, Brussels',
        'The Nordic Capitals Office represents five city governments before the EU institutions and reports to a board of elected members.',
      ].join('\n\n'),
    );
    expect(titleOf(doc) ?? '').not.toContain('Rue Belliard');
  });

  it('is not a sentence broken off after a comma, nor a paragraph of sentences, nor a row of sums', async () => {
    const decision = await read(
      'beslut-eruf.txt',
      [
        'BESLUT OM STÖD 2027-03-02',
        'Förvaltande myndigheten beslutar att bevilja stöd till projektet Hamnbron med högst 45 procent av de stödberättigande kostnaderna.',
        'Projektägaren ska informera allmänheten om stödet genom att visa unionens flagga på tryckt och digitalt material som tas fram i projektet,',
      ].join('\n\n'),
    );
    expect(titleOf(decision) ?? '').not.toContain('Projektägaren');
    const page = await read(
      'bli-medlem.txt',
      [
        'Gå med i nätverket i dag!',
        'Läs om medlemskapet på den här sidan. Anmälan skickas till Nätverket Hamnstäder Box 12 111 22 Stockholm',
        'Årsavgift',
        'Medlemsavgiften består av en årsavgift som beror på antalet invånare.',
        'Större kommuner med fler invånare 25 000 kr 80 000 kr',
      ].join('\n\n'),
    );
    expect(titleOf(page) ?? '').not.toContain('Läs om medlemskapet');
    expect(titleOf(page) ?? '').not.toContain('80 000 kr');
  });

  it('drops a page marker that a PDF ran into the title line', async () => {
    const doc = await read(
      'protokoll.txt',
      [
        'Riktlinjer för vänortsutbyte Sida 1(4)',
        'Riktlinjerna gäller alla nämnder som tar emot delegationer från stadens vänorter.',
      ].join('\n\n'),
    );
    expect(titleOf(doc)).toBe('Riktlinjer för vänortsutbyte');
  });

  it("is an encyclopedia article's name, capitalised as a person's would be, not the site's tagline", async () => {
    const doc = await read(
      'artikel-natverk-en.txt',
      [
        'Nordic Harbour Towns Network',
        'From Wikiharbour, the open encyclopedia',
        'This article is about the network of towns. For the shipping register, see Nordic Harbour Towns (register).',
        'The Nordic Harbour Towns Network is a network of port towns that share knowledge on quays and ferries.',
      ].join('\n\n'),
    );
    expect(titleOf(doc)).toBe('Nordic Harbour Towns Network');
  });

  it("is not a picture's caption that names a person and their office", async () => {
    const doc = await read(
      'om-oss.txt',
      [
        'Karin Berg, ordförande i Hamnstädernas Europaförening',
        'Om oss',
        'Föreningen samordnar medlemmarnas arbete med EU-frågor och driver ett gemensamt kontor i Bryssel sedan 2011.',
      ].join('\n\n'),
    );
    expect(titleOf(doc) ?? '').not.toContain('Karin Berg');
  });
});
