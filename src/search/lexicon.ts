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
  /** Lower-case English phrase as written → Swedish phrases (tried first: stems conflate responsible/response). */
  englishExact: Map<string, Set<string>>;
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
    if (main) terms.push(main.normalize('NFC').toLowerCase());
    if (keepAbbreviations && abbreviation && /^[\p{L}]+$/u.test(abbreviation))
      terms.push(abbreviation.toLowerCase());
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
  const englishExact = new Map<string, Set<string>>();
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
      const exactKey = tokenize(en)
        .map((t) => t.text)
        .join(' ');
      const exact = englishExact.get(exactKey) ?? new Set<string>();
      for (const sv of entry.sv) exact.add(sv);
      englishExact.set(exactKey, exact);
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
  return { entries, english, englishExact, swedish, glosses, maxPhraseWords: Math.min(maxPhraseWords, 4) };
}

export const emptyLexicon: Lexicon = buildLexicon([]);

/**
 * Irregular English verbs and their past forms, which neither the stemmer nor the regular endings bring back to
 * the verb: the glossary writes "send back" for "was sent back", and "paid by the City Executive Office"
 * answers "Who pays …".
 */
const IRREGULAR_VERBS: Record<string, string[]> = {
  pay: ['paid'],
  lead: ['led'],
  win: ['won'],
  hold: ['held'],
  choose: ['chose', 'chosen'],
  make: ['made'],
  send: ['sent'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  write: ['wrote', 'written'],
  run: ['ran'],
  meet: ['met'],
  buy: ['bought'],
  bring: ['brought'],
  keep: ['kept'],
  sell: ['sold'],
  tell: ['told'],
  speak: ['spoke', 'spoken'],
  bear: ['bore', 'borne'],
  draw: ['drew', 'drawn'],
  see: ['saw', 'seen'],
  find: ['found'],
  spend: ['spent'],
  begin: ['began', 'begun'],
  go: ['went', 'gone'],
  say: ['said'],
  leave: ['left'],
  seek: ['sought'],
};

/** An irregular past form's verb ("sent" → "send"). */
const VERB_OF_PAST = new Map(
  Object.entries(IRREGULAR_VERBS).flatMap(([verb, pasts]) => pasts.map((past) => [past, verb] as const)),
);

/** A verb's irregular past forms, by the verb as written and by its stem ("make" and "mak" → "made"). */
const PASTS_OF_VERB = new Map(
  Object.entries(IRREGULAR_VERBS).flatMap(([verb, pasts]) => [
    [verb, pasts] as const,
    [stemEnglish(verb), pasts] as const,
  ]),
);

/** The irregular past forms of a verb, given as written or as its stem; none for a regular verb. */
export function irregularPasts(verbOrStem: string): readonly string[] {
  return PASTS_OF_VERB.get(verbOrStem) ?? [];
}

/** Base-form guesses for an English word as written: plurals, past tense, -ing. */
export function englishBaseForms(word: string): string[] {
  const forms = [word];
  const irregular = VERB_OF_PAST.get(word.toLowerCase());
  if (irregular) forms.push(irregular);
  const add = (f: string) => {
    if (f.length >= 2 && !forms.includes(f)) forms.push(f);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) {
    add(word.slice(0, -1));
    add(word.slice(0, -2));
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3));
    add(`${word.slice(0, -3)}e`);
  }
  // A consonant doubled before the ending ("submitted", "planned", "referring") is single in the verb.
  const doubled = /([bdgmnprt])\1(?:ed|ing)$/.exec(word);
  if (doubled) add(word.slice(0, doubled.index + 1));
  return forms;
}
