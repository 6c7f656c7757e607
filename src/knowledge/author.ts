import type { Author, Field } from './case.js';
import { type Entry, fieldOf, type Sentence } from './entries.js';

/*
 * Who wrote a councillor's paper. A motion, interpellation, question or letter is named with its writers
 * ("Motion (2026:71) av Lena Ström (L)", "Skrivelse från vice ordföranden Helena Bonnier m fl (m)"), or
 * the report retells it ("Lennart Johansson och Rebwar Hassan (båda mp) har i en motion föreslagit …").
 * Capitals are written out ([Mm]otion) instead of the `i` flag: with it, \p{Lu} would match any letter.
 */

/** A party or its share of the writers: "(L)", "(båda mp)", "(alla S)". */
const PARTY = String.raw`\((?:båda|alla|samtliga|both|all)?\s*\p{L}{1,4}\)`;
/** The title a writer is named with: "ledamoten", "vice ordföranden", "borgarrådet". */
const ROLE = String.raw`(?:(?:vice\s+)?ordföranden|ledamot(?:en|erna)|ersättaren|(?:oppositions)?borgarrådet|kommunalrådet|councillor|vice chair)\s+`;
/** A name of two to four words, each perhaps joined by a hyphen ("Ann-Sofi Matthiesen", "Öhman-Karlsson"). */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*`;
const PERSON = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,3}`;
const ONE = String.raw`(?:${ROLE})?${PERSON}(?:\s*${PARTY})?`;
const WRITERS = String.raw`${ONE}(?:(?:,\s*|\s+(?:och|and)\s+)${ONE})*(?:\s+m\.?\s?fl\.?)?(?:\s*${PARTY})?`;
const NUMBER = String.raw`(?:\s+(?:nr\.?\s*)?\(?\d{4}:\d+\)?)?`;

const KINDS: [RegExp, Author['kind']][] = [
  [/^motion/i, 'motion'],
  [/^interpellation/i, 'interpellation'],
  [/^(?:fråga|question)/i, 'question'],
  [/^(?:skrivelse|letter)/i, 'letter'],
];
const KIND = String.raw`[Mm]otion(?:en)?|[Ii]nterpellation(?:en)?|[Ff]råga(?:n)?|[Qq]uestion|[Ss]krivelse(?:n)?|[Ll]etter`;

/** "Motion (2026:71) av …", "Interpellation från …", "motion by …". */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}-])(${KIND})${NUMBER}\s+(?:av|från|by|from)\s+(${WRITERS})`,
  'u',
);
/**
 * "… (båda mp) har i en motion (2006:36) föreslagit", "… (L) har väckt en motion", "… (L) hade lämnat in en
 * interpellation" (as the council's minutes retell it), "… (S) has tabled a motion".
 */
const RETOLD = new RegExp(
  String.raw`^(${WRITERS})\s+(?:har|hade|has|had)\s+(?:i\s+en\s+(${KIND})|(?:väckt|lämnat(?:\s+in)?|ställt|tabled|submitted|put forward)\s+(?:en\s+|an?\s+)?(${KIND}))`,
  'u',
);

/**
 * A council's agenda lists papers under a heading of their kind ("Interpellationer") by number and writers
 * only: "Nr 2002:4 av Annika Billström (s) om snöröjningen …".
 */
const LISTED = new RegExp(
  String.raw`^(?:\d{1,3}\s+)?(?:[Nn]r\.?\s+)?\d{4}:\d+\s+(?:av|från)\s+(${WRITERS})\s+(?:om|angående|rörande)\s`,
  'u',
);
/** The headings an agenda groups papers under, and the kind of paper each holds. */
const GROUPS: [RegExp, Author['kind']][] = [
  [/^interpellation(?:er|erna)?$/i, 'interpellation'],
  [/^motion(?:er|erna)?$/i, 'motion'],
  [/^(?:skriftliga\s+)?frågor(?:na)?$/i, 'question'],
  [/^skrivelser(?:na)?$/i, 'letter'],
];

/** The kind of paper the group heading nearest above entry `at` holds, if it is a group of papers. */
export function groupOf(entries: Entry[], at: number): Author['kind'] | null {
  for (let i = Math.min(at, entries.length) - 1; i >= 0; i--) {
    const text = entries[i]!.text.trim();
    const group = GROUPS.find(([pattern]) => pattern.test(text));
    if (group) return group[1];
    // Another group's heading ends the search ("Beslutsärenden" over the items after the papers).
    if (entries[i]!.isHeading && !/^\d/.test(text)) return null;
  }
  return null;
}

/**
 * The kind of paper a question asks the writer of ("Who wrote the letter from 2004?" → letter), or null when
 * it names none.
 */
export function askedPaperKind(question: string): Author['kind'] | null {
  for (const word of question.split(/[^\p{L}]+/u)) {
    const kind = KINDS.find(
      ([pattern]) =>
        pattern.test(word) &&
        /^(?:motion|interpellation|fråga|question|skrivelse|letter)(?:en|n|s)?$/iu.test(word),
    );
    if (kind) return kind[1];
  }
  return null;
}

function kindOf(word: string): Author['kind'] {
  return KINDS.find(([pattern]) => pattern.test(word))?.[1] ?? 'motion';
}

/**
 * The papers a case names with their writers, in reading order, each once: the first paper named in each
 * sentence, or, for an item listed under a group of papers (`group`), the writers its number is given with.
 */
export function readPapers(
  sentences: Sentence[],
  fallback: string,
  group: Author['kind'] | null = null,
): Field<Author>[] {
  const papers: Field<Author>[] = [];
  const add = (paper: Field<Author>) => {
    if (!papers.some((p) => p.value.kind === paper.value.kind && p.value.names === paper.value.names))
      papers.push(paper);
  };
  for (const s of sentences) {
    const listed = group ? LISTED.exec(s.text) : null;
    if (listed && group) {
      add(fieldOf({ names: tidy(listed[1]!), kind: group }, s.text, s.entry, fallback));
      continue;
    }
    const named = NAMED.exec(s.text);
    if (named) {
      add(fieldOf({ names: tidy(named[2]!), kind: kindOf(named[1]!) }, s.text, s.entry, fallback));
      continue;
    }
    const retold = RETOLD.exec(s.text);
    if (retold)
      add(
        fieldOf(
          { names: tidy(retold[1]!), kind: kindOf(retold[2] ?? retold[3]!) },
          s.text,
          s.entry,
          fallback,
        ),
      );
  }
  return papers;
}

function tidy(names: string): string {
  return names.replace(/\s+/g, ' ').trim();
}
