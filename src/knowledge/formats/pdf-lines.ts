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
  /** Cells set apart by wide gaps (a table row or tab stops): kept as a line of its own. */
  tabular: boolean;
  pageHeight: number;
};

type Row = { y: number; items: PdfTextItem[] };

const COMBINING = /^\p{M}/u;

/** Items on (nearly) the same baseline, top of the page first. */
function groupRows(items: PdfTextItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (Row & { size: number })[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    // Within half the larger size: a superscript (a footnote mark) stays on its line, the next line
    // (at least one size below) does not. The row's baseline is that of its largest text.
    if (row && Math.abs(row.y - item.y) <= 0.5 * Math.max(row.size, item.size)) {
      row.items.push(item);
      if (item.size > row.size) Object.assign(row, { y: item.y, size: item.size });
    } else {
      rows.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  return rows;
}

/** Wider than any word space in justified text: the gap between table cells or tab stops. */
const CELL_GAP = 3;
export const CELL_SEPARATOR = ' | ';

/**
 * One line's text: items left to right, a space where the gap between them is wider than a letter's,
 * and a bar between cells set apart by a gap wider than three letters.
 */
export function joinItems(items: PdfTextItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let last: PdfTextItem | null = null;
  // A whitespace item (often a tab drawn as one wide space) only says that a space is there.
  let spaceItem = false;
  for (const item of sorted) {
    if (item.str.trim() === '') {
      spaceItem = text !== '';
      continue;
    }
    // Fake bold: the same string drawn twice a fraction of a point apart.
    if (last && item.str === last.str && Math.abs(item.x - last.x) < 0.2 * item.size) continue;
    const gap = item.x - end;
    const spaced =
      text !== '' &&
      !COMBINING.test(item.str) &&
      (spaceItem || gap > 0.15 * item.size || /\s$/.test(text) || /^\s/.test(item.str));
    const separator = gap > CELL_GAP * item.size ? CELL_SEPARATOR : ' ';
    text = spaced ? `${text.trimEnd()}${separator}${item.str.trimStart()}` : text + item.str;
    end = Math.max(end, item.x + item.width);
    last = item;
    spaceItem = false;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const crosses = (item: PdfTextItem, g: number, margin: number) =>
  item.x < g + margin && item.x + item.width > g - margin;

const chars = (items: PdfTextItem[]) => items.reduce((n, i) => n + i.str.trim().length, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The x of a gutter between two columns, or null for a single-column page. A gutter is a vertical
 * strip in the middle of the page that most rows do not cross, with running text on both sides: the
 * lines on each side are long, which tells columns of prose from a table of short cells.
 */
export function findGutter(rows: Row[], width: number): number | null {
  if (rows.length < 6) return null;
  let best: { g: number; score: number } | null = null;
  for (let g = width * 0.3; g <= width * 0.7; g += 2) {
    let crossing = 0;
    const left: number[] = [];
    const right: number[] = [];
    for (const row of rows) {
      if (row.items.some((item) => crosses(item, g, 4))) {
        crossing++;
        continue;
      }
      const l = row.items.filter((item) => item.x + item.width <= g);
      const r = row.items.filter((item) => item.x >= g);
      if (l.length > 0) left.push(chars(l));
      if (r.length > 0) right.push(chars(r));
    }
    const ok =
      crossing <= rows.length * 0.35 &&
      left.length >= 3 &&
      right.length >= 3 &&
      right.length >= rows.length * 0.3 &&
      median(left) >= 18 &&
      median(right) >= 18;
    const score = Math.min(left.length, right.length);
    if (ok && (!best || score > best.score)) best = { g, score };
  }
  return best?.g ?? null;
}

/** A footnote mark: digits or an asterisk, smaller than the line's text and raised above its baseline. */
function isSuperscriptMark(item: PdfTextItem, main: PdfTextItem): boolean {
  return (
    item !== main &&
    /^\s*[\d*†]{1,3}\s*$/.test(item.str) &&
    item.size < main.size * 0.85 &&
    item.y > main.y + main.size * 0.2
  );
}

function toLine(rowItems: PdfTextItem[], page: number, column: number, pageHeight: number): PdfLine | null {
  const visible = rowItems.filter((i) => i.str.trim() !== '');
  if (visible.length === 0) return null;
  // Baseline and size are the ones most of the line's text is set in (not a superscript's or an initial's).
  const main = visible.reduce((a, b) => (b.str.length > a.str.length ? b : a));
  const items = rowItems.filter((i) => !isSuperscriptMark(i, main));
  const text = joinItems(items);
  if (text === '') return null;
  return {
    text,
    x: Math.min(...visible.map((i) => i.x)),
    xEnd: Math.max(...visible.map((i) => i.x + i.width)),
    y: main.y,
    size: main.size,
    tabular: text.includes(CELL_SEPARATOR),
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
