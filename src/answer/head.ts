import type { Intent } from './intent.js';
import type { WeightedConcept } from './rank.js';

/**
 * The head of a which- or what-question: the kind of thing it asks for ("Vilka risker …" → risker, "Which
 * working groups …" → working groups, "What is the headline target of …" → target). A sentence that answers
 * names that kind, or stands under a heading or list lead that names it ("Risker", "five working groups:").
 */
const ASKING = new Set(['vilka', 'vilken', 'vilket', 'vad', 'which', 'what']);

/** Words between the question word and its noun: copulas, articles, "av", "kind of", numbers. */
const BETWEEN = new Set(
  (
    'is are was were be the a an of kind type sort types kinds sorts main key ' +
    'är var blir av de den det ett en några alla slags sorts typ typer ' +
    'one two three four five six seven eight nine ten ' +
    'två tre fyra fem sex sju åtta nio tio'
  ).split(' '),
);

/** A noun run ends at a preposition ("limit per person", "fee for the network"). */
const PREPOSITIONS = new Set('of per for in on at to from with by about under over within'.split(' '));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function wordsOf(text: string): string[] {
  return [...text.normalize('NFC').toLocaleLowerCase('sv').matchAll(WORD)].map((m) =>
    m[0].replace(/['’]s$/, ''),
  );
}

function conceptOfWord(topic: WeightedConcept[], word: string): WeightedConcept | undefined {
  return topic.find((w) => wordsOf(w.concept.surface).includes(word));
}

/**
 * The topic concept that is the question's head, or null when the question word is followed by a verb
 * ("What does the strategy say"), a name, or nothing of the topic.
 */
export function headConcept(question: string, topic: WeightedConcept[]): WeightedConcept | null {
  const words = wordsOf(question);
  const at = words.findIndex((w) => ASKING.has(w));
  if (at < 0) return null;
  let j = at + 1;
  while (j < words.length && (BETWEEN.has(words[j]!) || /^\d+$/.test(words[j]!))) j++;
  const first = words[j] !== undefined ? conceptOfWord(topic, words[j]!) : undefined;
  if (!first || first.concept.isName || !first.concept.nounish) return null;
  // English puts the head last in a run of nouns ("headline target", "sister-city agreement"); a Swedish
  // compound is one word.
  let head = first;
  for (let k = j + 1; first.concept.lang === 'en' && k < words.length; k++) {
    if (PREPOSITIONS.has(words[k]!)) break;
    const next = conceptOfWord(topic, words[k]!);
    if (!next?.concept.nounish || next.concept.isName) break;
    head = next;
  }
  return head;
}

/**
 * The run of topic concepts that starts after the asking words (past articles, copulas and numbers), up to
 * a preposition or the first word that is none of the topic; empty when a name starts it.
 */
function runAfter(words: string[], at: number, topic: WeightedConcept[]): WeightedConcept[] {
  let j = at + 1;
  while (j < words.length && (BETWEEN.has(words[j]!) || /^\d+$/.test(words[j]!))) j++;
  const run: WeightedConcept[] = [];
  for (; j < words.length && !PREPOSITIONS.has(words[j]!); j++) {
    const next = conceptOfWord(topic, words[j]!);
    if (!next || next.concept.isName) break;
    if (!run.includes(next)) run.push(next);
  }
  return run;
}

/** "How many people …" counts persons of any kind: delegates, officials, "fem förtroendevalda och tre tjänstepersoner". */
const PERSONS = new Set('people persons ppl individuals personer människor'.split(' '));

/**
 * What a how-many question counts ("Hur många elever …" → elever, "How many staff …" → staff, "Hur många
 * utländska delegationer …" → utländska, delegationer): the run of topic concepts right after "hur många" /
 * "how many". Empty when a preposition, a verb or nothing of the topic follows ("Hur många i hemtjänsten
 * …", "Hur många får åka …"), or when it counts people.
 */
function countedConcepts(question: string, topic: WeightedConcept[]): WeightedConcept[] {
  const words = wordsOf(question);
  const at = words.findIndex(
    (w, i) =>
      i > 0 && ((w === 'många' && words[i - 1] === 'hur') || (w === 'many' && words[i - 1] === 'how')),
  );
  if (at < 0) return [];
  const run = runAfter(words, at, topic);
  return run.length > 0 && PERSONS.has(wordsOf(run[0]!.concept.surface)[0] ?? '') ? [] : run;
}

const COPULAS = new Set(['är', 'var', 'blir', 'is', 'was', 'are', 'were']);

/**
 * The role a who-question asks the holder of ("Vem är stadsdelsdirektör i Skärholmen?" → stadsdelsdirektör,
 * "Who is the lead partner in CHAMP?" → lead partner): the run of topic concepts after "vem är" / "who is".
 */
function roleConcepts(question: string, topic: WeightedConcept[]): WeightedConcept[] {
  const words = wordsOf(question);
  const at = words.findIndex(
    (w, i) => i > 0 && COPULAS.has(w) && (words[i - 1] === 'vem' || words[i - 1] === 'who'),
  );
  return at < 0 ? [] : runAfter(words, at, topic);
}

/** The prepositions that tie a role to the body it is held in ("ordförande i nämnden", "chair of the board"). */
const ROLE_OF = new Set(['i', 'för', 'på', 'vid', 'in', 'of', 'at', 'for']);

/**
 * The body a who-question's role is held in ("Vem är ordförande i internationella beredningen?" →
 * internationella beredningen, "Who chairs … of the Culture Committee"): the topic's nouns and names after
 * the role and its preposition, up to the next preposition.
 */
function organConcepts(
  question: string,
  topic: WeightedConcept[],
  role: WeightedConcept[],
): WeightedConcept[] {
  if (role.length === 0) return [];
  const words = wordsOf(question);
  const last = role.at(-1)!;
  let at = words.findIndex((w) => conceptOfWord(topic, w) === last);
  if (at < 0) return [];
  while (at + 1 < words.length && conceptOfWord(topic, words[at + 1]!) === last) at++;
  if (!ROLE_OF.has(words[at + 1] ?? '')) return [];
  const organ: WeightedConcept[] = [];
  for (let k = at + 2; k < words.length && !PREPOSITIONS.has(words[k]!) && !ROLE_OF.has(words[k]!); k++) {
    const next = conceptOfWord(topic, words[k]!);
    if (next && (next.concept.nounish || next.concept.isName) && !organ.includes(next)) organ.push(next);
  }
  return organ;
}

/**
 * The unit a sum or count is asked per ("… per hour", "… per deltagare" → hour, deltagare): the topic concept
 * after "per". A year is none: a yearly sum is named by its own word as often as per year ("Årsavgiften är
 * 38 500 euro", "the annual fee").
 */
function perConcepts(question: string, topic: WeightedConcept[]): WeightedConcept[] {
  const words = wordsOf(question);
  const at = words.indexOf('per');
  if (at < 0 || YEAR_WORDS.has(words[at + 1] ?? '')) return [];
  const unit = words[at + 1] !== undefined ? conceptOfWord(topic, words[at + 1]!) : undefined;
  return unit && unit !== conceptOfWord(topic, 'per') ? [unit] : [];
}

const YEAR_WORDS = new Set(['år', 'året', 'year', 'annum']);

/** Words between "who" / "vem" and the verb that says what is asked of them ("Who will represent …"). */
const AUXILIARIES = new Set(
  (
    'will would shall should can could may might must has have had did does do is are was were ' +
    'ska skall skulle kommer att har hade kan kunde får fick måste bör brukar'
  ).split(' '),
);

/**
 * What a who-question asks someone to have done ("Vem leder delegationen …" → leder, "Who won the framework
 * agreement …" → won, "Who will represent Gdańsk …" → represent): the topic concept right after "vem" /
 * "who" and its auxiliaries, when it is a verb (neither a name nor a noun). "Vem är …" asks a role instead.
 */
function relationConcepts(question: string, topic: WeightedConcept[]): WeightedConcept[] {
  const words = wordsOf(question);
  const at = words.findIndex((w) => w === 'vem' || w === 'who');
  if (at < 0 || COPULAS.has(words[at + 1] ?? '')) return [];
  let j = at + 1;
  while (j < words.length && AUXILIARIES.has(words[j]!)) j++;
  const verb = words[j] !== undefined ? conceptOfWord(topic, words[j]!) : undefined;
  if (!verb || verb.concept.isName || verb.concept.nounish) return [];
  // "Who decides to enter, extend or end an agreement?": what is decided is asked as much as the deciding,
  // and a sentence that names it ("ansvarar för att ingå, förlänga och avsluta avtal") answers.
  const relation = [verb];
  // "Who makes the decision …", "Vem fattar beslut om …": a support verb says little, its object says what
  // is done, and a sentence that names that ("Beslut fattas av avdelningschefen") answers.
  if (SUPPORT_VERBS.has(words[j]!)) {
    let k = j + 1;
    while (k < words.length && ARTICLES.has(words[k]!)) k++;
    const object = words[k] !== undefined ? conceptOfWord(topic, words[k]!) : undefined;
    if (object && !object.concept.isName && !relation.includes(object)) relation.push(object);
  }
  if (words[j + 1] === 'to' || words[j + 1] === 'att') {
    for (let k = j + 2; k < words.length && !ARTICLES.has(words[k]!) && !PREPOSITIONS.has(words[k]!); k++) {
      if (CONJUNCTIONS.has(words[k]!)) continue;
      const next = conceptOfWord(topic, words[k]!);
      if (!next || next.concept.isName) break;
      if (!relation.includes(next)) relation.push(next);
    }
  }
  return relation;
}

const ARTICLES = new Set('a an the en ett den det de'.split(' '));
/** Verbs that take their meaning from their object ("make a decision", "fatta beslut", "ta ställning"). */
const SUPPORT_VERBS = new Set(
  'make makes made making take takes took taking give gives gave fatta fattar fattade ta tar tog ge ger gav'.split(
    ' ',
  ),
);
const CONJUNCTIONS = new Set('and or och eller'.split(' '));

/**
 * What a sentence of the asked type must be about for its value to answer the question: a count or a sum
 * must be of what is asked (`measured`: what a how-many question counts, a how-much question's head) and per
 * the asked unit (`unit`), and a who-answer must name someone as the asked role (`role`).
 */
export type AskedThing = {
  /** A count or sum answers only beside one of these. */
  measured: WeightedConcept[];
  /** A who-answer names someone as one of these (their own words, not a compound's parts standing apart). */
  role: WeightedConcept[];
  /** A count or sum answers only when stated per each of these. */
  unit: WeightedConcept[];
  /** A who-answer names someone as doing this (the question's verb: "leder", "won", "represent"). */
  relation: WeightedConcept[];
  /** A sum asked in total ("the total budget", "sammanlagt"): one party's share does not answer it. */
  total: boolean;
  /** The value is asked of others than the city ("de andra kommunerna", "the other partners"). */
  others: boolean;
  /** Whose view an opinion question asks ("Vad tycker socialnämnden …" → socialnämnden). */
  actor: WeightedConcept[];
  /** The body a who-question's role is held in ("ordförande i internationella beredningen"). */
  organ: WeightedConcept[];
  /** The question asks for a deputy ("vice ordförande", "deputy chair"), not the role itself. */
  deputy: boolean;
  /** A when-question asks how long something goes on ("When does the project run?", "När pågår det?"). */
  span: boolean;
};

/** Verbs of going on, which make a when-question ask for a span. */
const SPAN_VERBS = new Set(['run', 'runs', 'running', 'ran', 'pågå', 'pågår', 'pågick', 'pågått']);

/** Words that make a role a deputy's: "vice ordförande", "förste vice", "deputy chair". */
export const DEPUTY_WORDS = new Set(['vice', 'deputy', 'ställföreträdande']);

/** "de andra kommunerna", "the other cities": others than the one the documents speak for. */
const OTHERS_ASKED = /(?<![\p{L}])(?:de\s+andra|övriga|the\s+other|other)\s+\p{L}+/iu;

/** Words that ask for, or state, a whole sum. */
export const TOTAL_WORDS =
  /(?<![\p{L}])(?:total|totala|totalt|totalbudget\p{L}*|sammanlag(?:d|da|t)|samlade?|overall|combined)(?![\p{L}])/iu;

export function askedThing(
  question: string,
  intent: Intent,
  topic: WeightedConcept[],
  head: WeightedConcept | null,
): AskedThing {
  const amount = intent === 'how_much' || intent === 'how_many';
  const role = intent === 'who' ? roleConcepts(question, topic) : [];
  return {
    measured:
      intent === 'how_many' ? countedConcepts(question, topic) : intent === 'how_much' && head ? [head] : [],
    role,
    unit: amount ? perConcepts(question, topic) : [],
    relation: intent === 'who' ? relationConcepts(question, topic) : [],
    total: amount && TOTAL_WORDS.test(question),
    others: OTHERS_ASKED.test(question),
    actor:
      intent === 'opinion'
        ? actorConcepts(question, topic, OPINION_WORDS)
        : intent === 'proposal'
          ? actorConcepts(question, topic, PROPOSAL_WORDS)
          : [],
    organ: organConcepts(question, topic, role),
    deputy: wordsOf(question).some((w) => DEPUTY_WORDS.has(w)),
    span: intent === 'when' && wordsOf(question).some((w) => SPAN_VERBS.has(w)),
  };
}

/** The verbs and nouns an opinion question asks with, after or before which its actor is named. */
const OPINION_WORDS = new Set(
  (
    'tycker tyckte anser ansåg tänker tänkte svarade svarar ser såg reagerade reagerar ställer ställde ' +
    'think thought answer answered reply replied respond responded feel felt react reacted view see ' +
    'opinion views position stance syn inställning uppfattning ståndpunkt hållning'
  ).split(' '),
);
/** The verbs a proposal question asks with ("Vad föreslår kommunstyrelsen …", "What does the board propose …"). */
export const PROPOSAL_WORDS = new Set(
  'föreslår föreslog föreslagit propose proposes proposed recommend recommends recommended suggest suggests suggested'.split(
    ' ',
  ),
);
/** Words an actor's run does not hold: auxiliaries, articles and the English possessive's owner words. */
const ACTOR_SKIP = new Set('does did do has have is was the a an sig har hade'.split(' '));
/** What ends an actor's run: a preposition of the matter ("om", "på", "about", "to"). */
const MATTER = new Set(
  'om på till kring av för inom angående gällande about of on to for within regarding towards toward with i in'.split(
    ' ',
  ),
);

/**
 * The body whose view an opinion question asks: the topic concepts after its verb ("Vad tycker
 * socialnämnden om …", "Vad svarade Skärholmens stadsdelsnämnd på …") or, in English, between the auxiliary
 * and the verb ("What does the city executive board think of …", "How did Riga respond to …"), up to the
 * preposition of the matter. Empty when none is named ("Vad tycker man om …").
 */
function actorConcepts(
  question: string,
  topic: WeightedConcept[],
  verbs: ReadonlySet<string>,
): WeightedConcept[] {
  const words = wordsOf(question);
  // "Vem föreslog renovering av obelisken?": the question word is the actor asked for; the words after the
  // verb are the matter.
  if (/^(?:vem|vilka|who)$/u.test(words[0] ?? '')) return [];
  const verb = words.findIndex((w, i) => i > 0 && verbs.has(w));
  if (verb < 0) return [];
  const english =
    /^(what|how)$/.test(words[0] ?? '') &&
    ['does', 'did', 'do', 'has', 'have', 'is'].includes(words[1] ?? '');
  const span = english ? words.slice(2, verb) : words.slice(verb + 1);
  const actor: WeightedConcept[] = [];
  for (const word of span) {
    if (MATTER.has(word)) break;
    if (ACTOR_SKIP.has(word)) continue;
    const concept = conceptOfWord(topic, word);
    if (concept && !actor.includes(concept)) actor.push(concept);
  }
  return actor;
}
