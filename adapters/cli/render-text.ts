import type { Block, Reply } from '../../src/core/reply.js';

/** The reply as terminal text. */
export function renderText(reply: Reply): string {
  return `${reply.blocks.map(renderBlock).filter(Boolean).join('\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `\n${block.text}`;
    case 'text':
      return block.text;
    case 'quote':
      return `> ${block.text}`;
    case 'fields': {
      const width = Math.max(...block.fields.map((f) => f.label.length));
      return block.fields.map((f) => `${`${f.label}:`.padEnd(width + 2)}${f.value}`).join('\n');
    }
    case 'list':
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `  - ${item}`)).join('\n');
    case 'citation':
      return `[${block.citation.title}${block.citation.dnr ? `, ${block.citation.dnr}` : ''}]`;
    case 'form':
      return block.form.fields.map((f) => `  ${f.name}: ${f.label}`).join('\n');
    default:
      return '';
  }
}
