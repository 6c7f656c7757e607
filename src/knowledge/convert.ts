import path from 'node:path';

/**
 * Turns a file's bytes into text the block parser understands (plain text or Markdown).
 * Word, PDF and HTML converters plug in here; each throws with a short reason for unreadable files.
 */
export type Converted = { format: 'txt' | 'md' | 'html' | 'docx' | 'pdf'; text: string };

const TEXT_EXTENSIONS: Record<string, 'txt' | 'md'> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

export function isSupported(file: string): boolean {
  return path.extname(file).toLowerCase() in TEXT_EXTENSIONS;
}

export async function convertFile(file: string, bytes: Buffer): Promise<Converted> {
  const format = TEXT_EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format) throw new Error(`unsupported file type ${path.extname(file)}`);
  return { format, text: decodeText(bytes) };
}

/** UTF-8 (BOM stripped); files that are not valid UTF-8 are read as Windows-1252, as old Word exports are. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
