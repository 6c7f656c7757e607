import type { KnowledgeDocument } from '../knowledge/types.js';

/**
 * Named things of a kind: places (cities, districts, countries) and bodies (nämnder, förvaltningar). A
 * question about one of them ("ungdomsutbyte med Tallinn", "på idrottsförvaltningen") is not answered by a
 * statement about another of the same kind ("ungdomsutbyte med Tartu", riktlinjer for kulturförvaltningen):
 * see `otherEntity` in features.ts.
 */

/** A name: one capitalised word, or a hyphened one ("Hägersten-Älvsjö"), with a possessive's ending or not. */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}-]*(?:['’:]s)?`;
/** More names after the first ("i Riga, Gdańsk och Stockholm"). */
const MORE_NAMES = String.raw`(?:(?:\s*,\s*|\s+(?:och|and|eller|or)\s+)${NAME})*`;
/** Not part of a longer name ("till Anna Berg", "i Living Squares", "Riga Energy Agency"). */
const ALONE = String.raw`(?![\p{L}\d-])(?!\s+\p{Lu})`;
/**
 * Where only a place stands: "från Porto", "from Riga", "City of Tartu", "staden Guimarães" (and the names
 * listed with it). "i", "med", "till" stand before projects, networks and people as well ("i SoundBridge",
 * "med ICLD"): see `WEAK_FRAME`.
 */
const STRONG_FRAME = new RegExp(
  String.raw`(?<![\p{L}\d])(?:[Ff]rån|[Ff]rom|[Cc]ity\s+of|[Mm]unicipality\s+of|[Ss]taden)\s+(${NAME}${MORE_NAMES})${ALONE}`,
  'gu',
);
/**
 * A name before a municipality's or a city district's word: "Oslo kommune", "Tallinns stad", "Östermalms
 * stadsdelsnämnd", "Kungsholmens stadsdelsförvaltning".
 */
const BEFORE_CITY_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(${NAME})\s+(?:stad|kommun|kommune|municipality)(?![\p{L}])|` +
    // A district is named in the genitive or with its hyphen ("Hässelby-Vällingby stadsdelsnämnd"), so that a
    // word opening a sentence ("För stadsdelsnämnden totalt …") is none.
    String.raw`(?<![\p{L}\d])(\p{Lu}\p{Ll}+s|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)\s+(?:stadsdelsnämnd|stadsdelsförvaltning|stadsdelsområde)\p{L}*(?![\p{L}])`,
  'gu',
);
/**
 * A name that ends a question after "på" or "i": "Vilken tid är frågestunden på Kungsholmen?". Not a name with a
 * capital inside ("i BlueSchools"), which a project or a network goes by.
 */
const ENDING_PLACE = /(?<![\p{L}\d])(?:[Pp]å|[Ii])\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*[?.!]?\s*$/u;
/**
 * A preposition before a name: "ungdomsutbyte med Tallinn", "delegationen till Hamburg". Not "i", "in": a
 * project or a network is named after it as often as a place ("deltar i BlueSchools", "fyra skolor i Norrmalm").
 */
const WEAK_FRAME = new RegExp(
  String.raw`(?<![\p{L}\d])([Ff]rån|[Tt]ill|[Mm]ed|[Mm]ellan|[Ff]rom|[Tt]o|[Ww]ith|[Bb]etween)\s+(${NAME}${MORE_NAMES})${ALONE}`,
  'gu',
);
const LIST_SEPARATOR = /\s*,\s*|\s+(?:och|and|eller|or)\s+/u;

/** A name without a possessive's ending: "Stockholm's", "NCCA:s" ("Tallinns" is left to `isPlace`). */
export function baseName(word: string): string {
  return word.replace(/['’:]s$/u, '');
}

function addPlaces(text: string, into: Set<string>): void {
  for (const m of text.matchAll(STRONG_FRAME))
    for (const name of m[1]!.split(LIST_SEPARATOR)) into.add(baseName(name));
  for (const m of text.matchAll(BEFORE_CITY_WORD)) into.add(baseName((m[1] ?? m[2])!));
}

const documentPlaces = new WeakMap<KnowledgeDocument, Set<string>>();

/** The names a document writes where only a place stands (see `STRONG_FRAME`), read once per document. */
export function placesOf(doc: KnowledgeDocument): Set<string> {
  let places = documentPlaces.get(doc);
  if (!places) {
    places = new Set();
    for (const passage of doc.passages) {
      addPlaces(passage.text, places);
      if (passage.section) addPlaces(passage.section, places);
    }
    if (doc.meta.title) addPlaces(doc.meta.title, places);
    documentPlaces.set(doc, places);
  }
  return places;
}

/**
 * The names a question writes where only a place stands ("How much does the City of Tartu get?"), and a name
 * after "på" or "i" that ends it ("… på Kungsholmen?"): a sentence that lacks it and names another place is
 * about that place.
 */
export function placesIn(question: string): Set<string> {
  const places = new Set<string>();
  addPlaces(question, places);
  const ending = ENDING_PLACE.exec(question.trim());
  if (ending) places.add(baseName(ending[1]!));
  return places;
}

/** Whether a word, as written or without its possessive's ending, is one of the places. */
export function isPlace(word: string, places: ReadonlySet<string>): boolean {
  return places.has(baseName(word)) || places.has(word.replace(/s$/u, ''));
}

/**
 * Per name, the prepositions a text writes it after ("med Tallinn" → Tallinn: med), lowercase, without
 * possessive endings.
 */
export function framesIn(text: string): Map<string, Set<string>> {
  const frames = new Map<string, Set<string>>();
  for (const m of text.matchAll(WEAK_FRAME)) {
    const preposition = m[1]!.toLocaleLowerCase('sv');
    for (const name of m[2]!.split(LIST_SEPARATOR)) {
      const base = baseName(name);
      let set = frames.get(base);
      if (!set) {
        set = new Set();
        frames.set(base, set);
      }
      set.add(preposition);
    }
  }
  return frames;
}

/** A name standing alone: not next to another capitalised word ("Riga Energy Agency" is no place). */
const ALONE_NAME = new RegExp(String.raw`(?<![\p{L}\d-])(?<!\p{Lu}[\p{L}-]*\s+)(${NAME})${ALONE}`, 'gu');

/** The names a text writes alone, as written. */
export function namesAlone(text: string): string[] {
  return [...text.matchAll(ALONE_NAME)].map((m) => m[1]!);
}

/**
 * A body of the city by its kind, written as Swedish writes it, lowercase and in one word: its own part and
 * the kind ("kultur" + "nämnden", "idrotts" + "förvaltningen", "stadslednings" + "kontoret").
 */
const BODY = /^(\p{Ll}{3,}?)(nämnd|förvaltning|styrelse|kontor)(?:en|et|ens|ets|s|er|erna)?$/u;

export type Body = { own: string; kind: string };

/** The body a word names, or null ("kulturnämndens" → kultur + nämnd; "nämnden" alone names none). */
export function bodyOf(word: string): Body | null {
  const m = BODY.exec(word.toLocaleLowerCase('sv'));
  if (!m) return null;
  // "idrotts" and "idrott", "kultur" and "kulturs": a compound's joining s is no part of the name.
  return { own: m[1]!.replace(/s$/u, ''), kind: m[2]! };
}

const kindPatterns = new Map<string, RegExp>();

/** The kind's word anywhere, in any case ("nämnd" in "Kulturnämnden"). */
function kindPattern(kind: string): RegExp {
  let pattern = kindPatterns.get(kind);
  if (!pattern) {
    pattern = new RegExp(kind, 'iu');
    kindPatterns.set(kind, pattern);
  }
  return pattern;
}

/** The bodies a text names other than `asked`, of its kind ("kulturförvaltningens" for idrottsförvaltningen). */
export function otherBodies(text: string, asked: Body): string[] {
  // No word of the text is a body unless the text holds the asked kind's word: most sentences are passed
  // without lower-casing and matching each of their words.
  if (!kindPattern(asked.kind).test(text)) return [];
  return (text.match(/\p{L}+/gu) ?? []).filter((word) => {
    const body = bodyOf(word);
    return body !== null && body.kind === asked.kind && body.own !== asked.own;
  });
}

/**
 * A name an organisation, a network, a programme or a project goes by: an acronym ("NCCA", "C40",
 * "EUROCITIES"), a word with a capital inside ("SoundBridge"), a name with digits ("SkyRoute 2030"), or
 * capitalised words with a kind's word among them ("Baltic Water Utilities Network", "Cities for Clean Air").
 * A word in capitals the word list knows ("BAKGRUND", "MEMORANDUM") is a heading's, and an acronym before a
 * number ("KS 2027/531") a case number's.
 */
const ORG_KIND =
  '(?:Network|Networks|Group|Union|Alliance|Association|Forum|Partnership|Programme|Program|Project|Initiative|Cities|Council|Platform|Covenant|Agency|Institute|Centre|Center|Federation|Organi[sz]ation|Foundation|Fund)';
const CAPITALISED = String.raw`\p{Lu}[\p{Ll}\p{Lu}\d-]*`;
const JOINER = String.raw`(?:\s+(?:of|for|the|and|on|in)\s+|\s+)`;
const MULTIWORD = new RegExp(
  String.raw`(?<![\p{L}\d-])${CAPITALISED}(?:${JOINER}${CAPITALISED})+(?![\p{L}\d-])`,
  'gu',
);
const WORD_TOKEN = /(?<![\p{L}\d-])[\p{L}\d]+(?:-[\p{L}\d]+)*(?![\p{L}\d])/gu;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*|\p{Lu}{1,3}\d+)$/u;
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
const HAS_KIND = new RegExp(String.raw`(?<![\p{L}])${ORG_KIND}(?![\p{L}])`, 'u');
/** A place's kind before its name ("City of Tartu"): the words name a place, not an organisation. */
const PLACE_WORDS = /(?<![\p{L}])(?:City|Municipality|Region|County|Stad|Kommun)(?![\p{L}])/u;

/** Whether one word is a name an organisation or a project goes by (an acronym, "SoundBridge", "C40"). */
function isOrganisationWord(word: string, rest: string, isKnown: (word: string) => boolean): boolean {
  if (CAMEL.test(word)) return true;
  if (!ACRONYM.test(word) || word.length < 3) return false;
  if (/^\s*\d/u.test(rest)) return false;
  if (/^\p{Lu}+$/u.test(word) && isKnown(word)) return false;
  // Roman numerals number parts and phases ("Fas III").
  return !/^[IVXLC]+$/u.test(word);
}

/**
 * The names of organisations, networks, programmes and projects a text writes (see `isOrganisationWord`),
 * lowercase, without the places among them.
 */
export function organisationsIn(
  text: string,
  isKnown: (word: string) => boolean,
  places: ReadonlySet<string>,
): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(WORD_TOKEN)) {
    const word = baseName(m[0]);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (isOrganisationWord(word, rest, isKnown) && !isPlace(word, places))
      names.push(word.toLocaleLowerCase('sv'));
  }
  for (const m of text.matchAll(MULTIWORD)) {
    const name = m[0];
    if (!HAS_KIND.test(name) || PLACE_WORDS.test(name)) continue;
    if (name.split(/\s+/u).some((word) => isPlace(word, places))) continue;
    names.push(name.toLocaleLowerCase('sv'));
  }
  return names;
}

/**
 * Whether a question's name is one an organisation, a network, a programme or a project goes by: an acronym
 * or a word with a capital inside it, a name with digits, or capitalised words with a kind's word among them.
 */
export function isOrganisationName(surface: string, isKnown: (word: string) => boolean): boolean {
  const words = surface.split(/\s+/u);
  if (words.length === 1) return isOrganisationWord(baseName(words[0]!), '', isKnown);
  if (PLACE_WORDS.test(surface)) return false;
  return (
    words.some((word) => isOrganisationWord(baseName(word), '', isKnown)) ||
    /\d/u.test(surface) ||
    HAS_KIND.test(surface)
  );
}

/** A name at a text's start, after an article or a kind's word ("The forum", "Nätverket NCCA", "AQUAGRID är"). */
export function openingOf(text: string): string {
  return text
    .trimStart()
    .replace(/^(?:The|the|Nätverket|Projektet|Programmet|Organisationen|Föreningen)\s+/u, '')
    .slice(0, 60);
}

/**
 * A possessive before a noun: "Göteborgs resepolicy", "nätverkets budget", "the committee's budget",
 * "UBC:s generalkonferens". A Swedish "s" is read as a possessive after a capitalised name or a noun in its
 * definite form ("-ens", "-ets", "-nas"); an apostrophe or a colon marks one in any word.
 */
const POSSESSIVE =
  /(?<![\p{L}\d-])(?:(\p{L}[\p{L}-]*)['’:]s|(\p{Lu}\p{Ll}[\p{L}-]+?)s|(\p{Ll}[\p{L}-]{2,}?(?:en|et|na|n))s)\s+(\p{L}{3,})(?![\p{L}\d])/gu;

/** The owner and the owned noun of each possessive a text writes, as written ("Göteborg", "resepolicy"). */
export function possessivesIn(text: string): { owner: string; thing: string }[] {
  const found: { owner: string; thing: string }[] = [];
  for (const m of text.matchAll(POSSESSIVE)) found.push({ owner: (m[1] ?? m[2] ?? m[3])!, thing: m[4]! });
  return found;
}

/**
 * The city the documents are written by, and the words that stand for it there ("stadens", "the city's",
 * "kommunens"): an owner of that kind is the same owner however it is written.
 */
const HOME_OWNER = /^(?:stockholm|stockholms\s+stad|stad|staden|city|the\s+city|kommun|kommunen)$/iu;

export function isHomeOwner(owner: string): boolean {
  return HOME_OWNER.test(owner.trim());
}

/** Who may take a stand in a sentence: a body, the auditors, a ministry, a city ("Riga anser …"). */
export const STANCE_OWNER =
  /(?<![\p{L}])(?:\p{L}*(?:nämnden|styrelsen|förvaltningen|kontoret|revisionen|departementet|rådet|kommissionen|regeringen|borgarrådet)s?|revisor(?:erna|ernas|er|n|ns)?|the\s+(?:\p{L}+\s+){0,3}(?:committee|board|administration|office|department|auditors|ministry|commission|government|council))(?![\p{L}])/iu;
