/**
 * Every supported file format to the one Markdown-ish form the knowledge splitter reads: `#` headings,
 * paragraphs separated by blank lines, list items starting with `- ` or `1. `. Text files pass through.
 */
import path from 'node:path';
import { DocumentReadError } from './errors.js';
import { decodeText, normaliseText } from './text-encoding.js';

export { DocumentReadError } from './errors.js';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export type ConvertedDocument = {
  format: DocumentFormat;
  text: string;
  /**
   * Text that is not part of the document's running text and is never indexed: Word page headers and
   * footers, PDF running lines and rotated text. Read only to find secrecy markings.
   */
  margins: string[];
};

const FORMATS = {
  '.txt': 'txt',
  '.text': 'txt',
  // Caption files (a recorded meeting's or webinar's subtitles) are text: read as the transcript they hold.
  '.vtt': 'txt',
  '.srt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
} as const satisfies Record<string, DocumentFormat>;

/** Lower-case file extensions, with the dot, that `convertDocument` reads. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(FORMATS));

/** The format a file name stands for, or null when the extension is not supported (case-insensitive). */
export function formatOf(filePath: string): DocumentFormat | null {
  const ext = path.extname(filePath).toLowerCase();
  return Object.hasOwn(FORMATS, ext) ? FORMATS[ext as keyof typeof FORMATS] : null;
}

/**
 * The converters are imported when a file of their format is first converted, not at start: pdf.js,
 * mammoth and JSZip take about a second to load, and a restart served from the document cache, or a
 * knowledge folder of text files, never needs them.
 */
async function convert(format: DocumentFormat, bytes: Buffer): Promise<{ text: string; margins: string[] }> {
  switch (format) {
    case 'txt':
    case 'md':
      return { text: decodeText(bytes).text, margins: [] };
    case 'html': {
      const { htmlToMarkdown } = await import('./html.js');
      return { text: htmlToMarkdown(bytes), margins: [] };
    }
    case 'docx': {
      const { docxToDocument } = await import('./docx.js');
      const { markdown, margins } = await docxToDocument(bytes);
      return { text: markdown, margins };
    }
    case 'pdf': {
      const { pdfToDocument } = await import('./pdf.js');
      const { markdown, margins } = await pdfToDocument(bytes);
      return { text: markdown, margins };
    }
  }
}

/**
 * Reads one file's bytes as text. Throws `DocumentReadError` (with a short English `reason`) for a file
 * that cannot be read: an unsupported extension, a damaged or empty file, a file with no text.
 */
export async function convertDocument(file: { path: string; bytes: Buffer }): Promise<ConvertedDocument> {
  const format = formatOf(file.path);
  if (format === null) {
    const ext = path.extname(file.path).toLowerCase();
    throw new DocumentReadError(
      ext === '' ? 'unsupported file type (no extension)' : `unsupported file type ${ext}`,
    );
  }
  let text: string;
  let margins: string[];
  try {
    const converted = await convert(format, file.bytes);
    text = normaliseText(converted.text);
    margins = converted.margins.map((m) => m.normalize('NFC'));
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(`the ${format.toUpperCase()} file could not be read`, { cause: error });
  }
  if (text.trim() === '') throw new DocumentReadError('the file has no text');
  return { format, text, margins };
}
