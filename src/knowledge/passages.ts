import type { TextBlock } from './blocks.js';
import type { Passage } from './types.js';

/**
 * Blocks become passages: each paragraph, list item and field line, knowing its section heading and, for
 * list items, the sentence that introduces the list. Headings are not passages of their own; they give
 * their section name to what follows. A heading over deeper headings only ("3. Fyra fokusområden" over
 * "3.1 …", "3.2 …") gives its name to nothing, so it is kept as a passage: it says what its sections are.
 */
export function toPassages(docId: string, blocks: TextBlock[]): Passage[] {
  const passages: Passage[] = [];
  let section: string | null = null;
  let lead: string | null = null;
  for (const [i, block] of blocks.entries()) {
    if (block.type === 'heading') {
      const next = blocks[i + 1];
      if (next?.type === 'heading' && next.level > block.level)
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
