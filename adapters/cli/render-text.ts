import type { Action, Block, Reply } from '../../src/core/reply.js';

/** The reply as terminal text. */
export function renderText(reply: Reply): string {
  return `${reply.blocks.map(renderBlock).filter(Boolean).join('\n')}\n`;
}

/** The choices of a reply that asks back, in the order `renderText` numbers them. */
export function choicesOf(reply: Reply): Action[] {
  return reply.blocks.flatMap((block) =>
    block.type === 'actions' ? block.actions.filter((action) => action.id === 'choose') : [],
  );
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
    case 'actions': {
      // Buttons have no place in a terminal, but a choice can be typed: its number.
      const choices = block.actions.filter((action) => action.id === 'choose');
      return choices.map((choice, i) => `  ${i + 1}. ${choice.label}`).join('\n');
    }
    default:
      return '';
  }
}
