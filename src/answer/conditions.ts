/**
 * A condition a question sets on a number ("for cities with fewer than 500,000 inhabitants") and the
 * conditions a case states on that number. A case that states only the opposite condition ("fler än
 * 500 000 invånare") does not say what the question asks: its figure belongs to the other side.
 */
type Direction = 'below' | 'above';

const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)`;
const BELOW = String.raw`fewer\s+than|less\s+than|below|under|at\s+most|up\s+to|färre\s+än|mindre\s+än|högst|upp\s+till`;
const ABOVE = String.raw`more\s+than|greater\s+than|over|above|at\s+least|fler\s+än|mer\s+än|större\s+än|över|minst`;
const COMPARISON = new RegExp(
  String.raw`(?<![\p{L}])(?:(${BELOW})|(${ABOVE}))\s+${NUMBER}(?![\d\p{L}])`,
  'giu',
);
/** A bare four-digit year ("under 2027", "före 2030") is a time, not a quantity. */
const YEAR = /^(?:19|20)\d{2}$/u;

function comparisons(text: string): { direction: Direction; value: string }[] {
  const found: { direction: Direction; value: string }[] = [];
  for (const m of text.matchAll(COMPARISON)) {
    const raw = m[3]!;
    if (YEAR.test(raw)) continue;
    found.push({ direction: m[1] ? 'below' : 'above', value: raw.replace(/[ \u00a0\u202f,.]/gu, '') });
  }
  return found;
}

/**
 * Whether the question sets a condition on a number that the texts state only the other way round: the
 * same number is compared in them, never in the direction asked.
 */
export function oppositeCondition(question: string, texts: readonly string[]): boolean {
  const asked = comparisons(question);
  if (asked.length === 0) return false;
  const stated = texts.flatMap(comparisons);
  return asked.some(
    (a) =>
      stated.some((s) => s.value === a.value && s.direction !== a.direction) &&
      !stated.some((s) => s.value === a.value && s.direction === a.direction),
  );
}

const SV_NUMBERS = ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
const EN_NUMBERS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const NUMBER_WORD = new Map<string, number>([
  ...SV_NUMBERS.map((w, i) => [w, i + 2] as const),
  ...EN_NUMBERS.map((w, i) => [w, i + 2] as const),
]);
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,3}|${[...NUMBER_WORD.keys()].join('|')})(?![\p{L}\d])`,
  'giu',
);
/** "Which seven projects …", "Vilka tre mål …": the question already knows how many there are. */
const WHICH_COUNT = new RegExp(
  String.raw`(?<![\p{L}])(?:which|what|vilka|vilken|vilket)\s+(\d{1,3}|${[...NUMBER_WORD.keys()].join('|')})(?![\p{L}\d])`,
  'iu',
);

function countValue(word: string): number {
  return NUMBER_WORD.get(word.toLowerCase()) ?? Number(word);
}

/**
 * Whether a which-question that states how many it asks about ("Which seven ESF projects …") is met by
 * a sentence that only states that count ("… har varit projektägare i sju av dem."): the sentence names
 * none of them, so what is asked (which ones) is not stated. A sentence that goes on to name them (after
 * a colon, or in a list of commas) is not such a sentence.
 */
export function onlyTheCount(question: string, sentence: string): boolean {
  const asked = WHICH_COUNT.exec(question);
  if (!asked) return false;
  if (/[:,;]/u.test(sentence)) return false;
  const value = countValue(asked[1]!);
  return [...sentence.matchAll(COUNT)].some((m) => countValue(m[1]!) === value);
}
