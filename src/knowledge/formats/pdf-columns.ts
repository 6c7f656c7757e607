/**
 * Two-column passages on a PDF page. A page may mix full-width text (a title, an introduction) with
 * a passage set in two columns; the columns are found as runs of consecutive rows that leave a
 * vertical strip (the gutter) free and have running text on both sides of it.
 */
import type { PdfTextItem } from './pdf-lines.js';

export type Row = { y: number; items: PdfTextItem[] };

/** The gutter's x and the rows that are read as two columns (left column first). */
export type ColumnLayout = { gutter: number; split: Set<Row> };

const GUTTER_MARGIN = 4;

const visible = (row: Row) => row.items.filter((i) => i.str.trim() !== '');

export const crossesGutter = (row: Row, g: number) =>
  visible(row).some((item) => item.x < g + GUTTER_MARGIN && item.x + item.width > g - GUTTER_MARGIN);

const chars = (items: PdfTextItem[]) => items.reduce((n, i) => n + i.str.trim().length, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const hasRight = (row: Row, g: number) => visible(row).some((i) => i.x >= g);

/**
 * Left-only rows above the right column's first line or below its last belong to the columns only
 * when they follow at the usual line spacing (a longer left column); a heading or a paragraph set off
 * by a wider gap is full-width text that happens not to reach the gutter.
 */
function trimRun(run: Row[], g: number): Row[] {
  const first = run.findIndex((r) => hasRight(r, g));
  const last = run.findLastIndex((r) => hasRight(r, g));
  if (first < 0) return [];
  const spacing = median(run.slice(1).map((r, i) => run[i]!.y - r.y));
  let start = first;
  while (start > 0 && run[start - 1]!.y - run[start]!.y <= spacing * 1.5) start--;
  let end = last;
  while (end < run.length - 1 && run[end]!.y - run[end + 1]!.y <= spacing * 1.5) end++;
  return run.slice(start, end + 1);
}

/** Runs of consecutive rows that do not cross `g` and have at least three lines on each side. */
function columnRuns(rows: Row[], g: number): Row[][] {
  const runs: Row[][] = [];
  let run: Row[] = [];
  const close = () => {
    const trimmed = trimRun(run, g);
    const left = trimmed.filter((r) => visible(r).some((i) => i.x + i.width <= g)).length;
    const right = trimmed.filter((r) => hasRight(r, g)).length;
    if (left >= 3 && right >= 3) runs.push(trimmed);
    run = [];
  };
  for (const row of rows) {
    if (crossesGutter(row, g)) close();
    else run.push(row);
  }
  close();
  return runs;
}

/**
 * Prose on both sides: lines of some length, and the left column's lines reaching close to where
 * the right column starts. A table of short cells, or a signature block, does neither.
 */
function looksLikeProse(rows: Row[], g: number): boolean {
  const lefts = rows.map((r) => visible(r).filter((i) => i.x + i.width <= g)).filter((l) => l.length > 0);
  const rights = rows.map((r) => visible(r).filter((i) => i.x >= g)).filter((r) => r.length > 0);
  const size = median(rows.flatMap((r) => visible(r).map((i) => i.size)));
  const leftEnd = median(lefts.map((l) => Math.max(...l.map((i) => i.x + i.width))));
  const rightStart = median(rights.map((r) => Math.min(...r.map((i) => i.x))));
  return (
    median(lefts.map(chars)) >= 18 && median(rights.map(chars)) >= 18 && rightStart - leftEnd <= 6 * size
  );
}

export function findColumns(rows: Row[], width: number): ColumnLayout | null {
  // Cheap exit for the common single-column page: a right column needs lines that start mid-page.
  const startMidPage = rows.filter((r) => r.items.some((i) => i.x >= width * 0.3 && i.str.trim() !== ''));
  if (startMidPage.length < 3) return null;
  let best: { gutter: number; rows: Row[] } | null = null;
  for (let g = width * 0.3; g <= width * 0.7; g += 2) {
    const inColumns = columnRuns(rows, g).flat();
    if (inColumns.length < 6 || !looksLikeProse(inColumns, g)) continue;
    if (!best || inColumns.length > best.rows.length) best = { gutter: g, rows: inColumns };
  }
  return best ? { gutter: best.gutter, split: new Set(best.rows) } : null;
}
