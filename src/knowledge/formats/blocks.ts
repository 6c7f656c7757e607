/**
 * The intermediate form every converter produces: the headings, paragraphs and list items the
 * knowledge splitter understands. Rendering it here keeps the Markdown shape identical for all formats.
 */

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list_item'; ordinal: number | null; text: string };

// Bullets people type or that Word/PDF producers emit (including Symbol/Wingdings private-use glyphs).
const BULLET = /^[•·▪▫◦●○■□‣⁃∙➢➤►▸–—*\-\uf0a7\uf0b7\uf0d8\uf076\uf0fc](?:\s+|$)/u;
const NUMBERED = /^(\d{1,2})[.)]\s+(?=\S)/;

/** Collapses runs of white space (NBSP included) and drops soft hyphens and zero-width characters. */
export function cleanInline(text: string): string {
  return text
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A paragraph whose text starts with a bullet or "1." / "1)" is a list item the author typed by hand. */
export function paragraphOrListItem(text: string): Block {
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'list_item', ordinal: null, text: text.slice(bullet[0].length).trim() };
  const numbered = NUMBERED.exec(text);
  if (numbered)
    return { kind: 'list_item', ordinal: Number(numbered[1]), text: text.slice(numbered[0].length) };
  return { kind: 'paragraph', text };
}

export function startsWithListMarker(text: string): boolean {
  return BULLET.test(text) || NUMBERED.test(text);
}

function render(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(block.level, 1), 6))} ${block.text.replace(/\n/g, ' ')}`;
    case 'list_item':
      return `${block.ordinal === null ? '-' : `${block.ordinal}.`} ${block.text.replace(/\n/g, ' ')}`;
    case 'paragraph':
      return block.text;
  }
}

/**
 * Headings and paragraphs are separated by a blank line; consecutive list items by a single newline,
 * so that a list stays one list. Blocks without a letter or a digit are dropped.
 */
export function blocksToMarkdown(blocks: Block[]): string {
  let out = '';
  let previous: Block | null = null;
  for (const block of blocks) {
    const text = cleanInline(block.text);
    // Rules, stray bullets and separators ("* * *", "—") carry no words.
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const current = { ...block, text } as Block;
    if (previous) out += previous.kind === 'list_item' && current.kind === 'list_item' ? '\n' : '\n\n';
    out += render(current);
    previous = current;
  }
  return out === '' ? '' : `${out.normalize('NFC')}\n`;
}
