import hunspellSv from 'dictionary-sv';

/**
 * Swedish writes compounds as one word (omvärlds|bevakning, stadsdels|nämnd, bolags|styrelse). A question
 * about "bevakning" must find "omvärldsbevakning", so words are split over a Hunspell word list
 * (dictionary-sv) with the linking letters -s- and -e- and an inflected last part.
 */
const MIN_PART = 3;
const LINKS = ['s', 'e'];
// Heads that are really derivational endings left over by a wrong split (position|e|ring).
const FALSE_HEADS = new Set([
  'ring',
  'ning',
  'ande',
  'ende',
  'else',
  'skap',
  'het',
  'tion',
  'ion',
  'ism',
  'ist',
]);
const ENDINGS = [
  '',
  'n',
  'en',
  'et',
  't',
  'na',
  'ar',
  'er',
  'or',
  'r',
  'rna',
  'arna',
  'erna',
  'orna',
  's',
  'ns',
  'ens',
  'ets',
  'nas',
  'arnas',
  'ernas',
  'ornas',
  'ers',
  'ars',
  'e',
  'a',
];

let words: Set<string> | null = null;

function dictionary(): Set<string> {
  if (words) return words;
  const lines = new TextDecoder('utf-8').decode(hunspellSv.dic).split('\n');
  words = new Set();
  for (let i = 1; i < lines.length; i++) {
    const word = lines[i]!.split('/')[0]!.trim();
    // Proper names (capitalised) and abbreviations are not compound parts.
    if (word.length >= MIN_PART && /^[a-zåäöéü]+$/.test(word)) words.add(word);
  }
  return words;
}

const cache = new Map<string, string[] | null>();

/** The parts of a compound in base form (`stadsdelsnämnderna` → stadsdel? no: stad, del, nämnd), or null. */
export function splitCompound(word: string): string[] | null {
  if (word.length < 2 * MIN_PART + 1 || !/^[a-zåäöéü]+$/.test(word)) return null;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const dict = dictionary();
  // The word list also holds many compounds whole (stadsdelsnämnd), and short parts make false splits of
  // plain words (för|valtning, sam|verkan, medlem|skap): a known word is split only into parts of 4+ letters.
  const parts = segment(word, dict);
  const known = baseOfHead(word, dict) !== null;
  const result = parts && (!known || parts.every((p) => p.length >= 4)) ? parts : placeName(word);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * A place's name is a name the word list lacks on the head of its kind ("Värtahamnen", "Frihamnen",
 * "Kungsträdgården"): read as the name and the kind, so that "Vilka hamnar …" meets it.
 */
const PLACE_HEAD =
  /^(\p{L}{3,}?)(hamn(?:en)?|gata(?:n)?|torg(?:et)?|park(?:en)?|kaj(?:en)?|holm(?:e|en)|strand(?:en)?|skola(?:n)?|hall(?:en)?|trädgård(?:en)?)$/u;

/** The base form of a place kind written definite ("gatan" → gata), as the word list writes it. */
const PLACE_KIND_BASE: Record<string, string> = {
  hamnen: 'hamn',
  gatan: 'gata',
  torget: 'torg',
  parken: 'park',
  kajen: 'kaj',
  holmen: 'holme',
  stranden: 'strand',
  skolan: 'skola',
  hallen: 'hall',
  trädgården: 'trädgård',
};

function placeName(word: string): string[] | null {
  const m = PLACE_HEAD.exec(word);
  return m ? [m[1]!, PLACE_KIND_BASE[m[2]!] ?? m[2]!] : null;
}

/**
 * A question's word split even when the word list knows it whole and a part is short (tåg|resa): the
 * parts are then only one more way to meet the word, never the index's terms, so a false split costs
 * little while a missed one loses the question.
 */
export function splitQuestionCompound(word: string): string[] | null {
  const strict = splitCompound(word);
  if (strict || word.length < 2 * MIN_PART + 1 || !/^[a-zåäöéü]+$/.test(word)) return strict;
  const parts = segment(word, dictionary());
  return parts && parts.length === 2 && parts[1]!.length >= 4 ? parts : null;
}

/**
 * A compound whose first part is a word the documents use but the word list lacks, most often a name
 * ("Hamburgresan", "Gdańsksamarbetet", "Helsingforsresan"): the longest such first part, with or without a
 * linking -s-, whose rest is a known word of four letters or more. `known` says whether the documents or
 * the glossary hold a part; the caller uses the parts only for words the documents do not hold whole.
 */
export function splitAfterKnown(word: string, known: (part: string) => boolean): string[] | null {
  if (word.length < 2 * MIN_PART + 1 || !/^\p{L}+$/u.test(word)) return null;
  const dict = dictionary();
  for (let at = word.length - 4; at >= MIN_PART; at--) {
    const head = baseOfHead(word.slice(at), dict);
    if (!head || head.length < 4 || FALSE_HEADS.has(head)) continue;
    const first = word.slice(0, at);
    const unlinked = first.endsWith('s') ? first.slice(0, -1) : null;
    // A first part the word list knows makes an ordinary compound, which `splitCompound` reads; this reading
    // is for the parts it cannot know (a "klimatanpassningsplan" is not any plan that mentions climate).
    const ordinary = (part: string | null) =>
      part !== null && (dict.has(part) || splitCompound(part) !== null);
    if (ordinary(first) || ordinary(unlinked)) continue;
    if (known(first)) return [first, head];
    if (unlinked && unlinked.length >= MIN_PART && known(unlinked)) return [unlinked, head];
  }
  return null;
}

/** Endings of a first part that always joins the next with -s- (beredskaps-, säkerhets-, förvaltnings-). */
const TAKES_LINK = /(?:dom|het|ing|ion|nad|skap|tet|else)$/;

/** Fewest parts wins; among equals, the longest head (last part). */
function segment(word: string, dict: Set<string>): string[] | null {
  const n = word.length;
  // best[i]: the fewest parts covering word[0, i) as non-final parts (each followed by an optional link).
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let j = i + MIN_PART; j < n; j++) {
      const part = word.slice(i, j);
      if (!dict.has(part)) continue;
      const candidates = [j, ...LINKS.filter((l) => word.startsWith(l, j)).map((l) => j + l.length)];
      for (const next of candidates) {
        if (next >= n) continue;
        const parts = [...prefix, part];
        const current = best[next];
        if (!current || parts.length < current.length) best[next] = parts;
      }
    }
  }
  let answer: string[] | null = null;
  let answerAt = 0;
  for (let i = MIN_PART; i <= n - MIN_PART; i++) {
    const prefix = best[i];
    if (!prefix || prefix.length === 0) continue;
    const head = baseOfHead(word.slice(i), dict);
    if (!head || FALSE_HEADS.has(head)) continue;
    const parts = [...prefix, head];
    if (
      !answer ||
      parts.length < answer.length ||
      (parts.length === answer.length && head.length > answer.at(-1)!.length)
    ) {
      answer = parts;
      answerAt = i;
    }
  }
  // A head that begins with the linking -s- of the part before ("beredskap|sövning") is the shorter word
  // after the link ("beredskaps|övning"), when that is a word too and the part before ends as words that
  // always take the link do (-skap, -het, -ing, -ion …); "cykel|stråk" keeps its s.
  if (answer && word[answerAt] === 's' && TAKES_LINK.test(answer.at(-2) ?? '')) {
    const linked = best[answerAt + 1];
    const head = baseOfHead(word.slice(answerAt + 1), dict);
    if (linked && linked.length === answer.length - 1 && head && head.length >= 4 && !FALSE_HEADS.has(head))
      answer = [...linked, head];
  }
  return answer;
}

function baseOfHead(tail: string, dict: Set<string>): string | null {
  for (const ending of ENDINGS) {
    if (!tail.endsWith(ending)) continue;
    const base = tail.slice(0, tail.length - ending.length);
    if (base.length >= MIN_PART && dict.has(base)) return base;
    // A short vowel doubles the consonant before an ending (programmet, kommunen → program, kommun).
    const single = /(mm|nn)$/.test(base) ? base.slice(0, -1) : null;
    if (ending !== '' && single && single.length >= MIN_PART && dict.has(single)) return single;
  }
  return null;
}

/**
 * Whether the word list knows a word, in any of its inflected forms or as a compound of known parts
 * ("kommunen", "stadsdelsnämnd"); a place's name it lacks ("Oslo", "Tammerfors") is unknown.
 */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-zåäöéü]+$/.test(lower)) return false;
  return baseOfHead(lower, dictionary()) !== null || splitCompound(lower) !== null;
}

/** Loads the word list now, so that the first question does not pay for it. */
export function warmUpCompounds(): void {
  dictionary();
}
