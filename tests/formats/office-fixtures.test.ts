/**
 * The same fictional referral exported by LibreOffice (committed fixtures, rebuilt by
 * tests/fixtures/formats/build-fixtures.ts): real embedded fonts, hyphenation at line ends, page
 * headers with the dnr, "Sida n av m" footers, Word numbering; the -spalter PDF is ragged right with
 * first-line indents and a two-column passage that runs over a page break. All must come out as the
 * source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/knowledge/formats/index.js';

type Block = { h1?: string; h2?: string; p?: string; bullets?: string[]; numbers?: string[] };
const dir = new URL('../fixtures/formats/', import.meta.url);
const source = JSON.parse(readFileSync(new URL('remiss-fiktiv.json', dir), 'utf8')) as {
  header: string;
  dnr: string;
  blocks: Block[];
};

/** The source as the splitter should see it: soft hyphens gone, the header's dnr kept once on top. */
function expectedMarkdown(): string {
  const blocks = source.blocks.map((b) => {
    if (b.h1) return `# ${b.h1}`;
    if (b.h2) return `## ${b.h2}`;
    if (b.bullets) return b.bullets.map((i) => `- ${i}`).join('\n');
    if (b.numbers) return b.numbers.map((i, n) => `${n + 1}. ${i}`).join('\n');
    return b.p ?? '';
  });
  return `${[source.dnr, ...blocks].join('\n\n').replace(/\u00ad/g, '')}\n`;
}

describe.each(['remiss-fiktiv.pdf', 'remiss-fiktiv.docx', 'remiss-fiktiv-spalter.pdf'])(
  'a referral exported by LibreOffice as %s',
  (file) => {
    const ext = file.split('.').pop();
    const convert = () => convertDocument({ path: file, bytes: readFileSync(new URL(file, dir)) });

    it('comes out as the source text: headings, paragraphs and lists, words whole, no page furniture', async () => {
      const { format, text } = await convert();
      expect(format).toBe(ext);
      expect(text).toBe(expectedMarkdown());
    });

    it('keeps the deadline sentence, and the dnr from the page header once', async () => {
      const { text } = await convert();
      expect(text).toContain('till Rinkeby-Kista stadsdelsnämnd för yttrande senast den 30 november 2026.');
      expect(text.split(source.dnr)).toHaveLength(2);
      expect(text).not.toContain(source.header);
      expect(text).not.toMatch(/Sida \d/);
    });
  },
);
