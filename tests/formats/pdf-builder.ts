/**
 * Writes small but valid PDF files by hand, so that the PDF tests need no tool and no committed binary.
 * Text is drawn with the standard fonts (Helvetica, WinAnsi), one `Tj` per run, at absolute positions.
 * The `decomposed` font draws å, ä and ö as a base letter followed by a zero-width combining mark
 * (ToUnicode U+030A / U+0308), as PDFs made from decomposed (NFD) text do.
 */

/** `mono`: every glyph equally wide (0.556 em), so that a test can set justified lines exactly. */
export type PdfFont = 'regular' | 'bold' | 'decomposed' | 'mono';

export type PdfRun = { x: number; y: number; size: number; text: string; font?: PdfFont };

export type PdfPage = { width?: number; height?: number; runs: PdfRun[] };

const FONT_NAMES: Record<PdfFont, string> = { regular: 'F1', bold: 'F2', decomposed: 'F3', mono: 'F3' };

/** WinAnsi codes that differ from Latin-1 (the 0x80–0x9f block). */
const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

function winAnsiBytes(text: string): number[] {
  return [...text].map((ch) => {
    const extra = WIN_ANSI_EXTRA[ch];
    if (extra !== undefined) return extra;
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`pdf-builder cannot encode ${JSON.stringify(ch)}`);
  });
}

/** In the decomposed font, the combining marks are drawn with the (zero-width) codes 0xA8 and 0xB0. */
const COMBINING_CODES: Record<string, string> = { '\u0308': '\u00a8', '\u030a': '\u00b0' };

function pdfString(text: string, font: PdfFont = 'regular'): string {
  const source =
    font === 'decomposed'
      ? text.normalize('NFD').replace(/[\u0308\u030a]/g, (m) => COMBINING_CODES[m]!)
      : text;
  return winAnsiBytes(source)
    .map((b) => {
      if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`;
      if (b < 0x20 || b > 0x7e) return `\\${b.toString(8).padStart(3, '0')}`;
      return String.fromCharCode(b);
    })
    .join('');
}

function contentStream(runs: PdfRun[]): string {
  return runs
    .map((r) => {
      const font = FONT_NAMES[r.font ?? 'regular'];
      return `BT /${font} ${r.size} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${pdfString(r.text, r.font)}) Tj ET`;
    })
    .join('\n');
}

/** ToUnicode map: printable bytes to themselves, 0xA8 and 0xB0 to the combining diaeresis and ring. */
function decomposingCMap(): string {
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
  const decomposed: Record<number, string> = { 168: '0308', 176: '030A' };
  const lines: string[] = [];
  for (let b = 0x20; b <= 0xff; b++) {
    if (b >= 0x7f && b < 0xa0) continue;
    lines.push(`<${hex(b, 2)}> <${decomposed[b] ?? hex(b, 4)}>`);
  }
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += 100) {
    const part = lines.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Utblick-Decomposed def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function streamObject(body: string): string {
  return `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`;
}

/** Builds a complete PDF (header, objects, xref table, trailer) from pages of positioned text runs. */
export function buildPdf(pages: PdfPage[], title = 'Fiktivt testdokument'): Buffer {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const cmap = add(streamObject(decomposingCMap()));
  // Every glyph one advance wide except the two combining marks, which do not advance.
  const widths = Array.from({ length: 224 }, (_, i) => (i + 32 === 0xa8 || i + 32 === 0xb0 ? 0 : 556));
  const f3 = add(
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [${widths.join(' ')}] /ToUnicode ${cmap} 0 R >>`,
  );
  const fonts = `<< /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R >>`;
  const kids = pages.map((page) => {
    const content = add(streamObject(contentStream(page.runs)));
    const box = `[0 0 ${page.width ?? 595} ${page.height ?? 842}]`;
    return add(
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox ${box} /Resources << /Font ${fonts} >> /Contents ${content} 0 R >>`,
    );
  });
  const info = add(`<< /Title (${pdfString(title)}) /Producer (Utblick test pdf-builder) >>`);
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
