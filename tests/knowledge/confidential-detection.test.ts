import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectConfidential, markingIn } from '../../src/knowledge/confidential.js';
import { convertDocument } from '../../src/knowledge/formats/index.js';
import { splitFrontMatter } from '../../src/knowledge/front-matter.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildDocx } from '../formats/docx-builder.js';
import { FICTIONAL } from '../formats/fixture-text.js';
import { buildPdf, type PdfRun } from '../formats/pdf-builder.js';
import { referralPdf } from '../formats/pdf-fixture.js';
import { KNOWLEDGE_DIR } from '../support/knowledge.js';

const BODY = `${FICTIONAL.title}\n\n${FICTIONAL.deadline}\n\n${FICTIONAL.listLead}\n\n- ${FICTIONAL.bullets[0]}\n`;

/** A strategy that discusses secrecy without being secret itself. */
const DISCUSSES_SECRECY = `# Strategi för öppenhet i det internationella arbetet

Vissa uppgifter kan omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400), till exempel i upphandlingar.

## Offentlighet och sekretess

Sekretess enligt 21 kap. 7 § OSL gäller personuppgifter som behandlas i strid med dataskyddsförordningen.

Stadens handlingar är i regel allmänna, och sekretess är ett undantag som ska prövas i varje enskilt fall.
`;

async function detectFile(file: string, bytes: Buffer) {
  const converted = await convertDocument({ path: file, bytes });
  const { frontMatter, body } = splitFrontMatter(converted.text);
  return detectConfidential({ frontMatter, body, margins: converted.margins });
}

const text = (s: string) => detectFile('doc.md', Buffer.from(s, 'utf8'));

describe('secrecy markings in a line', () => {
  it.each([
    'SEKRETESS',
    'Sekretess',
    '**HEMLIG**',
    '# Sekretessbelagd handling',
    'Sekretess enligt 21 kap. 7 § OSL',
    'SEKRETESS enl. OSL 21:7',
    'Hemlig enligt 15 kap. 2 § offentlighets- och sekretesslagen',
    'Omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400)',
    'Handlingen omfattas av sekretess enligt 21 kap. 7 § OSL.',
    'Sekretessmarkering: 19 kap. 3 § OSL',
    'Sekretess: Ja',
    'Klassificering: Hemlig',
    'Classification: Confidential',
    'CONFIDENTIAL',
    'This document is confidential.',
  ])('reads %j as a marking', (line) => {
    expect(markingIn(line)).not.toBeNull();
  });

  it.each([
    'Vissa uppgifter kan omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400).',
    'Offentlighet och sekretess',
    'Sekretessmarkering: Ingen',
    'Sekretess: nej',
    'Informationsklass: Öppen',
    'Klassificering: Intern',
    'Sekretessprövning görs av registraturen innan handlingen lämnas ut.',
    'Riktlinjer för sekretess och informationssäkerhet i det internationella arbetet',
    'Handläggare: Christina Hermansson',
  ])('does not read %j as a marking', (line) => {
    expect(markingIn(line)).toBeNull();
  });
});

describe('confidential documents, per format', () => {
  it('takes front matter keys in Swedish and English, and lets front matter clear a stamp', async () => {
    expect(await text(`---\nconfidential: true\n---\n${BODY}`)).toMatchObject({ source: 'front_matter' });
    expect(await text(`---\nsekretess: ja\n---\n${BODY}`)).toMatchObject({ source: 'front_matter' });
    expect(await text(`---\nclassification: hemlig\n---\n${BODY}`)).toMatchObject({
      source: 'front_matter',
    });
    expect(await text(`---\nklassificering: sekretess\n---\n${BODY}`)).not.toBeNull();
    expect(await text(`---\nclassification: öppen\n---\n${BODY}`)).toBeNull();
    expect(await text(`---\nconfidential: false\n---\nSEKRETESS\n\n${BODY}`)).toBeNull();
  });

  it('finds a stamp line at the top of a text or Markdown file, not one deep in the text', async () => {
    expect(await detectFile('a.txt', Buffer.from(`SEKRETESS\n\n${BODY}`))).toMatchObject({
      source: 'text',
      marking: 'SEKRETESS',
    });
    expect(await text(`Stockholms stad      Sekretess enligt 21 kap. 7 § OSL\n\n${BODY}`)).toMatchObject({
      marking: 'Sekretess enligt 21 kap. 7 § OSL',
    });
    const deep = `${BODY}\n${Array.from({ length: 25 }, (_, i) => `Stycke ${i + 1} om arbetet.`).join('\n\n')}\n\nSEKRETESS\n`;
    expect(await text(deep)).toBeNull();
  });

  it('does not take a document that discusses secrecy for a secret one', async () => {
    expect(await text(DISCUSSES_SECRECY)).toBeNull();
  });

  it("finds a stamp at the top of a web page's content", async () => {
    const page = (stamp: string) =>
      Buffer.from(
        `<html><body><nav>Start</nav><main>${stamp}<h1>${FICTIONAL.title}</h1><p>${FICTIONAL.deadline}</p></main></body></html>`,
      );
    expect(await detectFile('sida.html', page('<p><strong>SEKRETESS</strong></p>'))).toMatchObject({
      source: 'text',
    });
    expect(await detectFile('sida.html', page(''))).toBeNull();
  });

  it('reads the stamp in a Word page header, which is not part of the text', async () => {
    const bytes = await buildDocx([{ heading: 1, text: FICTIONAL.title }, { text: FICTIONAL.deadline }], {
      header: 'Sekretess enligt 21 kap. 7 § OSL',
    });
    const converted = await convertDocument({ path: 'remiss.docx', bytes });
    expect(converted.text).not.toContain('Sekretess');
    expect(await detectFile('remiss.docx', bytes)).toMatchObject({
      source: 'header',
      marking: 'Sekretess enligt 21 kap. 7 § OSL',
    });
  });

  it('reads a stamp as the first paragraph of a Word document', async () => {
    const bytes = await buildDocx([
      { text: 'HEMLIG' },
      { heading: 1, text: FICTIONAL.title },
      { text: FICTIONAL.deadline },
    ]);
    expect(await detectFile('remiss.docx', bytes)).toMatchObject({ source: 'text', marking: 'HEMLIG' });
  });

  it('leaves a Word document with an ordinary header public', async () => {
    const bytes = await buildDocx([{ heading: 1, text: FICTIONAL.title }, { text: FICTIONAL.deadline }], {
      header: FICTIONAL.dnr,
    });
    expect(await detectFile('remiss.docx', bytes)).toBeNull();
  });

  it('reads a stamp in a PDF running header, which the converter drops from the text', async () => {
    const page = (n: number): { runs: PdfRun[] } => ({
      runs: [
        { x: 56, y: 806, size: 9, text: 'Stadsledningskontoret' },
        { x: 460, y: 806, size: 9, text: 'SEKRETESS' },
        { x: 56, y: 760, size: 14, text: n === 1 ? FICTIONAL.title : 'Förvaltningens synpunkter' },
        { x: 56, y: 724, size: 11, text: FICTIONAL.bullets[n - 1]! },
        { x: 270, y: 36, size: 9, text: `Sida ${n} av 2` },
      ],
    });
    const bytes = buildPdf([page(1), page(2)]);
    const converted = await convertDocument({ path: 'remiss.pdf', bytes });
    expect(converted.text).not.toContain('SEKRETESS');
    expect(await detectFile('remiss.pdf', bytes)).toMatchObject({ source: 'header', marking: 'SEKRETESS' });
  });

  it('reads a stamp on the first page of a PDF, and leaves the ordinary PDF public', async () => {
    const bytes = buildPdf([
      {
        runs: [
          { x: 56, y: 806, size: 10, text: 'Omfattas av sekretess enligt 19 kap. 3 § OSL' },
          { x: 56, y: 760, size: 18, text: FICTIONAL.title },
          { x: 56, y: 724, size: 11, text: FICTIONAL.marker },
        ],
      },
    ]);
    expect(await detectFile('remiss.pdf', bytes)).toMatchObject({ source: 'text' });
    expect(await detectFile('remiss.pdf', referralPdf())).toBeNull();
  });
});

describe('loading the knowledge folder', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'utblick-confidential-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
  };

  it('skips a confidential document with the reason "confidential" unless configured', async () => {
    const dir = folder({
      'hemlig.md': `SEKRETESS\n\n${BODY}`,
      'sidfil.md': BODY,
      'sidfil.meta.yaml': 'sekretess: "21 kap. 7 § OSL"\n',
      'offentlig.md': DISCUSSES_SECRECY,
    });
    const off = await loadKnowledge(dir, { maxFileBytes: 1_000_000 });
    expect(off.documents.map((d) => d.id)).toEqual(['offentlig.md']);
    expect(off.skipped).toEqual([
      { file: 'hemlig.md', reason: 'confidential' },
      { file: 'sidfil.md', reason: 'confidential' },
    ]);
    const on = await loadKnowledge(dir, { maxFileBytes: 1_000_000, indexConfidential: true });
    expect(on.skipped).toEqual([]);
    const byId = new Map(on.documents.map((d) => [d.id, d.meta.confidential]));
    expect(byId.get('hemlig.md')).toEqual({ source: 'text', marking: 'SEKRETESS' });
    expect(byId.get('sidfil.md')).toMatchObject({ source: 'front_matter' });
    expect(byId.get('offentlig.md')).toBeNull();
  });

  it('leaves every bundled document public', async () => {
    const { documents, skipped } = await loadKnowledge(KNOWLEDGE_DIR, { maxFileBytes: 25_000_000 });
    expect(documents.length).toBeGreaterThan(0);
    expect(skipped.filter((s) => s.reason === 'confidential')).toEqual([]);
    expect(documents.filter((d) => d.meta.confidential !== null)).toEqual([]);
    const fixtures = path.resolve(import.meta.dirname, '../fixtures/knowledge');
    const more = await loadKnowledge(fixtures, { maxFileBytes: 25_000_000 });
    expect(more.documents.filter((d) => d.meta.confidential !== null)).toEqual([]);
  });
});
