import { type ConvertedDocument, convertDocument, formatOf } from './formats/index.js';

/**
 * Turns a file's bytes into text the block parser understands (plain text or Markdown). Word, PDF and
 * HTML are converted to Markdown; an unreadable file throws with a short reason for `/healthz`.
 */
export type Converted = ConvertedDocument;

export function isSupported(file: string): boolean {
  return formatOf(file) !== null;
}

export function convertFile(file: string, bytes: Buffer): Promise<Converted> {
  return convertDocument({ path: file, bytes });
}
