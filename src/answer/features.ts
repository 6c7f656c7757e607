import type { Case } from '../knowledge/case.js';
import { tableCells } from '../knowledge/passages.js';
import type { KnowledgeDocument } from '../knowledge/types.js';
import { expandAbbreviations, PART } from '../search/analyzer.js';
import { CONTEXT_FACTOR } from '../search/candidates.js';
import { isKnownWord } from '../search/compounds.js';
import { irregularPasts } from '../search/lexicon.js';
import type { PassageEntry, SearchIndex } from '../search/search-index.js';
import { stemSwedish } from '../search/stemmer.js';
import { normalizeForSearch, tokenize } from '../search/tokenize.js';
import {
  beforeStance,
  CONTACT,
  cueStrength,
  hasCue,
  isLeadIn,
  isMeasureUnit,
  isPersonRole,
  NUMBER_WORDS,
  namesPerson,
  statesAuthority,
} from './cues.js';
import {
  type Body,
  baseName,
  bodyOf,
  framesIn,
  isHomeOwner,
  isOrganisationName,
  isPlace,
  namesAlone,
  openingOf,
  organisationsIn,
  otherBodies,
  placesIn,
  placesOf,
  possessivesIn,
  STANCE_OWNER,
} from './entities.js';
import { type AskedThing, DEPUTY_WORDS, PROPOSAL_WORDS, TOTAL_WORDS } from './head.js';
import type { Intent } from './intent.js';
import { proximityOfSlots, termsByWord } from './proximity.js';
import type { WeightedConcept } from './rank.js';
import { subSections } from './sections.js';
import { statedTense, type Tense, tenseMismatch } from './tense.js';
import { type Masks, QuestionTerms } from './term-slots.js';
import { otherYear, relativeYearsIn, subjectYearsIn, yearedThings, yearsIn } from './years.js';

/**
 * The named features of one candidate sentence. Each is a number in [0, 1] with one meaning, so that a
 * linear model over them can be fitted on the question bank and read by a person.
 */
export const FEATURES = [
  /** Share of the question's topic weight met by the sentence's own words. */
  'cover',
  /** The same with the sentence's neighbours, its passage, heading and list lead counting less. */
  'window',
  /**
   * Share of the question's focus met by the sentence: the topic concepts that do not merely locate the
   * case or section (its title, the section heading, a name), so must be in the answering sentence.
   */
  'focus',
  /** Share of the topic weight met anywhere in the sentence's case (its passages and title). */
  'caseCover',
  /** Share of the topic weight met by the case's and the document's title. */
  'titleCover',
  /** The sentence holds what the question's answer type looks like (a sum, a date, "ansvarar för" …). */
  'cue',
  /**
   * The answer type has a shape (a date, a sum, a name …) and the sentence lacks it (1 − `cue`, so a weak cue
   * lacks it in part). Apart from `cue` because a question without a shaped answer type lacks the cue
   * everywhere: that must not count against it.
   */
  'cueMissing',
  /**
   * A which- or what-question's head ("Vilka risker …", "Which working groups …") is named by the sentence or
   * by the heading or list lead it stands under: the sentence is about the kind of thing asked for.
   */
  'head',
  /**
   * The sentence names the question's head and says what it is: a copula early in the sentence
   * ("Strategins övergripande mål är att …"), where a sentence that only mentions the head ("Strategin har
   * ett övergripande mål och fem insatsområden") does not.
   */
  'headDefined',
  /** The sentence only leads in to what follows ("… beslutar följande:"). */
  'leadIn',
  /** The sentence follows a lead-in: it is what the lead-in announced. */
  'afterLeadIn',
  /** A fragment of a few words that is not a heading: a label, or a value ("Årsavgift: 500 euro."). */
  'short',
  /**
   * A heading, a line in capitals, the letterhead, a line of the signature block or a question the text asks: it names what follows and answers nothing. Apart from `short`,
   * because a short line with a value ("Lunch: högst 350 kronor.") is often the answer.
   */
  'heading',
  /** The sentence is the case's or the document's title (or a heading repeating it). */
  'titleLike',
  /** The document is no longer in force at the clock's date, and the question does not ask about the past. */
  'outOfForce',
  /** The document is no longer in force, and the question asks about earlier rules ("de gamla riktlinjerna"). */
  'pastAsked',
  /**
   * The question asks about a year ("under 2026") and the sentence, its neighbours, section and title name
   * years, none of them that one: the sentence is about another year.
   */
  'otherYear',
  /**
   * A when-question asks about the past and the sentence names only dates to come, or the other way round
   * ("När var Stockholm senast värd …?" is not answered by "… i september 2029"), or a question about the
   * past is answered by a sentence that names no date or year (see `tenseMismatch`).
   */
  'tenseMismatch',
  /** Share of the topic weight carried by names (acronyms, proper nouns) that the case never mentions. */
  'nameMissing',
  /**
   * Share of the topic weight carried by nouns other than names that no document holds at all (an English
   * word the glossary cannot translate is unknown rather than absent, and does not count).
   */
  'absentNoun',
  /**
   * Share of the topic weight carried by names (an organisation, a place, an acronym) no document holds:
   * the question is about something the documents never mention.
   */
  'absentName',
  /** Share of the topic weight carried by names the case mentions, but not near the sentence. */
  'nameElsewhere',
  /**
   * The question names a place or a body ("med Tallinn", "på idrottsförvaltningen"), and the sentence, the
   * heading or table row it stands under, or (when its case never names the asked one) its case's title,
   * names another of that kind and not the asked one: it says of "Tartu" what was asked of "Tallinn". The
   * same for an organisation, a network, a programme or a project ("C40", "SoundBridge"), and for what costs:
   * "Programmet kostar …" does not say what the study trip asked about costs.
   */
  'otherEntity',
  /**
   * How closely the sentence holds the question's words together (see `proximity`): "ansvarar för aktiv
   * bevakning och påverkan" answers "Vem ansvarar för bevakning och påverkan?" more nearly than a sentence
   * with "ansvarar" at its start and "påverkan" twenty words on.
   */
  'proximity',
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export type SentenceCandidate = {
  entry: PassageEntry;
  /** The passage's global id in the index. */
  id: number;
  sentence: string;
  caseRef: Case;
  features: Features;
};

/** An e-mail address, a link, or a word. */
const ADDRESS_OR_WORD = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
/** Answer types whose cue is the answer itself (a name, a body, a place, a date), not a word about it. */
const VALUE_INTENTS: ReadonlySet<Intent> = new Set([
  'who',
  'where',
  'send_to',
  'when',
  'case_officer',
  'signatories',
]);

/** Answer types whose value is of the thing the question names: a sum, a count, a day, a person. */
const NAMED_VALUE_INTENTS: ReadonlySet<Intent> = new Set([
  ...VALUE_INTENTS,
  'how_much',
  'how_many',
  'how_long',
  'since_when',
]);

/** Answer types whose sentence may share no word with the question but its type ("reserverar sig"). */
export const CASE_WIDE_INTENTS: ReadonlySet<Intent> = new Set(['reservation']);
/** The most passages a case may have for all of them to be asked (a whole long report is not). */
export const CASE_WIDE_LIMIT = 80;

/** A company's or a foundation's name: "… AB", "Stiftelsen …", "… Foundation", "… Oy". */
const COMPANY = /(?<!\p{L})(?:AB|Stiftelsen|Foundation|Ltd|GmbH|Oy|AS|ASA)(?!\p{L})/u;

/** At most this many lines open a document as its letterhead. */
const LETTERHEAD_LINES = 6;

/** The heading of a fact box: "Fakta: …", "Fakta om …", "Facts: …", "Facts about …". */
const FACT_BOX = /^(?:fakta|facts?)(?:\s*:|\s+(?:om|about)\s)/iu;

/** Each case's fact box, found once: a case's passages are the same for every question. */
const factBoxes = new WeakMap<Case, PassageEntry | null>();

function factBoxOf(c: Case, entries: readonly PassageEntry[]): PassageEntry | null {
  let box = factBoxes.get(c);
  if (box === undefined) {
    box = entries.find((e) => FACT_BOX.test(e.passage.section ?? '')) ?? null;
    factBoxes.set(c, box);
  }
  return box;
}

/** A demonstrative that points back to what the sentence before names ("för dessa", "these cities"). */
const REFERS_BACK = /(?<![\p{L}])(?:dessa|denna|detta|these|those)(?![\p{L}])/iu;
/** How much of a concept named by the sentence before counts for a sentence that points back to it. */
const REFERENT_FACTOR = 0.8;

/** The years a sentence states when the question asks about none (never read then). */
const NO_YEARS: ReadonlySet<number> = new Set();

/** Kinds of place a which-question asks for ("Vilken stad …", "Which countries …"). */
const PLACE_KIND_WORDS =
  'cit(?:y|ies)|stad|städer(?:na)?|staden|countr(?:y|ies)|land|länder(?:na)?|municipalit(?:y|ies)|kommun(?:er|en|erna)?|regions?|region(?:er|en)?';
/** Other kinds of thing a which-question asks for that are answered by a name. */
const OTHER_NAMED_KIND_WORDS =
  'organi[sz]ations?|organisation(?:er|en|erna)?|networks?|nätverk(?:et|en)?|compan(?:y|ies)|bolag(?:et|en)?|företag(?:et|en)?|partners?|partner(?:na|n)?|universit(?:y|ies)|universitet(?:et|en)?|hotels?|hotell(?:et|en)?';
/** Kinds of thing a which-question asks for that are answered by a name ("Which cities …"). */
const NAMED_KINDS = new RegExp(`^(?:${PLACE_KIND_WORDS}|${OTHER_NAMED_KIND_WORDS})$`, 'iu');
/**
 * Of those, kinds a sentence may name without calling them so ("med Espoo och Leuven"): places. A hotel, a
 * university or a network is named beside its word ("på hotell Skeppsholmen", "Tartu University").
 */
const PLACE_KINDS = new RegExp(`^(?:${PLACE_KIND_WORDS})$`, 'iu');
/** A capitalised word of a sentence after its first: a name. */
const PROPER_NAME = /(?<![\p{L}\d])\p{Lu}\p{Ll}{2,}/u;
/**
 * A sentence that opens with a place's name on its kind ("Oslo kommune har …", "Tammerfors stad …"): the
 * first word is capitalised by grammar, but a word the word list does not know, before "kommun(e)" or
 * "stad", is the name of a city.
 */
const OPENING_CITY = /^(\p{Lu}\p{Ll}{2,})\s+(?:kommune?|stad)(?![\p{L}\d])/u;
/** A preposition before a count of places: "från tio städer", "from twelve cities". */
const COUNTED_PLACES = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}+)\s+(?:\d+|${NUMBER_WORDS})\s+(?:${PLACE_KIND_WORDS})(?![\p{L}])`,
  'giu',
);
/** A place's kind written before its name ("the City of Porto"): capitalised, but no name itself. */
const PLACE_DESIGNATION =
  /(?<![\p{L}])(?:City|Municipality|Region|County|Province|Republic)\s+of(?![\p{L}])/gu;
/** Answer types that ask for an actor: a name a sentence opens with may be what is asked for. */
const ACTOR_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'who',
  'responsible',
  'sender',
  'author',
  'recipients',
  'send_to',
  'which',
]);
/** A question for a share of something ("Hur stor andel …", "What share of …", "Vilken procentsats …"). */
const SHARE_ASKED = /(?<!\p{L})(?:andel(?:en)?|procentsats(?:en)?|share|proportion|percentage)(?!\p{L})/iu;
/** A share stated: a per cent, a fraction in words or a share named as such. */
const SHARE_STATED =
  /\d\s?%|(?<!\p{L})(?:procent|procentenheter|percent|per\s+cent|hälften|halva|en\s+tredjedel|en\s+fjärdedel|half|a\s+third|a\s+quarter|andel(?:en)?|share)(?!\p{L})/iu;
/** A verb of what a thing costs. */
const COST_VERB = /(?<![\p{L}])(?:kostar|kosta|kostade|costs?)(?![\p{L}])/iu;
/**
 * A sentence that opens with what costs: a noun in its definite form ("Programmet kostar …", "Resan kostade …",
 * "The programme costs …").
 */
const COST_SUBJECT =
  /^(?:The\s+(\p{Ll}+)|(\p{Lu}\p{Ll}*(?:en|et|an|na)))\s+(?:kostar|kostade|costs|cost)(?![\p{L}])/u;
/** Openings of that shape that name no thing: "Totalt kostar …" is no noun, "The total costs" sums what is asked. */
const NOT_A_THING = /^(?:Sammanlagt|Totalt|Därefter|Sedan|Den|Denna|Detta|Dessa|total|whole|rest)$/u;
/** A question that asks a sum for a thing: "för genomförandefasen", "for the second phase". */
const SUM_FOR_ASKED = /(?<![\p{L}])(?:för|for)\s+(?:the\s+)?\p{L}{3,}/iu;
/** A sentence that opens with the thing its sum is for: "För förstudien kan …", "For the pilot study, …". */
const SUM_FOR = /^(?:För\s+(\p{Ll}{3,}(?:en|et|an|na))|For\s+the\s+(\p{Ll}{3,}))(?![\p{L}])/u;
/** How much a name counts as the head of such a question. */
const NAMED = 0.9;

/**
 * Verbs of a power to decide ("Who approves …", "Vem beslutar om …"): a sentence that says who holds the power
 * ("beslutas av den nämnd …", "ansvarar för att ingå … avtal") answers them whichever verb it uses.
 */
const AUTHORITY =
  /^(?:approv\w*|decid\w*|authori[sz]\w*|godkänn\w*|godkänd\w*|beslut\w*|bestämm\w*|avgör\w*|bevilja\w*)$/iu;

/** The shortest stem whose derivations are read as the word itself ("represent" in "representant"). */
const DERIVED_STEM = 6;

/**
 * Whether a sentence holds a word derived from one of a concept's one-word stems ("Who would represent …"
 * meets "… till stadens representant"): a word that begins with the stem, for stems long enough not to begin
 * unrelated words.
 */
function derivedIn(w: WeightedConcept, text: string): boolean {
  const single = w.concept.alternatives.filter((a) => a.stems.length === 1).map((a) => a.stems[0]!);
  const stems = single.filter((stem) => stem.length >= DERIVED_STEM);
  const irregular = single.flatMap((stem) => irregularPasts(stem));
  if (stems.length === 0 && irregular.length === 0) return false;
  const words = text.toLocaleLowerCase('sv').match(/\p{L}+/gu) ?? [];
  return words.some((word) => irregular.includes(word) || stems.some((stem) => word.startsWith(stem)));
}

/** A sentence that states one party's part of a sum ("egen insats", "its own part", "stadens andel"). */
const SHARE =
  /(?<![\p{L}])(?:egen|eget|egna|own|share|andel(?:en)?|stadens del|förvaltningens del|its part|our part)(?![\p{L}])/iu;

/** A thing named as a whole: "Total budget", "totala kostnaden", "the overall cost". */
const TOTAL_THING = /(?<![\p{L}])(?:total|totala|sammanlagda|overall|combined)\s+(\p{L}{3,})(?![\p{L}])/giu;

/** A capitalised name right before a noun ("Stockholm budget"), read as its owner when the name is a place. */
const PLACE_BEFORE_THING = /(?<![\p{L}\d-])(\p{Lu}\p{Ll}[\p{L}-]*)\s+(\p{Ll}{3,})(?![\p{L}])/gu;

/** A verb of a sum paid or received, in the past. */
const PAID =
  /(?<![\p{L}])(?:betalade|betalades|betalats|utbetalades|fick|fått|erhöll|paid|received|spent)(?![\p{L}])/iu;
/** A cap: what a sum may be at most. */
const CAP = /(?<![\p{L}])(?:högst|maximalt|upp\s+till|up\s+to|at\s+most|no\s+more\s+than)(?![\p{L}])/iu;
/** The present of a rule: "Stödet är högst …", "The grant is up to …". */
const RULE_VERB = /(?<![\p{L}])(?:är|får|kan|gäller|is|are|may|can)(?![\p{L}])/iu;
/** A sum applied for: "har ansökt om 120 000 kronor", "applied for EUR 40,000". */
const APPLIED =
  /(?<![\p{L}])(?:ansökt|ansöker|ansökte|sökt|söker|sökte|begärt|begär|begärde|applied|applies|requested|requests)(?![\p{L}])/iu;
/** A sum granted or received, beside one applied for: "och fick 75 000", "beviljas 75 000 kronor". */
const GRANTED =
  /(?<![\p{L}])(?:bevilja\p{L}*|tilldela\p{L}*|fick|fått|får|erhöll|betalades|utbetalades|granted|awarded|received|got)(?![\p{L}])/iu;
/** A Swedish or English past ("beviljades", "uppgick", "granted"): the sentence tells an outcome. */
const PAST_VERB =
  /(?<![\p{L}])(?:\p{L}{2,}(?:ades|ade|des|tes)|uppgick|blev|was|were|\p{L}{3,}ed)(?![\p{L}])/iu;

/** A word that counts: a number that is no year, or a number word. */
const COUNT_WORD = new RegExp(String.raw`^(?:(?!(?:19|20)\d{2}$)\d+(?:[,.]\d+)?|${NUMBER_WORDS})$`, 'iu');
/** How many words from a number what it counts may stand ("fyra skolor", "skolorna är fyra", "200 member cities"). */
const COUNTED_SPAN = 3;

/** An English word the glossary cannot translate: unknown to Swedish text rather than absent from it. */
function untranslated(w: WeightedConcept): boolean {
  return w.concept.lang === 'en' && !w.concept.alternatives.some((a) => a.source === 'lexicon');
}

/** A councillor named with a party ("Lena Ström (L)") or a motion's author: who makes a proposal of their own. */
const PROPOSER = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)+\s+\((?:S|M|L|C|V|KD|MP|SD|Fi)\)|[Mm]otionär\p{L}*/u;
/** A sentence that opens with its proposer. */
const PROPOSER_FIRST = new RegExp(`^(?:${PROPOSER.source})`, 'u');
/** The verbs of a proposal, the same a proposal question asks with. */
const PROPOSING = new RegExp(String.raw`(?<!\p{L})(?:${[...PROPOSAL_WORDS].join('|')})(?!\p{L})`, 'iu');

/** The words of a sentence up to the verb of its proposal, from the clause it opens; null without one. */
function beforeProposal(sentence: string): string | null {
  const m = PROPOSING.exec(sentence);
  if (!m) return null;
  const start = Math.max(0, ...[',', ';', ':'].map((p) => sentence.lastIndexOf(p, m.index) + 1));
  return sentence.slice(start, m.index + m[0].length);
}

/** Whether a piece of text holds one of the concept's terms (any word of any of its alternatives). */
export function heldIn(w: WeightedConcept, text: string): boolean {
  const terms = new Set(w.expansions.flatMap((alt) => alt.stems.flat().map((m) => m.term)));
  return termsByWord(text).some((word) => word.some((t) => terms.has(t)));
}

/** The share of what an opinion is asked on that its case must hold. */
const MATTER_SHARE = 0.5;

/** How a text names its author body: "Förvaltningen", "Nämnden", "Styrelsen", "the Committee". */
const AUTHOR_BODY =
  /(?<![\p{L}])(?:förvaltningen|nämnden|styrelsen|kontoret|stadsdelsnämnden|stadsdelsförvaltningen|revisorerna|the\s+(?:administration|committee|board|office|department))(?![\p{L}])/iu;

/**
 * Whether the sentence names the asked body as its author is named: a compound body by the kind its last
 * part says ("Förvaltningen" for "arbetsmarknadsförvaltningen", "Nämnden" for "socialnämnden"), a body
 * asked in English by any author word.
 */
function writesAuthor(w: WeightedConcept, text: string): boolean {
  const author = AUTHOR_BODY.exec(text)?.[0].toLocaleLowerCase('sv');
  if (!author) return false;
  const parts = w.concept.alternatives.find((a) => a.source === 'parts' && a.stems.length > 1);
  if (!parts) return w.concept.lang === 'en';
  const kind = parts.stems.at(-1)!;
  return stemSwedish(author.replace(/^the\s+/u, '')).startsWith(kind) || author.includes(kind);
}

/** A stem with the plural's vowel change undone ("städ" → "stad", "länd" → "land", "ledamöt" → "ledamot"). */
function withoutUmlaut(stem: string): string {
  return stem.replace(/ä/gu, 'a').replace(/ö/gu, 'o');
}

/** What ends a clause between a number and a word: a comma, a colon, a semicolon, a bracket, a full stop. */
const CLAUSE_BREAK = /[,;:()[\].!?]/u;
/** Words that say the number goes on as a count of pieces ("4 st. skolor"). */
const PIECES = new Set(['st', 'stycken', 'styck']);
/**
 * Words a number stands before without counting them ("fyra av skolorna", "skolorna är fyra till antalet",
 * "20 of the cities"): what it counts is then found around it.
 */
const COUNT_FUNCTION_WORDS = new Set(
  (
    'av i till per på för om och eller samt som är var blir har hade ska kan kommer med från under inom ' +
    'of in to on for and or as are is was were be has have will with from under within at by'
  ).split(' '),
);

/** A sentence that speaks of others than the city or body itself. */
const OTHERS = /(?<![\p{L}])(?:andra|annan|annat|övriga|other|others)(?![\p{L}])/iu;
/** People a sum may be counted per: those who take part, travel or are taught (not residents: "per invånare"). */
const HEAD_WORD =
  /^(?:person|personer|deltagare|deltagarna|ungdom|ungdomar|elev|elever|barn|student|studenter|delegat|delegater|resenär|resenärer|participants?|persons?|people|delegates?|attendees?|pupils?|students?|youths?|young people|travell?ers?|head)$/iu;
/** A sum asked in a currency: "in euros", "i kronor", "in SEK". */
const IN_CURRENCY =
  /(?<![\p{L}])(?:in|i)\s+(?:euro|euros|eur|kronor|sek|svenska\s+kronor|dollars?|usd)(?![\p{L}])/iu;
/** A sum of money in any currency: "55 miljoner kronor", "EUR 12 000", "2 500 €". */
const MONEY =
  /\d[\d\s ,.]*\s*(?:kronor|kr|tkr|mnkr|mkr|miljoner\s+kronor|miljarder\s+kronor|euros?|eur|sek|€|\$|dollars?|usd)(?![\p{L}])|(?<![\p{L}])(?:eur|sek|€|\$|usd)\s?\d/iu;
const PER_HEAD =
  /(?<![\p{L}])per\s+(?:person|deltagare|ungdom|elev|barn|student|delegat|resenär|participant|delegate|attendee|pupil|head|travell?er)/iu;

/** A copula among the first words of a sentence: the sentence says what its subject is. */
const DEFINING = /^(?:\S+\s+){1,5}(?:är|var|blir|utgörs\s+av|is|are|was|were)\s/iu;

type CaseFigures = {
  caseCover: number;
  titleCover: number;
  nameMissing: number;
  /** A name the case misses that some document holds (see `missesHeldName`). */
  heldNameMissing: boolean;
  /** The names the case mentions somewhere, in the topic's order. */
  namesInCase: WeightedConcept[];
  /** The topic concepts the case's or the document's title meets. */
  inTitle: Set<WeightedConcept>;
};

/**
 * What a candidate sentence is whatever the question: its layout figures, and its answer-type cue per
 * intent as asked. Kept per passage by whoever owns the cache (the engine, across questions): the same
 * passages are candidates again and again, and the regular expressions behind these figures were a fifth
 * of the features' time.
 */
type SentenceFacts = {
  leadIn: number;
  afterLeadIn: number;
  short: number;
  heading: number;
  titleLike: number;
  /** The cue by intent (and by whether units are counted: see `unitsCounted`). */
  cue: Map<string, number>;
  /** The sentence's index terms word by word, read when a question first needs them. */
  words?: string[][];
  /** The search stems of the sentence's words, read when a question first names an owner (`otherOwner`). */
  stems?: string[];
  /** The owners the sentence names things by, read likewise (`otherOwner`). */
  owned?: { owner: string; thing: string }[];
  /** The years the sentence is about, and those around it, read when a question first names a year. */
  ownYears?: ReadonlySet<number>;
  nearYears?: ReadonlySet<number>;
  /** The things the sentence names by a year, read likewise (`otherYeared`). */
  yeared?: { word: string; year: number }[];
};

export type PassageFacts = { c: Case; sentences: SentenceFacts[] };

/** "Vad beslutade kommunstyrelsen …", "Vad har nämnden beslutat …", "What did the council decide …". */
const DECISION_ASKED =
  /(?<!\p{L})(?:vad|vilket\s+beslut)(?!\p{L}).*(?<!\p{L})(?:beslutade|beslöt|beslutat|besluta)(?!\p{L})|\bwhat\s+(?:did|has|have|was|were|will)\b.*\bdecided?\b|\bwhat\s+decision\b/iu;

/** Words that state a decision: a verb of deciding, granting or refusing, or a decision's label. */
const DECISION_SAID =
  /beslut|(?<!\p{L})(?:beslöt|bifall|biföll|bifaller|avslag|avslog|avslås|avslår|godkän|antog|antar(?!\p{L})|antagit|fastställ|återremitt|bordl|uppdra|utser|utsåg|decid|decision|adopt|approv|reject|resolv|agreed|tabled|referred\s+back)/iu;

/**
 * A decision still to come or not taken: "läggs fram för beslut", "har ännu inte beslutat", "no decision has
 * been taken", "to be decided".
 */
const TO_BE_DECIDED =
  /(?<!\p{L})för\s+beslut(?!\p{L})|(?<!\p{L})(?:inte|ej|not|no)\s+(?:\p{L}+\s+)?(?:beslut|decid|decision)|(?<!\p{L})to\s+be\s+decided(?!\p{L})|(?<!\p{L})for\s+decision(?!\p{L})/iu;
/** A heading that labels a decision: "Beslut", "Kommunstyrelsens beslut", "Decision", "Beslut i korthet". */
const DECISION_LABEL = /^(?:[\p{L}-]+s\s+)?(?:beslut|decision)(?:\s+i\s+korthet)?[.:]?$/iu;

/** A concept that is a year or a period of years and nothing else. */
const YEARS_ONLY = /^(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?$/u;

/** The years each document names, kept with the document. */
const DOCUMENT_YEARS = new WeakMap<PassageEntry['doc'], ReadonlySet<number>>();

/** The years each case names, kept with the case (cases are rebuilt when documents are read again). */
const CASE_YEARS = new WeakMap<Case, ReadonlySet<number>>();

/** A cache of passage facts by passage id; emptied when it holds this many passages. */
export const PASSAGE_FACTS_LIMIT = 20_000;

/**
 * Computes the features of every sentence of the candidate passages. Case-level figures are computed
 * once per case.
 */
export class FeatureBuilder {
  private readonly total: number;
  /** The question's terms as bit slots: every bag below is read into a mask once. */
  private readonly slots: QuestionTerms;
  private readonly names: WeightedConcept[];

  constructor(
    private readonly index: SearchIndex,
    private readonly topic: WeightedConcept[],
    private readonly intent: Intent,
    private readonly entriesOfCase: (c: Case) => PassageEntry[],
    private readonly outOfForce: (doc: KnowledgeDocument) => boolean,
    /** The question asks about what applied earlier. */
    private readonly asksPast: boolean,
    /** The kind of thing a which- or what-question asks for, when it names one. */
    private readonly head: WeightedConcept | null = null,
    /** Concepts that name the document the answer is in ("enligt 2019 års riktlinjer"), not its content. */
    source: ReadonlySet<WeightedConcept> = new Set(),
    /** The years the question asks about. */
    private readonly askedYears: ReadonlySet<number> = new Set(),
    /** Question-independent figures per passage id, shared across questions by the caller. */
    private readonly facts: Map<number, PassageFacts> = new Map(),
    /** What the asked value must be of, per or as (see `AskedThing`). */
    asked: AskedThing = {
      measured: [],
      role: [],
      deputy: false,
      span: false,
      unit: [],
      relation: [],
      total: false,
      others: false,
      actor: [],
      organ: [],
    },
    /** The time a when-question asks about, and today (ISO), which the sentences' dates are read against. */
    private readonly tense: { asked: Tense; today: string } | null = null,
    /** The question as asked, for the places it names ("med Tallinn", "City of Tartu"). */
    question = '',
  ) {
    this.placesAsked = placesIn(question);
    this.relativeAsked = relativeYearsIn(question);
    this.ownedAsked = possessivesIn(question).filter((p) => !isHomeOwner(p.owner));
    this.framesAsked = framesIn(question);
    // "Vad kostar chefernas studieresa?": what costs is a thing the question names by a noun (of a name alone,
    // "Vad kostar C40?", a sentence says "Medlemskapet kostar …").
    this.costAsked =
      intent === 'how_much' && COST_VERB.test(question) && topic.some((w) => !w.concept.isName);
    // "Hur stor andel av kostnaderna betalar staden?": a share is asked, which a sum of kronor does not give.
    this.shareAsked = intent === 'how_much' && SHARE_ASKED.test(question);
    // "Hur mycket … för genomförandefasen?": the sum is asked for a thing.
    this.sumForAsked = intent === 'how_much' && SUM_FOR_ASKED.test(question);
    // "Vilket datum hålls NCCA:s årsmöte 2029?": the year says which meeting, whatever the answer type.
    this.yearedAsked = yearedThings(question).flatMap(({ word, year }) => {
      const written = word.toLocaleLowerCase('sv');
      const w = topic.find(
        (t) => !source.has(t) && t.concept.surface.toLocaleLowerCase('sv').split(/\s+/u).includes(written),
      );
      return w ? [{ w, year }] : [];
    });
    this.total = topic.reduce((sum, w) => sum + w.weight, 0);
    this.measured = asked.measured;
    this.unitsCounted = asked.measured.some((w) => isMeasureUnit(w.concept.surface));
    this.unit = asked.unit;
    // A role is met by its own word, not by the parts of a compound standing apart ("projektledare" is not
    // "projektet … ledande").
    this.role = asked.role.map((w) => ({
      ...w,
      expansions: w.expansions.filter((_, k) => w.concept.alternatives[k]?.source !== 'parts'),
    }));
    this.relation = asked.relation;
    this.deputyAsked = asked.deputy;
    this.roleHeadStems = new Set(
      this.role
        .at(-1)
        ?.concept.alternatives.filter((a) => a.stems.length === 1)
        .map((a) => a.stems[0]!) ?? [],
    );
    this.totalAsked = asked.total;
    this.othersAsked = asked.others;
    this.paidAsked = intent === 'how_much' && PAID.test(question) && !CAP.test(question);
    this.moneyAsked = intent === 'how_much' && IN_CURRENCY.test(question);
    this.decisionAsked = intent === 'what' && DECISION_ASKED.test(question);
    this.actor = asked.actor;
    this.organ = asked.organ;
    this.slots = new QuestionTerms(index, [...topic, ...(head ? [head] : []), ...this.role]);
    this.source = source;
    this.sourceYears = new Set(
      [...source]
        .filter((w) => YEARS_ONLY.test(w.concept.surface))
        .flatMap((w) => [...yearsIn(w.concept.surface)]),
    );
    this.content = topic.filter((w) => !source.has(w));
    this.contentTotal = this.content.reduce((sum, w) => sum + w.weight, 0);
    // The last place of each concept in the topic, as a map set in the topic's order would hold.
    this.topicAt = new Map(topic.map((w, k) => [w, k]));
    this.topicContext = new Float64Array(topic.length);
    this.topicPassage = new Float64Array(topic.length);
    this.contentAt = Int32Array.from(this.content, (w) => this.topicAt.get(w)!);
    this.contextOf = new Float64Array(this.content.length);
    this.passageOf = new Float64Array(this.content.length);
    this.caseOf = new Float64Array(this.content.length);
    this.isFocus = new Uint8Array(this.content.length);
    this.names = topic.filter((w) => w.concept.isName);
    // "Which cities …", "Var …": a place the sentence names is what is asked for, not another than asked.
    const asksPlace = intent === 'where' || (head !== null && PLACE_KINDS.test(head.concept.surface));
    const located = topic.filter((w) => !source.has(w));
    this.askedPlaces = asksPlace
      ? []
      : located.flatMap((w) => {
          // "City of Tartu" names the place Tartu: its capitalised words are what may be a place.
          const words = w.concept.isName ? (w.concept.surface.match(/\p{Lu}\p{Ll}[\p{L}-]*/gu) ?? []) : [];
          return words.length > 0 ? [{ w, words }] : [];
        });
    // "Which networks …": another network is what is asked for.
    const asksNamed = head !== null && NAMED_KINDS.test(head.concept.surface);
    this.askedOrganisations = asksNamed
      ? []
      : located.filter(
          (w) =>
            w.concept.isName &&
            !this.placesAsked.has(w.concept.surface) &&
            isOrganisationName(w.concept.surface, isKnownWord),
        );
    this.askedBodies = located.flatMap((w) => {
      const body = w.concept.lang === 'sv' ? bodyOf(w.concept.surface) : null;
      return body ? [{ w, body }] : [];
    });
    this.spanAsked = asked.span;
    const absentShare = (counts: (w: WeightedConcept) => boolean) =>
      this.total > 0
        ? topic.filter((w) => w.absent && counts(w)).reduce((sum, w) => sum + w.weight, 0) / this.total
        : 0;
    this.absentName = absentShare((w) => w.concept.isName);
    this.absentNoun = absentShare((w) => !w.concept.isName && w.concept.nounish && !untranslated(w));
  }

  private readonly absentName: number;

  /**
   * The question's names with their capitalised words (each a place, as it may be: see `otherEntity`), unless
   * a place is what is asked for.
   */
  private readonly askedPlaces: readonly { w: WeightedConcept; words: string[] }[];
  /** The things the question names by a year ("årsmöte 2029"), each by its topic concept. */
  private readonly yearedAsked: readonly { w: WeightedConcept; year: number }[];
  /** The names the question writes where only a place stands ("City of Tartu", "från Riga"). */
  private readonly placesAsked: ReadonlySet<string>;
  /** The owners the question names a thing by ("Göteborgs resepolicy"), other than the city itself. */
  private readonly ownedAsked: { owner: string; thing: string }[];
  /** The years from now the question names ("förra året", "this year"). */
  private readonly relativeAsked: ReadonlySet<number>;
  /** Per name of the question, the prepositions it stands after ("med Tallinn"). */
  private readonly framesAsked: ReadonlyMap<string, ReadonlySet<string>>;
  /** The bodies the question names ("kulturnämnden"), each with its own part and kind. */
  private readonly askedBodies: readonly { w: WeightedConcept; body: Body }[];
  /** A how-much question asks the sum for a thing ("… för genomförandefasen?"). */
  private readonly sumForAsked: boolean;
  /** A how-much question asks what a thing the question names by a noun costs. */
  private readonly costAsked: boolean;
  /** The organisations, networks, programmes and projects the question names ("C40", "SoundBridge"). */
  private readonly askedOrganisations: readonly WeightedConcept[];

  /** A when-question asks how long something goes on ("When does the project run?"): a period answers it. */
  private readonly spanAsked: boolean;

  private readonly measured: readonly WeightedConcept[];
  /**
   * The question counts a unit of time, money or share ("Hur många dagar …", "How many hours …"): a number of
   * that unit answers it, where it counts no people or things otherwise.
   */
  private readonly unitsCounted: boolean;
  /** The question asks for a share ("hur stor andel", "what percentage"): only a share answers it. */
  private readonly shareAsked: boolean;

  private readonly role: readonly WeightedConcept[];
  private readonly deputyAsked: boolean;
  /** The one-word stems of the asked role's head, which a deputy's word may stand before. */
  private readonly roleHeadStems: ReadonlySet<string>;

  private readonly unit: readonly WeightedConcept[];

  private readonly relation: readonly WeightedConcept[];

  private readonly totalAsked: boolean;

  /** The question asks what was paid or received, an outcome ("betalade … ut", "How much did … receive"). */
  private readonly paidAsked: boolean;
  /** The question asks for a sum in a currency ("… in euros?", "… i kronor?"). */
  private readonly moneyAsked: boolean;
  /** A what-question asks what was decided ("Vad beslutade kommunstyrelsen om …?", "What did … decide …?"). */
  private readonly decisionAsked: boolean;
  private readonly othersAsked: boolean;

  private readonly actor: readonly WeightedConcept[];

  private readonly organ: readonly WeightedConcept[];

  private readonly absentNoun: number;

  private readonly source: ReadonlySet<WeightedConcept>;
  /** The years of the question's source phrase ("enligt delegationsordningen 2021"): which version is asked. */
  private readonly sourceYears: ReadonlySet<number>;

  /** The topic without its source concepts: what the answering sentence itself should say. */
  private readonly content: WeightedConcept[];

  private readonly contentTotal: number;

  /** Share of the topic weight the case meets anywhere (text, headings, titles). */
  caseCover(c: Case): number {
    return this.caseFiguresOf(c).caseCover;
  }

  /**
   * Whether the case misses a name of the question ("Åtvidaberg", "C40") that some document holds: a name no
   * document holds may stand only in what reading set aside (a web page's breadcrumb trail).
   */
  missesHeldName(c: Case): boolean {
    return this.caseFiguresOf(c).heldNameMissing;
  }

  /** Share of the topic weight the case's and document's titles meet. */
  titleCover(c: Case): number {
    return this.caseFiguresOf(c).titleCover;
  }

  /**
   * The case's titles name every noun and name of the topic ("Var hålls Kungsholmens sammanträde?" of a
   * meeting's page): only the predicate, if any, is left for a sentence to say.
   */
  titlesNameTopic(c: Case): boolean {
    const named = this.topic.filter((w) => w.concept.nounish || w.concept.isName);
    return named.length > 0 && named.every((w) => this.titleHolds(c, w));
  }

  /** How well the case (its passages, headings and titles) meets the concept, from 0 to 1. */
  caseHolds(c: Case, w: WeightedConcept): number {
    return this.slots.match(w, this.masksOf(c), 0);
  }

  /** The case's or the document's title meets the concept. */
  titleHolds(c: Case, w: WeightedConcept): boolean {
    return this.caseFiguresOf(c).inTitle.has(w);
  }

  /** The case's terms (its passages, headings, list leads and titles) as mask 0, its titles' as mask 1. */
  private masksOf(c: Case): Masks {
    let masks = this.caseMasks.get(c.id);
    if (!masks) {
      const slots = this.slots;
      const entries = this.entriesOfCase(c);
      masks = slots.masks(3);
      if (entries.length > 0) {
        slots.read(entries[0]!.title, masks, 2);
        slots.or(masks, 1, masks, 2);
      }
      const caseTitle = entries[titleAt(c, entries)];
      const layout = layoutOf(c, entries);
      // A title that is a heading is no passage of its own: it is the section its passages fall under
      // (an item of a page of referrals, a heading over "Diarienummer: …", "Sista svarsdag: …").
      const underTitle = caseTitle ? undefined : entries[layout.underTitle];
      if (caseTitle ?? underTitle) {
        slots.read(caseTitle ? caseTitle.terms : underTitle!.context, masks, 2);
        slots.or(masks, 1, masks, 2);
      }
      // A company's or a foundation's letterhead names who writes (see `layoutOf`).
      for (const k of layout.letterhead) {
        slots.read(entries[k]!.terms, masks, 2);
        slots.or(masks, 1, masks, 2);
      }
      // A fact box's heading ("Fakta: Östersjölägret för unga 2027", "Facts: HEATSAFE") names what the page
      // is about, as its title does: a news article's headline often does not name it.
      const factBox = factBoxOf(c, entries);
      if (factBox) {
        slots.read(factBox.context, masks, 2);
        slots.or(masks, 1, masks, 2);
      }
      slots.read(this.index.passagesBag(entries), masks, 0);
      slots.or(masks, 0, masks, 1);
      this.caseMasks.set(c.id, masks);
    }
    return masks;
  }

  private readonly caseMasks = new Map<string, Masks>();

  /**
   * What a case gives every one of its sentences, computed once per case: matching a concept against a
   * case's bag asks every passage of the case, and a question's candidates share few cases.
   */
  private caseFiguresOf(c: Case): CaseFigures {
    let figures = this.caseFigures.get(c.id);
    if (!figures) {
      const masks = this.masksOf(c);
      const slots = this.slots;
      const namesWeight = this.names.reduce((sum, w) => sum + w.weight, 0);
      // Each concept matched once against the case (mask 0) and once against its titles (mask 1), summed
      // in the topic's order as `share` sums.
      let caseSum = 0;
      let titleSum = 0;
      const inTitle = new Set<WeightedConcept>();
      for (const w of this.topic) {
        const title = slots.match(w, masks, 1);
        caseSum += w.weight * slots.match(w, masks, 0);
        titleSum += w.weight * title;
        if (title > 0) inTitle.add(w);
      }
      figures = {
        caseCover: this.total > 0 ? caseSum / this.total : 0,
        titleCover: this.total > 0 ? titleSum / this.total : 0,
        nameMissing:
          this.total > 0 && namesWeight > 0
            ? this.names.filter((w) => slots.match(w, masks, 0) === 0).reduce((s, w) => s + w.weight, 0) /
              this.total
            : 0,
        heldNameMissing: this.names.some((w) => !w.absent && slots.match(w, masks, 0) === 0),
        // A name in the question's source phrase ("enligt 2022 års PM") locates the case, not the sentence.
        namesInCase: this.names.filter((w) => !this.source.has(w) && slots.match(w, masks, 0) > 0),
        inTitle,
      };
      this.caseFigures.set(c.id, figures);
    }
    return figures;
  }

  private readonly caseFigures = new Map<string, CaseFigures>();

  /** Each topic concept's place in the topic, and per place its match in a passage's heading and text. */
  private readonly topicAt: Map<WeightedConcept, number>;
  private readonly topicContext: Float64Array;
  private readonly topicPassage: Float64Array;
  /** Per content concept: its place in the topic. */
  private readonly contentAt: Int32Array;
  /** Scratch for one passage at a time: its masks, and per content concept its matches and focus. */
  private passageMasks: Masks = new Uint32Array(0);
  private readonly contextOf: Float64Array;
  private readonly passageOf: Float64Array;
  /** For a case-wide answer type, each content concept's match in the sentence's whole case. */
  private readonly caseOf: Float64Array;
  private readonly isFocus: Uint8Array;

  sentences(id: number, c: Case): SentenceCandidate[] {
    const entry = this.index.entries[id]!;
    const slots = this.slots;
    const caseMasks = this.masksOf(c);
    const { caseCover, titleCover, nameMissing, namesInCase, inTitle } = this.caseFiguresOf(c);
    const sentences = entry.sentences;
    // Each sentence's terms are read once (masks 0 … n−1): they are its own and its neighbours' evidence.
    // The passage's heading, list lead and text are the same for each of its sentences: read once too.
    const n = sentences.length;
    const NEAR = n;
    const NEARBY = n + 1;
    const CONTEXT = n + 2;
    const PASSAGE = n + 3;
    // Scratch kept across the question's passages: every mask used is read, cleared or copied first.
    if (this.passageMasks.length < (n + 4) * slots.words) this.passageMasks = slots.masks(2 * (n + 4));
    const masks = this.passageMasks;
    for (let i = 0; i < n; i++) slots.read(sentences[i]!.terms, masks, i);
    slots.read(entry.context, masks, CONTEXT);
    slots.read(entry.terms, masks, PASSAGE);
    // A reservation says "reserverar sig mot beslutet": in a case of a few passages (an agenda item, a
    // decision), the case it stands in is what it is about, as a heading is for other sentences.
    const caseWide = CASE_WIDE_INTENTS.has(this.intent) && c.passages.to - c.passages.from <= CASE_WIDE_LIMIT;
    // Per topic concept (by its place, `topicAt`): its match in the heading and in the whole passage.
    const { topicContext, topicPassage, topicAt } = this;
    for (let k = 0; k < this.topic.length; k++) {
      const w = this.topic[k]!;
      topicContext[k] = slots.match(w, masks, CONTEXT);
      topicPassage[k] = slots.match(w, masks, PASSAGE);
    }
    /** A concept's match in the heading, when it is one of the topic's. */
    const inContext = (w: WeightedConcept): number | undefined => {
      const k = topicAt.get(w);
      return k === undefined ? undefined : topicContext[k];
    };
    const expired = this.outOfForce(entry.doc);
    const outOfForce = expired && !this.asksPast ? 1 : 0;
    const pastAsked = expired && this.asksPast ? 1 : 0;
    const facts = this.factsOf(id, entry, c);
    const { lead } = entry.passage;
    const rowHeader = lead && tableCells(entry.passage.text) > 0 && tableCells(lead) > 0 ? lead : null;
    // Per content concept, in the topic's order: the passage's matches and whether it is focus. Arrays and
    // plain loops, not closures: what reads them runs per sentence.
    const content = this.content;
    const count = content.length;
    const { contextOf, passageOf, caseOf, isFocus } = this;
    isFocus.fill(0);
    let focusTotal = 0;
    for (let j = 0; j < count; j++) {
      const w = content[j]!;
      contextOf[j] = topicContext[this.contentAt[j]!]!;
      caseOf[j] = caseWide ? slots.match(w, caseMasks, 0) : 0;
      passageOf[j] = topicPassage[this.contentAt[j]!]!;
      // A concept that locates the case or the section (a name, a title's word, the heading's, the source
      // phrase's) need not be in the answering sentence; the others are its focus.
      const locating = w.concept.isName || inTitle.has(w) || contextOf[j]! > 0 || this.source.has(w);
      if (!locating) {
        isFocus[j] = 1;
        focusTotal += w.weight;
      }
    }
    return sentences.map((s, i) => {
      slots.clear(masks, NEAR);
      if (i > 0) slots.or(masks, NEAR, masks, i - 1);
      if (i + 1 < n) slots.or(masks, NEAR, masks, i + 1);
      // "Förvaltningen föreslår i stället fyra inspektioner per år för dessa.": a sentence that points back
      // ("dessa", "these") speaks of what the sentence before it names, nearly as if it named it itself.
      const referent = i > 0 && REFERS_BACK.test(s.text);
      // Sums in the topic's order, as `share` sums: the window, the sentence's own cover and its focus.
      let windowSum = 0;
      let coverSum = 0;
      let focusSum = 0;
      for (let j = 0; j < count; j++) {
        const w = content[j]!;
        const own = referent
          ? Math.max(slots.match(w, masks, i), REFERENT_FACTOR * slots.match(w, masks, i - 1))
          : slots.match(w, masks, i);
        windowSum +=
          w.weight *
          Math.max(
            own,
            0.5 * slots.match(w, masks, NEAR),
            CONTEXT_FACTOR * Math.max(contextOf[j]!, caseOf[j]!),
            0.4 * passageOf[j]!,
          );
        coverSum += w.weight * own;
        if (isFocus[j]) focusSum += w.weight * own;
      }
      const window = this.contentTotal > 0 ? windowSum / this.contentTotal : 0;
      let nameElsewhere = 0;
      if (this.total > 0 && namesInCase.length > 0) {
        slots.copy(masks, NEARBY, masks, i);
        slots.or(masks, NEARBY, masks, NEAR);
        slots.or(masks, NEARBY, masks, CONTEXT);
        slots.or(masks, NEARBY, masks, PASSAGE);
        slots.or(masks, NEARBY, caseMasks, caseWide ? 0 : 1);
        let missing = 0;
        for (const w of namesInCase) if (slots.match(w, masks, NEARBY) === 0) missing += w.weight;
        nameElsewhere = missing / this.total;
      }
      const fact = facts[i]!;
      const otherEntity = this.otherEntity(s.text, i, entry, c, masks, CONTEXT, caseMasks, fact);
      const sentenceCover = this.contentTotal > 0 ? coverSum / this.contentTotal : 0;
      // With every concept locating the case or section, the sentence must still say something of them.
      const focus = focusTotal > 0 ? focusSum / focusTotal : sentenceCover;
      // A sentence that names its own years is about them ("… generalkonferens i september 2029"), whatever
      // year the document's date or heading names; one that names none is read with what surrounds it.
      // Both are the sentence's own (and its passage's), kept with its facts across questions.
      if (this.askedYears.size > 0) fact.ownYears ??= subjectYearsIn(s.text);
      const ownYears = this.askedYears.size > 0 ? fact.ownYears! : NO_YEARS;
      if (this.askedYears.size > 0 && ownYears.size === 0)
        fact.nearYears ??= yearsIn(
          [sentences[i - 1]?.text, sentences[i + 1]?.text, entry.passage.section, entry.doc.meta.title]
            .filter(Boolean)
            .join(' '),
        );
      // A sentence with no year in it or around it ("Budgeten för internationellt arbete var 4,8 miljoner
      // kronor") is read with its case's years: a case whose years all come after the asked one is about later
      // years ("… 2025?" asked of a report on 2026). Only earlier years: a paper dated 2026 may plan what
      // follows without naming 2027 ("Resan genomförs i mars").
      const statedYears =
        this.askedYears.size === 0
          ? NO_YEARS
          : ownYears.size > 0
            ? ownYears
            : fact.nearYears!.size > 0
              ? fact.nearYears!
              : this.laterCaseYears(c, entry.doc);
      // A table row is read with its header row: "Ansvarig" over "Stadsledningskontoret" says who is
      // responsible, as "ansvarar för" does in a sentence.
      // A line under a contact heading ("Kontakt" over "Johanna Berglund") is a contact, as a field
      // "Kontakt: Johanna Berglund" is.
      // So is a line under "Kommunstyrelsens förslag till beslut" a proposal, however plainly it is worded
      // ("Informationen noteras.").
      const read = rowHeader
        ? `${rowHeader}\n${withHeaderUnit(s.text, rowHeader)}`
        : contactHeading(entry) || (this.intent === 'proposal' && this.askedProposerHeading(entry))
          ? `${entry.passage.section}\n${s.text}`
          : s.text;
      const cueKey = `${this.intent}${this.unitsCounted ? ':units' : ''}${this.shareAsked ? ':share' : ''}`;
      let cue = fact.cue.get(cueKey);
      if (cue === undefined) {
        cue = cueStrength(this.intent, read, read, this.unitsCounted);
        if (this.shareAsked && !SHARE_STATED.test(read)) cue = 0;
        fact.cue.set(cueKey, cue);
      }
      // "Hur många elever …" is not answered by "två tillfällen", nor "What is the registration fee …" by "högst
      // 4 200 000 kronor för konferensen": the count or sum must be of what is asked, named in the sentence or
      // in a heading over it (a table's header row).
      if (
        cue > 0 &&
        this.measured.length > 0 &&
        this.measured.every((w) => slots.match(w, masks, i) === 0 && (inContext(w) ?? 0) === 0)
      )
        cue = 0;
      // "Hur många städer …" is not answered by "… kan samla omkring 450 deltagare … ger staden möjlighet":
      // a count is of the word it stands beside, so what is counted stands within a few words of a number.
      if (
        cue > 0 &&
        this.intent === 'how_many' &&
        this.measured.length > 0 &&
        // What is counted is the last word of the run ("international memberships" counts memberships): a
        // heading that names only its modifier ("internationellt arbete") is no header over the count.
        (inContext(this.measured[this.measured.length - 1]!) ?? 0) === 0 &&
        !this.countedNear(s.text)
      )
        cue = 0;
      // "Vem är beredskapschef i Oslo?" is not answered by "Oslo kommune har erbjudit sig att hålla i
      // sekretariatet": the sentence must name someone as the role asked about, itself or under a heading
      // that names the role (a heading "Projektledare" over "Anna Berg, 08-508 …"). A role of several words
      // ("culture director") is named by its head, the last: "Kulturförvaltningen" names no director.
      const roleHead = this.role.at(-1);
      if (
        cue > 0 &&
        roleHead &&
        ((slots.match(roleHead, masks, i) === 0 && slots.match(roleHead, masks, CONTEXT) === 0) ||
          (!this.deputyAsked && namesOnlyDeputy(s.text, this.roleHeadStems)))
      )
        cue = 0;
      // "Vem är stadsdelsdirektör i Skärholmen?" is not answered by "Nämnderna ansvarar för … stadsdelsdirektör …":
      // a role only a person holds is answered by a sentence, or a heading over it, that names a person.
      if (cue > 0 && roleHead && isPersonRole(roleHead.concept.surface) && !namesPerson(read)) cue = 0;
      // "Vem är ordförande i internationella beredningen?" is not answered by a district council's chair: the
      // document that names the role holder must name the body the role is held in (a protocol names its body
      // once, in its header, which need not be the answering paragraph's case).
      if (
        cue > 0 &&
        this.role.length > 0 &&
        this.organ.some(
          (w) =>
            !untranslated(w) &&
            slots.match(w, caseMasks, 0) === 0 &&
            slots.match(w, this.docMasksOf(entry.doc), 0) === 0,
        )
      )
        cue = 0;
      // "Vem leder delegationen till Hamburg?" is not answered by "En delegation om högst fem förtroendevalda
      // … deltar": the sentence, or the heading over it, must say that someone does what is asked.
      if (
        cue > 0 &&
        this.relation.length > 0 &&
        this.relation.every(
          (w) =>
            slots.match(w, masks, i) === 0 &&
            slots.match(w, masks, CONTEXT) === 0 &&
            !derivedIn(w, s.text) &&
            !(AUTHORITY.test(w.concept.surface) && statesAuthority(s.text)),
        )
      )
        cue = 0;
      // "Vad tycker kulturnämnden om betänkandet om beredskap?" is not answered by the committee's view on
      // another matter: the case must be about what the view is asked on (see `holdsMatter`).
      // "Vad tyckte socialnämnden om promemorian?" is not answered by "Förvaltningen avstyrker förslaget." in
      // an administration's own reply, nor by a list of the bodies asked to reply: the stand must be the asked
      // body's, named in the sentence, in the heading over it or in the case's title, or written as a text
      // writes its author ("Förvaltningen anser …") in a case that names the body.
      if (cue > 0 && this.actor.length > 0) {
        // A proposal may be written as a view ("Motionären anser att kommunfullmäktige ska …"): its owner is the
        // view's when no verb of proposing is there.
        // One that opens with a councillor and a party ("Nora Ekberg (KD) har väckt en motion …") is theirs.
        const owner =
          (this.intent === 'proposal'
            ? (beforeProposal(s.text) ?? beforeStance(s.text) ?? PROPOSER_FIRST.exec(s.text)?.[0])
            : beforeStance(s.text)) ?? '';
        const byActor = (w: WeightedConcept, text: string) =>
          heldIn(w, text) || (!w.concept.isName && slots.match(w, caseMasks, 0) > 0 && writesAuthor(w, text));
        // "Revisorerna bedömer att kommunstyrelsen …" is the auditors' stand, not the board's.
        // "Lena Ström (L) föreslår i en motion …" is the motion's proposal, not the board's.
        const someoneElse =
          (STANCE_OWNER.test(owner) || PROPOSER.test(owner)) && !this.actor.every((w) => byActor(w, owner));
        // A proposal asked of a body is only kept from another's proposal: what a body proposes is often in its
        // own report without its name beside it.
        if (
          someoneElse ||
          (this.intent !== 'proposal' && !this.holdsMatter(c, caseMasks)) ||
          (this.intent !== 'proposal' &&
            !this.actor.every(
              (w) =>
                slots.match(w, masks, i) > 0 ||
                slots.match(w, masks, CONTEXT) > 0 ||
                slots.match(w, caseMasks, 1) > 0 ||
                (!w.concept.isName && slots.match(w, caseMasks, 0) > 0 && writesAuthor(w, s.text)),
            ))
        )
          cue = 0;
      }
      // "What is the total budget …" is not answered by "Stockholm will receive EUR 2.4 million … for its own
      // part": a sum asked in total is not one party's share, unless the sentence gives the whole as well.
      // So is "Summa förvaltningens budget" for "the total budget … for all partners": the asked thing written as
      // the share of an owner the question does not name.
      if (
        cue > 0 &&
        this.totalAsked &&
        (SHARE.test(s.text) || this.ownedByOther(s.text)) &&
        !TOTAL_WORDS.test(s.text)
      )
        cue = 0;
      // "Hur mycket betalade de andra kommunerna …" is not answered by "Av det betalade staden 610 000 kronor":
      // a value asked of others is stated of others ("andra", "övriga", "other").
      if (cue > 0 && this.othersAsked && !OTHERS.test(s.text)) cue = 0;
      // "Hur mycket … betalade kulturnämnden ut under 2026?" is not answered by "Stödet är högst 2 500 kronor per
      // deltagare": a sum paid is an outcome, a rule's cap says what may be paid.
      if (
        cue > 0 &&
        this.paidAsked &&
        CAP.test(s.text) &&
        RULE_VERB.test(s.text) &&
        !PAID.test(s.text) &&
        !PAST_VERB.test(s.text)
      )
        cue = 0;
      // "What is the fee … in euros?" is not answered by "… minskar med 30 procent": a sum asked in a currency
      // is a sum of money, in whatever currency the text gives it.
      if (cue > 0 && this.moneyAsked && !MONEY.test(s.text)) cue = 0;
      // "How much does Stockholm pay for its Eurocities membership?" is not answered by another network's fee:
      // a value asked of a named thing that another document names comes from a case that names it.
      if (cue > 0 && NAMED_VALUE_INTENTS.has(this.intent) && this.missesHeldName(c)) cue = 0;
      // "Hur mycket bidrag fick föreningen?" is not answered by "Föreningen har ansökt om 120 000 kronor": what was
      // applied for is not what was received, unless the sentence says what was granted as well.
      if (cue > 0 && this.paidAsked && APPLIED.test(s.text) && !GRANTED.test(s.text)) cue = 0;
      // "… per hour" is not answered by a fee per delegate: a sum asked per a unit is stated per that unit. A sum
      // per head is one whatever the text calls the people ("per ungdom som åker", "per deltagare").
      if (
        cue > 0 &&
        this.unit.some((w) => slots.match(w, masks, i) === 0 && (inContext(w) ?? 0) === 0) &&
        !(this.unit.every((w) => HEAD_WORD.test(w.concept.surface)) && PER_HEAD.test(s.text))
      )
        cue = 0;
      // "Vem är beredskapschef i Oslo?" is not answered by "… enades beredskapscheferna i …": the name or body
      // that answers must be another than the one the question asks about.
      if (cue > 0 && VALUE_INTENTS.has(this.intent)) {
        // A sentence without the asked words keeps its cue: the patterns are slow (tens of µs a sentence).
        const without = this.withoutAsked(read);
        if (without !== read) cue = cueStrength(this.intent, without, read, this.unitsCounted);
      }
      // "When does SEAWAYS run?" asks for a span: "An Interreg project, 2027–2029" says it in full.
      if (this.spanAsked && cue > 0) cue = 1;
      let close = 0;
      if (sentenceCover > 0 && this.content.length > 0) {
        fact.words ??= termsByWord(s.text);
        close = proximityOfSlots(fact.words, this.content, slots);
      }
      let head = this.head
        ? Math.max(
            slots.match(this.head, masks, i),
            inContext(this.head) ?? slots.match(this.head, masks, CONTEXT),
          )
        : 0;
      // "Vad beslutade nämnden om …?" asks for a decision: a sentence that states one has the asked shape, one
      // that does not ("Ärendet utgår.") lacks it.
      const decision = this.decisionAsked ? this.saysDecision(read, sentences[i - 1]?.text, entry) : null;
      // "Which cities …", "Vilken stad …": a city is named, not called a city ("med Espoo och Leuven").
      const namedKind = this.head !== null && NAMED_KINDS.test(this.head.concept.surface);
      let named = false;
      const placeKind = namedKind && PLACE_KINDS.test(this.head!.concept.surface);
      if (this.head && namedKind && (placeKind || head > 0)) {
        const without = this.withoutAsked(s.text);
        // "… are paid by the City of Porto": "City" in "City of" is the place's kind, not another name.
        const rest = without.replace(/^\S+/u, '').replace(PLACE_DESIGNATION, ' ');
        // The first word is capitalised as any first word is; it is a name when the document writes it
        // capitalised inside a sentence too ("Oslo kommune har erbjudit sig …", "… ett möte i Oslo"), or when
        // the word list does not know it and a municipality's word follows ("Tromsø kommune har …").
        const first = /^\s*(\p{Lu}\p{Ll}{2,})(?![\p{L}])/u.exec(without)?.[1];
        const opening = OPENING_CITY.exec(s.text.trimStart());
        if (
          PROPER_NAME.test(rest) ||
          (first !== undefined && namesInside(entry.doc).has(first)) ||
          (opening && !isKnownWord(opening[1]!))
        ) {
          named = true;
          head = Math.max(head, NAMED);
        }
      }
      return {
        entry,
        id,
        sentence: s.text,
        caseRef: c,
        features: {
          cover: sentenceCover,
          window,
          focus,
          caseCover,
          titleCover,
          cue: decision === null ? cue : decision ? 1 : 0,
          // "Vilket hotell bor delegationen på?" asks for a hotel's name: "… including travel, hotel and local
          // transport" says the word and names none.
          cueMissing: hasCue(this.intent) ? 1 - cue : (namedKind && !named) || decision === false ? 1 : 0,
          head,
          // "Huvudsökande är Centrum Młodzieży Lublin …" says who holds the role a who-question asks ("Vem är
          // huvudsökande …?") as "Strategins mål är …" says what the asked head is.
          headDefined:
            (head > 0 || (this.role.length > 0 && this.role.some((w) => slots.match(w, masks, i) > 0))) &&
            DEFINING.test(s.text)
              ? 1
              : 0,
          leadIn: fact.leadIn,
          afterLeadIn: fact.afterLeadIn,
          short: fact.short,
          heading: fact.heading,
          titleLike: fact.titleLike,
          outOfForce,
          pastAsked,
          // "… förra året?" is not answered by "I år delas tolv stipendier ut.": both years are named from now.
          otherYear: Math.max(
            otherYear(this.askedYears, statedYears),
            this.otherVersion(entry.doc),
            this.otherYeared(s.text, c, entry, fact),
            this.relativeAsked.size > 0 ? otherYear(this.relativeAsked, relativeYearsIn(s.text)) : 0,
          ),
          tenseMismatch: this.tense
            ? tenseMismatch(this.tense.asked, statedTense(s.text, this.tense.today))
            : 0,
          nameMissing,
          nameElsewhere,
          otherEntity,
          proximity: close,
          absentNoun: this.absentNoun,
          absentName: this.absentName,
        },
      };
    });
  }

  /**
   * 1 when the question names its source with a year ("enligt kommunstyrelsens delegationsordning 2021", "the
   * 2019 routine") and the document names years, none of them that one: it is another version of the source.
   */
  private otherVersion(doc: PassageEntry['doc']): number {
    if (this.sourceYears.size === 0) return 0;
    let years = DOCUMENT_YEARS.get(doc);
    if (!years) {
      const text = doc.passages.map((p) => `${p.section ?? ''} ${p.text}`).join(' ');
      years = yearsIn(`${text} ${doc.meta.title ?? ''} ${doc.meta.date ?? ''}`);
      DOCUMENT_YEARS.set(doc, years);
    }
    return otherYear(this.sourceYears, years);
  }

  /**
   * Whether a sentence says that something was decided, itself, through the lead-in it follows ("Nämnden
   * beslutar följande:") or under a heading that labels a decision ("Beslut", "Kommunstyrelsens beslut").
   * "Ärendet utgår", "… läggs fram för beslut" said of a paper still to be decided, or an agenda item under
   * "Beslutsärenden" say no decision.
   */
  private saysDecision(read: string, before: string | undefined, entry: PassageEntry): boolean {
    if (DECISION_SAID.test(read) && !TO_BE_DECIDED.test(read)) return true;
    if (before !== undefined && /:\s*$/u.test(before) && DECISION_SAID.test(before)) return true;
    return DECISION_LABEL.test((entry.passage.section ?? '').trim());
  }

  /** The years a case names when every asked year comes before all of them; none otherwise. */
  private laterCaseYears(c: Case, doc: PassageEntry['doc']): ReadonlySet<number> {
    const years = this.caseYears(c, doc);
    if (years.size === 0) return years;
    const first = Math.min(...years);
    for (const y of this.askedYears) if (y >= first) return NO_YEARS;
    return years;
  }

  /** The years a case names anywhere (its passages and its document's title), read once per case. */
  private caseYears(c: Case, doc: PassageEntry['doc']): ReadonlySet<number> {
    let years = CASE_YEARS.get(c);
    if (!years) {
      const text = doc.passages
        .slice(c.passages.from, c.passages.to)
        .map((p) => `${p.section ?? ''} ${p.text}`)
        .join(' ');
      years = yearsIn(`${text} ${doc.meta.title ?? ''}`);
      CASE_YEARS.set(c, years);
    }
    return years;
  }

  /**
   * A heading that announces the proposal of the body the question asks about ("Kommunstyrelsens förslag till
   * beslut" for "Vad föreslår kommunstyrelsen …?"), over the list or the lines that state it.
   */
  private askedProposerHeading(entry: PassageEntry): boolean {
    const section = entry.passage.section;
    if (entry.passage.kind === 'paragraph' || section === null || section.length > 80) return false;
    const owner = PROPOSAL_HEADING.exec(section)?.[1];
    return owner !== undefined && this.topic.some((w) => heldIn(w, owner));
  }

  /**
   * 1 when the sentence names the thing the question names by a year with other years only: "The Annual
   * General Meeting 2028 will be held in Riga" does not say when the meeting of 2029 is; nor does a sentence
   * of the minutes of the meeting of 2027 that names no meeting by its year.
   */
  private otherYeared(text: string, c: Case, entry: PassageEntry, fact: SentenceFacts): number {
    if (this.yearedAsked.length === 0) return 0;
    fact.yeared ??= yearedThings(text);
    const stated = fact.yeared;
    for (const { w, year } of this.yearedAsked) {
      let same = stated.filter((t) => heldIn(w, t.word));
      // A sentence that does not name the thing by a year is about the one its titles name ("Minutes of the
      // Annual General Meeting 2027").
      if (same.length === 0)
        same = yearedThings(`${c.title?.value ?? ''}\n${entry.doc.meta.title ?? ''}`).filter((t) =>
          heldIn(w, t.word),
        );
      if (same.length > 0 && !same.some((t) => t.year === year)) return 1;
    }
    return 0;
  }

  /**
   * 1 when the sentence names another place or body of the kind the question names, and not the asked one:
   * "KS 2027/531 | Medfinansiering av ungdomsutbyte med Tartu" for "… ungdomsutbyte med Tallinn?", a line
   * under the heading "Ungdomsutbyte med Oslo kommune", "Stockholm's budget | EUR 540,000" for "How much does
   * the City of Tartu get?". The heading (and a table's header row) is read with the sentence; the case's
   * title too when the case never names the asked one ("Riktlinjer för … i kulturförvaltningens …" for
   * "… på idrottsförvaltningen?"). A place is a name the document or the question writes where only a place
   * stands ("från Riga", "City of Stockholm", "Oslo kommune"); a name after the preposition the asked one
   * stands after ("med Tartu" for "med Tallinn"), or a count of places there ("från tio städer" for "från
   * Riga"), stands in for it too.
   */
  private otherEntity(
    text: string,
    i: number,
    entry: PassageEntry,
    c: Case,
    masks: Masks,
    context: number,
    caseMasks: Masks,
    fact: SentenceFacts,
  ): number {
    // "Vad kostar chefernas studieresa?" is not answered by "Programmet kostar 1,1 miljoner kronor." (of a
    // programme the trip is part of): the sentence says what another thing costs.
    if (this.costAsked) {
      const m = COST_SUBJECT.exec(text);
      const thing = m ? (m[1] ?? m[2]!) : null;
      if (thing && !NOT_A_THING.test(thing) && !this.namesAsked(thing)) return 1;
    }
    // "… för genomförandefasen?" is not answered by "För förstudien kan ICLD bevilja högst 250 000 kronor.":
    // the sentence opens with another thing the sum is for.
    if (this.sumForAsked) {
      const m = SUM_FOR.exec(text);
      if (m && !this.namesAsked(m[1] ?? m[2]!)) return 1;
    }
    // "Vad säger Göteborgs resepolicy …?" is not answered by "Stadens resepolicy säger …": the sentence names
    // the asked thing as another owner's, and never the asked owner.
    if (this.ownedAsked.length > 0 && this.otherOwner(text, placesOf(entry.doc), fact)) return 1;
    if (
      this.askedPlaces.length === 0 &&
      this.askedBodies.length === 0 &&
      this.askedOrganisations.length === 0
    )
      return 0;
    const slots = this.slots;
    const section = entry.passage.section ?? '';
    // A table's row is read alone: the row above it, read as its header, may be another row of a table
    // without one ("Lead partner | City of Tartu" over "Stockholm's budget | EUR 540,000").
    const row = tableCells(text) > 0;
    const span = (w: WeightedConcept) => {
      const parts = [text, section, row ? '' : (entry.passage.lead ?? '')];
      if (slots.match(w, caseMasks, 0) === 0) parts.push(c.title?.value ?? '', entry.doc.meta.title ?? '');
      // Part by part (no word or address spans a line break), so that the heading, lead and titles, the
      // same for each sentence of the passage, are read once per question.
      return parts.map((part) => this.withoutAsked(part)).join('\n');
    };
    const held = (w: WeightedConcept, word: string) =>
      slots.match(w, masks, i) > 0 ||
      text.includes(word) ||
      section.includes(word) ||
      (!row && slots.match(w, masks, context) > 0);
    if (this.askedPlaces.length > 0) {
      const places = placesOf(entry.doc);
      for (const { w, words } of this.askedPlaces) {
        // What the sentence writes around the concept, read once for all its words, when one needs it.
        let written: string | undefined;
        let others: string[] | undefined;
        let framed: ReturnType<typeof framesIn> | undefined;
        let counted: string[] | undefined;
        for (const word of words) {
          // A place by where the question or the document writes it ("City of Tartu"), or a name the question
          // writes after a preposition ("med Tallinn"), which another name after it stands in for.
          const strong = this.placesAsked.has(word) || isPlace(word, places);
          const frames = this.framesAsked.get(baseName(word));
          if ((!strong && !frames) || held(w, word)) continue;
          written ??= span(w);
          others ??= namesAlone(written);
          if (strong && others.some((name) => isPlace(name, places))) return 1;
          if (frames) {
            framed ??= framesIn(written);
            const framedIn = framed;
            if (others.some((name) => [...(framedIn.get(baseName(name)) ?? [])].some((p) => frames.has(p))))
              return 1;
            // "… ungdomar från Riga?" is not answered by "60 ungdomar från tio städer": a count of places stands
            // where the asked one would.
            counted ??= [...written.matchAll(COUNTED_PLACES)].map((m) => m[1]!.toLocaleLowerCase('sv'));
            if (counted.some((place) => frames.has(place))) return 1;
          }
        }
      }
    }
    for (const { w, body } of this.askedBodies) {
      if (held(w, w.concept.surface)) continue;
      if (otherBodies(span(w), body).length > 0) return 1;
    }
    if (this.askedOrganisations.length > 0) {
      const places = placesOf(entry.doc);
      // Each answer is kept for the question, per document's places: a passage's heading, lead, text and
      // titles are asked again for each of its sentences.
      const kept = this.organisationsKept.get(places) ?? { named: new Map(), opens: new Map() };
      this.organisationsKept.set(places, kept);
      const named = (part: string) => {
        let found = kept.named.get(part);
        if (found === undefined) {
          found = organisationsIn(this.withoutAsked(part), isKnownWord, places).length > 0;
          kept.named.set(part, found);
        }
        return found;
      };
      // A name that opens the sentence or its passage is what they speak of ("EUROCITIES is an organisation
      // which … The City of Stockholm is a member since 1995."); a partner named further on is not.
      const opens = (part: string) => {
        let found = kept.opens.get(part);
        if (found === undefined) {
          const opening = openingOf(this.withoutAsked(part));
          const lower = opening.toLocaleLowerCase('sv');
          found = organisationsIn(opening, isKnownWord, places).some((name) => lower.startsWith(name));
          kept.opens.set(part, found);
        }
        return found;
      };
      for (const w of this.askedOrganisations) {
        const word = w.concept.surface;
        if (held(w, word) || entry.passage.text.includes(word)) continue;
        if (named(section) || (!row && named(entry.passage.lead ?? ''))) return 1;
        // Of who asks for an actor, the name a sentence opens with may be the answer ("SEACON samordnar …").
        if (!ACTOR_INTENTS.has(this.intent) && (opens(text) || opens(entry.passage.text))) return 1;
        if (
          slots.match(w, caseMasks, 0) === 0 &&
          (named(c.title?.value ?? '') || named(entry.doc.meta.title ?? ''))
        )
          return 1;
      }
    }
    return 0;
  }

  /** Per set of places (a document's): whether a text names an organisation, and opens with one (`otherEntity`). */
  private readonly organisationsKept = new Map<
    ReadonlySet<string>,
    { named: Map<string, boolean>; opens: Map<string, boolean> }
  >();

  /** Per document: the terms of all its passages and its title (mask 0), read when a role's body is asked. */
  private readonly docMasks = new Map<string, Masks>();

  private docMasksOf(doc: KnowledgeDocument): Masks {
    let masks = this.docMasks.get(doc.id);
    if (!masks) {
      masks = this.slots.masks(2);
      const entries = doc.cases.flatMap((c) => this.entriesOfCase(c));
      this.slots.read(this.index.passagesBag(entries), masks, 0);
      if (entries.length > 0) {
        this.slots.read(entries[0]!.title, masks, 1);
        this.slots.or(masks, 0, masks, 1);
      }
      this.docMasks.set(doc.id, masks);
    }
    return masks;
  }

  /** Per case: whether it holds what an opinion question asks the view on. */
  private readonly matterHeld = new Map<string, boolean>();

  /**
   * Whether the case holds at least half the weight of what the view is asked on: the topic without the
   * body whose view it is ("betänkandet om kommunal beredskap" in "Vad tycker kulturnämnden om …").
   */
  private holdsMatter(c: Case, caseMasks: Masks): boolean {
    let held = this.matterHeld.get(c.id);
    if (held === undefined) {
      const matter = this.topic.filter((w) => !this.actor.includes(w));
      const total = matter.reduce((sum, w) => sum + w.weight, 0);
      const met = matter.reduce((sum, w) => sum + w.weight * this.slots.match(w, caseMasks, 0), 0);
      held = total === 0 || met >= MATTER_SHARE * total;
      this.matterHeld.set(c.id, held);
    }
    return held;
  }

  /** The index terms of what a how-many question counts. */
  private measuredTerms: Set<string> | null = null;

  /**
   * Whether a number in the text counts what the question counts. A number written before a word counts that
   * word ("högst sex personer" counts people, not the e-services named before the comma), so what is counted
   * must be among the few words right after it; a number that ends its clause or stands before a function
   * word ("skolorna är fyra", "fyra av skolorna") counts what stands a few words before or after it, within
   * its clause.
   */
  private countedNear(text: string): boolean {
    this.measuredTerms ??= new Set(
      this.measured.flatMap((w) => w.expansions.flatMap((alt) => alt.stems.flat().map((m) => m.term))),
    );
    const terms = this.measuredTerms;
    const expanded = expandAbbreviations(text);
    const normalized = normalizeForSearch(expanded);
    const tokens = tokenize(expanded);
    const words = termsByWord(text);
    const counted = (q: number) => {
      const termsOfWord = words[q] ?? [];
      if (termsOfWord.some((t) => terms.has(t))) return true;
      // A compound counts what its last part names ("tolv hamnstäder" counts cities): the part as the
      // splitter gives it keeps the plural's vowel ("städ"), which the singular's stem has not ("stad").
      const head = termsOfWord.findLast((t) => t.startsWith(PART))?.slice(PART.length);
      return head !== undefined && (terms.has(head) || terms.has(withoutUmlaut(head)));
    };
    // Two tokens belong to one clause when nothing but spaces (or a dash inside a number) stands between them.
    const joined = (a: number, b: number) =>
      !CLAUSE_BREAK.test(normalized.slice(tokens[a]!.end, tokens[b]!.start));
    for (let p = 0; p < tokens.length; p++) {
      if (!COUNT_WORD.test(tokens[p]!.text)) continue;
      // "2 000 deltagare", "4 st. skolor": the number goes on.
      let next = p + 1;
      while (next < tokens.length && (COUNT_WORD.test(tokens[next]!.text) || PIECES.has(tokens[next]!.text)))
        next++;
      const following = tokens[next]?.text;
      // "åtta timmar", "30 procent": a number of a unit measures time, money or a share and counts nothing
      // the question counts, unless it counts that unit.
      if (
        following !== undefined &&
        !this.unitsCounted &&
        isMeasureUnit(following) &&
        joined(next - 1, next)
      ) {
        p = next - 1;
        continue;
      }
      if (following !== undefined && joined(next - 1, next) && !COUNT_FUNCTION_WORDS.has(following)) {
        for (let q = next; q < Math.min(words.length, next + COUNTED_SPAN) && joined(next, q); q++) {
          if (q > next && COUNT_FUNCTION_WORDS.has(tokens[q]!.text)) break;
          if (counted(q)) return true;
        }
        p = next - 1;
        continue;
      }
      for (let q = next; q < Math.min(words.length, next + COUNTED_SPAN) && joined(p, q); q++)
        if (counted(q)) return true;
      for (let q = p - 1; q >= Math.max(0, p - COUNTED_SPAN) && joined(q, p); q--)
        if (counted(q)) return true;
      p = next - 1;
    }
    return false;
  }

  /** The words the question itself asks with, by stem. */
  private askedStems: Set<string> | null = null;

  /**
   * Whether the sentence writes the thing a question names by its owner as another owner's ("nätverkets
   * budget" for "the committee's budget") and names the asked owner nowhere.
   */
  private otherOwner(text: string, places: ReadonlySet<string>, fact: SentenceFacts): boolean {
    // Both are the sentence's own (its passage's document gives the places), kept with it across questions.
    // A place's name before the thing owns it as a possessive does ("City of Stockholm budget: EUR …").
    fact.owned ??= [
      ...possessivesIn(text),
      ...[...text.matchAll(PLACE_BEFORE_THING)]
        .filter((m) => isPlace(m[1]!, places))
        .map((m) => ({ owner: m[1]!, thing: m[2]! })),
    ];
    fact.stems ??= (text.match(/\p{L}[\p{L}-]*/gu) ?? []).map(searchStem);
    const stated = fact.owned;
    const words = fact.stems;
    for (const { owner, thing } of this.ownedAsked) {
      const asked = searchStem(owner);
      if (asked.length < 2 || words.includes(asked)) continue;
      // "Total budget: EUR 4.9 million" is the whole, not Milano's part of it.
      const totals = text.matchAll(TOTAL_THING);
      if ([...totals].some((m) => searchStem(m[1]!) === searchStem(thing))) return true;
      const things = stated.filter((s) => searchStem(s.thing) === searchStem(thing));
      if (
        things.length > 0 &&
        things.every((s) => {
          const other = searchStem(s.owner);
          // "förvaltningens" is the short of "idrottsförvaltningens".
          return (
            !other.startsWith(asked) &&
            !asked.startsWith(other) &&
            !asked.endsWith(other) &&
            !this.namesAsked(s.owner)
          );
        })
      )
        return true;
    }
    return false;
  }

  /** Whether the sentence writes a thing the question asks as the share of an owner it does not name. */
  private ownedByOther(text: string): boolean {
    return possessivesIn(text).some(
      (p) => !isHomeOwner(p.owner) && this.namesAsked(p.thing) && !this.namesAsked(p.owner),
    );
  }

  /**
   * Whether a word names what the question asks with: its stem is an asked word's, a compound's last part
   * ("Kursen" for "språkkursen") or a derivation of one ("Medlemskapet" for "medlem").
   */
  private namesAsked(word: string): boolean {
    if (this.withoutAsked(word).trim() === '') return true;
    const stem = searchStem(word);
    if (stem.length < 3) return false;
    return [...this.askedStems!].some(
      (asked) => asked.length >= 3 && (asked.endsWith(stem) || stem.startsWith(asked)),
    );
  }

  /** A sentence without the words the question asks with ("beredskapscheferna" for "beredskapschef"). */
  private withoutAsked(text: string): string {
    this.askedStems ??= new Set(
      this.topic.flatMap((w) => w.expansions.flatMap((alt) => alt.stems.flat().map((m) => m.term))),
    );
    const asked = this.askedStems;
    let without = this.withoutAskedKept.get(text);
    if (without === undefined) {
      // An e-mail address or a link stays whole: "greta.alm@norrmalm.example.se" is where to write, whatever
      // place its domain names.
      without = text.replace(ADDRESS_OR_WORD, (word) =>
        !/[@/]/.test(word) && asked.has(searchStem(word)) ? ' ' : word,
      );
      this.withoutAskedKept.set(text, without);
    }
    return without;
  }

  /** `withoutAsked` per text, for the question: a sentence's text is read for several features. */
  private readonly withoutAskedKept = new Map<string, string>();

  /** The passage's question-independent sentence figures, from the cache or read now. */
  private factsOf(id: number, entry: PassageEntry, c: Case): SentenceFacts[] {
    const known = this.facts.get(id);
    if (known && known.c === c) return known.sentences;
    const previousEntry = id > 0 ? this.index.entries[id - 1] : undefined;
    // A lead-in leads into what follows it in its own section: a heading between starts something else.
    const previousText =
      previousEntry &&
      previousEntry.doc === entry.doc &&
      previousEntry.passage.section === entry.passage.section
        ? (previousEntry.sentences.at(-1)?.text ?? '')
        : '';
    const letterhead = isLetterhead(entry, c);
    const nextEntry = this.index.entries[id + 1];
    const tableHeader = isTableHeader(
      entry.passage.text,
      previousEntry && previousEntry.doc === entry.doc ? previousEntry.passage.text : null,
      nextEntry && nextEntry.doc === entry.doc ? nextEntry.passage.text : null,
    );
    // A numbered heading over numbered sub-sections ("3. Fyra fokusområden") introduces them as a list.
    const sectionsLead = subSections(entry.doc, entry.passage).length > 0;
    const sentences = entry.sentences.map((s, i, all): SentenceFacts => {
      const before = i > 0 ? all[i - 1]!.text : previousText;
      const words = s.text.split(/\s+/).filter(Boolean).length;
      const heading =
        (entry.passage.kind === 'heading' && !sectionsLead) ||
        // A question in the text ("2. Hur många deltog?", a FAQ's "Hur ansöker jag?") asks what follows.
        /\?\s*$/.test(s.text) ||
        isCapitalsLine(s.text) ||
        isSignatureLine(s.text, c) ||
        letterhead ||
        tableHeader;
      return {
        leadIn: isLeadIn(s.text) || sectionsLead ? 1 : 0,
        afterLeadIn: before && isLeadIn(before) ? 1 : 0,
        short: !heading && words < 6 ? 1 : 0,
        heading: heading ? 1 : 0,
        titleLike: isTitleLike(s.text, c, entry) ? 1 : 0,
        cue: new Map(),
      };
    });
    if (this.facts.size >= PASSAGE_FACTS_LIMIT) this.facts.clear();
    this.facts.set(id, { c, sentences });
    return sentences;
  }
}

/**
 * Per case, where among its passages the first that holds its title is (−1: none). The same whatever the
 * question, and finding it reads the case's passage texts one by one: kept, as the passage facts are. A
 * re-read document brings new Case objects.
 */
const titlePassages = new WeakMap<Case, number>();

/** Where among a case's passages its letterhead's company lines are, and the passage its title heads. */
type CaseLayout = { letterhead: readonly number[]; underTitle: number };

/** Per case, its `CaseLayout`: the same whatever the question, and finding it reads passage texts. */
const caseLayouts = new WeakMap<Case, CaseLayout>();

const NO_LINES: readonly number[] = [];

/**
 * A case's layout, found once. `underTitle`: the first passage whose section is the case's title (−1: none).
 * `letterhead`: a company's or a foundation's letterhead, above the letter's first field or date ("STOCKHOLM
 * VATTEN OCH AVFALL AB"), names who writes: "What does the company think?" asks about its letter. (A city
 * unit's letterhead is not taken: the unit writes many cases, and its name would rival the cases about it.)
 */
function layoutOf(c: Case, entries: readonly PassageEntry[]): CaseLayout {
  let layout = caseLayouts.get(c);
  if (layout === undefined) {
    const underTitle = c.title === null ? -1 : entries.findIndex((e) => e.passage.section === c.title!.value);
    const letterhead: number[] = [];
    if (c.item === null) {
      for (let k = 0; k < Math.min(LETTERHEAD_LINES, entries.length); k++) {
        const e = entries[k]!;
        const t = e.passage.text.trim();
        if (e.passage.section || /[:\d]/.test(t) || t.length > 60) break;
        if (COMPANY.test(t)) letterhead.push(k);
      }
    }
    layout = { letterhead: letterhead.length > 0 ? letterhead : NO_LINES, underTitle };
    caseLayouts.set(c, layout);
  }
  return layout;
}

function titleAt(c: Case, entries: readonly PassageEntry[]): number {
  let at = titlePassages.get(c);
  if (at === undefined) {
    at = c.title ? entries.findIndex((e) => e.passage.text.includes(c.title!.value)) : -1;
    titlePassages.set(c, at);
  }
  return at;
}

/**
 * A word's search stem, kept: who- and where-questions read every candidate sentence's words again with
 * each question, and the same words come back in every sentence. Emptied at a bound.
 */
const searchStems = new Map<string, string>();

function searchStem(word: string): string {
  let stem = searchStems.get(word);
  if (stem === undefined) {
    stem = stemSwedish(normalizeForSearch(word));
    if (searchStems.size >= 50_000) searchStems.clear();
    searchStems.set(word, stem);
  }
  return stem;
}

/**
 * The first row of a table ("Lot | Title | Number of suppliers | Award criteria"): it names the columns of
 * the rows under it and answers nothing, like a heading.
 */
function isTableHeader(text: string, previous: string | null, next: string | null): boolean {
  const cells = tableCells(text);
  return cells > 0 && tableCells(next) === cells && tableCells(previous) !== cells;
}

/** A currency named in a table's header row ("Belopp (kr)", "Kronor", "EUR"). */
const HEADER_UNIT = /(?<![\p{L}])(kronor|kr|tkr|mnkr|mkr|sek|euro|eur|€)(?![\p{L}])/iu;

/**
 * A table row whose figure is in the currency its header row names ("Kostnadsslag | Kronor" over "Logi |
 * 28 000"): read with the currency after the figure, as a sentence writes a sum.
 */
function withHeaderUnit(row: string, header: string): string {
  const unit = HEADER_UNIT.exec(header)?.[1];
  if (!unit) return row;
  // Every figure cell of the row is in that currency ("Resor och logi | 365 000 | 215 000" under "Totalt (kr)
  // | Varav staden (kr)"): a figure before the last is a sum too, and counts nothing.
  return row
    .split(' | ')
    .map((cell) => (/\d\s*$/u.test(cell) ? `${cell.trimEnd()} ${unit}` : cell))
    .join(' | ');
}

/** Per document, the capitalised words it writes inside a sentence (after its first word): its names. */
const documentNames = new WeakMap<KnowledgeDocument, Set<string>>();

function namesInside(doc: KnowledgeDocument): Set<string> {
  let names = documentNames.get(doc);
  if (!names) {
    names = new Set();
    for (const passage of doc.passages)
      for (const m of passage.text.matchAll(/(?<=[\p{Ll},]\s+)(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu))
        names.add(m[1]!);
    documentNames.set(doc, names);
  }
  return names;
}

/** A field line under a short heading that says where a person is reached ("Kontakt", "Upplysningar"). */
function contactHeading(entry: PassageEntry): boolean {
  const section = entry.passage.section;
  return entry.passage.kind === 'line' && section !== null && section.length <= 40 && CONTACT.test(section);
}

/** A heading that announces a body's proposed decision: "Kommunstyrelsens förslag till beslut" (the body first). */
const PROPOSAL_HEADING =
  /^(\p{L}+s)\s+(?:förslag\s+till\s+(?:beslut|kommunfullmäktige|kommunstyrelsen|nämnden|fullmäktige)|beslutsförslag)\s*:?\s*$/iu;

/** A line written in capitals ("URBAN FUTURES NETWORK"): a letterhead or a heading, not a statement. */
function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('sv');
}

/**
 * A short line above the case's title line ("Norrmalms stadsdelsförvaltning", "Tjänsteutlåtande", "Sida 1
 * (3)"): the letterhead says who wrote and what kind of text it is, and answers nothing. Its field lines
 * ("Telefon: …") are values, not letterhead.
 */
const DATED_LINE =
  /^\p{L}+(?:\s+\p{L}+)?\s+(?:den\s+)?\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+\d{4}$/iu;

function isLetterhead(entry: PassageEntry, c: Case): boolean {
  const titleAt = c.title?.evidence.passageId;
  if (entry.passage.kind !== 'line' || !titleAt || c.title?.evidence.source !== 'text') return false;
  // "Telefon: 08-508 …" in the head is a value, which a question may ask for.
  if (/^[\p{L} .-]{2,30}:\s*\S/u.test(entry.passage.text)) return false;
  // "Justerat den 19 mars 2027", "Anslaget den …": a dated line of the head says when, a question may ask it.
  if (DATED_LINE.test(entry.passage.text)) return false;
  const title = entry.doc.passages.find((p) => p.id === titleAt);
  return title !== undefined && entry.passage.ordinal < title.ordinal;
}

/** A line of the case's signature block (a name or a title under it): layout, like a heading. */
function isSignatureLine(text: string, c: Case): boolean {
  const line = text.trim();
  return c.signatories.some((s) => s.value.name === line || s.value.role === line);
}

const squash = (text: string) => text.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

function isTitleLike(sentence: string, c: Case, entry: PassageEntry): boolean {
  const s = squash(sentence);
  const titles = [c.title?.value, entry.doc.meta.title].filter((x): x is string => Boolean(x)).map(squash);
  return titles.some((title) => s === title || (s.length <= title.length + 12 && s.includes(title)));
}

/**
 * "Äldrenämnden ska ersätta vice ordförande" names a vice chair, not the chair: every time the sentence
 * holds the role's word, a deputy's word stands before it.
 */
function namesOnlyDeputy(text: string, roleStems: ReadonlySet<string>): boolean {
  const words = tokenize(text).map((t) => t.text);
  let deputy = false;
  for (const [i, word] of words.entries()) {
    if (!roleStems.has(stemSwedish(word))) continue;
    if (!DEPUTY_WORDS.has(words[i - 1] ?? '')) return false;
    deputy = true;
  }
  return deputy;
}
