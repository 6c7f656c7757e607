/**
 * Contract with the knowledge splitter: what every converter produces must split, through the same
 * parseBlocks the loader uses for Markdown, into the headings, paragraphs and list items of the source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/knowledge/blocks.js';
import { convertDocument } from '../../src/knowledge/formats/index.js';
import { buildDocx } from './docx-builder.js';
import { FICTIONAL } from './fixture-text.js';
import { referralPdf } from './pdf-fixture.js';

const html = `<html><head><title>Remiss</title></head><body><nav>Startsida</nav><main>
  <h1>${FICTIONAL.title}</h1><p>${FICTIONAL.marker}</p><h2>Remissen</h2><p>${FICTIONAL.deadline}</p>
  <p>${FICTIONAL.listLead}</p><ul>${FICTIONAL.bullets.map((b) => `<li>${b}</li>`).join('')}</ul>
  <h2>Förslag till beslut</h2><ol>${FICTIONAL.decision.map((d) => `<li>${d}</li>`).join('')}</ol></main></body></html>`;

const sources: Record<string, () => Promise<Buffer> | Buffer> = {
  'remiss.html': () => Buffer.from(html),
  'remiss.docx': () =>
    buildDocx([
      { heading: 1, text: FICTIONAL.title },
      { text: FICTIONAL.marker },
      { heading: 2, text: 'Remissen' },
      { text: FICTIONAL.deadline },
      { text: FICTIONAL.listLead },
      ...FICTIONAL.bullets.map((bullet) => ({ bullet })),
      { heading: 2, text: 'Förslag till beslut' },
      ...FICTIONAL.decision.map((numbered) => ({ numbered })),
    ]),
  'remiss.pdf': referralPdf,
};

describe.each(Object.keys(sources))('%s through the knowledge splitter', (file) => {
  it('splits into the headings, the deadline paragraph and the list items of the source', async () => {
    const { text } = await convertDocument({ path: file, bytes: await sources[file]!() });
    const blocks = parseBlocks(text, true);
    const headings = blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining([FICTIONAL.title, 'Remissen', 'Förslag till beslut']));
    const deadline = blocks.find((b) => b.text.startsWith('Kommunstyrelsen har remitterat'));
    expect(deadline?.type).toBe('paragraph');
    expect(deadline?.text.startsWith(FICTIONAL.deadline)).toBe(true);
    const items = blocks.flatMap((b) =>
      b.type === 'list_item' ? [{ text: b.text, ordered: b.ordered }] : [],
    );
    expect(items).toEqual(
      expect.arrayContaining([
        ...FICTIONAL.bullets.map((text) => ({ text, ordered: false })),
        ...FICTIONAL.decision.map((text) => ({ text, ordered: true })),
      ]),
    );
  });
});

describe('a LibreOffice PDF through the knowledge splitter', () => {
  it('gives no block for the running header or the page numbers', async () => {
    const file = new URL('../fixtures/formats/remiss-fiktiv.pdf', import.meta.url);
    const { text } = await convertDocument({ path: 'remiss-fiktiv.pdf', bytes: readFileSync(file) });
    const texts = parseBlocks(text, true).map((b) => b.text);
    expect(texts.filter((t) => /Sida \d|internationella avdelningen/.test(t))).toEqual([]);
  });
});
