import snowball from 'snowball-stemmers';

const swedish = snowball.newStemmer('swedish');
const english = snowball.newStemmer('english');

const cache = new Map<string, string>();

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

/**
 * The forms of the strong and irregular verbs that Snowball cannot join to their infinitive ("ingick",
 * "antogs", "beslöt", "antagen", "erhöll", "valdes"), by the infinitive. Administrative text makes most of its
 * verbs from these with a prefix ("in|gå", "an|ta", "be|sluta"), so a form is also met after one of
 * `VERB_PREFIXES`. Forms that are also common words of their own ("bar", "låg", "bad", "la", "sa", "steg",
 * "gången") and nouns in -ande ("åtagande", whose plural Snowball stems apart) are left out.
 */
const STRONG_VERB_FORMS = new Map<string, string>(
  Object.entries({
    gå: 'går gick gått',
    få: 'får fick fått',
    ta: 'taga tar tog tagit tagen tagna taget',
    ge: 'ger gav gett givit given givna givet',
    se: 'ser såg sett',
    dra: 'draga drar drog dragit dragen dragna',
    slå: 'slår slog slagit slagen slagna',
    stå: 'står stod stått',
    bli: 'blir blev blivit',
    hålla: 'håller höll hållit hållen hållna',
    komma: 'kom kommit',
    skriva: 'skrev skrivit skriven skrivna',
    bjuda: 'bjöd bjudit bjuden bjudna',
    bryta: 'bröt brutit bruten brutna',
    driva: 'drev drivit driven drivna',
    stiga: 'stigit',
    besluta: 'beslöt beslutit',
    välja: 'valde valt vald valda',
    säga: 'sade sagt',
    lägga: 'lade lagt lagd lagda',
    sätta: 'satte satt',
    göra: 'gör gjorde gjort gjord gjorda',
    finna: 'fann funnit',
    vinna: 'vann vunnit vunnen',
    be: 'ber bett',
    sälja: 'sålde sålt såld',
    veta: 'visste vetat',
    sitta: 'sitter suttit',
    ligga: 'ligger legat',
    skjuta: 'skjuter sköt skjutit',
    löpa: 'löpte löpt',
    // Verbs too short for Snowball's endings: "Europakontoret ägs av en förening" meets "Vem äger …?".
    äga: 'äger ägs ägde ägt ägd ägda',
    nå: 'når nådde nått',
    bo: 'bor bodde bott',
    tro: 'tror trodde trott',
  }).flatMap(([infinitive, forms]) =>
    // The infinitive is a form of its own too, so that its passive ("tas", "ges", "dras") meets it.
    [infinitive, ...forms.split(' ')].map((form) => [form, infinitive] as [string, string]),
  ),
);

/** The prefixes and particles that make verbs of the strong ones ("ingick", "åtog", "erhöll"). */
const VERB_PREFIXES = [
  '',
  'an',
  'av',
  'be',
  'bi',
  'bort',
  'del',
  'efter',
  'er',
  'fram',
  'för',
  'före',
  'genom',
  'in',
  'inne',
  'med',
  'mot',
  'ned',
  'ner',
  'om',
  'på',
  'sam',
  'till',
  'under',
  'upp',
  'ut',
  'vid',
  'å',
  'åter',
  'över',
];

/**
 * Nouns made of a prefix and "drag", "slag" or "tag", whose definite forms read as a participle with a prefix
 * ("bidragen" as "bi|dragen", "förslagen" as "för|slagen", "företaget" as "före|taget"): "bidragen" is the
 * grants, not "contributed", and keeps the noun's stem. So does "samlade" (of "samla", not "sam|lade").
 */
const PARTICIPLE_LIKE_NOUN =
  /^(?:(?:bidrag|uppdrag|fördrag|avdrag|utdrag|anslag|förslag|uppslag|överslag|omslag|påslag|företag|uttag|intag)(?:en|et|ens|ets)|samlade[s]?)$/u;

/** "ingick" → "ingå", "antogs" → "anta", "beslöt" → "besluta"; null for any other word. */
function strongVerbInfinitive(word: string): string | null {
  if (PARTICIPLE_LIKE_NOUN.test(word)) return null;
  for (const prefix of VERB_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    // The passive ("antogs", "valdes", "hölls") is the same form with -s.
    const infinitive =
      STRONG_VERB_FORMS.get(rest) ??
      (rest.endsWith('s') ? STRONG_VERB_FORMS.get(rest.slice(0, -1)) : undefined);
    if (infinitive) return prefix + infinitive;
  }
  return null;
}

/**
 * Nouns made from a verb with -an take their plural in -ningar ("ansökan", "ansökningar"; "inbjudan",
 * "inbjudningar"): the singular, also at the end of a compound ("bidragsansökan") and in the genitive, meets the
 * plural's stem.
 */
const DEVERBAL_AN_PLURALS: Record<string, string> = {
  ansökan: 'ansökning',
  anmälan: 'anmälning',
  inbjudan: 'inbjudning',
  förfrågan: 'förfrågning',
  önskan: 'önskning',
  anhållan: 'anhållning',
  hemställan: 'hemställning',
  fordran: 'fordring',
  erinran: 'erinring',
};
const DEVERBAL_AN = new RegExp(`(${Object.keys(DEVERBAL_AN_PLURALS).join('|')})s?$`, 'u');

function deverbalAnStem(word: string): string | null {
  const m = DEVERBAL_AN.exec(word);
  if (!m) return null;
  return swedish.stem(word.slice(0, m.index) + DEVERBAL_AN_PLURALS[m[1]!]!);
}

/**
 * Snowball Swedish, plus the definite -et ending the older algorithm leaves, also in the genitive
 * (ansvaret → ansvar, beslutet → beslut, nätverkets → nätverk). Input must be lower-case NFC.
 */
export function stemSwedish(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const infinitive = strongVerbInfinitive(word);
  const special = infinitive !== null ? swedish.stem(infinitive) : deverbalAnStem(word);
  if (special !== null) {
    if (cache.size > 200_000) cache.clear();
    cache.set(word, special);
    return special;
  }
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
  // A verb in -era keeps its -er in the stem ("renovera", "renoverade" → renover) while its noun in -ering
  // loses it above ("renovering" → renov): the verb's root is its noun's. Snowball takes -er off every other
  // word, so a stem that still ends in it is such a verb's.
  if (stem.endsWith('er') && stem.length - 2 >= 4) {
    const root = swedish.stem(stem.slice(0, -2));
    return root !== stem ? root : null;
  }
  return null;
}

export function stemEnglish(word: string): string {
  return english.stem(word);
}
