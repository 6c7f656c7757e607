import { monthOf } from '../text/dates.js';

/**
 * Pages in text taken from a PDF: page markers ("Sida 2 (3)", "- 2 -", "2 (3)"), form feeds between
 * pages, running headers that carry the page number ("2 Utlåtande 2026:87 RI"), and blocks that repeat
 * at page breaks, such as a footer with the signature boxes of minutes or a running title. All of it is
 * layout: it is taken out, so that a sentence running across a page break is whole again.
 */

const PAGE_MARKER =
  /^(?:(?:sida|sidan|sid\.?|page|s\.)\s*(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|\/)\s*\d{1,3})?|[-–]\s*(\d{1,3})\s*[-–]|(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|\/\s*\d{1,3}|(?:av|of)\s+\d{1,3}))$/i;
const SENTENCE_END = /[.!?:;]["”’)]*$/;

export type RawBlock = { lines: string[]; pageBreakBefore: boolean };

/** Blocks of non-blank lines; a form feed ends a page, and the first block after it says so. */
export function splitPages(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  text.split('\f').forEach((page, p) => {
    let current: string[] = [];
    let first = p > 0;
    const flush = () => {
      if (current.length === 0) return;
      blocks.push({ lines: current, pageBreakBefore: first });
      first = false;
      current = [];
    };
    for (const line of page.split('\n')) {
      if (line.trim() === '') flush();
      else current.push(line.replace(/\s+$/, ''));
    }
    flush();
  });
  return blocks;
}

export function pageNumberOf(line: string): number | null {
  const m = PAGE_MARKER.exec(line.trim());
  if (!m) return null;
  return Number(m[1] ?? m[2] ?? m[3]);
}

/**
 * A block of short lines holding "Sida 2 (3)": the running header (or footer) of a later page. The marker
 * may stand alone or be set apart at the end of a line ("PROTOKOLLSUTDRAG          Sida 2 (3)").
 */
export function isLaterPageHeader(lines: string[]): boolean {
  const numbers = lines.map((line) => pageNumberOf(line) ?? pageNumberOf(trailingColumn(line)));
  return numbers.some((n) => n !== null && n >= 2) && lines.every((l) => l.trim().length <= 80);
}

/** The text set apart by four or more spaces at the end of a line, or "" when there is none. */
export function trailingColumn(line: string): string {
  return /^.*\S\s{4,}(\S.*)$/.exec(line)?.[1] ?? '';
}

/** The last part of a line after a separator ("… · Dnr 2026-21833 · Sida 2 (4)"), or "". */
function lastPart(line: string): string {
  return /^.*\S\s*(?:[·|•]|\s[–—-]\s|\s{4,})\s*(\S.*)$/.exec(line)?.[1] ?? '';
}

const lineKey = (line: string) =>
  line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLocaleLowerCase('sv');

/**
 * Lines that end in a page marker and repeat, numbers aside, on two pages or more ("Stockholms stad ·
 * Handlingsplan · Sida 2 (4)"): a running header or footer, on the first page too. Returns their keys.
 */
export function markedRunningLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const last = lastPart(line);
    if (!last || pageNumberOf(last) === null || line.trim().length > 160) continue;
    const key = lineKey(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

export function isMarkedRunningLine(line: string, keys: Set<string>): boolean {
  return keys.size > 0 && keys.has(lineKey(line));
}

/** A page number alone at the far right of a line, as `pdftotext -layout` sets a footer's number. */
export function isFarRightNumber(line: string): boolean {
  return /^\s{20,}\d{1,3}\s*$/.test(line);
}

/**
 * Running headers that carry the page number in front ("2 Utlåtande 2026:87 RI"): the rest repeats on
 * two or more pages with different numbers. Returns those rests.
 */
export function runningHeaderRests(lines: string[]): Set<string> {
  const numbersByRest = new Map<string, Set<string>>();
  for (const line of lines) {
    const m = /^(\d{1,3})\s+(\S.{2,70})$/.exec(line.trim());
    // "14 SEP" over one event and "22 SEP" over the next are dates, a day and its month, not page numbers.
    if (!m || SENTENCE_END.test(m[2]!) || monthOf(m[2]!.trim().split(/\s+/)[0]!) !== undefined) continue;
    const set = numbersByRest.get(m[2]!) ?? new Set<string>();
    set.add(m[1]!);
    numbersByRest.set(m[2]!, set);
  }
  return new Set([...numbersByRest].filter(([, numbers]) => numbers.size >= 2).map(([rest]) => rest));
}

/** `drop` a later page's running header; `strip` the page number from the first page's title line. */
export function runningHeader(line: string, rests: Set<string>): 'drop' | 'strip' | null {
  const m = /^(\d{1,3})\s+(.+)$/.exec(line);
  if (!m) return null;
  for (const rest of rests) {
    if (m[2] === rest) return m[1] === '1' ? 'strip' : 'drop';
    if (m[1] === '1' && m[2]!.startsWith(`${rest} `)) return 'strip';
  }
  return null;
}

const blockKey = (lines: string[]) =>
  lines
    .map(lineKey)
    .filter((l) => l !== '')
    .join('\n');

/** A few short lines that do not end a sentence: a header, a footer, a caption. */
function isShortBlock(lines: string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '');
  return (
    text.length > 0 &&
    text.length <= 4 &&
    text.every((l) => l.trim().length <= 100 && !SENTENCE_END.test(l.trim()))
  );
}

/**
 * Blocks that are running headers or footers: a short block that stands at a page break (a form feed, or
 * next to a later page's header) with the same text, digits aside, at two page breaks or more; or a lone
 * page number at a page break.
 * `headers` marks the blocks already known to be later pages' headers.
 */
export function runningBlocks(blocks: RawBlock[], columns: string[][], headers: boolean[]): Set<number> {
  const breakBefore = (i: number) => blocks[i]!.pageBreakBefore || (i > 0 && headers[i - 1]!);
  const breakAfter = (i: number) =>
    i + 1 < blocks.length && (blocks[i + 1]!.pageBreakBefore || headers[i + 1]!);
  const atBreak = (i: number) => breakBefore(i) || breakAfter(i);
  const counts = new Map<string, number>();
  const running = new Set<number>();
  columns.forEach((lines, i) => {
    if (headers[i] || !isShortBlock(lines) || !atBreak(i)) return;
    if (lines.length === 1 && /^\d{1,3}$/.test(lines[0]!.trim())) running.add(i);
    const key = blockKey(lines);
    if (key.length >= 8) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  // Where it stands at a break, and as the last block (the last page's footer). Elsewhere, as on the
  // first page above the text, the same words are the document's own (its title).
  columns.forEach((lines, i) => {
    const last = i === blocks.length - 1;
    if (headers[i] || !(atBreak(i) || last) || !isShortBlock(lines)) return;
    if ((counts.get(blockKey(lines)) ?? 0) >= 2) running.add(i);
  });
  return running;
}
