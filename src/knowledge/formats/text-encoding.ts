/**
 * Decodes the bytes of a text file. Files from Windows tools still arrive as Windows-1252 (a superset of
 * Latin-1 for printable text), with or without a BOM, so UTF-8 is tried strictly first and the legacy
 * code page is the fallback, never a guess that silently produces mojibake.
 */

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. A declared legacy charset (HTML <meta charset>) is honoured when the runtime knows it;
    // otherwise Windows-1252, which also decodes ISO-8859-1 text correctly.
    const label = declaredCharset?.trim().toLowerCase();
    if (label && label !== 'utf-8' && label !== 'utf8') {
      try {
        const text = new TextDecoder(label).decode(bytes);
        return { text, encoding: 'windows-1252' };
      } catch {
        // Unknown label: fall through.
      }
    }
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Line endings to `\n`, NFC, no NUL characters. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '')
    .normalize('NFC');
}
