/**
 * Text items of a PDF page (as pdfjs reports them: a string at a position) to lines in reading order.
 * PDFs store no reading order: lines are rebuilt from baselines, and a page set in two columns is read
 * column by column, with full-width lines (titles, headers) kept where they stand.
 */

export type PdfTextItem = { str: string; x: number; y: number; width: number; size: number };

export type PdfPageText = { width: number; height: number; items: PdfTextItem[] };

export type PdfLine = {
  text: string;
  x: number;
  xEnd: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  size: number;
  page: number;
  /** Lines with different `column` values on one page were not set one under the other. */
  column: number;
  pageHeight: number;
};

type Row = { y: number; items: PdfTextItem[] };

const COMBINING = /^\p{M}/u;

/** Items on (nearly) the same baseline, top of the page first. */
function groupRows(items: PdfTextItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    // The larger of the two sizes, so that a superscript (a footnote mark) stays on its line.
    const size = Math.max(item.size, ...(row?.items.map((i) => i.size) ?? []));
    if (row && Math.abs(row.y - item.y) <= Math.max(1, 0.4 * size)) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows;
}

/** One line's text: items left to right, a space where the gap between them is wider than a letter's. */
export function joinItems(items: PdfTextItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let last: PdfTextItem | null = null;
  for (const item of sorted) {
    // Fake bold: the same string drawn twice a fraction of a point apart.
    if (last && item.str === last.str && Math.abs(item.x - last.x) < 0.2 * item.size) continue;
    const gap = item.x - end;
    const needsSpace =
      text !== '' &&
      gap > 0.15 * item.size &&
      !/\s$/.test(text) &&
      !/^\s/.test(item.str) &&
      !COMBINING.test(item.str);
    text += (needsSpace ? ' ' : '') + item.str;
    end = Math.max(end, item.x + item.width);
    last = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const crosses = (item: PdfTextItem, g: number, margin: number) =>
  item.x < g + margin && item.x + item.width > g - margin;

/**
 * The x of a gutter between two columns, or null for a single-column page. A gutter is a vertical
 * strip in the middle of the page that most rows do not cross and that has text on both sides.
 */
export function findGutter(rows: Row[], width: number): number | null {
  if (rows.length < 6) return null;
  let best: { g: number; score: number } | null = null;
  for (let g = width * 0.3; g <= width * 0.7; g += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const row of rows) {
      if (row.items.some((item) => crosses(item, g, 4))) {
        crossing++;
        continue;
      }
      if (row.items.some((item) => item.x + item.width <= g)) left++;
      if (row.items.some((item) => item.x >= g)) right++;
    }
    const ok = crossing <= rows.length * 0.35 && left >= 3 && right >= 3 && right >= rows.length * 0.3;
    const score = Math.min(left, right);
    if (ok && (!best || score > best.score)) best = { g, score };
  }
  return best?.g ?? null;
}

function toLine(items: PdfTextItem[], page: number, column: number, pageHeight: number): PdfLine | null {
  const text = joinItems(items);
  if (text === '') return null;
  const visible = items.filter((i) => i.str.trim() !== '');
  // Baseline and size are the ones most of the line's text is set in (not a superscript's or an initial's).
  const main = visible.reduce((a, b) => (b.str.length > a.str.length ? b : a));
  return {
    text,
    x: Math.min(...visible.map((i) => i.x)),
    xEnd: Math.max(...visible.map((i) => i.x + i.width)),
    y: main.y,
    size: main.size,
    page,
    column,
    pageHeight,
  };
}

/** The page's lines in reading order. */
export function pageLines(page: PdfPageText, pageIndex: number): PdfLine[] {
  const items = page.items.filter((i) => i.str !== '');
  const rows = groupRows(items.filter((i) => i.str.trim() !== '' || i.width > 0));
  const gutter = findGutter(rows, page.width);
  const lines: PdfLine[] = [];
  const push = (line: PdfLine | null) => {
    if (line) lines.push(line);
  };
  if (gutter === null) {
    for (const row of rows) push(toLine(row.items, pageIndex, 0, page.height));
    return lines;
  }
  let column = 0;
  let left: PdfTextItem[][] = [];
  let right: PdfTextItem[][] = [];
  const flushBand = () => {
    for (const part of left) push(toLine(part, pageIndex, column, page.height));
    if (left.length > 0) column++;
    for (const part of right) push(toLine(part, pageIndex, column, page.height));
    if (right.length > 0) column++;
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.items.some((item) => crosses(item, gutter, 4))) {
      flushBand();
      push(toLine(row.items, pageIndex, column++, page.height));
      continue;
    }
    const l = row.items.filter((item) => item.x < gutter);
    const r = row.items.filter((item) => item.x >= gutter);
    if (l.length > 0) left.push(l);
    if (r.length > 0) right.push(r);
  }
  flushBand();
  return lines;
}
