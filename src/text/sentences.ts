/**
 * Splits Swedish/English prose into sentences, keeping each sentence verbatim (offsets into the source),
 * so that a quote is always an exact substring. Abbreviations common in Swedish administrative text
 * ("t.f.", "bl.a.", "t.ex.", "m.m.", "dnr.", "ca.") do not end a sentence.
 */
const ABBREVIATIONS = new Set(
  [
    't.f',
    'bl.a',
    't.ex',
    'm.m',
    'd.v.s',
    'dvs',
    'o.s.v',
    'osv',
    'ca',
    'jfr',
    'resp',
    'st',
    'nr',
    'dnr',
    'kap',
    'p',
    's',
    'f.d',
    'fr.o.m',
    't.o.m',
    'm.fl',
    'e.d',
    'mr',
    'mrs',
    'dr',
    'e.g',
    'i.e',
    'etc',
    'vs',
    'no',
    'tfn',
    'tel',
    'inkl',
    'exkl',
    'ang',
    'avd',
    'enl',
    'prof',
    'sek',
    'kr',
    'milj',
    'mkr',
    'jan',
    'feb',
    'aug',
    'sept',
    'sep',
    'okt',
    'nov',
    'dec',
  ].map((a) => a.toLowerCase()),
);

export type SentenceSpan = { text: string; start: number; end: number };

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // A table's row ("8 | 2027-01-28 | KS 2027/63 | Tjänsteresa till Montréal …. Kostnad 36 900 kr. | Mats
  // Wennerholm") is one record: the sentences within a cell are no units apart from the row's other cells.
  if (text.includes(' | ')) {
    pushSpan(spans, text, 0, text.length);
    return spans;
  }
  let start = 0;
  const pattern = /[.!?…]+["”’)]*(?=\s+|$)/g;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (match[0] === '.' && ABBREVIATIONS.has(lastWord)) continue;
    // A single letter or a number before the dot ("1.", "A.") is an enumeration, not a sentence end.
    if (match[0] === '.' && /(^|\s)(\p{L}|\d{1,2})$/u.test(before)) continue;
    const next = text.slice(end).trimStart();
    // "… äger rum den 18 mars 2027 kl. 18.00.": the hour belongs to its sentence.
    if (match[0] === '.' && lastWord === 'kl' && /^\d/.test(next)) continue;
    // "Låt fler forma framtiden! (SOU 2016:5) hänvisas …": a title's own ! or ? before its reference in
    // parentheses ends the title, not the sentence.
    if (/^[!?]+$/u.test(match[0]) && next.startsWith('(')) continue;
    // "Kommunfullmäktige beslutade 28 april 2003 (utl. 2003:40) att …": a dot inside brackets that close soon
    // after ends an abbreviation, not the sentence.
    if (!match[0].includes(')') && opensBracket(before) && /^[^()]{0,80}\)/u.test(text.slice(end))) continue;
    // "Stockholm. stad" is not a new sentence: the next sentence starts with upper case, a digit or a quote.
    if (next.length > 0 && !/^[\p{Lu}\d"”“'’(*–-]/u.test(next)) continue;
    pushSpan(spans, text, start, end);
    start = end;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

/** True when the text has a bracket still open at its end. */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
}
