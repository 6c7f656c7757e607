import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/knowledge/types.js';
import { documentReader } from '../support/read-document.js';

/**
 * Web pages copied or saved as they are published: a page of partner cities framed by the site's menu and
 * footer, a meeting page listing its files with sizes and upload dates, and a page that gathers a meeting's
 * numbered items, each under a heading of its own. Each document is fictional and written for the test.
 */
const read = documentReader('utblick-web-pages-');

const texts = (doc: KnowledgeDocument) => doc.passages.map((p) => p.text);
const passage = (doc: KnowledgeDocument, part: string) => doc.passages.find((p) => p.text.includes(part));

describe("a web page copied as text with the site's frame", () => {
  it('is titled by its heading, not by its logo or its row of menu links, and drops the footer links', async () => {
    const doc = await read(
      'vanorter.txt',
      [
        'Logotyp för Exempelstadens kommun',
        'Meny   Sök   Lyssna   In English',
        'Start / Kommun och politik / Vänorter',
        '',
        'Våra vänorter',
        '',
        'Exempelstaden har tre vänorter i Norden. Kommunstyrelsen beslutar om nya avtal, och kansliet håller ihop utbytena.',
        '',
        'Bodø, Norge',
        'Vänort sedan 1958. Utbytet gäller i dag mest idrott och skolor.',
        '',
        'Dela sidan   Skriv ut',
        'Om webbplatsen   Tillgänglighet   Behandling av personuppgifter   Kakor',
      ].join('\n'),
    );
    expect(doc.meta.title).toBe('Våra vänorter');
    expect(texts(doc).some((t) => /Logotyp|Lyssna|Kakor|Skriv ut/.test(t))).toBe(false);
    expect(passage(doc, 'Vänort sedan 1958')?.section).toBe('Bodø, Norge');
  });
});

describe('a meeting page listing files to download', () => {
  it('reads each file as a row: its name beside its type, size and upload date', async () => {
    const doc = await read(
      'sammantrade.txt',
      [
        'Kulturnämnden, sammanträde',
        '',
        'Tid: tisdag 16 mars 2027 kl. 18.00',
        '',
        'Handlingar',
        '',
        'Filer tillgängliga för nedladdning',
        'Ikon som illustrerar filtyp Filnamn Filstorlek Datum fil laddades upp',
        'p 5 Resa till Kraków Dnr 2027-00412.pdf Pdf, 1.2 MB. 1.2 MB 2027-03-05 09.30',
        'p 6 Bidrag till vänortsföreningar Dnr 2027-00433.docx Word, 80.5 kB. 80.5 kB 2027-03-08 11.02',
        'Ärende 6 tillkom efter att kallelsen skickats ut.',
      ].join('\n'),
    );
    const row = passage(doc, 'Bidrag till vänortsföreningar');
    expect(row?.text).toBe(
      'p 6 Bidrag till vänortsföreningar Dnr 2027-00433.docx | Word | 80.5 kB | 2027-03-08 11.02',
    );
    expect(row?.lead).toBe('Filnamn | Filtyp | Filstorlek | Datum fil laddades upp');
    expect(passage(doc, 'Resa till Kraków')?.text).not.toContain('Bidrag');
    expect(texts(doc).some((t) => t.includes('Filer tillgängliga'))).toBe(false);
    expect(texts(doc)).toContain('Ärende 6 tillkom efter att kallelsen skickats ut.');
  });
});

describe('a meeting page whose numbered items are list items with headings of their own', () => {
  const html = `<!DOCTYPE html><html lang="sv"><head><title>Nämnden 10 mars 2027</title></head><body><main>
<h1>Kulturnämnden</h1>
<ol>
<li><h3>1. Val av justerare</h3></li>
<li><h3>2. Resa till Kraków</h3><p>Dnr KUN 2027/0012</p><p>Förvaltningen föreslår att två tjänstepersoner reser till Kraków i maj. Kostnaden beräknas till 24 000 kronor.</p><a href="/a.pdf">Läs dokument (PDF)</a></li>
<li><h3>3. Bidrag till vänortsföreningar</h3><p>Dnr KUN 2027/0031</p><p>Förvaltningen föreslår bidrag om 90 000 kronor.</p><a href="/b.pdf">Läs dokument (PDF)</a></li>
<li><h3>4. Medlemskap i Nordiska kulturstäder</h3><p>Dnr KUN 2027/0040</p><p>Avgiften är 12 000 kronor per år.</p></li>
<li><h3>5. Övriga frågor</h3></li>
</ol></main></body></html>`;

  it('reads each item as a section under its heading, one case per item with its own number and dnr', async () => {
    const doc = await read('mote.html', html);
    const cost = passage(doc, '24 000 kronor');
    expect(cost?.section).toBe('2. Resa till Kraków');
    expect(cost?.text).not.toContain('90 000');
    const items = doc.cases.filter((c) => c.dnr !== null).map((c) => [c.item, c.dnr?.value]);
    expect(items).toEqual([
      ['2', 'KUN 2027/0012'],
      ['3', 'KUN 2027/0031'],
      ['4', 'KUN 2027/0040'],
    ]);
  });
});
