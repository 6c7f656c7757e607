import type { Lang } from '../core/lang.js';
import { expandAbbreviations, termsOfToken } from './analyzer.js';
import { splitAfterKnown, splitQuestionCompound } from './compounds.js';
import { englishBaseForms, englishKey, type Lexicon } from './lexicon.js';
import { stemEnglish, stemSwedish } from './stemmer.js';
import { isStopWord, WEAK_WORDS } from './stopwords.js';
import { type Token, tokenize } from './tokenize.js';

/**
 * A question becomes concepts: one per content word or known phrase. A concept is answered by any of its
 * alternatives (the word itself, a Swedish translation or synonym, its compound parts); an alternative
 * is a list of stems that must all be present.
 */
export type Alternative = { stems: string[]; quality: number; source: 'word' | 'lexicon' | 'parts' };

export type Concept = {
  surface: string;
  alternatives: Alternative[];
  /** A name or acronym as written in the question (EU, Eurocities, Rinkeby-Kista). */
  isName: boolean;
  /**
   * Probably a noun: it follows an article, a possessive, a preposition or a copula, or carries a Swedish
   * definite ending. A noun the documents never mention means the question is about something else.
   */
  nounish: boolean;
  /** The language of the question the concept came from. */
  lang: Lang;
  /**
   * A second reading for when the documents never hold the concept whole: the words of a name joined from
   * adjacent capitalised words ("Gdańsk MoU" → Gdańsk, MoU), or the parts of a compound built on a name
   * ("Hamburgresan" → Hamburg, resa).
   */
  parts?: Concept[];
};

const ARTICLES = (
  'the a an our their its his her my your this that these those some any every no ' +
  'en ett den det de denna detta dessa min mitt mina vår vårt våra er ert era sin sitt sina hans hennes deras'
).split(' ');
/** Words after which a noun usually follows directly. */
const BEFORE_NOUN = new Set([
  ...ARTICLES,
  ...(
    'new old current previous next is are was were of for on about in at with from by to which what whose ' +
    'är var om i på för till från med av hos vid under efter mot ny nya nytt nuvarande tidigare vilken vilket vilka vems'
  ).split(' '),
]);
const ARTICLE_SET = new Set(ARTICLES);
const AUXILIARIES = new Set('does do did should would will shall can could may might must'.split(' '));
/** An adjective before a noun: "international networks", "internationella nätverk", "new school". */
const ADJECTIVE_ENDING =
  /(?:al|ic|ive|ous|ful|able|ible|ent|ant|ary|ish|new|old|ella|iska|liga|iga|ska|ade|ande|nya|stora|små)$/;

/** The Swedish question words a passive may follow ("Vilka omfattas av …"). */
const QUESTION_WORDS_SV = new Set(['vem', 'vilka', 'vilken', 'vilket', 'vad', 'när', 'var', 'hur']);

/**
 * Marks the words of a question that probably are nouns: after an article, possessive, preposition, copula or
 * interrogative, and the words that continue such a noun phrase ("which international networks").
 */
export function nounMarks(words: string[], lang: Lang, capitalized: boolean[] = []): boolean[] {
  const marks: boolean[] = [];
  const verbs: boolean[] = [];
  const mainVerbs = lang === 'en' ? englishMainVerbs(words) : new Set<number>();
  words.forEach((word, at) => {
    const previous = words[at - 1];
    const twoBack = words[at - 2];
    const possessive = (w: string | undefined) => w !== undefined && /'s$|s'$/.test(w);
    const continuesNoun = at > 0 && marks[at - 1] === true && !isStopWord(word);
    let verb = false;
    let noun =
      (previous !== undefined && (BEFORE_NOUN.has(previous) || possessive(previous))) ||
      (twoBack !== undefined && (ARTICLE_SET.has(twoBack) || possessive(twoBack))) ||
      (at > 0 && verbs[at - 1] === true && !isStopWord(word)) ||
      (/(?:[^aeiouyåäö]en|et|erna|arna|orna|ningen|heten)$/.test(word) && word.length > 5);
    if (mainVerbs.has(at)) {
      verb = true;
      noun = false;
    } else if (continuesNoun) {
      if (lang === 'en' || ADJECTIVE_ENDING.test(previous!)) {
        // English strings nouns together ("EU projects", "school plan"); Swedish writes them as one word.
        noun = true;
      }
    }
    // Swedish genitive: "Stockholms vänorter", "stadens nätverk" — the word after it is a noun.
    if (lang === 'sv' && previous !== undefined && !isStopWord(word)) {
      if (
        /(?:ens|ets|arnas|ernas|ornas)$/.test(previous) ||
        (capitalized[at - 1] === true && previous.endsWith('s'))
      )
        noun = true;
    }
    // A passive after the question word ("Vilka omfattas av strategin?", "Vem utses till ordförande?") is the
    // verb, not the kind of thing asked for.
    if (
      lang === 'sv' &&
      at > 0 &&
      QUESTION_WORDS_SV.has(previous!) &&
      /(?:[^aeiouyåäö]as|ades|ats|des|tes|ds|gs|ts)$/.test(word) &&
      word.length > 4 &&
      (words[at + 1] === undefined || isStopWord(words[at + 1]!))
    )
      noun = false;
    if (isStopWord(word) || WEAK_WORDS.has(word) || /^\d+$/.test(word)) noun = false;
    // English adverbs and participles ("located", "based") are not the topic.
    if (lang === 'en' && /(?:ly|ed)$/.test(word)) noun = false;
    marks.push(noun);
    verbs.push(verb);
  });
  return marks;
}

/**
 * The main verbs of an English question: after an auxiliary, the last word of the subject's run of content
 * words ("when does the district council meet", "what does the strategy say"), and a word followed
 * directly by an article ("which committee holds the membership").
 */
function englishMainVerbs(words: string[]): Set<number> {
  const verbs = new Set<number>();
  words.forEach((word, at) => {
    const next = words[at + 1];
    if (at > 0 && !isStopWord(word) && next !== undefined && ARTICLE_SET.has(next) && next !== 'no')
      verbs.add(at);
    if (!AUXILIARIES.has(word)) return;
    let j = at + 1;
    while (j < words.length && ARTICLE_SET.has(words[j]!)) j++;
    const start = j;
    while (j < words.length && !isStopWord(words[j]!)) j++;
    if (j - start >= 2) verbs.add(j - 1);
  });
  return verbs;
}

function swedishStems(phrase: string): string[] {
  const stems: string[] = [];
  for (const token of tokenize(phrase)) {
    // Keep only whole-word stems: parts and roots are matched later by the index's expansion.
    for (const term of termsOfToken(token.text))
      if (!term.startsWith('~') && !term.startsWith('^')) stems.push(term);
  }
  return [...new Set(stems)];
}

/** Particles that change a verb's meaning ("säga upp", "gå ut", "ta fram", "gå med", "skriva under"). */
const PARTICLES = new Set([
  'upp',
  'ut',
  'in',
  'fram',
  'bort',
  'emot',
  'med',
  'under',
  'ner',
  'undan',
  'tillbaka',
]);
/** Verbs too common to stand for a phrase of their own ("stå för", "i går"): their stems. */
const LIGHT_VERBS = new Set([
  'stå',
  'gå',
  'ta',
  'ge',
  'få',
  'bli',
  'ha',
  'gör',
  'säg',
  'kom',
  'sätt',
  'lägg',
  'håll',
  'se',
  'dra',
  'slå',
  'var',
]);

/**
 * A lexicon phrase as an alternative of a concept. When its stop words leave one word, that word may mean
 * something else: a light verb ("stå för" → "stå" met "den står i anslutning till slottet" for "pay for") or
 * a bare particle ("ta fram" → "fram") stands for nothing, and a particle verb's bare verb ("lämna in" →
 * "lämna", "följa upp" → "följa") for less than the phrase.
 */
function lexiconAlternative(phrase: string, quality: number): Alternative {
  const stems = swedishStems(phrase);
  const words = tokenize(phrase).map((t) => t.text.toLocaleLowerCase('sv'));
  if (words.length >= 2 && stems.length === 1) {
    const stem = stems[0]!;
    if (LIGHT_VERBS.has(stem) || PARTICLES.has(stem)) return { stems: [], quality, source: 'lexicon' };
    if (words.slice(1).some((w) => PARTICLES.has(w)))
      return { stems, quality: quality * PARTICLE_DROPPED, source: 'lexicon' };
  }
  return { stems, quality, source: 'lexicon' };
}

/**
 * Verbs whose particle verb and fused verb mean different things ("se ut" looks, "utse" appoints; "gå ut"
 * ends, "utgå" is left out): their fused form is not looked for.
 */
const UNFUSED_VERBS = new Set(['se', 'gå', 'bli', 'ha', 'var', 'få']);

/**
 * A particle verb is also written fused, particle first, as administrative prose prefers ("räknas upp" →
 * "uppräknas", "följa upp" → "uppfölja", "lägga fram" → "framlägga"): looked for when the documents hold it.
 */
function addFusedParticleVerb(
  list: Alternative[],
  verb: string,
  following: string[],
  known: (stem: string) => boolean,
) {
  if (UNFUSED_VERBS.has(stemSwedish(verb))) return;
  // A question puts the subject between verb and particle ("Hur räknas avgiften upp?").
  const particle = following.find((w) => PARTICLES.has(w));
  if (particle === undefined) return;
  const fused = stemSwedish(particle + verb);
  if (known(fused)) addAlternative(list, { stems: [fused], quality: FUSED_PARTICLE_VERB, source: 'word' });
}

/** English particles a verb may leave for the end of its clause ("send it back", "turn the offer down"). */
const ENGLISH_PARTICLES = new Set(['back', 'up', 'down', 'out', 'off', 'over', 'away', 'forward']);

/**
 * A verb whose particle ends the question a few words later ("… to send the Curitiba exchange back?") is the
 * glossary's particle verb ("send back"), when it has one. A particle in mid-question is as often a preposition
 * or an adverb, and is left alone.
 */
function splitParticleVerb(
  tokens: Token[],
  at: number,
  lexicon: Lexicon,
  original: string,
): { concept: Concept; particle: number } | null {
  const last = tokens.length - 1;
  if (last <= at + 1 || last - at > PARTICLE_REACH || !ENGLISH_PARTICLES.has(tokens[last]!.text)) return null;
  const verb = tokens[at]!;
  if (isStopWord(verb.text)) return null;
  const translations = lookupEnglish(lexicon, [verb.text, tokens[last]!.text]);
  if (!translations) return null;
  const concept: Concept = {
    surface: `${original.slice(verb.start, verb.end)} … ${original.slice(tokens[last]!.start, tokens[last]!.end)}`,
    alternatives: [],
    isName: false,
    nounish: false,
    lang: 'en',
  };
  addWordAlternatives(concept.alternatives, verb.text, 'en');
  for (const phrase of translations) addAlternative(concept.alternatives, lexiconAlternative(phrase, 0.95));
  return { concept, particle: last };
}

/** How far after its verb a question's particle is looked for. */
const PARTICLE_REACH = 4;

/** What the fused verb is worth beside the words as asked. */
const FUSED_PARTICLE_VERB = 0.8;

/** What a particle verb's bare verb is worth beside the phrase. */
const PARTICLE_DROPPED = 0.7;

function addAlternative(list: Alternative[], alt: Alternative) {
  if (alt.stems.length === 0) return;
  const key = alt.stems.join(' ');
  const existing = list.find((a) => a.stems.join(' ') === key);
  if (existing) existing.quality = Math.max(existing.quality, alt.quality);
  else list.push(alt);
}

/** Lexicon lookups keyed by Swedish stem sequence, built once per lexicon. */
type SwedishEntry = { words: string[]; terms: Set<string> };

const swedishPhraseIndex = new WeakMap<Lexicon, Map<string, SwedishEntry[]>>();

/** The glossary's Swedish phrases by their stems, each with its synonyms and English equivalents. */
function swedishIndex(lexicon: Lexicon): Map<string, SwedishEntry[]> {
  let index = swedishPhraseIndex.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const [phrase, synonyms] of lexicon.swedish) {
    const words = tokenize(phrase).map((t) => t.text);
    const key = words.map(stemSwedish).join(' ');
    // The English equivalents too: a Swedish question reaches a document written in English.
    const terms = new Set<string>([...synonyms, ...(lexicon.glosses.get(phrase) ?? []), phrase]);
    const entries = index.get(key) ?? [];
    entries.push({ words, terms });
    index.set(key, entries);
  }
  swedishPhraseIndex.set(lexicon, index);
  return index;
}

/**
 * The glossary's terms for a Swedish phrase of the question. Stems meet across derivations ("tid" and
 * "tidigare" share the stem "tid"), so an entry only counts when each question word is about as long as
 * the entry's word: an inflection, not a longer word built on it.
 */
function lookupSwedish(index: Map<string, SwedishEntry[]>, words: string[]): Set<string> | undefined {
  const found = lookupSwedishForms(index, words);
  if (found) return found;
  // A particle verb's verb may be a form the stemmer leaves as a word of its own ("la fram", "har hand om"):
  // the glossary writes the infinitive ("lägga fram").
  const infinitive = words.length > 1 ? SWEDISH_VERB_FORMS.get(words[0]!) : undefined;
  if (infinitive) {
    const asInfinitive = lookupSwedishForms(index, [infinitive, ...words.slice(1)]);
    if (asInfinitive) return asInfinitive;
  }
  // The definite -an of a word in -a ("studieresan") is no Snowball ending, and the glossary writes the base
  // form ("studieresa").
  const last = words.at(-1)!;
  const base = definiteAnBase(last);
  if (base) return lookupSwedishForms(index, [...words.slice(0, -1), base]);
  // Nor is the definite -n of a word in -i ("strategin", "demokratin"): the glossary writes "strategi". Only
  // the glossary's own words are met so, not "maskin" or "termin".
  return /[^aeiouyåäö]in$/.test(last) && last.length >= 6
    ? lookupSwedishForms(index, [...words.slice(0, -1), last.slice(0, -1)])
    : undefined;
}

/**
 * The forms of the short verbs that particle verbs are made of ("la fram", "låg till grund", "har hand om")
 * that are words of their own in running text, so that the stemmer leaves them alone; before a particle they
 * are the verb. The other strong forms ("stod för", "tog hand om", "löpte ut") meet their infinitive through
 * the stemmer.
 */
const SWEDISH_VERB_FORMS = new Map<string, string>(
  Object.entries({
    lägga: 'la',
    säga: 'sa',
    ligga: 'låg',
    bära: 'bär bar burit bärs',
    ha: 'har hade haft',
  }).flatMap(([infinitive, forms]) => forms.split(' ').map((form) => [form, infinitive] as [string, string])),
);

/** "resan" → "resa": the base of a definite singular in -an, or null for a word that is not one. */
export function definiteAnBase(word: string): string | null {
  return /[^aeiouyåäö]an$/.test(word) && word.length >= 5 && !NOT_DEFINITE_AN.has(word)
    ? word.slice(0, -1)
    : null;
}

/** Words in consonant + -an that are no definite noun ("medan", "nedan"), at the length of "resan". */
const NOT_DEFINITE_AN = new Set([
  'medan',
  'nedan',
  'innan',
  'sedan',
  'annan',
  'sådan',
  'vilkan',
  'organ',
  'japan',
]);

function lookupSwedishForms(index: Map<string, SwedishEntry[]>, words: string[]): Set<string> | undefined {
  const entries = index.get(words.map(stemSwedish).join(' '));
  if (!entries) return undefined;
  const close = entries.filter((e) => e.words.every((w, i) => (words[i]?.length ?? 0) >= w.length - 2));
  if (close.length === 0) return undefined;
  return new Set(close.flatMap((e) => [...e.terms]));
}

const QUESTION_HEADS = new Set(['hur', 'how']);
/** Words that with "hur"/"how" ask for an amount, a length or a frequency rather than name a topic. */
const DEGREE_WORDS = new Set(
  (
    'lång långt länge stor stort stora mycket många ofta hög högt höga dyr dyrt tidigt snart sent gammal ' +
    'gamla ung liten litet små bred brett djup långa ' +
    'long large big high much many often early soon late old young small wide far frequently'
  ).split(' '),
);

/**
 * The question's concepts. `known` says whether the documents hold a stem; with it, a Swedish compound
 * built on a word the word list lacks ("Hamburgresan", "Helsingforsresan") gets its parts as a second
 * reading (see `compoundParts`).
 */
export function analyzeQuestion(
  asked: string,
  lang: Lang,
  lexicon: Lexicon,
  known: (stem: string) => boolean = () => false,
): Concept[] {
  const question = expandAbbreviations(asked.normalize('NFC'));
  // Possessive 's belongs to English grammar, not to the word ("the city's" → city).
  const raw = tokenize(question);
  const nouns = nounMarks(
    raw.map((t) => t.text),
    lang,
    raw.map((t) => /^\p{Lu}/u.test(question.normalize('NFC').slice(t.start, t.end))),
  );
  const tokens = raw.map((t) => ({ ...t, text: t.text.replace(/'s$/, '') }));
  const original = question.normalize('NFC');
  const concepts: Concept[] = [];
  const svIndex = swedishIndex(lexicon);
  // An English particle set apart from its verb ("send the exchange back"), read with the verb.
  const particlesRead = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    if (particlesRead.has(i)) {
      i++;
      continue;
    }
    // "Hur lång", "how often": the degree word belongs to the question form, which the intent reads.
    if (i > 0 && QUESTION_HEADS.has(tokens[i - 1]!.text) && DEGREE_WORDS.has(tokens[i]!.text)) {
      i++;
      continue;
    }
    const split = lang === 'en' ? splitParticleVerb(tokens, i, lexicon, original) : null;
    if (split) {
      concepts.push(split.concept);
      particlesRead.add(split.particle);
      i++;
      continue;
    }
    let matched = 0;
    // Longest known phrase first (English phrase → Swedish terms, or a Swedish phrase → its synonyms).
    for (let n = Math.min(lexicon.maxPhraseWords, tokens.length - i); n >= 1; n--) {
      // A particle already read with its verb ("send … back") is no part of another phrase ("report back").
      if (n > 1 && particlesRead.has(i + n - 1)) continue;
      const words = tokens.slice(i, i + n).map((t) => t.text);
      if (n === 1 && isStopWord(words[0]!)) break;
      // An English hyphenated compound is its words ("sister-city" → "sister city").
      const hyphenated = n === 1 && words[0]!.includes('-') ? words[0]!.split('-').filter(Boolean) : null;
      const english =
        lang === 'en'
          ? ((hyphenated && lookupEnglish(lexicon, hyphenated)) ?? lookupEnglish(lexicon, words))
          : undefined;
      const swedish = lookupSwedish(svIndex, words);
      const translations = english ?? swedish;
      if (!translations) continue;
      // "apply to ICLD" is as often "ansöka hos" as "gälla": a phrase that ends in a particle ("apply to",
      // "set up") keeps what its words before the particle translate to as well.
      const particleless =
        english && n > 1 && isStopWord(words[n - 1]!)
          ? lookupEnglish(lexicon, words.slice(0, -1))
          : undefined;
      const surface = original.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
      const concept: Concept = {
        surface,
        alternatives: [],
        isName: isName(surface, tokens[i]!.start, original),
        nounish: nouns[i + n - 1] === true,
        lang,
      };
      if (n === 1) {
        addWordAlternatives(concept.alternatives, words[0]!, lang);
        if (lang === 'sv') addNameParts(concept, words[0]!, svIndex, known);
      } else
        addAlternative(concept.alternatives, {
          stems: swedishStems(words.join(' ')),
          quality: 1,
          source: 'word',
        });
      for (const phrase of translations) {
        addAlternative(concept.alternatives, lexiconAlternative(phrase, english ? 0.95 : 0.9));
        // The entry's other English words reach a document written in English ("MoU" → "memorandum of
        // understanding"), as its Swedish synonyms reach a Swedish one.
        if (english)
          for (const gloss of lexicon.glosses.get(phrase) ?? [])
            addAlternative(concept.alternatives, {
              stems: swedishStems(gloss),
              quality: 0.9,
              source: 'lexicon',
            });
      }
      for (const phrase of particleless ?? [])
        if (!translations.has(phrase)) addAlternative(concept.alternatives, lexiconAlternative(phrase, 0.9));
      concepts.push(concept);
      matched = n;
      break;
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const token = tokens[i]!;
    i++;
    if (isStopWord(token.text) || (/^\d+$/.test(token.text) && token.text.length < 4)) continue;
    const surface = original.slice(token.start, token.end);
    const concept: Concept = {
      surface,
      alternatives: [],
      isName: isName(surface, token.start, original),
      nounish: nouns[i - 1] === true,
      lang,
    };
    addWordAlternatives(concept.alternatives, token.text, lang);
    if (lang === 'sv')
      addFusedParticleVerb(
        concept.alternatives,
        token.text,
        tokens.slice(i, i + PARTICLE_REACH).map((t) => t.text),
        known,
      );
    if (lang === 'sv') addHeadTranslations(concept.alternatives, token.text, svIndex);
    if (lang === 'sv') addPartTranslations(concept.alternatives, token.text, svIndex, lexicon, known);
    if (lang === 'en') addPieceTranslations(concept.alternatives, token.text, lexicon);
    if (lang === 'en') addEnglishInflections(concept.alternatives, token.text, known);
    // Only a word the documents do not hold whole needs a second reading: most question words are known.
    const whole = concept.alternatives[0];
    if (lang === 'sv' && whole && !whole.stems.every(known)) {
      const parts = compoundParts(concept, token.text, svIndex, known);
      if (parts) concept.parts = parts;
    }
    if (lang === 'sv') addNameParts(concept, token.text, svIndex, known);
    if (concept.alternatives.length > 0) concepts.push(concept);
  }
  if (lang === 'en') addEnglishCompounds(concepts, original, lexicon, known);
  return mergeDuplicates(joinNames(concepts, original));
}

/** Up to this many Swedish words per English word are tried as a compound's parts. */
const COMPOUND_TRANSLATIONS = 4;

/** The Swedish closed compounds that two English words may stand for, in the ways Swedish joins its parts. */
function closedCompounds(modifiers: Set<string>, heads: Set<string>): string[] {
  const out: string[] = [];
  for (const m of [...modifiers].slice(0, COMPOUND_TRANSLATIONS)) {
    if (/[\s-]/u.test(m)) continue;
    const first = m.toLowerCase();
    const bases = [first, `${first}s`];
    // "skola" → "skolbyggnad", "kyrka" → "kyrkgård": a final -a or -e often drops.
    if (/[ae]$/u.test(first) && first.length > 4) bases.push(first.slice(0, -1));
    for (const h of [...heads].slice(0, COMPOUND_TRANSLATIONS)) {
      if (/[\s-]/u.test(h)) continue;
      for (const base of bases) out.push(base + h.toLowerCase());
    }
  }
  return out;
}

/**
 * "culture director", "noise strategy": two English words whose Swedish is one closed compound
 * ("kulturdirektör", "bullerstrategi") that the documents hold, when the glossary has no entry for the pair.
 * Each word keeps its own readings and also meets the compound: a sentence holding "Kulturdirektör" holds
 * both, one holding "kultur" alone only the first.
 */
function addEnglishCompounds(
  concepts: Concept[],
  original: string,
  lexicon: Lexicon,
  known: (stem: string) => boolean,
): void {
  const single = (c: Concept) => !c.isName && /^\p{L}+$/u.test(c.surface);
  let end = 0;
  for (let k = 0; k + 1 < concepts.length; k++) {
    const a = concepts[k]!;
    const b = concepts[k + 1]!;
    const at = original.indexOf(a.surface, end);
    if (at < 0) continue;
    end = at + a.surface.length;
    const atB = original.indexOf(b.surface, end);
    if (atB < 0 || !single(a) || !single(b) || !b.nounish || !/^\s+$/u.test(original.slice(end, atB)))
      continue;
    const modifiers = lookupEnglish(lexicon, [a.surface.toLowerCase()]);
    const heads = lookupEnglish(lexicon, [b.surface.toLowerCase()]);
    if (!modifiers || !heads) continue;
    for (const w of closedCompounds(modifiers, heads).filter((c) => known(stemSwedish(c))))
      for (const c of [a, b])
        addAlternative(c.alternatives, { stems: [stemSwedish(w)], quality: 0.95, source: 'lexicon' });
  }
}

/**
 * A compound on a name that the documents also write apart ("Brysselkontoret", "kontoret i Bryssel"): its
 * parts together meet it too, as an ordinary compound's parts do.
 */
function addNameParts(
  concept: Concept,
  word: string,
  svIndex: Map<string, SwedishEntry[]>,
  known: (stem: string) => boolean,
) {
  // A word with a second reading as its parts (see `compoundParts`) is read so when the documents lack it.
  if (!concept.isName || concept.parts || concept.alternatives.some((a) => a.source === 'parts')) return;
  const split = splitAfterKnown(
    word,
    (part) => known(stemSwedish(part)) || lookupSwedish(svIndex, [part]) !== undefined,
  );
  if (split)
    addAlternative(concept.alternatives, { stems: split.map(stemSwedish), quality: 0.6, source: 'parts' });
}

/**
 * A compound on a word that the documents or the glossary know but the word list does not, most often a
 * name ("Hamburgresan" → Hamburg, resa; "Helsingforsresan" → Helsingfors, resa): its parts as concepts of
 * their own, each with its glossary terms, so that "Helsingfors" still reaches a memo that writes
 * "Helsinki". Used only when the documents do not hold the whole word.
 */
function compoundParts(
  whole: Concept,
  word: string,
  svIndex: Map<string, SwedishEntry[]>,
  known: (stem: string) => boolean,
): Concept[] | null {
  const split = splitAfterKnown(
    word,
    (part) => known(stemSwedish(part)) || lookupSwedish(svIndex, [part]) !== undefined,
  );
  if (!split) return null;
  return split.map((part, i) => {
    const concept: Concept = {
      surface: part,
      alternatives: [],
      isName: i === 0 && whole.isName,
      nounish: whole.nounish,
      lang: 'sv',
    };
    addWordAlternatives(concept.alternatives, part, 'sv');
    for (const phrase of lookupSwedish(svIndex, [part]) ?? [])
      addAlternative(concept.alternatives, lexiconAlternative(phrase, 0.9));
    return concept;
  });
}

/** Exact phrase first; a single word also gathers what its base forms translate to (cycling → cycle). */
function lookupEnglish(lexicon: Lexicon, words: string[]): Set<string> | undefined {
  const found = new Set<string>();
  if (words.length === 1) {
    for (const form of englishBaseForms(words[0]!))
      for (const sv of lexicon.englishExact.get(form) ?? []) found.add(sv);
  } else {
    // A phrase's verb is inflected as often as its noun ("checks the minutes", "paid the fees"): base forms
    // of its first and its last word; the first that the glossary holds is the phrase.
    const middle = words.slice(1, -1);
    search: for (const first of englishBaseForms(words[0]!))
      for (const last of englishBaseForms(words.at(-1)!)) {
        const hit = lexicon.englishExact.get([first, ...middle, last].join(' '));
        if (!hit) continue;
        for (const sv of hit) found.add(sv);
        break search;
      }
  }
  if (found.size > 0) return found;
  // Only a word the glossary does not hold as such reaches what its stem translates to ("meet" → "meeting"):
  // stems join unrelated words too (objective/objection, follow/följande).
  return words.length === 1 ? lexicon.english.get(stemEnglish(words[0]!)) : undefined;
}

function addWordAlternatives(list: Alternative[], word: string, lang: Lang) {
  const pieces = word.split(/[-']/).filter((p) => p.length > 0 && !isStopWord(p));
  if (pieces.length > 1) {
    // "EU-bevakningen": the joined word, both pieces together, or at least the head ("bevakning").
    addAlternative(list, {
      stems: [stemSwedish(pieces.join(''))],
      quality: lang === 'en' ? 0.9 : 1,
      source: 'word',
    });
    addAlternative(list, { stems: pieces.map(stemSwedish), quality: 0.9, source: 'parts' });
    addAlternative(list, { stems: [stemSwedish(pieces.at(-1)!)], quality: 0.55, source: 'parts' });
    return;
  }
  addAlternative(list, { stems: swedishStems(word), quality: lang === 'en' ? 0.9 : 1, source: 'word' });
  if (lang === 'sv') {
    // The definite -an of a word in -a (resan, sidan) is not a Snowball ending: try the base form too.
    const base = definiteAnBase(word);
    if (base) addAlternative(list, { stems: [stemSwedish(base)], quality: 1, source: 'word' });
    const parts = splitQuestionCompound(base ?? word);
    if (parts) addAlternative(list, { stems: parts.map(stemSwedish), quality: 0.6, source: 'parts' });
  }
}

/**
 * The index stems every word as Swedish, so an English document's "greeted" is not its "greets" ("gre"): an
 * English question word also reaches the other inflections of its verb or noun that the documents hold.
 */
function addEnglishInflections(list: Alternative[], word: string, known: (stem: string) => boolean) {
  if (word.includes('-') || word.includes("'")) return;
  const own = new Set(list.flatMap((alt) => (alt.stems.length === 1 ? [alt.stems[0]!] : [])));
  for (const form of englishInflections(word.toLowerCase())) {
    const stem = stemSwedish(form);
    if (own.has(stem) || !known(stem)) continue;
    own.add(stem);
    addAlternative(list, { stems: [stem], quality: 0.85, source: 'word' });
  }
}

/** The regular inflections of an English word's base forms: "greet" → greets, greeted, greeting. */
export function englishInflections(word: string): string[] {
  const forms = new Set<string>();
  for (const base of englishBaseForms(word)) {
    if (base.length < 3) continue;
    forms.add(base);
    const stemE = base.endsWith('e') ? base.slice(0, -1) : base;
    if (/[^aeiou]y$/.test(base)) {
      forms.add(`${base.slice(0, -1)}ies`);
      forms.add(`${base.slice(0, -1)}ied`);
    } else {
      forms.add(/(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`);
      forms.add(`${stemE}ed`);
    }
    forms.add(`${stemE}ing`);
  }
  forms.delete(word);
  return [...forms];
}

/**
 * An English compound the glossary does not hold whole ("quieter-city", "climate-neutral") is its pieces
 * translated one by one ("tystare stad", "klimatneutral"), when the glossary holds every piece.
 */
function addPieceTranslations(list: Alternative[], word: string, lexicon: Lexicon) {
  const pieces = word.split('-').filter((p) => p.length > 0 && !isStopWord(p));
  if (pieces.length < 2) return;
  const translated = pieces.map((piece) => [...(lookupEnglish(lexicon, [piece]) ?? [])].slice(0, 3));
  if (translated.some((t) => t.length === 0)) return;
  let combinations: string[][] = [[]];
  for (const options of translated)
    combinations = combinations.flatMap((c) => options.map((option) => [...c, ...swedishStems(option)]));
  for (const stems of combinations) addAlternative(list, { stems, quality: 0.85, source: 'lexicon' });
}

/**
 * "slutkonferensen" asked of a document in English ("the final conference"): a closed Swedish compound the
 * glossary does not hold whole is its parts translated one by one, when the glossary holds each part and the
 * documents hold every word of the translation.
 */
function addPartTranslations(
  list: Alternative[],
  word: string,
  svIndex: Map<string, SwedishEntry[]>,
  lexicon: Lexicon,
  known: (stem: string) => boolean,
) {
  if (word.includes('-') || lookupSwedish(svIndex, [word])) return;
  const parts = splitQuestionCompound(definiteAnBase(word) ?? word);
  if (!parts) return;
  // Only English terms: the compound's Swedish reading is already its parts (`addWordAlternatives`).
  const translated = parts.map((part) =>
    [...(lookupSwedish(svIndex, [part]) ?? [])].filter((t) => lexicon.englishExact.has(t)).slice(0, 4),
  );
  if (translated.some((t) => t.length === 0)) return;
  let combinations: string[][] = [[]];
  for (const options of translated)
    combinations = combinations.flatMap((c) => options.map((option) => [...c, ...swedishStems(option)]));
  for (const stems of combinations)
    if (stems.every(known)) addAlternative(list, { stems, quality: 0.8, source: 'lexicon' });
}

/**
 * "Cities of Welcome-konferensen", "UBC-mötet": the head of a hyphenated Swedish compound with its glossary
 * terms, so that a document written in English ("the annual conference") or with a synonym still meets it,
 * with the first part beside it or, for less, alone.
 */
function addHeadTranslations(list: Alternative[], word: string, svIndex: Map<string, SwedishEntry[]>) {
  const pieces = word.split('-').filter((p) => p.length > 0 && !isStopWord(p));
  if (pieces.length < 2) return;
  const first = pieces.slice(0, -1).map(stemSwedish);
  for (const phrase of lookupSwedish(svIndex, [pieces.at(-1)!]) ?? []) {
    const { stems, quality } = lexiconAlternative(phrase, 1);
    addAlternative(list, { stems: [...first, ...stems], quality: 0.85 * quality, source: 'lexicon' });
    addAlternative(list, { stems, quality: 0.5 * quality, source: 'lexicon' });
  }
}

/**
 * A capitalised word inside a sentence of the question, or an acronym anywhere. The first word of a
 * sentence is capitalised by grammar ("We are back. Within what time …"), not because it is a name.
 */
function isName(surface: string, start: number, question: string): boolean {
  // A year or another number is not a name: documents write it in many ways and it rarely identifies a case.
  if (/^[\d\s.,:/–-]+$/u.test(surface)) return false;
  if (/^[\p{Lu}\d-]{2,}$/u.test(surface)) return true;
  const sentenceStart = start === 0 || /[.!?]\s+$/u.test(question.slice(0, start));
  return !sentenceStart && /^\p{Lu}/u.test(surface);
}

/** What may stand between two words of one name: a space, or "of" / "of the". */
const NAME_GAP = /^\s+(?:of\s+(?:the\s+)?)?$/u;

/** A name's last word run into the head of a Swedish compound: "Welcome-konferensen", "Forum-mötet". */
const NAME_THEN_HEAD = /^(\p{Lu}[\p{L}\d]*)-(\p{Ll}{3,})$/u;

/**
 * The head of a compound on a name as a concept of its own: the compound's alternatives that read the head
 * alone ("konferens", "conference"), as good as a word of its own.
 */
function headOf(compound: Concept, head: string): Concept | null {
  const namePart = stemSwedish(compound.surface.slice(0, compound.surface.indexOf('-')).toLowerCase());
  const alternatives = compound.alternatives
    .filter((a) => a.source !== 'word' && !a.stems.includes(namePart))
    .map((a) => ({ ...a, quality: a.source === 'parts' ? 1 : 0.9 }));
  if (alternatives.length === 0) return null;
  return { surface: head, alternatives, isName: false, nounish: true, lang: compound.lang };
}

/**
 * Adjacent capitalised words form one name ("Urban Futures Network", "Nordic Capitals Forum"): the name
 * is met only where all its words are, as written, not by translations of its words ("Futures" is not
 * "framtid"). Acronyms keep their glossary alternatives (EU → Europeiska unionen).
 */
function joinNames(concepts: Concept[], original: string): Concept[] {
  const out: Concept[] = [];
  let run: Concept[] = [];
  const flush = () => {
    if (run.length >= 2) {
      // "Cities of Welcome-konferensen": the name ends in the first piece of a Swedish compound, whose head
      // ("konferensen") is a concept of its own.
      const last = run.at(-1)!;
      const compound = NAME_THEN_HEAD.exec(last.surface);
      const head = compound ? headOf(last, compound[2]!) : null;
      const words = run.map((c, i) => (i === run.length - 1 && head ? compound![1]! : c.surface));
      out.push({
        surface: words.join(' '),
        alternatives: [{ stems: words.flatMap((w) => swedishStems(w)), quality: 1, source: 'word' }],
        isName: true,
        nounish: true,
        lang: run[0]!.lang,
        parts: run,
      });
      if (head) out.push(head);
    } else out.push(...run);
    run = [];
  };
  let end = -1;
  for (const c of concepts) {
    const properName = c.isName && !/^[\p{Lu}\d-]{2,}$/u.test(c.surface) && !c.surface.includes(' ');
    const at = original.indexOf(c.surface, Math.max(end, 0));
    // "Cities of Welcome Network", "Union of the Baltic Cities": "of (the)" joins the words of one name;
    // "and"/"och" does not ("Stockholm and Gdańsk" are two).
    const adjacent = run.length > 0 && at >= 0 && NAME_GAP.test(original.slice(end, at));
    if (properName && (run.length === 0 || adjacent)) {
      run.push(c);
      end = at + c.surface.length;
      continue;
    }
    flush();
    if (properName) {
      run.push(c);
      end = at + c.surface.length;
    } else {
      out.push(c);
      end = at >= 0 ? at + c.surface.length : end;
    }
  }
  flush();
  return out;
}

function mergeDuplicates(concepts: Concept[]): Concept[] {
  const seen = new Map<string, Concept>();
  for (const c of concepts) {
    const key = c.alternatives
      .map((a) => a.stems.join('+'))
      .sort()
      .join('|');
    if (!seen.has(key)) seen.set(key, c);
  }
  return [...seen.values()];
}

export { englishKey };
