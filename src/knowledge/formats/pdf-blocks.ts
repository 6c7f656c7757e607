/**
 * PDF lines (in reading order) to headings, paragraphs and list items. Paragraphs come from vertical
 * gaps and first-line indents, headings from a font size clearly above the body text's, list items from
 * bullets; a word hyphenated at a line end is joined again.
 */
import type { Block } from './blocks.js';
import type { PdfLine } from './pdf-lines.js';

const HYPHEN_BULLET = /^[-–—]\s/;
const BULLET = /^[•·▪▫◦●○■□‣⁃∙➢➤►▸*\uf0a7\uf0b7\uf0d8\uf076\uf0fc]\s*/u;
const NUMBERED = /^(\d{1,2})[.)]\s+/;
/** Words after which a line-end hyphen is a suspended compound: "kort- och långsiktiga". */
const CONJUNCTION = /^(och|eller|samt|respektive|resp|som|till|and|or|to)\b/u;

/**
 * Joins a line to the text before it. A hyphen at the end of the previous line is removed when it
 * splits a lower-case word ("förvalt-" + "ningen"), kept when it belongs to a compound or a range
 * ("EU-" + "projekt", "Rinkeby-" + "Kista", "e-" + "post", "2026-" + "2027"), and kept with a space
 * before "och" ("kort- och långsiktiga"). An en dash is never removed.
 */
export function joinLines(previous: string, next: string): string {
  if (previous === '') return next;
  if (previous.endsWith('\u00ad')) return previous.slice(0, -1) + next;
  // Only the end matters; matching on a long paragraph's whole text would make joining quadratic.
  const hyphenated = /([\p{L}\p{N}]+)([-‐–])$/u.exec(previous.slice(-80));
  if (!hyphenated) return `${previous} ${next}`;
  const [, before, mark] = hyphenated as unknown as [string, string, string];
  if (CONJUNCTION.test(next)) return `${previous} ${next}`;
  const splitsWord = mark !== '–' && /^\p{Ll}/u.test(next) && /^\p{L}*\p{Ll}\p{Ll}$/u.test(before);
  return splitsWord ? previous.slice(0, -1) + next : previous + next;
}

type Sizes = { body: number; headingLevel: (size: number) => number | null; paragraphGap: number };

const round = (n: number) => Math.round(n * 2) / 2;

/** Body size (the size most text is set in), heading levels by size, and the usual line spacing. */
export function measure(lines: PdfLine[]): Sizes {
  const weight = new Map<number, number>();
  for (const line of lines)
    weight.set(round(line.size), (weight.get(round(line.size)) ?? 0) + line.text.length);
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const headingSizes = [...weight.keys()].filter((s) => s >= body * 1.15).sort((a, b) => b - a);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.page !== b.page || a.column !== b.column || round(a.size) !== body || round(b.size) !== body)
      continue;
    const gap = a.y - b.y;
    if (gap > 0 && gap < body * 3) gaps.push(gap / body);
  }
  gaps.sort((a, b) => a - b);
  const usual = Math.min(gaps[Math.floor(gaps.length / 4)] ?? 1.2, 1.5);
  return {
    body,
    headingLevel: (size) => {
      const index = headingSizes.indexOf(round(size));
      return index < 0 ? null : Math.min(index + 1, 6);
    },
    paragraphGap: usual * 1.3,
  };
}

const endsSentence = (text: string) => /[.!?:;]["”’)]?$/.test(text);

type Open = { block: Block; x: number; last: PdfLine };

/**
 * Where the lines of one column on one page start (most of them), how far the longest reaches, and
 * whether the text is justified (most lines reach that far).
 */
type Measure = { left: number; right: number; justified: boolean };

const columnKey = (line: PdfLine) => `${line.page}:${line.column}`;

function columnMeasures(lines: PdfLine[]): Map<string, Measure> {
  const groups = new Map<string, PdfLine[]>();
  for (const line of lines) {
    const group = groups.get(columnKey(line));
    if (group) group.push(line);
    else groups.set(columnKey(line), [line]);
  }
  const measures = new Map<string, Measure>();
  for (const [key, group] of groups) {
    const xs = group.map((l) => l.x).sort((a, b) => a - b);
    const right = Math.max(...group.map((l) => l.xEnd));
    const full = group.filter((l) => l.xEnd >= right - l.size).length;
    measures.set(key, {
      left: xs[Math.floor(xs.length / 4)]!,
      right,
      justified: group.length >= 4 && full >= group.length * 0.6,
    });
  }
  return measures;
}

/**
 * A new paragraph without a vertical gap: the line starts further in than the one before; or the
 * line before ended a sentence well short of the right edge and this one is indented, or the text is
 * justified (where only a paragraph's last line stops short).
 */
function startsWithoutGap(line: PdfLine, last: PdfLine, measure: Measure | undefined): boolean {
  if (line.x > last.x + line.size) return true;
  if (!measure || !endsSentence(last.text)) return false;
  if (measure.justified && last.xEnd < measure.right - line.size * 2) return true;
  return line.x > measure.left + line.size * 0.8 && last.xEnd < measure.right - line.size * 3;
}

/**
 * Over a page or column break a paragraph goes on when the last line did not end a sentence and
 * either the next starts in lower case or the last line was a full one (the text was still wrapping).
 */
function continuesAcrossBreak(last: PdfLine, line: PdfLine, measure: Measure | undefined): boolean {
  if (endsSentence(last.text)) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  return measure !== undefined && last.xEnd >= measure.right - last.size * 6;
}

function continues(open: Open, line: PdfLine, sizes: Sizes, measures: Map<string, Measure>): boolean {
  const { block, last } = open;
  if (block.kind === 'heading') {
    const level = sizes.headingLevel(line.size);
    return level === block.level && last.page === line.page && last.y - line.y <= line.size * 1.8;
  }
  if (sizes.headingLevel(line.size) !== null || round(line.size) !== round(last.size)) return false;
  if (line.tabular || last.tabular) return false;
  if (BULLET.test(line.text) || NUMBERED.test(line.text)) return false;
  if (HYPHEN_BULLET.test(line.text) && (endsSentence(last.text) || block.kind === 'list_item')) return false;
  if (last.page !== line.page || last.column !== line.column) {
    return continuesAcrossBreak(last, line, measures.get(columnKey(last)));
  }
  const gap = (last.y - line.y) / line.size;
  if (gap <= 0 || gap > sizes.paragraphGap) return false;
  if (block.kind === 'list_item') return line.x > open.x + 1 || !endsSentence(last.text);
  return !startsWithoutGap(line, last, measures.get(columnKey(line)));
}

function open(line: PdfLine, sizes: Sizes): Open {
  const level = sizes.headingLevel(line.size);
  if (level !== null && line.text.length <= 200) {
    return { block: { kind: 'heading', level, text: line.text }, x: line.x, last: line };
  }
  const bullet = BULLET.exec(line.text) ?? HYPHEN_BULLET.exec(line.text);
  if (bullet && line.text.length > bullet[0].length) {
    const text = line.text.slice(bullet[0].length);
    return { block: { kind: 'list_item', ordinal: null, text }, x: line.x, last: line };
  }
  const numbered = NUMBERED.exec(line.text);
  if (numbered) {
    const text = line.text.slice(numbered[0].length);
    return { block: { kind: 'list_item', ordinal: Number(numbered[1]), text }, x: line.x, last: line };
  }
  return { block: { kind: 'paragraph', text: line.text }, x: line.x, last: line };
}

export function linesToBlocks(lines: PdfLine[]): Block[] {
  const sizes = measure(lines);
  const measures = columnMeasures(lines);
  const blocks: Block[] = [];
  let current: Open | null = null;
  for (const line of lines) {
    if (current && continues(current, line, sizes, measures)) {
      current.block.text = joinLines(current.block.text, line.text);
      current.last = line;
      continue;
    }
    if (current) blocks.push(current.block);
    current = open(line, sizes);
  }
  if (current) blocks.push(current.block);
  return blocks;
}
