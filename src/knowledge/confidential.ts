import type { FrontMatter } from './front-matter.js';

/**
 * Whether a document is confidential (sekretessbelagd), and why. Front matter decides when it says
 * either way (`confidential: false` clears a wrongly read stamp). Otherwise the text decides, the way
 * Swedish authorities mark a document: a stamp line at the top or in the page header ("SEKRETESS",
 * "Sekretess enligt 21 kap. 7 § OSL", "HEMLIG", "Sekretessmarkering: …"), or a sentence that says this
 * document is covered ("Handlingen omfattas av sekretess enligt …"). A document that merely discusses
 * secrecy ("Vissa uppgifter kan omfattas av sekretess enligt offentlighets- och sekretesslagen") is
 * not confidential: markings are stamp-like lines, looked for near the start and in the margins only.
 */
export type ConfidentialMarking = {
  /** Where the marking was found: front matter (or side file), the first lines, or a page header. */
  source: 'front_matter' | 'text' | 'header';
  /** The marking as written (for logs and the operator), at most 120 characters. */
  marking: string;
};

/** How many non-empty lines at the start of the body a stamp may stand in. */
const HEAD_LINES = 20;
/** A stamp is short; a covering sentence may be a little longer. */
const MAX_STAMP = 160;
const MAX_SENTENCE = 300;

const STAMP =
  /^(?:sekretess|sekretessbelag(?:d|t)|sekretessbelagd handling|sekretessmarkerad(?: handling)?|sekretessmarkerat|hemlig|hemligt|hemlig handling|kvalificerat hemlig|konfidentiell|konfidentiellt|confidential|strictly confidential|secret|top secret|classified)$/i;

/** A stamp word followed by nothing but a legal reference: "enligt 21 kap. 7 § OSL", "enl. OSL 21:7". */
const STAMP_WITH_LAW =
  /^(?:sekretess(?:belag(?:d|t))?(?: handling)?|hemlig|hemligt)\s*(?:enligt|enl\.?|jfr|[:,–-])?\s*(.+)$/i;
const LAW_REFERENCE = /\bkap\b|§|\bosl\b|offentlighets-\s*och\s*sekretesslagen|2009:400/i;
const REFERENCE_WORDS = new Set(
  'kap osl sfs st p stycket punkten första andra tredje fjärde femte sjätte enligt enl jfr och samt lagen offentlighets sekretesslagen'.split(
    ' ',
  ),
);

/** "21 kap. 7 § OSL": a reference and nothing else; "… OSL gäller personuppgifter" is prose about the law. */
function isOnlyReference(rest: string): boolean {
  if (!LAW_REFERENCE.test(rest)) return false;
  return rest
    .toLowerCase()
    .split(/[\s.,;:()[\]/§–-]+/)
    .every(
      (token) => token === '' || /^\d+$/.test(token) || /^\p{L}$/u.test(token) || REFERENCE_WORDS.has(token),
    );
}

function isStampWithLaw(line: string): boolean {
  const match = STAMP_WITH_LAW.exec(line);
  return match !== null && isOnlyReference(match[1]!);
}

/** The document itself as the subject of a covering sentence. */
const THIS_DOCUMENT =
  '(?:denna handling|den här handlingen|handlingen|hela handlingen|detta dokument|det här dokumentet|dokumentet|denna bilaga|bilagan|uppgifter(?:na)? i (?:denna|den här) handling|uppgifterna i handlingen|innehållet i (?:denna|den här) handling)';

const COVERED = new RegExp(
  `^(?:${THIS_DOCUMENT}\\s+)?(?:kan\\s+)?omfattas\\s+(?:helt\\s+eller\\s+delvis\\s+)?av\\s+sekretess\\b|^${THIS_DOCUMENT}\\s+är\\s+(?:sekretessbelagd|sekretessmarkerad|hemlig)\\b|^(?:this|the) (?:document|report|memo|memorandum|annex) (?:is|contains) (?:confidential|classified|secret)\\b`,
  'i',
);

/** "Sekretess: 21 kap. 7 § OSL", "Sekretessmarkering: Ja", "Klassificering: Hemlig", "Classification: …". */
const FIELD =
  /^(sekretess|sekretessmarkering|sekretessklass|sekretessgrad|klassificering|klassning|informationsklass(?:ning)?|säkerhetsklass(?:ning)?|classification|security classification|confidentiality)\s*:\s*(.+)$/i;
const SECRECY_LABEL = /^sekretess/i;
const NEGATIVE =
  /^(?:nej|no|none|ingen|inga|saknas|ej|inte|n\/a|[-–—]|öppen|offentlig|public|open|unclassified|ej sekretess|ingen sekretess|intern|internal)\b/i;
const SECRET_VALUE =
  /\b(?:sekretess|sekretessbelagd|hemlig|hemligt|konfidentiell|konfidentiellt|confidential|secret|restricted|classified)\b/i;

/** In a page header or footer, a stamp printed in capitals beside other text ("Stockholms stad  SEKRETESS"). */
const CAPITAL_STAMP =
  /(?:^|[^\p{L}])(?:SEKRETESS|SEKRETESSBELAGD|HEMLIG|HEMLIGT|KONFIDENTIELL|CONFIDENTIAL)(?![\p{L}])/u;

/** A line without Markdown heading marks, emphasis, list bullets and enclosing brackets or rules. */
function clean(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*•–]\s+|>\s*)/, '')
    .replace(/[*_`]/g, '')
    .replace(/^[\s[(|]+|[\s\])|.!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parts of a line that a tab or a wide gap separates (headers put a stamp in its own column). */
function columns(line: string): string[] {
  return line
    .split(/\t| {3,}/)
    .map(clean)
    .filter((part) => part !== '');
}

function fieldSaysSecret(label: string, value: string): boolean {
  const v = value.trim();
  if (v === '' || NEGATIVE.test(v)) return false;
  return SECRECY_LABEL.test(label) || SECRET_VALUE.test(v);
}

/** The marking a line carries, if it is one. */
export function markingIn(line: string): string | null {
  for (const part of [clean(line), ...columns(line)]) {
    if (part.length === 0) continue;
    if (part.length <= MAX_STAMP && (STAMP.test(part) || isStampWithLaw(part))) return part;
    const field = FIELD.exec(part);
    if (field && part.length <= MAX_STAMP) {
      if (fieldSaysSecret(field[1]!, field[2]!)) return part;
      continue;
    }
    if (part.length <= MAX_SENTENCE && COVERED.test(part)) return part;
  }
  return null;
}

function headLines(body: string): string[] {
  const lines: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length >= HEAD_LINES) break;
  }
  return lines;
}

/** The front matter's own answer: true, false, or null when it says nothing about secrecy. */
export function frontMatterSecrecy(frontMatter: FrontMatter): { secret: boolean; marking: string } | null {
  for (const key of ['confidential', 'sekretess'] as const) {
    const value = frontMatter[key];
    if (value !== undefined) return { secret: value, marking: `${key}: ${value}` };
  }
  for (const key of ['classification', 'klassificering'] as const) {
    const value = frontMatter[key];
    if (value === undefined) continue;
    if (SECRET_VALUE.test(value) && !NEGATIVE.test(value.trim()))
      return { secret: true, marking: `${key}: ${value}` };
    if (NEGATIVE.test(value.trim())) return { secret: false, marking: `${key}: ${value}` };
  }
  return null;
}

function cut(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 119)}…`;
}

/**
 * Why the document is confidential, or null when it is not. `body` is the text after the front matter
 * (Markdown for converted formats); `margins` what the converter left out of it (headers, running lines).
 */
export function detectConfidential(document: {
  frontMatter: FrontMatter;
  body: string;
  margins?: string[];
}): ConfidentialMarking | null {
  const declared = frontMatterSecrecy(document.frontMatter);
  if (declared) return declared.secret ? { source: 'front_matter', marking: cut(declared.marking) } : null;
  for (const line of headLines(document.body)) {
    const marking = markingIn(line);
    if (marking) return { source: 'text', marking: cut(marking) };
  }
  for (const line of document.margins ?? []) {
    const marking = markingIn(line) ?? (line.length <= MAX_STAMP ? CAPITAL_STAMP.exec(line)?.[0] : null);
    if (marking) return { source: 'header', marking: cut(clean(marking)) };
  }
  return null;
}
