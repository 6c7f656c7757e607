/**
 * The years a text names: "2025", "under 2026", and every year of a period ("2027–2030"). Case numbers
 * ("KS 2026/388", "1.5.1-067-2027") and decision numbers ("KF 2019:08") name when a case was opened, not
 * what the text is about, and are left out.
 */
const REFERENCE = /\b[\p{L}.-]*\d[\d.-]*\/\d+\b|\b\d+(?:\.\d+)*-\d+-\d{4}\b|\b\d{4}:\d+\b/gu;
const YEAR = /(?<![\d/:-])((?:19|20)\d{2})(?:\s*[–-]\s*((?:19|20)\d{2}))?(?![\d/:])/gu;

export function yearsIn(text: string): Set<number> {
  const years = new Set<number>();
  for (const m of text.replace(REFERENCE, ' ').matchAll(YEAR)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let y = from; y <= Math.min(to, from + 20); y++) years.add(y);
  }
  return years;
}

/**
 * "jämfört med 2026", "jämfört med nivån år 2022", "compared with the level of 2025", "än 2025", "en ökning mot
 * 2020": a year a text compares with, not one it is about ("mot 2030" alone is left in: it is as often the year
 * worked towards).
 */
const COMPARED =
  /(?<![\p{L}\d])(?:jämfört\s+med|jämförelse\s+med|i\s+förhållande\s+till|än|(?:ökning|minskning|höjning|sänkning)\s+(?:mot|från)|compared\s+(?:with|to)|than|against|(?:increase|decrease|rise|fall)\s+(?:on|from))\s+(?:(?:nivån|the\s+level\s+(?:of|in))\s+)?(?:(?:år|året|i|under|in|the\s+year)\s+)?(?:19|20)\d{2}\b/giu;

/**
 * The years a sentence is about: those it names, without those it only compares with. A period that names a
 * programme ("Under 2022 fick staden … under programperioden 2021–2027") is what the sentence is about only
 * when it names no other year.
 */
export function subjectYearsIn(text: string): Set<number> {
  const uncompared = text.replace(COMPARED, ' ');
  const unnamed = yearsIn(
    uncompared.replace(NAMED_PERIOD, (all, word: string) => (PERIOD_PREPOSITION.test(word) ? all : word)),
  );
  return unnamed.size > 0 ? unnamed : yearsIn(uncompared);
}

/**
 * A period written after a noun names a programme or plan ("förslaget till internationellt program
 * 2028–2031", "the action plan 2027–2030"); after a preposition it is the period asked about ("under
 * 2027–2030", "for 2026–2027").
 */
const NAMED_PERIOD = /(\p{L}+)\s+(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}\b/gu;
const PERIOD_PREPOSITION =
  /^(?:under|i|för|mellan|från|till|inför|efter|före|sedan|åren|perioden|during|in|for|between|from|to|over|since|by|until|years|period)$/iu;

/**
 * The years a question asks about. A year that names a thing ("2011 års riktlinjer", "the 2019
 * guidelines") or stands in the phrase naming the source is not one: it says which document, not which year.
 */
export function askedYears(question: string, sourceSpans: [number, number][]): Set<number> {
  let text = question
    .replace(/\b(?:19|20)\d{2}\s+års\b/giu, ' ')
    .replace(/\bthe\s+(?:19|20)\d{2}\s+\p{L}+/giu, ' ')
    .replace(NAMED_PERIOD, (all, word: string) => (PERIOD_PREPOSITION.test(word) ? all : word));
  for (const [start, end] of [...sourceSpans].sort((a, b) => b[0] - a[0])) {
    text = `${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`;
  }
  return yearsIn(text);
}

/**
 * 1 when the question asks about a year and the text names years, none of them that one ("under 2026"
 * asked, "under 2025" stated): the text is about another year.
 */
export function otherYear(asked: ReadonlySet<number>, stated: ReadonlySet<number>): number {
  if (asked.size === 0 || stated.size === 0) return 0;
  for (const y of asked) if (stated.has(y)) return 0;
  return 1;
}

/** Words a year stands after without being what they name: prepositions, months, "år", "the year". */
const NOT_NAMING =
  /^(?:under|i|för|mellan|från|till|inför|efter|före|sedan|senast|år|året|den|och|eller|våren|hösten|sommaren|vintern|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|during|in|for|between|from|to|over|since|by|until|of|and|or|year|spring|autumn|fall|summer|winter|january|february|march|may|june|july|august|october)$/iu;

/** A word and the year written right after it ("årsmöte 2029", "Annual General Meeting 2028"); no period. */
const WORD_YEAR = /(\p{L}[\p{L}'’:-]*)\s+((?:19|20)\d{2})(?![\d/:])(?!\s*[–-]\s*(?:19|20)?\d{2})/gu;
/** "the 2029 conference": the year before the thing it names. */
const YEAR_WORD = /\bthe\s+((?:19|20)\d{2})\s+(\p{L}+)/giu;

/**
 * The things a text names by a year ("NCCA:s årsmöte 2029", "the 2029 conference"): which meeting, which
 * conference. The word and the year, as written.
 */
export function yearedThings(text: string): { word: string; year: number }[] {
  const things: { word: string; year: number }[] = [];
  for (const m of text.replace(REFERENCE, ' ').matchAll(WORD_YEAR))
    if (!NOT_NAMING.test(m[1]!)) things.push({ word: m[1]!, year: Number(m[2]) });
  for (const m of text.matchAll(YEAR_WORD)) things.push({ word: m[2]!, year: Number(m[1]) });
  return things;
}

/** A year named by where it stands from now: "förra året", "last year", "i år", "this year", "nästa år". */
const RELATIVE_YEARS: [RegExp, number][] = [
  [
    /(?<![\p{L}])(?:förra\s+året|föregående\s+år|i\s+fjol|fjolårets|last\s+year|the\s+previous\s+year)(?![\p{L}])/iu,
    -1,
  ],
  [/(?<![\p{L}])(?:i\s+år|årets|innevarande\s+år|this\s+year|the\s+current\s+year)(?![\p{L}])/iu, 0],
  [/(?<![\p{L}])(?:nästa\s+år|kommande\s+året|next\s+year|the\s+coming\s+year)(?![\p{L}])/iu, 1],
];

/** The years from now a text names that way (-1 last year, 0 this year, 1 next year). */
export function relativeYearsIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const [pattern, offset] of RELATIVE_YEARS) if (pattern.test(text)) found.add(offset);
  return found;
}
