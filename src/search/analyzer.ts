import { splitCompound } from './compounds.js';
import { derivationalRoot, stemSwedish } from './stemmer.js';
import { isStopWord } from './stopwords.js';
import { tokenize } from './tokenize.js';

/**
 * Terms that text is indexed under. A word gives its stem; a compound also gives its parts (so that
 * "bevakning" finds "omvärldsbevakning"); a derived noun also gives its root (inriktning ~ inriktas).
 * Parts and roots are prefixed so that scoring can weigh them below a whole-word match.
 */
export const PART = '~';
export const ROOT = '^';

export type TermKind = 'word' | 'part' | 'root';

export function termKind(term: string): TermKind {
  if (term.startsWith(PART)) return 'part';
  if (term.startsWith(ROOT)) return 'root';
  return 'word';
}

const termCache = new Map<string, string[]>();

/** The index terms of one lower-case token. Stop words give none. */
export function termsOfToken(token: string): string[] {
  const hit = termCache.get(token);
  if (hit) return hit;
  const terms: string[] = [];
  const pieces = token.split(/['-]/).filter((p) => p.length > 0);
  const add = (t: string) => {
    if (!terms.includes(t)) terms.push(t);
  };
  if (pieces.length > 1) {
    // "EU-projekt": the whole, joined ("euprojekt"), and each piece as a word of its own.
    add(stemSwedish(pieces.join('')));
    for (const piece of pieces) if (!isStopWord(piece)) addWord(piece, add, true);
  } else if (!isStopWord(token)) {
    addWord(token, add, false);
  }
  if (termCache.size > 300_000) termCache.clear();
  termCache.set(token, terms);
  return terms;
}

function addWord(word: string, add: (t: string) => void, fromHyphen: boolean) {
  const stem = stemSwedish(word);
  add(stem);
  const root = derivationalRoot(stem);
  if (root) add(ROOT + root);
  const parts = splitCompound(word);
  if (parts) {
    for (const part of parts) {
      const partStem = stemSwedish(part);
      add(PART + partStem);
      const partRoot = derivationalRoot(partStem);
      if (partRoot) add(ROOT + partRoot);
    }
  }
  void fromHyphen;
}

/** Abbreviations of Swedish administrative prose, written out so that they match the words people type. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(^|[\s(])t\.\s?f\.(?=\s|$)/giu, '$1tillförordnad'],
  [/(^|[\s(])bl\.\s?a\.(?=\s|$)/giu, '$1bland annat'],
  [/(^|[\s(])fr\.\s?o\.\s?m\.(?=\s|$)/giu, '$1från och med'],
  [/(^|[\s(])t\.\s?o\.\s?m\.(?=\s|$)/giu, '$1till och med'],
  [/(^|[\s(])resp\.(?=\s|$)/giu, '$1respektive'],
  [/(^|[\s(])ang\.(?=\s|$)/giu, '$1angående'],
];

export function expandAbbreviations(text: string): string {
  let out = text;
  for (const [pattern, replacement] of ABBREVIATIONS) out = out.replace(pattern, replacement);
  return out;
}

/** Every index term of a text, with repetitions (for term frequency). */
export function analyzeText(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(expandAbbreviations(text))) {
    if (/^\d+$/.test(token.text) && token.text.length < 4) continue;
    out.push(...termsOfToken(token.text));
  }
  return out;
}

/** The plain word stem of a token, used by the query side. */
export function stemOf(token: string): string {
  return stemSwedish(token);
}
