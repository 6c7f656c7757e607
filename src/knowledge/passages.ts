import type { TextBlock } from './blocks.js';
import type { Passage } from './types.js';

/**
 * Blocks become passages: each paragraph, list item and field line, knowing its section heading and, for
 * list items, the sentence that introduces the list. Headings are not passages of their own; they give
 * their section name to what follows. A heading with no text under it (over deeper headings only, "3. Fyra
 * fokusområden" over "3.1 …", or an agenda item with nothing more) gives its name to nothing, so it is kept
 * as a passage.
 */
export function toPassages(docId: string, blocks: TextBlock[]): Passage[] {
  const passages: Passage[] = [];
  let section: string | null = null;
  let lead: string | null = null;
  // The first row of a table: its column names say what each later row's cells are ("Award criteria",
  // "Ansvarig"), as a list's lead says what its items are.
  let header: { text: string; cells: number } | null = null;
  for (const [i, block] of blocks.entries()) {
    // A rule ("-----") says nothing to quote.
    if (block.type !== 'heading' && !makesPassage(blocks, i)) continue;
    const cells = block.type === 'paragraph' ? tableCells(block.text) : 0;
    if (cells > 0) {
      // The header again at the top of the table's next page says nothing new.
      if (header !== null && block.text === header.text) continue;
      const row = header?.cells === cells ? header.text : null;
      if (!row) header = looksLikeHeader(block.text) ? { text: block.text, cells } : null;
      lead = null;
      passages.push(make(docId, passages.length, section, 'paragraph', block.text, row));
      continue;
    }
    header = null;
    if (block.type === 'heading') {
      if (isHeadingPassage(blocks, i))
        passages.push(make(docId, passages.length, section, 'heading', block.text, null));
      section = block.text;
      lead = null;
      continue;
    }
    if (block.type === 'list_item') {
      passages.push(make(docId, passages.length, section, 'list_item', block.text, lead));
      continue;
    }
    lead = block.type === 'paragraph' && /:\s*$/.test(block.text) ? block.text : null;
    passages.push(make(docId, passages.length, section, block.type, block.text, null));
  }
  return passages;
}

/** Whether `toPassages` makes a passage of block i: a heading by `isHeadingPassage`, other text when it has words. */
export function makesPassage(blocks: readonly TextBlock[], i: number): boolean {
  const block = blocks[i];
  if (!block) return false;
  return block.type === 'heading' ? isHeadingPassage(blocks, i) : /[\p{L}\p{N}]/u.test(block.text);
}

/**
 * A heading with no text of its own under it is a passage of its own (see `toPassages`): over deeper
 * headings it says what its sections are, and an agenda item with nothing under it ("7. Övriga frågor") or
 * a last heading is text a reader sees and may ask about.
 */
export function isHeadingPassage(blocks: readonly TextBlock[], i: number): boolean {
  const next = blocks[i + 1];
  return blocks[i]?.type === 'heading' && (next === undefined || next.type === 'heading');
}

function make(
  docId: string,
  ordinal: number,
  section: string | null,
  kind: Passage['kind'],
  text: string,
  lead: string | null,
): Passage {
  return { id: `${docId}#${ordinal}`, docId, section, kind, text, lead, ordinal };
}

/** The number of cells of a table row as the readers write it ("Lot | Title | Award criteria"), or 0. */
export function tableCells(text: string | null): number {
  if (text === null) return 0;
  const cells = text.split(' | ');
  return cells.length >= 2 ? cells.length : 0;
}

/**
 * Column names are short labels without figures ("Åtgärd | Ansvarig | Klart"); a first row with a value in
 * it ("Diarienummer | KS 2026/412") is a row of a two-column fact table, and no context for the next one.
 */
function looksLikeHeader(text: string): boolean {
  return text.split(' | ').every((cell) => {
    // A column's unit or scale in brackets ("Anbudspris (kr)", "Poäng (av 10)") and a year or span of years as
    // a column's name, alone or after a word or two ("2026", "2027–2028", "Avgift 2027", "Förslag 2028"), are
    // names, not values.
    const name = cell.replace(/\s*\([^)]*\)/g, '').trim();
    const words = name.replace(YEAR_AFTER_WORDS, '').trim();
    return (!/\d/.test(words) || YEAR_COLUMN.test(name)) && name.split(/\s+/).length <= 4;
  });
}

const YEAR_COLUMN = /^(?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?$/;
/** A year or span of years after a column name's words ("Avgift 2027", "Utfall 2025–2026"), not a case number ("KS 2027/55"). */
const YEAR_AFTER_WORDS = /(?<=\p{Ll}\s+)(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?$/u;
