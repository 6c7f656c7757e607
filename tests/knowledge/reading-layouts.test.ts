import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { documentReader } from '../support/read-document.js';

/**
 * Layouts read by general rules, each on a small document of its own (fictional text): what a registrar
 * would see in `knowledge show`, and what passages an answer can quote.
 */
const read = documentReader('utblick-layouts-');

const textOf = (doc: KnowledgeDocument) => doc.passages.map((p) => p.text).join('\n');
const summary = (doc: KnowledgeDocument) =>
  doc.cases.map((c) => ({
    item: c.item,
    dnr: c.dnr?.value ?? null,
    title: c.title?.value ?? null,
    referral: c.referral !== null,
    sender: c.sender?.value ?? null,
    deadline: c.deadline?.value ?? null,
  }));

describe('pages of text taken from a PDF', () => {
  it('drops a running title and page numbers at form feeds, keeps the title on the first page and joins the sentence a page break cut', async () => {
    const doc = await read(
      'rapport.txt',
      [
        'Rapport om stadens medlemskap i nätverk',
        '',
        'Inledning',
        'Staden är medlem i ett fyrtiotal nätverk. Rapporten beskriver vilka som ger nytta och vilka som bör',
        '',
        '2',
        '\fRapport om stadens medlemskap i nätverk',
        '',
        'sägas upp under nästa år.',
        '',
        '3',
        '\fRapport om stadens medlemskap i nätverk',
        '',
        'Slutsatser',
        'Staden bör behålla de nätverk som ger tydlig nytta.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Rapport om stadens medlemskap i nätverk');
    expect(textOf(doc)).toContain('vilka som bör sägas upp under nästa år.');
    expect(textOf(doc).match(/Rapport om stadens medlemskap/g)).toHaveLength(1);
    expect(doc.passages.map((p) => p.text)).not.toContain('2');
  });

  it('reads a title wrapped over two lines and an addressee split by a narrow column', async () => {
    const doc = await read(
      'tu.txt',
      [
        'Hägersten-Liljeholmens stadsdelsförvaltning     Tjänsteutlåtande',
        'Avdelningen för stadsmiljö                     Dnr HL 2027/0077',
        '                                               Sida 1 (2)',
        '',
        'Handläggare                                    Till',
        'Nora Blom                                      Hägersten-Liljeholmens',
        'Telefon: 08-508 20 000                         stadsdelsnämnd',
        '',
        'Gemensam plan för trygghet och belysning i parker och på',
        'allmänna platser i Liljeholmen',
        'Svar på remiss från trafiknämnden, dnr T2027-00101',
        '',
        'Trafiknämnden har remitterat planen till stadsdelsnämnden för yttrande senast den 20 maj 2027.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe(
      'Gemensam plan för trygghet och belysning i parker och på allmänna platser i Liljeholmen',
    );
    expect(summary(doc)).toEqual([
      {
        item: null,
        dnr: 'HL 2027/0077',
        title: doc.meta.title,
        referral: true,
        sender: 'Trafiknämnden',
        deadline: '2027-05-20',
      },
    ]);
    expect(doc.cases[0]!.caseOfficer?.value).toEqual({ name: 'Nora Blom', phone: '08-508 20 000' });
  });

  it('keeps the hyphen of an abbreviation at a line end, and takes out soft hyphens', async () => {
    const doc = await read(
      'eu.txt',
      'Staden söker partner för ett projekt som finansieras av EU-\nkommissionen. Projektet ska stärka sam\u00ADarbetet mellan hamn-\nstäder.\n',
    );
    expect(textOf(doc)).toBe(
      'Staden söker partner för ett projekt som finansieras av EU-kommissionen. Projektet ska stärka samarbetet mellan hamnstäder.',
    );
  });
});

describe('page furniture written into the text', () => {
  it('drops a running footer that ends in its page marker, a page number set far right and a rule line', async () => {
    const doc = await read(
      'plan.md',
      [
        '# Handlingsplan för stadens Östersjösamarbete 2027',
        '',
        'Stockholms stad · Kulturförvaltningen · Handlingsplan · Dnr 2027-00412 · Sida 1 (2)',
        '',
        'Förvaltningen samordnar stadens arbete i nätverket och rapporterar till nämnden varje halvår.',
        '                                                                   1',
        '',
        '--------------------------------------------------------------------',
        '',
        'Stockholms stad · Kulturförvaltningen · Handlingsplan · Dnr 2027-00412 · Sida 2 (2)',
        '',
        'Planen följs upp i verksamhetsberättelsen.',
      ].join('\n'),
    );
    expect(doc.passages.map((p) => p.text)).toEqual([
      'Förvaltningen samordnar stadens arbete i nätverket och rapporterar till nämnden varje halvår.',
      'Planen följs upp i verksamhetsberättelsen.',
    ]);
  });
});

describe("a PDF's transcript with each page run together", () => {
  it("drops the sharing site's controls, takes off the pages' numbers and sets the run-in headings apart", async () => {
    const doc = await read(
      'pm-transkript.txt',
      [
        'Kommunala partnerskap för klimatanpassning (Ds 2027:9) Remiss från Utrikesdepartementet',
        '',
        'Storlek: px',
        'Starta visningen från sidan:',
        '',
        'Download "Kommunala partnerskap för klimatanpassning (Ds 2027:9) Remiss från Utrikesdepartementet"',
        '',
        'Transkript',
        '',
        '1 PM 2027:58 RIX (Dnr /2027) Kommunala partnerskap för klimatanpassning (Ds 2027:9) Remiss från Utrikesdepartementet Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande. Föredragande borgarrådet Petra Lindqvist anför följande. Ärendet Utrikesdepartementet har remitterat promemorian till staden. Remissvaret ska ha kommit in senast den 14 juni 2027.',
        '',
        '2 Beredning Ärendet har remitterats till stadsledningskontoret och miljö- och hälsoskyddsnämnden. Stadsledningskontoret tillstyrker förslaget. Mina synpunkter Jag delar stadsledningskontorets bedömning. Bilaga Reservation m.m. Kommunala partnerskap för klimatanpassning (Ds 2027:9) Reservation anförs av Anna Berg m.fl. (S) enligt följande.',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts.some((t) => /Storlek|Starta visningen|Download|Transkript/.test(t))).toBe(false);
    expect(texts.some((t) => /^\d /.test(t))).toBe(false);
    const under = (heading: string) => doc.passages.filter((p) => p.section === heading).map((p) => p.text);
    expect(under('Ärendet')).toEqual([
      'Utrikesdepartementet har remitterat promemorian till staden. Remissvaret ska ha kommit in senast den 14 juni 2027.',
    ]);
    expect(under('Beredning')).toEqual([
      'Ärendet har remitterats till stadsledningskontoret och miljö- och hälsoskyddsnämnden. Stadsledningskontoret tillstyrker förslaget.',
    ]);
    expect(under('Mina synpunkter')).toEqual(['Jag delar stadsledningskontorets bedömning.']);
    // The reservation's set opening starts a passage of its own, not the title line run on before it.
    expect(under('Bilaga Reservation m.m.')).toEqual([
      'Kommunala partnerskap för klimatanpassning (Ds 2027:9)',
      'Reservation anförs av Anna Berg m.fl. (S) enligt följande.',
    ]);
    // So does the proposal after the report's head.
    expect(
      texts.some((t) =>
        t.startsWith('Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.'),
      ),
    ).toBe(true);
    expect(doc.cases[0]!.deadline?.value).toBe('2027-06-14');
  });

  it('starts a passage at the proposal of an older report, worded without "att"', async () => {
    const doc = await read(
      'utlatande-aldre.txt',
      [
        'Ett nätverk för Östersjöns huvudstäder',
        '',
        '1 Utlåtande 2005:88 RI (Dnr /2005) Ett nätverk för Östersjöns huvudstäder Kommunstyrelsen föreslår kommunfullmäktige besluta följande. Staden ansluter sig till nätverket Baltic Capitals Forum. Föredragande borgarrådet Eva Holm anför följande. Bakgrund Nätverket bildades 2003 av huvudstäderna runt Östersjön.',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts[0]).toBe('Utlåtande 2005:88 RI (Dnr /2005) Ett nätverk för Östersjöns huvudstäder');
    expect(texts[1]!.startsWith('Kommunstyrelsen föreslår kommunfullmäktige besluta följande.')).toBe(true);
  });

  it('reads a page-long paragraph in pieces of whole sentences', async () => {
    const sentences = [
      'Lena Ström (L) föreslår i en motion att staden ansöker om medlemskap i nätverket Baltic Harbour Cities.',
      'Nätverket samlar tolv hamnstäder runt Östersjön och driver gemensamma projekt om hållbara hamnar.',
      'Motionären anför att nätverket ger staden tillgång till EU-finansierade projekt och till erfarenheter från andra hamnstäder.',
      'Ärendet har remitterats till stadsledningskontoret, exploateringsnämnden och trafiknämnden.',
      'Stadsledningskontoret anser att ett medlemskap bör prövas inom ramen för stadens riktlinjer för internationella medlemskap.',
      'Årsavgiften är 6 000 euro.',
      'Exploateringsnämnden tillstyrker motionen, medan trafiknämnden avstyrker den och anser att staden redan deltar i tillräckligt många nätverk.',
      'Ett medlemskap ska följas upp efter två år.',
    ];
    const doc = await read('transkript.txt', ['Baltic Harbour Cities', '', sentences.join(' ')].join('\n'));
    const pieces = doc.passages.map((p) => p.text).filter((t) => t !== 'Baltic Harbour Cities');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((t) => t.length <= 450)).toBe(true);
    // Nothing lost, nothing cut inside a sentence.
    expect(pieces.join(' ')).toBe(sentences.join(' '));
  });
});

describe('web pages', () => {
  it('drops skip links, link labels, and an update line written above its date, keeping the date aside', async () => {
    const doc = await read(
      'nyhet.txt',
      [
        'Hoppa till huvudinnehållet',
        '',
        'Din position: Hem > Nyheter > Internationellt',
        '',
        'Staden söker partner till ett projekt om klimat',
        '',
        'Stockholms stad söker partner i andra huvudstäder för ett projekt om klimatanpassade hamnar.',
        '',
        'Läs dokument (PDF)',
        '',
        'Uppdaterad',
        '3 februari 2027',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Staden söker partner till ett projekt om klimat');
    expect(textOf(doc)).not.toMatch(/Hoppa till|Din position|Läs dokument|Uppdaterad|3 februari 2027/);
    expect(doc.meta.updated).toEqual({ date: '2027-02-03', line: 'Uppdaterad 3 februari 2027' });
  });
});

describe('a decision set out as a form', () => {
  it('keeps each label of a two-column head with its value, and drops the page number at the end of a line', async () => {
    const doc = await read(
      'delegationsbeslut.txt',
      [
        'Kulturförvaltningen',
        '',
        'DELEGATIONSBESLUT                                   Sida 1 (2)',
        '',
        'Datum              2027-03-04',
        'Dnr                KUF 2027/0301',
        'Beslutsfattare     Eva Lind, kulturdirektör',
        'Handläggare        Omar Said, 08-508 00 000',
        '',
        'Ärende',
        'Deltagande i ett utbyte med Rigas kulturskolor',
        '',
        'Beslut',
        'Kulturförvaltningen deltar i utbytet under hösten 2027.',
      ].join('\n'),
    );
    const text = textOf(doc);
    expect(text).toContain('Beslutsfattare: Eva Lind, kulturdirektör');
    expect(text).not.toContain('Sida 1');
    expect(doc.cases[0]!.dnr?.value).toBe('KUF 2027/0301');
    expect(doc.meta.title).toBe('Deltagande i ett utbyte med Rigas kulturskolor');
  });

  it('does not pair the short lines of a letterhead set side by side', async () => {
    const doc = await read(
      'brev.txt',
      [
        'Stadsledningskontoret          Till kommunstyrelsen',
        'Internationella avdelningen    Stadshuset',
        '',
        'Inbjudan till nätverksmöte i Riga',
        '',
        'Staden är inbjuden till nätverkets möte i Riga i maj 2027.',
      ].join('\n'),
    );
    expect(textOf(doc)).not.toContain('Stadsledningskontoret: Till kommunstyrelsen');
  });
});

describe('a filled-in form printed from a PDF', () => {
  const form = [
    'STOCKHOLMS STAD                                        Blankett ABC 1 (2026)',
    'Kulturförvaltningen                                    Sida 1 (2)',
    '',
    'ANSÖKAN OM BIDRAG',
    'Bidrag till utbyten med vänorter 2027',
    '',
    '1. SÖKANDE',
    'Organisationens namn *                   Organisationsnummer *',
    'Föreningen Nordisk Kör                   802400-1122',
    'Projektets namn *',
    'Körresa till Tartu',
    '',
    '2. KONTAKTPERSON',
    'Namn *                                   Telefon *',
    'Lisa Ek                                  070-111 22 33',
    '',
    '3. BUDGET',
    'Kostnader                                Belopp',
    'Resor                                    40 000',
    'Logi                                     30 000',
    'Summa                                    70 000',
    '',
    'Vi redovisar hur bidraget har använts senast två månader efter resan, enligt villkoren för bidraget.',
    'Ort och datum                            Firmatecknare',
    'Stockholm 2027-02-01                     Per Holm, ordförande',
    '                                         Eva Ros, kassör',
    '',
    'FYLLS I AV FÖRVALTNINGEN',
    'Ansökan inkom                            Diarienummer',
    '2027-02-02                               KUF 2027/0050',
    'Handläggare',
    'Maja Berg, kulturstrategiska avdelningen',
  ].join('\n');

  it('pairs each label with the value under it, keeps a sentence whole and reads a table under its caption', async () => {
    const text = textOf(await read('ansokan.txt', form));
    expect(text).toContain('Organisationsnummer: 802400-1122');
    expect(text).toContain('Projektets namn: Körresa till Tartu');
    expect(text).toContain('Telefon: 070-111 22 33');
    expect(text).toContain('Logi | 30 000');
    expect(text).toContain('senast två månader efter resan, enligt villkoren för bidraget.');
    expect(text).toContain('Firmatecknare: Per Holm, ordförande; Eva Ros, kassör');
  });

  it("takes the office's number and case officer from its box, and the kind and subject as the title", async () => {
    const doc = await read('ansokan2.txt', form);
    expect(doc.meta.title).toBe('Ansökan om bidrag: Bidrag till utbyten med vänorter 2027');
    expect(doc.cases[0]!.dnr?.value).toBe('KUF 2027/0050');
    expect(doc.meta.caseOfficer?.name).toBe('Maja Berg');
  });

  it('reads the text wrapped under a numbered point as one paragraph, not as caption lines', async () => {
    const doc = await read(
      'minutes-points.txt',
      [
        'Minutes of the Board meeting 2027',
        '',
        '4. Election of the Board',
        'The following were elected to the Board for two years: Eva Berg, Malmö (chair), Anna',
        'Lind, Stockholm (vice-chair), and Jon Ek, Oslo. The meeting thanked the outgoing',
        'members for their work.',
      ].join('\n'),
    );
    expect(textOf(doc)).toContain('Anna Lind, Stockholm (vice-chair), and Jon Ek, Oslo.');
  });

  it("reads a numbered point's title as the heading of its text, not as a list item of its own", async () => {
    const doc = await read(
      'minutes-headed.txt',
      [
        'Minutes of the Network Meeting 2027',
        '',
        '7. Membership fees from 2028',
        'The Board proposed raising the annual fee from EUR 3 000 to EUR 3 300.',
        'Decision: The meeting adopted the proposal.',
        '',
        '8. Next meeting',
        'The next meeting will be held in Tallinn in March 2028.',
      ].join('\n'),
    );
    const fee = doc.passages.find((p) => p.text.includes('EUR 3 300'));
    expect(fee?.section).toBe('7. Membership fees from 2028');
    expect(doc.passages.some((p) => p.kind === 'list_item' && p.text === 'Next meeting')).toBe(false);
  });

  it('keeps labels with their colons beside their values', async () => {
    const doc = await read(
      'minutes.txt',
      [
        'BALTIC HARBOUR CITIES (BHC)',
        'Minutes of the Annual Meeting 2027',
        '',
        'Date:      Tuesday 9 March 2027',
        'Place:     Gdynia City Hall',
        'Received by the City of Stockholm 2027-03-12, dnr KS 2027/0400',
        '',
        '1. Opening',
        'The chair opened the meeting.',
      ].join('\n'),
    );
    expect(textOf(doc)).toContain('Place: Gdynia City Hall');
    expect(doc.meta.title).toBe('Minutes of the Annual Meeting 2027, Baltic Harbour Cities (BHC)');
  });
});

describe('a project plan printed from a PDF', () => {
  it('reads a time plan and a risk table under their captions row by row, and each field of the organisation apart', async () => {
    const text = textOf(
      await read(
        'projektplan.txt',
        [
          'Projektplan för ett nätverksmöte',
          '',
          '4 Projektorganisation',
          'Projektägare: Eva Lind, kulturdirektör',
          'Styrgrupp: Eva Lind (ordförande), Omar Said (avdelningschef, kulturstrategiska',
          'avdelningen)',
          'Projektledare: Maja Berg, kulturstrategiska avdelningen',
          'Styrgruppen träffas en gång i månaden.',
          '',
          '5 Tidplan',
          'Aktivitet                            Start         Klart         Ansvarig',
          'Lokal bokad                          2027-01-10    2027-02-28    Maja Berg',
          'Inbjudan skickas                     2027-03-01    2027-03-15    Omar Said',
          'Mötet genomförs                      2027-09-22    2027-09-24    Maja Berg',
          '',
          '6 Budget',
          '| Post        | Kronor  |',
          '|-------------|---------|',
          '| Lokalhyra   | 310 000 |',
          '| Tolkning    | 95 000  |',
        ].join('\n'),
      ),
    );
    expect(text).toContain('Inbjudan skickas | 2027-03-01 | 2027-03-15 | Omar Said');
    expect(text).toContain('Tolkning | 95 000');
    expect(text).toContain(
      'Styrgrupp: Eva Lind (ordförande), Omar Said (avdelningschef, kulturstrategiska avdelningen)',
    );
    expect(text).not.toContain('avdelningen) Projektledare');
  });
});

describe('an agreement in two languages', () => {
  it('takes its title in capitals and reads signatures side by side with titles in two languages', async () => {
    const doc = await read(
      'avtal.txt',
      [
        'Dnr KS 2027/0001',
        '',
        'SAMARBETSAVTAL MELLAN STOCKHOLMS STAD OCH BERGENS KOMMUN',
        'COOPERATION AGREEMENT BETWEEN THE CITY OF STOCKHOLM AND BERGEN MUNICIPALITY',
        '',
        'Artikel 1 – Syfte / Article 1 – Purpose',
        'Parterna samarbetar om kultur. The parties cooperate on culture.',
        '',
        'För Stockholms stad                     For Bergen Municipality',
        '',
        'Anna Lund                               Ola Dahl',
        'Finansborgarråd / Mayor of Finance      Mayor of Bergen',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Samarbetsavtal mellan Stockholms Stad och Bergens Kommun');
    expect(doc.meta.signatories.map((s) => s.name)).toEqual(['Anna Lund', 'Ola Dahl']);
  });
});

describe('tables in Markdown', () => {
  it('reads a table row by row, as a web page table is read, without the rule under its header', async () => {
    const doc = await read(
      'handlingsplan.md',
      [
        '# Handlingsplan för vänortsutbyten 2027',
        '',
        'Planen har tre åtgärder.',
        '',
        '| Nr | Åtgärd | Ansvarig | Klart |',
        '|---|---|:-:|---|',
        '| 1 | Ta fram **riktlinjer** för utbyten | Stadsledningskontoret | 2027-06-30 |',
        '| 2 | Följa upp utbytena | Kulturförvaltningen | 2027-12-31 |',
        '',
        'Planen följs upp i årsredovisningen.',
      ].join('\n'),
    );
    expect(doc.passages.map((p) => p.text)).toEqual([
      'Planen har tre åtgärder.',
      'Nr | Åtgärd | Ansvarig | Klart',
      '1 | Ta fram riktlinjer för utbyten | Stadsledningskontoret | 2027-06-30',
      '2 | Följa upp utbytena | Kulturförvaltningen | 2027-12-31',
      'Planen följs upp i årsredovisningen.',
    ]);
  });
});

describe('tables on web pages', () => {
  it('keeps the rows of a table of short cells, which are no trail of links', async () => {
    const doc = await read(
      'program.html',
      [
        '<html><body><h1>Program för nätverkets årsmöte</h1><p>Årsmötet hålls i Stockholm.</p>',
        '<table><tr><th>Dag</th><th>Tid</th><th>Punkt</th></tr>',
        '<tr><td>Onsdag</td><td>09.30</td><td>Öppning</td></tr>',
        '<tr><td>Torsdag</td><td>16.00</td><td>Avslutning</td></tr></table>',
        '<p>Välkomna!</p></body></html>',
      ].join('\n'),
    );
    expect(doc.passages.map((p) => p.text)).toEqual([
      'Årsmötet hålls i Stockholm.',
      'Dag | Tid | Punkt',
      'Onsdag | 09.30 | Öppning',
      'Torsdag | 16.00 | Avslutning',
      'Välkomna!',
    ]);
  });
});

describe('agendas and minutes', () => {
  it('reads an agenda that leaves out an item number, with a decision list inside an item', async () => {
    const doc = await read(
      'dagordning.txt',
      [
        'Stadsbyggnadsnämnden',
        'Föredragningslista',
        'Sammanträde 2027-06-10',
        '',
        '1. Val av justerare',
        '',
        '2. Anmälan av protokoll',
        '',
        '3. Detaljplan för kvarteret Tändstickan',
        'Dnr SB 2027/0311',
        '',
        '5. Svar på remiss från kommunstyrelsen om ny arkitekturpolicy',
        'Dnr SB 2027/0402',
        'Kommunstyrelsen har remitterat förslaget till nämnden för yttrande senast den 30 juni 2027.',
        'Förslag till beslut',
        '1. Nämnden godkänner förvaltningens tjänsteutlåtande.',
        '2. Paragrafen justeras omedelbart.',
        '',
        '6. Övriga frågor',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Stadsbyggnadsnämnden, föredragningslista 2027-06-10');
    expect(summary(doc).map((c) => [c.item, c.title, c.deadline])).toEqual([
      ['1', 'Val av justerare', null],
      ['2', 'Anmälan av protokoll', null],
      ['3', 'Detaljplan för kvarteret Tändstickan', null],
      ['5', 'Svar på remiss från kommunstyrelsen om ny arkitekturpolicy', '2027-06-30'],
      ['6', 'Övriga frågor', null],
    ]);
    // The caption over the decision list is not glued to the sentence above it.
    expect(doc.passages.map((p) => p.text)).toContain('Förslag till beslut');
  });

  it('gives each item of an agenda under nested headings its own passages, from its case number to the next item, and keeps an item with nothing under it', async () => {
    const doc = await read(
      'kallelse.md',
      [
        '# Kulturnämnden – kallelse och föredragningslista 2027-05-04',
        '',
        '## Kallelse till sammanträde med kulturnämnden',
        '',
        'Tid | Tisdagen den 4 maj 2027 kl. 17.30',
        'Plats | Kulturförvaltningen, Kungsgatan 12, sammanträdesrum Ljusgården',
        '',
        '## Föredragningslista',
        '',
        '### 1. Justering',
        '',
        'Nämnden utser Lina Berg (S) att justera protokollet.',
        '',
        '### 2. Svar på remiss om en strategi för internationella kulturutbyten',
        '',
        'Dnr KUN 2027/0140',
        '',
        'Förvaltningen föreslår att nämnden tillstyrker strategin.',
        '',
        '### 3. Bidrag till ett gästspel från Riga',
        '',
        'Dnr KUN 2027/0152',
        '',
        'Nämnden beviljar 90 000 kronor till gästspelet.',
        '',
        '### 4. Övriga frågor',
      ].join('\n'),
    );
    const texts = (item: string) => {
      const c = doc.cases.find((x) => x.item === item)!;
      return doc.passages.slice(c.passages.from, c.passages.to).map((p) => p.text);
    };
    expect(doc.cases.map((c) => [c.item, c.dnr?.value ?? null])).toEqual([
      ['1', null],
      ['2', 'KUN 2027/0140'],
      ['3', 'KUN 2027/0152'],
      ['4', null],
    ]);
    expect(texts('2')).toEqual([
      'Dnr KUN 2027/0140',
      'Förvaltningen föreslår att nämnden tillstyrker strategin.',
    ]);
    expect(texts('3')).toEqual(['Dnr KUN 2027/0152', 'Nämnden beviljar 90 000 kronor till gästspelet.']);
    // An item with nothing under it is still text a reader sees on the agenda.
    expect(texts('4')).toEqual(['4. Övriga frågor']);
  });

  it("reads a meeting's web page: titled by its date, items numbered without a full stop and broken by <br>, each with its case number", async () => {
    const doc = await read(
      'sammantrade-webb.txt',
      [
        'Din position: Hem > Stockholms stad > Norrmalms stadsdelsnämnd > Sammanträde 2027-04-15',
        '',
        'Sammanträde 2027-04-15',
        '',
        'Datum',
        'Klockan',
        '18:00',
        'Plats',
        'Norrmalms stadsdelsförvaltning, Fleminggatan 4',
        '',
        '1 Val av protokollsjusterare',
        '',
        'Tid för protokollsjustering',
        '',
        '2 Svar på remiss från kommunstyrelsen om riktlinjer för stadens internationella nätverk',
        '',
        'Dnr 2027-118-1.5.1',
        '',
        'Beskrivning av ärendet',
        'Kommunstyrelsen har remitterat förslaget till stadsdelsnämnderna. Svaret ska vara stadsledningskontoret tillhanda senast den 5 maj 2027.',
        '',
        '3 Ansökan om bidrag till ungdomsutbyte med Tallinn<br>Ansökan från en förening',
        '',
        'Dnr 2027-131-1.2',
        '',
        'Förvaltningens förslag till beslut',
        '- Nämnden beviljar 45 000 kronor till föreningen för ett ungdomsutbyte med Tallinn.',
      ].join('\n'),
    );
    // The body is named only in the breadcrumb trail, which is chrome.
    expect(doc.meta.title).toBe('Norrmalms stadsdelsnämnd, sammanträde 2027-04-15');
    expect(summary(doc).map((c) => [c.item, c.dnr, c.title, c.deadline])).toEqual([
      ['1', null, 'Val av protokollsjusterare', null],
      [
        '2',
        '2027-118-1.5.1',
        'Svar på remiss från kommunstyrelsen om riktlinjer för stadens internationella nätverk',
        '2027-05-05',
      ],
      ['3', '2027-131-1.2', 'Ansökan om bidrag till ungdomsutbyte med Tallinn', null],
    ]);
    // The case number stands over the item's text as a line of its own, not as the heading of its section.
    expect(doc.passages.map((p) => p.text)).toContain('Dnr 2027-118-1.5.1');
  });

  it("reads a meeting's page that sets each item as a dash, its number and its title on lines of their own", async () => {
    const doc = await read(
      'mote.txt',
      [
        'Möte 2027-05-26',
        '-',
        '1',
        'Val av justerare och tillkännagivande av tid för justering',
        '-',
        '4',
        'Stadens medlemskap i nätverket Nordic Port Cities',
        'Stadsledningskontoret föreslår att staden avslutar medlemskapet från och med den 1 januari 2028.',
        'Kommunstyrelsen föreslås ge stadsledningskontoret i uppdrag att meddela nätverket senast den 30 juni 2027.',
        '-',
        '7',
        'Svar på remiss av Utrikesdepartementets promemoria om kommunernas internationella samarbete',
        'Utrikesdepartementet har remitterat promemorian till staden. Svar ska ha kommit in senast den 20 augusti 2027.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Möte 2027-05-26');
    expect(summary(doc).map((c) => [c.item, c.title, c.referral, c.deadline])).toEqual([
      ['1', 'Val av justerare och tillkännagivande av tid för justering', false, null],
      ['4', 'Stadens medlemskap i nätverket Nordic Port Cities', false, null],
      [
        '7',
        'Svar på remiss av Utrikesdepartementets promemoria om kommunernas internationella samarbete',
        true,
        '2027-08-20',
      ],
    ]);
    // Each item's text is read under its own caption.
    const remiss = doc.passages.find((p) => p.text.startsWith('Utrikesdepartementet har remitterat'))!;
    expect(remiss.section).toBe(
      '7 Svar på remiss av Utrikesdepartementets promemoria om kommunernas internationella samarbete',
    );
  });

  it('reads minutes written without blank lines, titled by the meeting they record', async () => {
    const doc = await read(
      'protokoll.txt',
      [
        'Protokoll fört vid sammanträde med idrottsnämnden den 3 mars 2027',
        '',
        '§ 1',
        'Val av justerare',
        'Nämnden utser Lisa Ek att justera protokollet.',
        '',
        '§ 2',
        'Svar på remiss från kommunstyrelsen om badstrategi',
        'Dnr ID 2027/0100',
        'Kommunstyrelsen har remitterat strategin till nämnden. Remissvaren ska ha kommit in till kommunstyrelsen den 12 april 2027.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Idrottsnämnden, protokoll 2027-03-03');
    expect(summary(doc)).toEqual([
      { item: '§ 1', dnr: null, title: 'Val av justerare', referral: false, sender: null, deadline: null },
      {
        item: '§ 2',
        dnr: 'ID 2027/0100',
        title: 'Svar på remiss från kommunstyrelsen om badstrategi',
        referral: true,
        sender: 'Kommunstyrelsen',
        deadline: '2027-04-12',
      },
    ]);
  });
});

describe('an extract of minutes', () => {
  it('reads the § listed in its head and the § itself as one case, which holds the head', async () => {
    const doc = await read(
      'utdrag.txt',
      [
        'STOCKHOLMS STAD',
        'Kulturnämnden',
        'PROTOKOLLSUTDRAG',
        'Sammanträdesdatum 2027-04-20',
        '',
        'Justerare',
        'Lina Berg (S) och Amir Haddad (M)',
        '',
        'Paragrafer',
        '§ 9',
        '',
        '§ 9',
        'Gästspel från Riga hösten 2027',
        'Dnr KUN 2027/0152',
        '',
        'Kulturnämnden beviljar 90 000 kronor till gästspelet.',
      ].join('\n'),
    );
    expect(doc.cases.map((c) => [c.item, c.dnr?.value ?? null])).toEqual([['§ 9', 'KUN 2027/0152']]);
    const only = doc.cases[0]!;
    const texts = doc.passages.slice(only.passages.from, only.passages.to).map((p) => p.text);
    expect(texts).toContain('Justerare: Lina Berg (S) och Amir Haddad (M)');
    expect(texts).toContain('Kulturnämnden beviljar 90 000 kronor till gästspelet.');
  });
});

describe('an extract of minutes laid out as its PDF', () => {
  it('drops a later page header whose page number stands in a column, and pairs the notice labels with their values', async () => {
    const doc = await read(
      'utdrag-layout.txt',
      [
        'STOCKHOLMS STAD                    PROTOKOLLSUTDRAG          Sida 1 (2)',
        'Kulturnämnden                      Sammanträdesdatum 2027-04-20',
        '',
        '§ 9',
        'Gästspel från Riga hösten 2027',
        'Dnr KUN 2027/0152',
        '',
        'Kulturnämnden beviljar 90 000 kronor till gästspelet.',
        '',
        'STOCKHOLMS STAD                    PROTOKOLLSUTDRAG          Sida 2 (2)',
        'Kulturnämnden                      Sammanträdesdatum 2027-04-20',
        '',
        'Reservation',
        'Amir Haddad (M) reserverar sig mot beslutet.',
        '',
        'ANSLAG / BEVIS',
        'Organ                            Kulturnämnden',
        'Sammanträdesdatum                2027-04-20',
        'Datum då anslaget sätts upp      2027-04-27',
        'Förvaringsplats för protokollet  Kulturförvaltningen, Kungsgatan 12',
        '',
        'Justerarsignaturer          Utdragsbestyrkande',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts.filter((t) => t.includes('Sida'))).toEqual([]);
    expect(texts.filter((t) => t.includes('PROTOKOLLSUTDRAG'))).toHaveLength(1);
    expect(texts).toContain('Förvaringsplats för protokollet: Kulturförvaltningen, Kungsgatan 12');
    expect(texts).toContain('Datum då anslaget sätts upp: 2027-04-27');
    expect(texts.some((t) => t.includes('Justerarsignaturer'))).toBe(false);
  });
});

describe('minutes numbered by the year', () => {
  it('reads "PROTOKOLL 2/2027" of a committee named with an adjective as minutes, one case per §', async () => {
    const doc = await read(
      'beredning.txt',
      [
        'Stockholms stad',
        'Kommunstyrelsens internationella beredning',
        '',
        'PROTOKOLL 2/2027',
        'Sida 1 (3)',
        '',
        'Sammanträdesdag: tisdagen den 9 mars 2027',
        '',
        '§ 1 Val av justerare',
        'Beredningen utser Anna Berg (L) att justera dagens protokoll.',
        '',
        '§ 2 Studieresa till Lyon',
        'Dnr KS 2027/88',
        'Beredningen godkänner att två ledamöter deltar i studieresan.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Kommunstyrelsens internationella beredning, protokoll 2027-03-09');
    expect(summary(doc).map((c) => [c.item, c.dnr, c.title])).toEqual([
      ['§ 1', null, 'Val av justerare'],
      ['§ 2', 'KS 2027/88', 'Studieresa till Lyon'],
    ]);
  });
});

describe('letters and memoranda', () => {
  it("titles a ministry's referral by its subject, not by a body on its list of consultees, and reads who answers questions", async () => {
    const doc = await read(
      'ud-remiss.txt',
      [
        'Regeringskansliet',
        '',
        'Remiss',
        '',
        '2027-03-08',
        'UD2027/02214',
        '',
        'Utrikesdepartementet',
        '',
        'Remissinstanser',
        '',
        'Göteborgs kommun',
        'Stockholms kommun',
        'Sveriges Kommuner och Regioner',
        '',
        'Promemorian Sveriges deltagande i Östersjöstaternas råd efter 2028',
        '',
        'Remissvaren ska ha kommit in till Utrikesdepartementet senast den 12 juni 2027.',
        '',
        'Frågor om remissen kan ställas till ämnesrådet Karin Öhman, 08-405 10 00, karin.ohman@regeringskansliet.example.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Promemorian Sveriges deltagande i Östersjöstaternas råd efter 2028');
    expect(doc.meta.deadline?.date).toBe('2027-06-12');
    expect(doc.meta.caseOfficer).toMatchObject({ name: 'Karin Öhman', phone: '08-405 10 00' });
  });

  it('titles a memo by its subject heading, not by "# MEMO", and reads an English case number label', async () => {
    const doc = await read(
      'memo.md',
      [
        '# MEMO',
        '',
        '**City of Stockholm – Culture Administration**',
        '**To:** Head of Culture',
        '**Date:** 3 March 2027',
        '**Case no.:** KN 2027:0140',
        '',
        '## Exchange of museum staff with Riga, autumn 2027',
        '',
        'The Culture Committee asked for a plan for a staff exchange with the museums of Riga.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Exchange of museum staff with Riga, autumn 2027');
    expect(doc.cases[0]!.dnr?.value).toBe('KN 2027:0140');
  });

  it('keeps the case a reply answers as part of its title line', async () => {
    const doc = await read(
      'svar.txt',
      [
        'Norrmalms stadsdelsförvaltning',
        '',
        'Tjänsteutlåtande',
        'Dnr 1.5.1-212-2027',
        '2027-03-02',
        '',
        'Svar på remiss av förslag till riktlinjer för vänortssamarbete (KS 2027/51)',
        '',
        'Förvaltningens förslag till beslut',
        'Stadsdelsnämnden godkänner tjänsteutlåtandet som svar på remissen.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe(
      'Svar på remiss av förslag till riktlinjer för vänortssamarbete (KS 2027/51)',
    );
    expect(doc.cases[0]!.dnr?.value).toBe('1.5.1-212-2027');
  });

  it('reads a referral that invites the reader to reply, past the address block', async () => {
    const doc = await read(
      'brev.txt',
      [
        'Landstingsstyrelsens förvaltning',
        'BREV',
        '2027-03-01',
        'Diarienummer LS 2027-0142',
        '',
        'Finansdepartementet',
        '103 33 Stockholm',
        '',
        'Regional indelning i Mälardalen (SOU 2027:8)',
        '',
        'Genom remiss den 2 februari 2027 har Finansdepartementet berett Region Stockholm tillfälle att yttra sig över betänkandet. Yttrandet ska vara departementet tillhanda senast den 2 juni 2027.',
      ].join('\n'),
    );
    expect(summary(doc)).toEqual([
      {
        item: null,
        dnr: 'LS 2027-0142',
        title: 'Regional indelning i Mälardalen (SOU 2027:8)',
        referral: true,
        sender: 'Finansdepartementet',
        deadline: '2027-06-02',
      },
    ]);
  });

  it('takes the title under a PM caption, and a reply-to body as the sender when no one is said to refer', async () => {
    const pm = await read(
      'pm.txt',
      'PM 2027:14 RIX (Dnr KS 2027/55)\nEn ny ordning för kulturarvsfrågor (SOU 2027:3)\nRemiss från Kulturdepartementet\n\nSom svar på remissen hänvisas till promemorian.\n',
    );
    expect(pm.meta.title).toBe('En ny ordning för kulturarvsfrågor (SOU 2027:3)');
    expect(pm.cases[0]!.sender?.value).toBe('Kulturdepartementet');
    const missive = await read(
      'missiv.txt',
      'Remiss\n\nRemiss av promemorian Nya regler för kajer och hamnar\n\nRemissvaren ska ha kommit in till Landsbygdsdepartementet senast den 1 september 2027.\n',
    );
    expect(summary(missive)[0]).toMatchObject({
      referral: true,
      sender: 'Landsbygdsdepartementet',
      deadline: '2027-09-01',
    });
  });

  it('names the case officer without the role written before the name', async () => {
    const doc = await read(
      'tu2.txt',
      'Tjänsteutlåtande\nDnr 1.2-044-2027\n\nHandläggare: Verksamhetsplanerare Göran Sjöqvist, tfn 08-508 08 448\n\nUpprustning av Rålambshovsparken\n\nFörvaltningen föreslår att parken rustas upp under 2028.\n',
    );
    expect(doc.cases[0]!.caseOfficer?.value).toEqual({ name: 'Göran Sjöqvist', phone: '08-508 08 448' });
  });

  it('reads the bodies listed after "till följande", and a day named before "sista dag för svar"', async () => {
    const doc = await read(
      'missiv2.txt',
      [
        'Remiss av förslag till riktlinjer för vänortssamarbete',
        '',
        'Kommunstyrelsen remitterar förslaget till riktlinjer. Den 14 maj 2027 är sista dag för svar.',
        '',
        'Remissen har skickats till följande:',
        '- Kulturnämnden',
        '- Utbildningsnämnden',
        '- Stockholms Stadshus AB',
      ].join('\n'),
    );
    const c = doc.cases[0]!;
    expect(c.deadline?.value).toBe('2027-05-14');
    expect(c.recipients?.value).toEqual(['Kulturnämnden', 'Utbildningsnämnden', 'Stockholms Stadshus AB']);
  });
});

describe('a letter in English', () => {
  it('reads the signature under "Yours sincerely" as the signatory, with an English role', async () => {
    const doc = await read(
      'letter-harbour-forum.txt',
      [
        'NORTH SEA HARBOUR FORUM',
        'Secretariat: Havenstraat 12, 3011 AB Rotterdam, the Netherlands',
        '',
        'Rotterdam, 3 February 2027',
        '',
        'To: Member cities of the North Sea Harbour Forum',
        '',
        'Subject: Annual report 2026 and call for hosts 2028',
        '',
        'Dear colleagues,',
        '',
        'The annual report for 2026 is now available to all member cities. We also invite cities to offer to host the forum in 2028.',
        '',
        'Yours sincerely,',
        '',
        'Pieter van Dam',
        'Secretary General',
        'North Sea Harbour Forum',
      ].join('\n'),
    );
    expect(doc.meta.signatories).toEqual([{ name: 'Pieter van Dam', role: 'Secretary General' }]);
  });
});

describe('a web page with a short heading', () => {
  it('takes a heading of two words as the title when prose follows it', async () => {
    const doc = await read(
      'vanorter-sida.txt',
      [
        'Stockholms vänorter',
        '',
        'Stockholm har inga formella vänorter men samarbetar nära med de nordiska huvudstäderna genom avtal om erfarenhetsutbyte.',
        '',
        'Senast uppdaterad: 20 januari 2027',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Stockholms vänorter');
    expect(doc.cases[0]?.titleFromFileName).toBe(false);
  });

  it('takes the short heading at the top before a longer section heading further down', async () => {
    const doc = await read(
      'samarbetsstader-sida.txt',
      [
        'Våra samarbetsstäder',
        '',
        'Staden samarbetar med ett fåtal städer i Europa om klimat, bostäder och kultur, utan formella vänortsavtal.',
        '',
        'Principer för nya samarbeten',
        '',
        'Ett nytt samarbete kräver ett gemensamt projekt och en utsedd kontaktperson i varje stad innan det tecknas.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Våra samarbetsstäder');
  });

  it("takes a body's name for the title of a page about that body, whose first sentence opens with it", async () => {
    const doc = await read(
      'utbytesradet-sida.txt',
      [
        'Kulturnämndens utbytesberedning',
        '',
        'Kulturnämndens utbytesberedning är ett rådgivande organ under nämnden som bereder ansökningar om utbytesresor.',
        '',
        'Beredningens uppdrag',
        '',
        'Beredningen sammanträder sex gånger per år och lämnar sina förslag till kulturförvaltningen.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Kulturnämndens utbytesberedning');
    // A letter under its sender's name is not titled by it.
    const letter = await read(
      'svar-fran-namnden.txt',
      [
        'Kulturnämnden',
        '',
        'Nämnden tackar för remissen och lämnar följande synpunkter på förslaget i sin helhet.',
      ].join('\n'),
    );
    expect(letter.meta.title).not.toBe('Kulturnämnden');
  });

  it('does not take a body or a unit for a title', async () => {
    const doc = await read(
      'kort-brev.txt',
      [
        'Stockholms stad',
        '',
        'Vi tackar för inbjudan och återkommer med namnen på våra deltagare i god tid före mötet.',
      ].join('\n'),
    );
    expect(doc.meta.title).not.toBe('Stockholms stad');
  });
});

describe("a vice mayor's reply to an interpellation", () => {
  it('reads the vice mayor under the date as the signatory, whose title ends in -borgarråd', async () => {
    const doc = await read(
      'interpellationssvar-hamnen.txt',
      [
        'Stockholms stad',
        'Svar på interpellation 2027:9',
        '',
        'Svar på interpellation av Ola Berg (C) om Frihamnens framtid',
        '',
        'Ola Berg har frågat mig om staden avser att sälja mark i Frihamnen. Staden har inga sådana planer.',
        '',
        'Stockholm den 3 mars 2027',
        '',
        'Sara Lind',
        'Trafik- och hamnborgarråd',
      ].join('\n'),
    );
    expect(doc.meta.signatories).toEqual([{ name: 'Sara Lind', role: 'Trafik- och hamnborgarråd' }]);
  });
});

describe('a table set out with spaces in a plain-text report', () => {
  it('reads each row with its figures, under its header row, not as two columns one after the other', async () => {
    const doc = await read(
      'tjansteutlatande-projektbudget.txt',
      [
        'Ansökan om deltagande i projektet Green Harbours',
        '',
        'Stadens del av budgeten framgår av tabellen nedan.',
        '',
        'Post                          Belopp (kr)',
        'Personalkostnader             1 200 000',
        'Resor och logi                  140 000',
        'Programmets stöd (80 %)       1 072 000',
        '',
        'Tabell 2. Medlemskap per nämnd',
        '',
        'Nämnd                     Antal         Saknades i',
        '                          medlemskap    förteckningen',
        'Kulturnämnden                 9              5',
        'Idrottsnämnden                3              0',
      ].join('\n'),
    );
    const rows = doc.passages.filter((p) => p.text.includes(' | '));
    expect(rows.map((p) => p.text)).toEqual([
      'Post | Belopp (kr)',
      'Personalkostnader | 1 200 000',
      'Resor och logi | 140 000',
      'Programmets stöd (80 %) | 1 072 000',
      'Nämnd | Antal medlemskap | Saknades i förteckningen',
      'Kulturnämnden | 9 | 5',
      'Idrottsnämnden | 3 | 0',
    ]);
    expect(rows[3]!.lead).toBe('Post | Belopp (kr)');
  });

  it('still reads two columns of prose one after the other', async () => {
    const doc = await read(
      'tva-spalter.txt',
      [
        'Staden har under året arbetat med        Nätverket samlar städer runt Östersjön',
        'frågor om klimatanpassning i flera       och arbetar med frågor om hållbar',
        'stadsdelar och med flera partner.        stadsutveckling sedan 1991.',
      ].join('\n'),
    );
    expect(textOf(doc)).not.toContain(' | ');
  });
});

describe('labels set over their values', () => {
  it('joins a label and the value under it, but not a label and a sentence under it', async () => {
    const doc = await read(
      'inbjudan-workshop.txt',
      [
        'Inbjudan till workshop om klimatanpassning',
        '',
        'Tid',
        '14 april 2027 kl. 9.00–12.00',
        'Plats',
        'Stadshuset, Tornrummet',
        'Kontaktperson',
        'Maja Holm, miljöförvaltningen',
        '',
        'Plats',
        'Workshopen hålls i Stadshuset om inget annat meddelas.',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('Tid: 14 april 2027 kl. 9.00–12.00');
    expect(texts).toContain('Plats: Stadshuset, Tornrummet');
    expect(texts).toContain('Kontaktperson: Maja Holm, miljöförvaltningen');
    const sentence = texts.find((t) => t.includes('Workshopen hålls i Stadshuset'));
    expect(sentence).toBeDefined();
    expect(sentence).not.toContain('Plats:');
  });
});

describe("a protocol's front page run into one paragraph", () => {
  it('reads each label of the head with the value after it as a field line, and leaves the signatures be', async () => {
    const doc = await read(
      'protokoll-forsta-sida.txt',
      [
        'Sammanträdesprotokoll Sida 1(9) Plats och tid Rådssalen, Stadshuset, onsdag den 14 april 2027 kl. 13.00-15.30 Beslutande Nämndens samtliga ledamöter med undantag för Per Ahl (M) Övriga närvarande Lina Berg, nämndsekreterare Utses att justera Sara Lind (S) och Omar Aziz (V) Justeringens plats och tid Kulturförvaltningen, 2027-04-21 Underskrifter Sekreterare Paragrafer 1-9 Lina Berg Ordförande Justerare Eva Holm Sara Lind Omar Aziz',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('Plats och tid: Rådssalen, Stadshuset, onsdag den 14 april 2027 kl. 13.00-15.30');
    expect(texts).toContain('Utses att justera: Sara Lind (S) och Omar Aziz (V)');
    expect(texts).toContain('Justeringens plats och tid: Kulturförvaltningen, 2027-04-21');
    expect(texts.some((t) => t.startsWith('Underskrifter Sekreterare'))).toBe(true);
  });
});

describe('an agreement headed by its kind in capitals', () => {
  it('reads the kind and the lower-case line under it as one title', async () => {
    const doc = await read(
      'avsiktsforklaring.txt',
      [
        'AVSIKTSFÖRKLARING',
        '',
        'om samarbete mellan Stockholms stad och Rigas stad om kollektivtrafik 2027–2029',
        '',
        'Dnr KS 2027/518',
        '',
        '1. Parter',
        '',
        'Denna avsiktsförklaring ingås mellan Stockholms stad och Rigas stad.',
        '',
        '2. Giltighet',
        '',
        'Avsiktsförklaringen gäller till och med den 31 december 2029.',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe(
      'Avsiktsförklaring om samarbete mellan Stockholms stad och Rigas stad om kollektivtrafik 2027–2029',
    );
  });
});

describe("a committee's referral reply that states the city's deadline too", () => {
  it("reads the committees' deadline as the case's, not the city's reply to the ministry", async () => {
    const doc = await read(
      'yttrande.txt',
      [
        'Kulturförvaltningen',
        'Tjänsteutlåtande',
        'Dnr KUF 2027/0510',
        '',
        'Yttrande över remiss av promemorian Ett starkare internationellt kulturutbyte',
        'Remiss från kommunstyrelsen, dnr KS 2027/140',
        '',
        'Bakgrund',
        'Kulturdepartementet har remitterat promemorian till Stockholms stad. Kommunstyrelsen ska lämna stadens svar till Kulturdepartementet senast den 30 maj 2027. Nämndernas yttranden ska ha kommit in till kommunstyrelsen senast den 2 maj 2027.',
      ].join('\n'),
    );
    expect(summary(doc)[0]!.deadline).toBe('2027-05-02');
  });
});

describe('registers of several cases side by side', () => {
  it('reads each entry of a register as a case of its own, its fields kept apart even when one runs long', async () => {
    const doc = await read(
      'register.txt',
      [
        'Fiktivt testdokument',
        '',
        'Anmälan av delegationsbeslut',
        'Dnr KF 2027/500',
        '',
        'Förteckning över beslut om resor som förvaltningen har fattat.',
        '',
        'Nr 1',
        'Beslutsdatum: 2027-01-10',
        'Dnr: KF 2027/501',
        'Ärende: Resa till Bergen den 3–4 februari 2027 för ett möte med stadens kulturförvaltning om fristäder',
        'Beräknad kostnad: 7 000 kronor',
        '',
        'Nr 2',
        'Beslutsdatum: 2027-01-20',
        'Dnr: KF 2027/502',
        'Ärende: Resa till Gent den 9–10 mars 2027 för ett möte i nätverket för kulturhuvudstäder i Europa',
        'Beräknad kostnad: 12 000 kronor',
        '',
        'Nr 3',
        'Beslutsdatum: 2027-02-01',
        'Dnr: KF 2027/503',
        'Ärende: Resa till Turin den 14–15 april 2027 för en konferens om bibliotek och nyanlända läsare',
        'Beräknad kostnad: 15 000 kronor',
        '',
        'Förslag till beslut',
        'Nämnden lägger anmälan till handlingarna.',
        '',
      ].join('\n'),
    );
    expect(doc.passages.map((p) => p.text)).toContain('Beräknad kostnad: 12 000 kronor');
    expect(summary(doc).map((c) => [c.item, c.dnr])).toEqual([
      [null, 'KF 2027/500'],
      ['1', 'KF 2027/501'],
      ['2', 'KF 2027/502'],
      ['3', 'KF 2027/503'],
      [null, 'KF 2027/500'],
    ]);
    expect(doc.cases[2]!.title?.value).toMatch(/^Resa till Gent/);
    // The entry's fields are read under its subject, as a section's lines under its heading.
    expect(doc.passages.find((p) => p.text === 'Beräknad kostnad: 12 000 kronor')?.section).toMatch(
      /^Resa till Gent/,
    );
  });

  it('reads a definition list of a web page as one field a line', async () => {
    const doc = await read(
      'samrad.html',
      '<html><body><p>Fiktivt testdokument</p><h1>Samråd</h1><h2>Dagvatten</h2><dl><dt>Diarienummer</dt><dd>MF 2027/210</dd><dt>Sista svarsdag</dt><dd>12 maj 2027</dd></dl></body></html>',
    );
    expect(textOf(doc)).toContain('Sista svarsdag: 12 maj 2027');
    expect(textOf(doc)).toContain('Diarienummer: MF 2027/210');
  });
});

describe('a Markdown table padded to line up its cells', () => {
  it('reads each row whole, not its padding as a gap between two columns of text', async () => {
    const doc = await read(
      'plan.md',
      [
        'Fiktivt testdokument',
        '',
        '# Verksamhetsplan',
        '',
        '| Aktivitet                                         | Ansvarig          | Klart            |',
        '| ------------------------------------------------- | ----------------- | ---------------- |',
        '| Ny rutin för bokning av besök                     | Amira Said        | 31 mars 2027     |',
        '| Översyn av medlemskapen i nätverk                 | Tobias Ek         | 30 september 2027 |',
        '',
      ].join('\n'),
    );
    expect(textOf(doc)).toContain('Ny rutin för bokning av besök | Amira Said | 31 mars 2027');
  });
});

describe('a section of a delegation scheme copied from a PDF', () => {
  it('takes the kind in capitals over the section’s name as the title, and reads the table row by row', async () => {
    const doc = await read(
      'delegation.txt',
      [
        'STOCKHOLMS STAD                         DELEGATIONSORDNING                    Sida 1 (2)',
        'Idrottsnämnden                          Avsnitt 7 Utbyten med andra länder',
        '                                        Dnr IDN 2026/0777',
        '',
        'Nr    Ärende                            Delegat          Anmärkning',
        '----  --------------------------------  ---------------  --------------------------',
        '7.1   Bidrag till idrottsutbyte med     Avdelningschef   Högst 40 000 kr per',
        '      en vänort                                          förening och år.',
        '7.2   Resa till en vänort för           Idrottsdirektör  –',
        '      tjänsteperson',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Delegationsordning: Avsnitt 7 Utbyten med andra länder');
    expect(textOf(doc)).toContain(
      '7.1 | Bidrag till idrottsutbyte med en vänort | Avdelningschef | Högst 40 000 kr per förening och år.',
    );
  });
});

describe('a web page’s head line of fields set side by side with middle dots', () => {
  it('puts each field on a line of its own and leaves a sentence with a middle dot whole', async () => {
    const doc = await read(
      'annons.html',
      [
        '<html><body><main>',
        '<h1>Samordnare för vänortsutbyten till kulturförvaltningen</h1>',
        '<p>Kulturförvaltningen, Kulturhuset · Publicerad: 2027-01-15 · Sista ansökningsdag: 2027-02-20</p>',
        '<p>Du samordnar utbytena med vänorterna · främst Tartu och Riga · och har kontakt med föreningarna.</p>',
        '</main></body></html>',
      ].join('\n'),
    );
    const texts = doc.passages.map((p) => p.text);
    expect(texts).toContain('Sista ansökningsdag: 2027-02-20');
    expect(texts).toContain('Publicerad: 2027-01-15');
    expect(texts).toContain(
      'Du samordnar utbytena med vänorterna · främst Tartu och Riga · och har kontakt med föreningarna.',
    );
  });
});

describe('a job advertisement whose reference number stands in its table of terms at the end', () => {
  it('takes the "Referensnummer" as the case’s own number', async () => {
    const doc = await read(
      'jobb.html',
      [
        '<html><body><main>',
        '<h1>Handläggare för vänortsfrågor till idrottsförvaltningen</h1>',
        '<p>Idrottsförvaltningen söker en handläggare som ska samordna utbytena med stadens vänorter.</p>',
        '<h2>Arbetsuppgifter</h2>',
        '<ul>',
        ...[
          'planera besök från vänorterna',
          'skriva underlag till nämnden',
          'hålla kontakt med föreningarna',
          'följa upp utbytena',
          'svara på frågor från allmänheten',
          'samordna resor',
          'ta fram statistik',
          'ordna seminarier',
          'sköta webbsidan om vänorterna',
          'delta i nordiska nätverk',
        ].map((duty) => `<li>${duty}</li>`),
        '</ul>',
        '<h2>Kvalifikationer</h2>',
        '<p>Du har en examen i samhällsvetenskap och talar engelska och tyska.</p>',
        '<h2>Övrig information</h2>',
        '<table>',
        '<tr><th>Omfattning</th><td>Heltid</td></tr>',
        '<tr><th>Tillträde</th><td>2027-08-16</td></tr>',
        '<tr><th>Referensnummer</th><td>IDF 2027/0310</td></tr>',
        '</table>',
        '</main></body></html>',
      ].join('\n'),
    );
    expect(doc.cases[0]!.dnr?.value).toBe('IDF 2027/0310');
  });
});
