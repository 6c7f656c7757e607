import type { TextBlock } from './blocks.js';
import type { Passage } from './types.js';

/**
 * Blocks become passages: each paragraph, list item and field line, knowing its section heading and, for
 * list items, the sentence that introduces the list. Headings are not passages of their own; they give
 * their section name to what follows.
 */
export function toPassages(docId: string, blocks: TextBlock[]): Passage[] {
  const passages: Passage[] = [];
  let section: string | null = null;
  let lead: string | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
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
