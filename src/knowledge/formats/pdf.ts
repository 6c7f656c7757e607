/**
 * PDF files to headings, paragraphs and list items, from the text layer (pdfjs-dist, legacy build for
 * Node). Nothing is evaluated or fetched: no eval, no font loading, no network.
 */
import { getDocument, type PDFDocumentProxy, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { blocksToMarkdown } from './blocks.js';
import { DocumentReadError } from './errors.js';
import { linesToBlocks } from './pdf-blocks.js';
import { type PdfLine, type PdfPageText, type PdfTextItem, pageLines } from './pdf-lines.js';
import { dropRunningLines } from './pdf-running.js';

function includes(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(needle, 0, 'latin1');
}

/** Cheap structural checks first: pdfjs repairs what it can and would read half a file without a word. */
function checkStructure(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocumentReadError('not a valid PDF (the file is empty)');
  if (!includes(bytes.subarray(0, 1024), '%PDF-'))
    throw new DocumentReadError('not a valid PDF (no PDF header)');
  if (!includes(bytes.subarray(Math.max(0, bytes.length - 2048)), '%%EOF')) {
    throw new DocumentReadError('not a valid PDF (file is truncated)');
  }
}

function openFailure(error: unknown): DocumentReadError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return new DocumentReadError('the PDF is password-protected', { cause: error });
  if (name === 'InvalidPDFException') {
    return new DocumentReadError('not a valid PDF (the file is damaged)', { cause: error });
  }
  return new DocumentReadError('the PDF could not be read', { cause: error });
}

type RawItem = { str?: string; transform?: number[]; width?: number };

/** Horizontal text only: rotated stamps and margin notes are not part of the running text. */
function toItem(raw: RawItem): PdfTextItem | null {
  const t = raw.transform;
  if (typeof raw.str !== 'string' || !t || t.length < 6) return null;
  const [a, b, c, d, x, y] = t as [number, number, number, number, number, number];
  if (Math.abs(b) > Math.abs(a) * 0.05 || Math.abs(c) > Math.abs(d) * 0.05 || a <= 0 || d <= 0) return null;
  return { str: raw.str.normalize('NFC'), x, y, width: raw.width ?? 0, size: Math.hypot(c, d) };
}

/** The pages' horizontal text, and per page the text of rotated items (stamps, margin notes). */
async function readPages(doc: PDFDocumentProxy): Promise<{ pages: PdfPageText[]; rotated: string[] }> {
  const pages: PdfPageText[] = [];
  const rotated: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    const turned: string[] = [];
    for (const raw of content.items as RawItem[]) {
      const item = toItem(raw);
      if (item) items.push({ ...item, x: item.x - x0, y: item.y - y0 });
      else if (typeof raw.str === 'string' && raw.str.trim() !== '') turned.push(raw.str.normalize('NFC'));
    }
    pages.push({ width: x1 - x0, height: y1 - y0, items });
    if (turned.length > 0) rotated.push(turned.join(' '));
    page.cleanup();
  }
  return { pages, rotated };
}

export async function pdfToMarkdown(bytes: Uint8Array): Promise<string> {
  return (await pdfToDocument(bytes)).markdown;
}

/**
 * The running text as Markdown, and what was left out of it (`margins`): running headers and footers
 * and rotated text. A secrecy stamp is printed in exactly those places, so they are kept for that check.
 */
export async function pdfToDocument(bytes: Uint8Array): Promise<{ markdown: string; margins: string[] }> {
  checkStructure(bytes);
  const task = getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  let pages: PdfPageText[];
  let rotated: string[];
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw openFailure(error);
    });
    ({ pages, rotated } = await readPages(doc).catch((error: unknown) => {
      throw new DocumentReadError('the PDF could not be read (a page is damaged)', { cause: error });
    }));
  } finally {
    await task.destroy();
  }
  const all = pages.map((page, i) => pageLines(page, i));
  const lines: PdfLine[] = dropRunningLines(all).flat();
  if (lines.length === 0) throw new DocumentReadError('the PDF has no text layer (a scanned image?)');
  const kept = new Set(lines);
  const dropped = [
    ...new Set(
      all
        .flat()
        .filter((line) => !kept.has(line))
        .map((line) => line.text),
    ),
  ];
  return { markdown: blocksToMarkdown(linesToBlocks(lines)), margins: [...dropped, ...rotated] };
}
