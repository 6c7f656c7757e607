import snowball from 'snowball-stemmers';

const swedish = snowball.newStemmer('swedish');
const english = snowball.newStemmer('english');

const cache = new Map<string, string>();

/**
 * Snowball Swedish, plus the definite -et ending the older algorithm leaves, also in the genitive
 * (ansvaret → ansvar, beslutet → beslut, nätverkets → nätverk). Input must be lower-case NFC.
 */
/**
 * Plurals that change their vowel, which Snowball leaves apart from the singular (städer → städ, not
 * stad): the few that administrative text uses, by the plural's stem.
 */
const UMLAUT_PLURALS = new Map(
  Object.entries({
    städ: 'stad',
    länd: 'land',
    händ: 'hand',
    tänd: 'tand',
    stränd: 'strand',
    bränd: 'brand',
    nätt: 'natt',
    bröd: 'brod',
    böck: 'bok',
    fött: 'fot',
    rött: 'rot',
  }),
);
const UMLAUT_ENDINGS = /(?:er|erna|ernas|ers)$/;

/**
 * Nouns whose base form ends in -ens, which Snowball takes for the genitive ending (konferens → konfer,
 * but konferensen → konferens): their base form is kept whole, alone or at the end of a compound
 * ("generalkonferens"), so that it meets its own inflections.
 */
const ENS_NOUNS =
  /(?:konferens|kompetens|konkurrens|konsekvens|frekvens|sekvens|licens|referens|preferens|differens|tendens|evidens|residens|existens|transparens|korrespondens|kongruens|koherens|resiliens|turbulens|intelligens|dispens|insolvens|audiens|eminens|potens|prominens|abstinens|ambivalens|karens|kadens)$/;

const SUPINE = /^\p{L}{4,}[^aeiouyåäö]its?$/u;

export function stemSwedish(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let stem = ENS_NOUNS.test(word) ? word : swedish.stem(word);
  const singular = UMLAUT_ENDINGS.test(word) ? UMLAUT_PLURALS.get(stem) : undefined;
  if (singular !== undefined) stem = swedish.stem(singular);
  if (stem.length >= 5 && stem.endsWith('et') && (stem === word || `${stem}s` === word))
    stem = swedish.stem(stem.slice(0, -2));
  // The supine of a strong verb ("erbjudit", "deltagit", "bidragit", passive "erbjudits") is no Snowball
  // ending: it meets its infinitive's stem ("erbjuda" → erbjud).
  else if (SUPINE.test(word) && (stem === word || `${stem}s` === word))
    stem = swedish.stem(`${word.replace(/its?$/, '')}a`);
  // The definite plural in -ena ("ärendena", "områdena", "programmena") loses only its -a to Snowball, and
  // keeps the -en that the indefinite plural loses ("ärenden" → ärend): it meets its own word without it.
  if (word.length >= 8 && word.endsWith('ena') && stem === word.slice(0, -1)) stem = stem.slice(0, -2);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, stem);
  return stem;
}

/**
 * A looser root that joins a verb and its -ning/-else noun (inriktas/inriktning, bevaka/bevakning,
 * förvalta/förvaltning). Returns null when it equals the stem.
 */
export function derivationalRoot(stem: string): string | null {
  for (const suffix of ['ningar', 'ning', 'ering', 'ing', 'else', 'ande', 'ende', 'skap']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 4) {
      const root = swedish.stem(stem.slice(0, -suffix.length));
      return root !== stem ? root : null;
    }
  }
  return null;
}

export function stemEnglish(word: string): string {
  return english.stem(word);
}
