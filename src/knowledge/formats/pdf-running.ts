/**
 * Running headers, footers and page numbers: lines at the top or bottom edge of a page that repeat on
 * other pages at the same height (digits ignored, so "Sida 2 av 5" repeats "Sida 1 av 5"), and lone page
 * numbers. They are layout, not content, and would otherwise split sentences that run across pages.
 */
import { findCaseNumbers } from '../../text/case-number.js';
import type { PdfLine } from './pdf-lines.js';

const EDGE_LINES = 2;
const SAME_HEIGHT = 4;

const PAGE_NUMBER =
  /^[-–—(\s]*(?:(?:sida|sid\.?|s\.|page|p\.)\s*)?\d{1,3}(?:\s*(?:av|of|\/|\()\s*\d{1,3}\)?)?[-–—)\s]*$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

function key(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The lines nearest the top and the bottom edge of a page. */
function edgeLines(lines: PdfLine[]): PdfLine[] {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  if (byHeight.length <= EDGE_LINES * 2) return byHeight;
  return [...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)];
}

function inOuterBand(line: PdfLine): boolean {
  return line.y > line.pageHeight * 0.85 || line.y < line.pageHeight * 0.15;
}

/**
 * Drops running lines from every page. A running line that carries a case number leaves that number
 * behind once (on the first page it appears), because a document's dnr is often printed only in its
 * header.
 */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const occurrences = new Map<string, PdfLine[]>();
  for (const lines of pages) {
    for (const line of edgeLines(lines)) {
      const k = key(line.text);
      const same = occurrences.get(k);
      if (same) same.push(line);
      else occurrences.set(k, [line]);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  const running = new Set<PdfLine>();
  const kept = new Map<PdfLine, string>();
  for (const lines of occurrences.values()) {
    for (const anchor of lines) {
      if (running.has(anchor)) continue;
      const same = lines.filter((l) => Math.abs(l.y - anchor.y) <= SAME_HEIGHT);
      if (new Set(same.map((l) => l.page)).size < needed) continue;
      for (const l of same) running.add(l);
      const caseNumbers = findCaseNumbers(same[0]!.text).map((m) => m.raw.trim());
      if (caseNumbers.length > 0) kept.set(same[0]!, caseNumbers.join(' '));
    }
  }
  return pages.map((lines) => {
    const edges = edgeLines(lines);
    return lines.flatMap((line) => {
      const keptText = kept.get(line);
      if (keptText !== undefined) return [{ ...line, text: keptText }];
      if (running.has(line)) return [];
      return isPageNumber(line.text) && inOuterBand(line) && edges.includes(line) ? [] : [line];
    });
  });
}
