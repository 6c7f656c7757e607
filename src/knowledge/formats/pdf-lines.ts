/**
 * Text items of a PDF page (as pdfjs reports them: a string at a position) to lines in reading order.
 * PDFs store no reading order: lines are rebuilt from baselines, and a page set in two columns is read
 * column by column, with full-width lines (titles, headers) kept where they stand.
 */
import { findColumns, type Row } from './pdf-columns.js';

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

/** The page's lines in reading order: full-width rows as they come, two-column passages column by column. */
export function pageLines(page: PdfPageText, pageIndex: number): PdfLine[] {
  const rows = groupRows(page.items.filter((i) => i.str.trim() !== '' || (i.str !== '' && i.width > 0)));
  const layout = findColumns(rows, page.width);
  const lines: PdfLine[] = [];
  // Lines with the same `column` value were set one under the other; it changes at every switch.
  let column = 0;
  let left: PdfTextItem[][] = [];
  let right: PdfTextItem[][] = [];
  const push = (items: PdfTextItem[]) => {
    const line = toLine(items, pageIndex, column, page.height);
    if (line) lines.push(line);
  };
  const flushColumns = () => {
    if (left.length === 0 && right.length === 0) return;
    column++;
    for (const part of left) push(part);
    column++;
    for (const part of right) push(part);
    column++;
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (!layout?.split.has(row)) {
      flushColumns();
      push(row.items);
      continue;
    }
    const l = row.items.filter((item) => item.x < layout.gutter);
    const r = row.items.filter((item) => item.x >= layout.gutter);
    if (l.length > 0) left.push(l);
    if (r.length > 0) right.push(r);
  }
  flushColumns();
  return lines;
}
