import { findDates } from '../text/dates.js';

/**
 * Takes page layout out of a document's text before it is split into passages: page markers, running
 * headers repeated on every page, two text columns side by side (as `pdftotext -layout` writes them),
 * words hyphenated at a line end, a paragraph cut by a page break, and a web page's breadcrumbs, share
 * buttons, feedback questions and "Senast uppdaterad" line. What a page says about itself ("Senast
 * uppdaterad: 3 februari 2027") is kept aside, not quoted as content.
 */
export type CleanedText = { text: string; updated: { date: string; line: string } | null };

const PAGE_MARKER =
  /^(?:(?:sida|page|s\.)\s*(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|\/)\s*\d{1,3})?|-\s*(\d{1,3})\s*-|(\d{1,3})\s*\(\s*\d{1,3}\s*\))$/i;
const BREADCRUMB_SEPARATOR = /\s(?:>|\/|»|›|\|)\s/;
const BREADCRUMB_START = /^(?:start|hem|home|startsida)\s*(?:>|\/|»|›|\|)/i;
const UPDATED =
  /^(?:senast\s+(?:uppdaterad|ändrad|granskad)|uppdaterad|last\s+updated|updated)\b\s*:?\s*(.*)$/i;
const PAGE_OWNER = /^(?:sidansvarig|sidägare|page owner|ansvarig för sidan)\s*:/i;
const SHARE_LEAD = /^(?:dela(?: sidan| artikeln)?|share(?: this page)?|skriv ut|print)$/i;
const SHARE_TARGET =
  /^(?:facebook|linkedin|x|twitter|e-post|epost|e-mail|email|mejl|skriv ut|print|kopiera länk)$/i;
const FEEDBACK =
  /^(?:var (?:informationen|sidan) till hjälp\??|was this (?:page|information) helpful\??|hittade du det du sökte\??)$/i;
const FEEDBACK_ANSWER = /^(?:ja|nej|yes|no)$/i;
const RELATED_LEAD = /^(?:läs mer|relaterat|relaterade (?:sidor|länkar)|related(?: pages| links)?)$/i;
const SENTENCE_END = /[.!?:;]["”’)]*$/;
const JOINING_WORDS = /^(?:och|eller|samt|till|respektive|som|resp\.)\b/;

type Block = { lines: string[]; removedBefore: boolean };

export function cleanLayout(raw: string): CleanedText {
  let updated: CleanedText['updated'] = null;
  const runningRests = runningHeaderRests(raw.split('\n'));
  const blocks: Block[] = [];
  let removed = false;
  for (const rawBlock of splitBlocks(raw)) {
    const kept: string[] = [];
    const split = splitColumns(rawBlock);
    const pageNumbers = split.map(pageNumberOf);
    const laterPage = pageNumbers.some((n) => n !== null && n >= 2);
    // A block of short lines holding "Sida 2 (3)" is the running header (or footer) of a later page.
    if (laterPage && split.every((l) => l.trim().length <= 80)) {
      removed = true;
      continue;
    }
    for (let i = 0; i < split.length; i++) {
      const line = split[i]!;
      const t = line.trim();
      const header = runningHeader(t, runningRests);
      if (pageNumbers[i] !== null || header === 'drop' || isWebChrome(t)) {
        const u = UPDATED.exec(t);
        if (u && !updated) {
          const date = findDates(u[1] ?? '', null)[0];
          if (date) updated = { date: date.date, line: t };
        }
        removed = true;
        continue;
      }
      kept.push(header === 'strip' ? t.replace(/^\d{1,3}\s+/, '') : line);
    }
    const withoutChrome = dropWebLists(kept);
    if (withoutChrome.length === 0) {
      removed = true;
      continue;
    }
    blocks.push({ lines: withoutChrome, removedBefore: removed });
    removed = false;
  }
  return { text: joinBlocks(blocks).join('\n'), updated };
}

function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line.replace(/\s+$/, ''));
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function pageNumberOf(line: string): number | null {
  const m = PAGE_MARKER.exec(line.trim());
  if (!m) return null;
  return Number(m[1] ?? m[2] ?? m[3]);
}

/**
 * Running headers that carry the page number in front ("2 Utlåtande 2026:87 RI"): the rest repeats on
 * two or more pages with different numbers. Returns those rests.
 */
function runningHeaderRests(lines: string[]): Set<string> {
  const numbersByRest = new Map<string, Set<string>>();
  for (const line of lines) {
    const m = /^(\d{1,3})\s+(\S.{2,70})$/.exec(line.trim());
    if (!m || SENTENCE_END.test(m[2]!)) continue;
    const set = numbersByRest.get(m[2]!) ?? new Set<string>();
    set.add(m[1]!);
    numbersByRest.set(m[2]!, set);
  }
  return new Set([...numbersByRest].filter(([, numbers]) => numbers.size >= 2).map(([rest]) => rest));
}

/** `drop` a later page's running header; `strip` the page number from the first page's title line. */
function runningHeader(line: string, rests: Set<string>): 'drop' | 'strip' | null {
  const m = /^(\d{1,3})\s+(.+)$/.exec(line);
  if (!m) return null;
  for (const rest of rests) {
    if (m[2] === rest) return m[1] === '1' ? 'strip' : 'drop';
    if (m[1] === '1' && m[2]!.startsWith(`${rest} `)) return 'strip';
  }
  return null;
}

function isWebChrome(line: string): boolean {
  if (UPDATED.test(line) && findDates(line, null).length > 0) return true;
  if (PAGE_OWNER.test(line) || FEEDBACK.test(line) || SHARE_LEAD.test(line)) return true;
  if (/^-{3,}$|^_{3,}$|^={3,}$/.test(line)) return false;
  if (BREADCRUMB_START.test(line)) return true;
  const parts = line.split(BREADCRUMB_SEPARATOR);
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 50 && !SENTENCE_END.test(p));
}

/** Share targets after a "Dela" line, answers after a feedback question, link lists after "Läs mer". */
function dropWebLists(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  if (trimmed.length > 0 && trimmed.every((l) => SHARE_TARGET.test(l) || FEEDBACK_ANSWER.test(l))) return [];
  if (
    RELATED_LEAD.test(trimmed[0] ?? '') &&
    trimmed.slice(1).every((l) => l.length <= 80 && !SENTENCE_END.test(l))
  )
    return [];
  return lines;
}

/**
 * Two columns side by side: lines whose text has a gap of four or more spaces at about the same place.
 * The left column is read first, then the right, as a person reads the page.
 */
function splitColumns(lines: string[]): string[] {
  const gaps = lines.map((l) => {
    const m = /^(\s*\S.*?\S?)\s{4,}(\S.*)$/.exec(l);
    return m ? m[1]!.length + (l.length - m[1]!.length - m[2]!.length) : null;
  });
  const columns = gaps.filter((g): g is number => g !== null);
  if (columns.length < 2) return lines;
  const at = Math.min(...columns);
  if (columns.some((c) => c - at > 4)) return lines;
  const left: string[] = [];
  const right: string[] = [];
  for (const line of lines) {
    const head = line.slice(0, at - 1).trim();
    const tail = line.slice(Math.max(0, at - 2)).trim();
    if (line.length < at - 1) left.push(line.trim());
    else if (head === '') right.push(tail);
    else {
      left.push(head);
      if (line.slice(at - 1).trim()) right.push(line.slice(at - 1).trim());
    }
  }
  return right.length > 0 ? [...left, '', ...right] : left;
}

/** Joins hyphenated line ends, and a paragraph that a removed page header cut in two. */
function joinBlocks(blocks: Block[]): string[] {
  const out: string[][] = [];
  for (const block of blocks) {
    const lines = joinHyphens(block.lines);
    const previous = out[out.length - 1];
    const last = previous?.[previous.length - 1]?.trim() ?? '';
    const first = lines[0]?.trim() ?? '';
    if (
      previous &&
      block.removedBefore &&
      last.length > 40 &&
      !SENTENCE_END.test(last) &&
      /^\p{Ll}/u.test(first)
    ) {
      previous[previous.length - 1] = joinLine(previous[previous.length - 1]!, first);
      previous.push(...lines.slice(1));
      continue;
    }
    out.push(lines);
  }
  return out.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
}

function joinHyphens(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && line.trim() === '') {
      out.push(line);
      continue;
    }
    if (previous !== undefined && /\p{L}-$/u.test(previous.trim()) && /^\p{Ll}/u.test(line.trim())) {
      const next = line.trim();
      if (!JOINING_WORDS.test(next)) {
        out[out.length - 1] = previous.trimEnd().slice(0, -1) + next;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

function joinLine(a: string, b: string): string {
  return /\p{L}-$/u.test(a.trim()) && !JOINING_WORDS.test(b)
    ? a.trimEnd().slice(0, -1) + b
    : `${a.trimEnd()} ${b}`;
}
