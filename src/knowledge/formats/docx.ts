/**
 * Word files (`.docx`) to headings, paragraphs and list items, through mammoth's HTML. Word's built-in
 * heading styles are stored as "heading 1…" whatever the interface language, but documents made from
 * Swedish templates also carry "Rubrik 1…" as custom styles, so both are mapped.
 */
import mammoth from 'mammoth';
import { type HTMLElement, parse } from 'node-html-parser';
import { caseNumberKey, findCaseNumbers } from '../../text/case-number.js';
import { type Block, blocksToMarkdown } from './blocks.js';
import { headerCaseNumbers, headerParagraphs } from './docx-header.js';
import { DocumentReadError } from './errors.js';
import { elementToBlocks } from './html-blocks.js';
import { declaredUnpackedSize } from './zip-size.js';

/** Far above any real Word document (text, styles and images), far below what would exhaust memory. */
export const MAX_UNPACKED_DOCX_BYTES = 512 * 1024 * 1024;

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Rubrik'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Underrubrik'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='Rubrik ${n}'] => h${n}:fresh`,
    `p.Rubrik${n} => h${n}:fresh`,
  ]),
  // Bullets applied as a paragraph style without Word numbering.
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='Punktlista'] => ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  "p[style-name='Numrerad lista'] => ol > li:fresh",
];

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

function isOleCompound(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((b, i) => bytes[i] === b);
}

function readFailure(error: unknown): DocumentReadError {
  const message = error instanceof Error ? error.message : String(error);
  if (/main document part|word\/document\.xml/i.test(message)) {
    return new DocumentReadError('not a Word document (the zip has no word/document.xml)', { cause: error });
  }
  if (/zip|central directory|end of data|corrupt/i.test(message)) {
    return new DocumentReadError('not a valid Word document (the zip archive is damaged)', { cause: error });
  }
  return new DocumentReadError('the Word document could not be read', { cause: error });
}

/** Footnote reference marks ("[1]") and the back links ("↑") mammoth adds to footnotes. */
function isNoteMarker(el: HTMLElement): boolean {
  const href = el.getAttribute('href') ?? '';
  return el.rawTagName?.toLowerCase() === 'a' && /^#(?:footnote|endnote|comment)-/.test(href);
}

/** A paragraph with the header's case numbers that the body does not mention; none if it does. */
function caseNumbersOnlyInHeaders(headers: string[], blocks: Block[]): Block[] {
  const numbers = headerCaseNumbers(headers);
  const inBody = new Set(
    findCaseNumbers(blocks.map((b) => b.text).join('\n')).map((m) => caseNumberKey(m.value)),
  );
  const missing = numbers.filter(
    (raw) => !findCaseNumbers(raw).some((m) => inBody.has(caseNumberKey(m.value))),
  );
  return missing.length > 0 ? [{ kind: 'paragraph', text: missing.join(' ') }] : [];
}

export async function docxToMarkdown(bytes: Buffer): Promise<string> {
  return (await docxToDocument(bytes)).markdown;
}

/** The body as Markdown, and the page headers and footers (`margins`), which are not part of it. */
export async function docxToDocument(bytes: Buffer): Promise<{ markdown: string; margins: string[] }> {
  if (isOleCompound(bytes)) {
    // An old binary .doc, or a .docx encrypted with a password (both are OLE compound files).
    throw new DocumentReadError('not a .docx file (an old .doc or a password-protected Word file)');
  }
  if (!isZip(bytes)) throw new DocumentReadError('not a Word document (the file is not a zip archive)');
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_UNPACKED_DOCX_BYTES) {
    throw new DocumentReadError(
      'the Word document is too large when unpacked (a damaged file or a zip bomb?)',
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        // Images carry no text; keep them out of the HTML instead of inlining them as data URIs.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw readFailure(error);
  }
  const blocks = elementToBlocks(parse(`<body>${html}</body>`, { comment: false }), { skip: isNoteMarker });
  if (blocks.length === 0) throw new DocumentReadError('the Word document has no text');
  // The body was read; a header that cannot be is not worth refusing the file for.
  const margins = await headerParagraphs(bytes).catch(() => [] as string[]);
  return {
    markdown: blocksToMarkdown([...caseNumbersOnlyInHeaders(margins, blocks), ...blocks]),
    margins: margins.filter((p) => p.trim() !== ''),
  };
}
