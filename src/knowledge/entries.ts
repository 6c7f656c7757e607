import { splitSentences } from '../text/sentences.js';
import type { TextBlock } from './blocks.js';
import type { Field, FieldEvidence } from './case.js';
import { makesPassage } from './passages.js';
import type { Passage } from './types.js';

/**
 * The document in reading order, one entry per block: headings too (they are not passages, but a title
 * or an agenda item may be one), each knowing the passage it is, or for a heading the first passage
 * under it. Field readers work on ranges of entries, so that a case's fields come from its own items.
 */
export type Entry = {
  index: number;
  text: string;
  type: TextBlock['type'];
  /** The passage this entry is; for a heading, the first passage after it (null at the very end). */
  passage: Passage | null;
  isHeading: boolean;
  /** A heading's level (1 for `#`). */
  level: number | null;
  /** The number of a numbered list item ("3." → 3). */
  marker: number | null;
};

export function toEntries(blocks: TextBlock[], passages: Passage[]): Entry[] {
  const entries: Entry[] = [];
  let next = 0;
  blocks.forEach((block, index) => {
    const heading = block.type === 'heading';
    // Counted as `toPassages` counts (some headings are passages, a rule is none): counting otherwise
    // would point every later entry at another entry's passage.
    const isPassage = makesPassage(blocks, index);
    entries.push({
      index,
      text: block.text,
      type: block.type,
      passage: passages[next] ?? null,
      isHeading: heading,
      level: heading ? block.level : null,
      marker: block.type === 'list_item' ? (block.marker ?? null) : null,
    });
    if (isPassage) next++;
  });
  return entries;
}

export type Sentence = { text: string; entry: Entry };

/** The sentences of a range of entries; a heading or a short line is one sentence. */
export function sentencesOf(entries: Entry[]): Sentence[] {
  return entries.flatMap((entry) =>
    entry.type === 'paragraph' || entry.type === 'list_item'
      ? splitSentences(entry.text).map((s) => ({ text: s.text, entry }))
      : [{ text: entry.text, entry }],
  );
}

export function evidenceOf(sentence: string, entry: Entry, fallbackPassageId: string): FieldEvidence {
  return { sentence, passageId: entry.passage?.id ?? fallbackPassageId, source: 'text' };
}

export function fieldOf<T>(value: T, sentence: string, entry: Entry, fallbackPassageId: string): Field<T> {
  return { value, evidence: evidenceOf(sentence, entry, fallbackPassageId) };
}

/** A value set in the front matter (or side file): its evidence is the `key: value` line. */
export function frontMatterField<T>(value: T, key: string, shown: string, firstPassageId: string): Field<T> {
  return {
    value,
    evidence: { sentence: `${key}: ${shown}`, passageId: firstPassageId, source: 'front-matter' },
  };
}
