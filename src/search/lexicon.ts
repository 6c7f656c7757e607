import { stemEnglish } from './stemmer.js';
import { tokenize } from './tokenize.js';

/**
 * The bilingual lexicon: Swedish terms with their English equivalents, read from `glossary.*.txt` files in
 * the knowledge folder (one entry a line: `sv term; sv synonym | english; english`). It lets an English
 * question reach Swedish text, and a Swedish word reach its Swedish synonyms.
 */
export type LexiconEntry = { sv: string[]; en: string[] };

export type Lexicon = {
  entries: LexiconEntry[];
  /** Stemmed English phrase → Swedish phrases. */
  english: Map<string, Set<string>>;
  /** Lower-case Swedish phrase → the other Swedish phrases of its entries. */
  swedish: Map<string, Set<string>>;
  /** Lower-case Swedish phrase → English equivalents (for glosses in English answers). */
  glosses: Map<string, string[]>;
  maxPhraseWords: number;
};

export function parseGlossary(text: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#') || !line.includes('|')) continue;
    const [left, right] = line.split('|', 2) as [string, string];
    const sv = splitTerms(left, true);
    const en = splitTerms(right, false);
    if (sv.length > 0 && en.length > 0) entries.push({ sv, en });
  }
  return entries;
}

/** `diarienummer (dnr)` gives both terms; `motion (councillor's proposal)` keeps only `motion`. */
function splitTerms(side: string, keepAbbreviations: boolean): string[] {
  const terms: string[] = [];
  for (const raw of side.split(';')) {
    const cleaned = raw.replace(/\*/g, '').trim();
    const abbreviation = /\(([^)]{1,6})\)/.exec(cleaned)?.[1];
    const main = cleaned.replace(/\([^)]*\)/g, '').trim();
    if (main) terms.push(main.normalize('NFC').toLocaleLowerCase('sv'));
    if (keepAbbreviations && abbreviation && /^[\p{L}]+$/u.test(abbreviation))
      terms.push(abbreviation.toLocaleLowerCase('sv'));
  }
  return terms;
}

export function englishKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => stemEnglish(t.text))
    .join(' ');
}

export function buildLexicon(entries: LexiconEntry[]): Lexicon {
  const english = new Map<string, Set<string>>();
  const swedish = new Map<string, Set<string>>();
  const glosses = new Map<string, string[]>();
  let maxPhraseWords = 1;
  for (const entry of entries) {
    for (const en of entry.en) {
      const key = englishKey(en);
      if (!key) continue;
      maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);
      const set = english.get(key) ?? new Set<string>();
      for (const sv of entry.sv) set.add(sv);
      english.set(key, set);
    }
    for (const sv of entry.sv) {
      const set = swedish.get(sv) ?? new Set<string>();
      for (const other of entry.sv) if (other !== sv) set.add(other);
      swedish.set(sv, set);
      maxPhraseWords = Math.max(maxPhraseWords, sv.split(/\s+/).length);
      const existing = glosses.get(sv) ?? [];
      glosses.set(sv, [...existing, ...entry.en.filter((e) => !existing.includes(e))]);
    }
  }
  return { entries, english, swedish, glosses, maxPhraseWords: Math.min(maxPhraseWords, 4) };
}

export const emptyLexicon: Lexicon = buildLexicon([]);
