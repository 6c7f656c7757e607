/**
 * Decodes the bytes of a text file. Files from Windows tools still arrive as Windows-1252 (a superset of
 * Latin-1 for printable text), with or without a BOM, so UTF-8 is tried strictly first and the legacy
 * code page is the fallback, never a guess that silently produces mojibake.
 */

export type DecodedText = {
  text: string;
  /** `declared`: the legacy charset an HTML page named in its `<meta>`. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'declared';
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Windows-1252 differs from Latin-1 in 0x80–0x9f. Node 20's TextDecoder('windows-1252') decodes that
// block as Latin-1 C1 controls (a known Node bug), so the block is mapped here. 0 marks an unused code.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** Latin-1 aliases that browsers (and the WHATWG Encoding standard) read as Windows-1252. */
const CP1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'l1',
  'us-ascii',
  'ascii',
]);

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b)),
    );
  }
  return out;
}

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
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. A declared legacy charset (HTML <meta charset>) is honoured when the runtime knows it;
    // otherwise Windows-1252, which also decodes ISO-8859-1 text correctly.
    const label = declaredCharset?.trim().toLowerCase();
    if (label && label !== 'utf-8' && label !== 'utf8' && !CP1252_LABELS.has(label)) {
      try {
        return { text: new TextDecoder(label).decode(bytes), encoding: 'declared' };
      } catch {
        // Unknown label: fall through.
      }
    }
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** UTF-16 saved without a BOM shows as a NUL in every other byte (for Latin-script text). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = sample.length / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return null;
}

/** Line endings to `\n`, NFC, no NUL characters. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '')
    .normalize('NFC');
}
