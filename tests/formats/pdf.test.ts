import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/knowledge/formats/index.js';
import { FICTIONAL } from './fixture-text.js';
import { buildPdf, type PdfRun } from './pdf-builder.js';
import { RUNNING_HEADER, referralPdf, twoColumnPdf } from './pdf-fixture.js';
import { readErrorReason } from './read-error.js';

async function referralText(): Promise<string> {
  const { format, text } = await convertDocument({ path: 'Remiss.PDF', bytes: referralPdf() });
  expect(format).toBe('pdf');
  return text;
}

const paragraphsOf = (text: string) => text.split('\n\n').map((p) => p.trim());

/** Wraps a paragraph into lines of exactly `width` characters (spaces widened), the last one short. */
function justify(paragraph: string, width: number): string[] {
  const lines: string[][] = [[]];
  for (const word of paragraph.split(' ')) {
    const line = lines[lines.length - 1]!;
    if ([...line, word].join(' ').length > width) lines.push([word]);
    else line.push(word);
  }
  return lines.map((words, i) => {
    if (i === lines.length - 1 || words.length === 1) return words.join(' ');
    let missing = width - words.join(' ').length;
    const gaps = words.slice(0, -1).map(() => ' ');
    for (let g = 0; missing > 0; g = (g + 1) % gaps.length, missing--) gaps[g] += ' ';
    return words.map((w, k) => w + (gaps[k] ?? '')).join('');
  });
}

describe('PDF files', () => {
  it('turns the larger font sizes into headings, the largest first', async () => {
    const lines = (await referralText()).split('\n');
    expect(lines).toContain(`# ${FICTIONAL.title}`);
    for (const heading of ['Remissen', 'Riktlinjer', 'Förvaltningens synpunkter', 'Förslag till beslut']) {
      expect(lines).toContain(`## ${heading}`);
    }
  });

  it('keeps the deadline sentence whole although it runs over two lines', async () => {
    const deadlineParagraph = paragraphsOf(await referralText()).find((p) => p.includes('senast den'));
    expect(deadlineParagraph?.startsWith(FICTIONAL.deadline)).toBe(true);
  });

  it('drops the running header and the page numbers but keeps the case number from the header once', async () => {
    const text = await referralText();
    expect(text).not.toContain(RUNNING_HEADER);
    expect(text).not.toMatch(/Sida \d/);
    expect(text.split(FICTIONAL.dnr)).toHaveLength(2);
    expect(text.split('\n')).not.toContain('1');
  });

  it('joins words hyphenated at a line end and keeps the hyphens of compounds', async () => {
    const text = await referralText();
    expect(text).toContain('till förvaltningen för kultur');
    expect(text).not.toContain('förvalt-');
    expect(text).toContain('flera EU-projekt och samarbetet mellan Rinkeby-Kista och Södermalm.');
    expect(text).toContain('gäller kort- och långsiktiga åtaganden');
  });

  it('makes bullets (•, –) and numbered lines list items, with wrapped lines joined to their item', async () => {
    const text = await referralText();
    expect(text).toContain(
      [
        FICTIONAL.listLead,
        '',
        `- ${FICTIONAL.bullets[0]}`,
        `- ${FICTIONAL.bullets[1]}`,
        '- Bolagen ska samråda med stadsledningskontoret före varje ansökan om medlemskap i ett nätverk.',
      ].join('\n'),
    );
    expect(text).toContain(`1. ${FICTIONAL.decision[0]}\n2. ${FICTIONAL.decision[1]}`);
  });

  it('returns NFC text when the PDF draws å, ä and ö as a letter and a combining mark', async () => {
    const text = await referralText();
    expect(text).toContain('Förvaltningen är positiv till förslaget och vill att en årlig uppföljning');
    expect(text).not.toMatch(/\p{M}/u);
  });

  it('reads a two-column passage column by column, between full-width text', async () => {
    const { text } = await convertDocument({ path: 'spalter.pdf', bytes: twoColumnPdf() });
    const paragraphs = paragraphsOf(text);
    expect(paragraphs[0]).toBe('# Fiktivt testdokument i två spalter');
    expect(paragraphs.slice(1).map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([
      'Inledningen löper',
      'Vänster spalt',
      'Andra stycket',
      'Höger spalt',
      'Sista stycket',
      'Avslutningen löper',
    ]);
    expect(paragraphs).toContain(
      'Höger spalt handlar om den uppföljning av medlemskapen som görs varje år av kommunstyrelsen och som redovisas i en särskild rapport till nämnderna.',
    );
  });

  it('continues a paragraph over a page break, past the footer and the next header', async () => {
    const chrome = (n: number): PdfRun[] => [
      { x: 56, y: 806, size: 9, text: 'Fiktivt testdokument – Remissvar' },
      { x: 290, y: 36, size: 9, text: String(n) },
    ];
    const bytes = buildPdf([
      {
        runs: [
          ...chrome(1),
          { x: 56, y: 80, size: 11, text: 'Förvaltningen föreslår att nämnden ställer sig bakom' },
        ],
      },
      { runs: [...chrome(2), { x: 56, y: 760, size: 11, text: 'förslaget i sin helhet.' }] },
    ]);
    const { text } = await convertDocument({ path: 'svar.pdf', bytes });
    expect(text).toBe('Förvaltningen föreslår att nämnden ställer sig bakom förslaget i sin helhet.\n');
  });

  it('drops footnote marks set in superscript and keeps the footnote as a paragraph of its own', async () => {
    const sentence = 'Förvaltningen delar stadsledningskontorets bedömning.';
    const bytes = buildPdf([
      {
        runs: [
          { x: 56, y: 700, size: 11, text: sentence },
          { x: 56 + sentence.length * 5.6, y: 704.5, size: 7, text: '1' },
          { x: 56, y: 686, size: 11, text: 'Nämnden föreslås besluta i enlighet med detta.' },
          {
            x: 56,
            y: 90,
            size: 8,
            text: '1 Fiktiv hänvisning till kommunstyrelsens beslut den 3 mars 2026.',
          },
        ],
      },
    ]);
    const { text } = await convertDocument({ path: 'yttrande.pdf', bytes });
    expect(text).toBe(
      `${sentence} Nämnden föreslås besluta i enlighet med detta.\n\n1 Fiktiv hänvisning till kommunstyrelsens beslut den 3 mars 2026.\n`,
    );
  });

  it('keeps each row of a table on a line of its own, cells apart, instead of reading it as two columns', async () => {
    const rows = [
      ['Remissinstans', 'Svar senast'],
      ['Södermalms stadsdelsnämnd', '15 oktober 2026'],
      ['Kulturnämnden', '15 oktober 2026'],
      ['Miljö- och hälsoskyddsnämnden', '30 oktober 2026'],
      ['Stockholm Business Region AB', '30 oktober 2026'],
      ['Spånga-Tensta stadsdelsnämnd', '6 november 2026'],
    ];
    const runs: PdfRun[] = [
      { x: 56, y: 760, size: 11, text: 'Remissen har skickats till följande instanser (fiktiva):' },
    ];
    rows.forEach(([name, date], i) => {
      runs.push(
        { x: 56, y: 736 - i * 16, size: 11, text: name! },
        { x: 330, y: 736 - i * 16, size: 11, text: date! },
      );
    });
    const { text } = await convertDocument({ path: 'instanser.pdf', bytes: buildPdf([{ runs }]) });
    expect(paragraphsOf(text)).toEqual([
      'Remissen har skickats till följande instanser (fiktiva):',
      ...rows.map(([name, date]) => `${name} | ${date}`),
    ]);
  });

  it('ends a paragraph at a short last line in justified text, even with no gap or indent', async () => {
    const paragraphs = [
      'Förvaltningen är positiv till förslaget och delar bedömningen att staden behöver en samlad bild av sina internationella medlemskap, vad de kostar och vilken nytta de ger.',
      'Förvaltningen föreslår att nämnden besvarar remissen med detta tjänsteutlåtande och att paragrafen justeras omedelbart vid sammanträdet.',
    ];
    const lines = paragraphs.flatMap((p) => justify(p, 52));
    const runs: PdfRun[] = lines.map((text, i) => ({ x: 56, y: 760 - i * 13, size: 11, font: 'mono', text }));
    const { text } = await convertDocument({ path: 'yttrande.pdf', bytes: buildPdf([{ runs }]) });
    expect(paragraphsOf(text)).toEqual(paragraphs);
  });

  it('keeps a ragged paragraph together when a sentence ends mid-paragraph short of the margin', async () => {
    const lines = [
      'Stadsledningskontoret har tagit fram ett förslag.',
      'Det gäller riktlinjer för hur nämnder och bolag ska',
      'pröva sina medlemskap i internationella nätverk.',
      'Förslaget ersätter tidigare anvisningar.',
      'Det gäller från och med den 1 januari 2027.',
    ];
    const runs: PdfRun[] = lines.map((text, i) => ({ x: 56, y: 760 - i * 13, size: 11, font: 'mono', text }));
    const { text } = await convertDocument({ path: 'remiss.pdf', bytes: buildPdf([{ runs }]) });
    expect(paragraphsOf(text)).toEqual([lines.join(' ')]);
  });

  it('reports a truncated PDF', async () => {
    const bytes = referralPdf();
    const truncated = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    expect(await readErrorReason(convertDocument({ path: 'remiss.pdf', bytes: truncated }))).toBe(
      'not a valid PDF (file is truncated)',
    );
  });

  it('reports a file that is not a PDF, and one whose structure is damaged', async () => {
    const html = Buffer.from('<html><body>Fiktivt testdokument</body></html>');
    expect(await readErrorReason(convertDocument({ path: 'remiss.pdf', bytes: html }))).toBe(
      'not a valid PDF (no PDF header)',
    );
    const damaged = Buffer.from('%PDF-1.4\nFiktivt testdokument utan objekt\n%%EOF\n');
    expect(await readErrorReason(convertDocument({ path: 'remiss.pdf', bytes: damaged }))).toBe(
      'not a valid PDF (the file is damaged)',
    );
  });

  it('reports a PDF that needs a password to open', async () => {
    const bytes = readFileSync(new URL('../fixtures/formats/skyddad-fiktiv.pdf', import.meta.url));
    expect(await readErrorReason(convertDocument({ path: 'skyddad.pdf', bytes }))).toBe(
      'the PDF is password-protected',
    );
  });

  it('reports a PDF without a text layer', async () => {
    const scanned = buildPdf([{ runs: [] }, { runs: [] }]);
    expect(await readErrorReason(convertDocument({ path: 'skannad.pdf', bytes: scanned }))).toBe(
      'the PDF has no text layer (a scanned image?)',
    );
  });
});
