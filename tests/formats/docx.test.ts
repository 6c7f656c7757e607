import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/knowledge/formats/index.js';
import { buildDocx } from './docx-builder.js';
import { FICTIONAL } from './fixture-text.js';
import { readErrorReason } from './read-error.js';
import { zip } from './zip.js';

async function referralDocx(): Promise<Buffer> {
  return buildDocx([
    { text: FICTIONAL.marker },
    { heading: 1, text: FICTIONAL.title },
    { text: `Remiss från kommunstyrelsen (${FICTIONAL.dnr})` },
    { heading: 2, text: 'Remissen' },
    { text: FICTIONAL.deadline },
    { text: FICTIONAL.listLead },
    ...FICTIONAL.bullets.map((bullet) => ({ bullet })),
    { heading: 2, text: 'Förslag till beslut' },
    ...FICTIONAL.decision.map((numbered) => ({ numbered })),
  ]);
}

describe('Word documents (.docx)', () => {
  it('keeps headings from the heading styles as Markdown headings', async () => {
    const { format, text } = await convertDocument({ path: 'remiss.docx', bytes: await referralDocx() });
    expect(format).toBe('docx');
    const lines = text.split('\n');
    expect(lines).toContain(`# ${FICTIONAL.title}`);
    expect(lines).toContain('## Remissen');
    expect(lines).toContain('## Förslag till beslut');
  });

  it('reads a template style named "Rubrik 2" as a second-level heading', async () => {
    const bytes = await buildDocx([{ templateHeading: 'Ärendet' }, { text: FICTIONAL.deadline }]);
    const { text } = await convertDocument({ path: 'remiss.docx', bytes });
    expect(text).toBe(`## Ärendet\n\n${FICTIONAL.deadline}\n`);
  });

  it('keeps bulleted and numbered lists as list items, one under the other', async () => {
    const { text } = await convertDocument({ path: 'remiss.docx', bytes: await referralDocx() });
    const bullets = FICTIONAL.bullets.map((b) => `- ${b}`).join('\n');
    expect(text).toContain(`${FICTIONAL.listLead}\n\n${bullets}`);
    expect(text).toContain(`1. ${FICTIONAL.decision[0]}\n2. ${FICTIONAL.decision[1]}`);
  });

  it('keeps the deadline sentence and the case number intact, across Word runs', async () => {
    const { text } = await convertDocument({ path: 'remiss.docx', bytes: await referralDocx() });
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(FICTIONAL.deadline);
    expect(paragraphs).toContain(`Remiss från kommunstyrelsen (${FICTIONAL.dnr})`);
  });

  it('keeps a case number printed only in the page header, once, at the top', async () => {
    const bytes = await buildDocx([{ heading: 1, text: FICTIONAL.title }, { text: FICTIONAL.deadline }], {
      header: 'Dnr 2026/KS 0417 12',
    });
    const { text } = await convertDocument({ path: 'remiss.docx', bytes });
    expect(text).toBe(`Dnr 2026/KS 0417 12\n\n# ${FICTIONAL.title}\n\n${FICTIONAL.deadline}\n`);
  });

  it('does not repeat a header case number that the body already gives', async () => {
    const { text } = await convertDocument({
      path: 'remiss.docx',
      bytes: await buildDocx([{ text: `Remiss från kommunstyrelsen (${FICTIONAL.dnr})` }], {
        header: FICTIONAL.dnr,
      }),
    });
    expect(text).toBe(`Remiss från kommunstyrelsen (${FICTIONAL.dnr})\n`);
  });

  it('leaves footnote marks out of the sentence and lists the footnotes at the end', async () => {
    const bytes = await buildDocx([
      {
        text: 'Förvaltningen delar stadsledningskontorets bedömning.',
        footnote: 'Fiktiv hänvisning till KF 2026-03-03.',
      },
      { text: 'Nämnden föreslås besluta i enlighet med detta.' },
    ]);
    const { text } = await convertDocument({ path: 'yttrande.docx', bytes });
    expect(text).toBe(
      'Förvaltningen delar stadsledningskontorets bedömning.\n\nNämnden föreslås besluta i enlighet med detta.\n\n1. Fiktiv hänvisning till KF 2026-03-03.\n',
    );
  });

  it('reports a zip of something else as not a Word document', async () => {
    const odt = await zip({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml': '<office:document-content>Fiktivt testdokument</office:document-content>',
    });
    expect(await readErrorReason(convertDocument({ path: 'remiss.docx', bytes: odt }))).toBe(
      'not a Word document (the zip has no word/document.xml)',
    );
  });

  it('reports a Word file cut off in the middle', async () => {
    const bytes = await referralDocx();
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(await readErrorReason(convertDocument({ path: 'remiss.docx', bytes: truncated }))).toBe(
      'not a valid Word document (the zip archive is damaged)',
    );
  });

  it('reports a file that is not a zip at all', async () => {
    const bytes = Buffer.from('Fiktivt testdokument, sparat som text med fel filändelse.', 'utf8');
    expect(await readErrorReason(convertDocument({ path: 'remiss.docx', bytes }))).toBe(
      'not a Word document (the file is not a zip archive)',
    );
  });

  it('reports an old binary .doc or an encrypted Word file saved under .docx', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    expect(await readErrorReason(convertDocument({ path: 'remiss.docx', bytes: ole }))).toBe(
      'not a .docx file (an old .doc or a password-protected Word file)',
    );
  });

  it('reports a Word document with no text', async () => {
    const empty = await buildDocx([]);
    expect(await readErrorReason(convertDocument({ path: 'tom.docx', bytes: empty }))).toBe(
      'the Word document has no text',
    );
  });
});
