import type { Lang } from '../../../src/core/lang.js';
import type { Action, Block, CitationRef, Reply } from '../../../src/core/reply.js';
import { t } from '../messages.js';
import { type ActionSet, type AdaptiveCard, card, type Element, type TextColor } from './card-types.js';
import { cardText, plainText } from './escape.js';
import { formElements } from './form-card.js';
import { actionData } from './submit-data.js';

const TONE: Record<string, Partial<{ color: TextColor; isSubtle: boolean }>> = {
  normal: {},
  muted: { isSubtle: true },
  success: { color: 'Good' },
  warning: { color: 'Warning' },
  error: { color: 'Attention' },
};

// Teams refuses messages over about 28 KB; the card's JSON must stay well below that.
const MAX_CARD_BYTES = 24_000;

/** The whole Reply as one Adaptive Card 1.5, every string escaped for card Markdown. */
export function replyCard(reply: Reply): AdaptiveCard {
  const body = reply.blocks.flatMap((block) => blockElements(block, reply.lang));
  return fitCard(card(body, plainText(reply.summary, 500)), reply.lang);
}

/** Drops elements from the end (a long list's tail) until the card fits, and says that it did. */
export function fitCard(full: AdaptiveCard, lang: Lang): AdaptiveCard {
  const size = (c: AdaptiveCard) => Buffer.byteLength(JSON.stringify(c), 'utf8');
  if (size(full) <= MAX_CARD_BYTES) return full;
  const note: Element = {
    type: 'TextBlock',
    text: cardText(t(lang, 'shortened')),
    wrap: true,
    color: 'Warning',
  };
  const body = [...full.body];
  let fitted: AdaptiveCard = { ...full, body: [...body, note] };
  while (body.length > 1 && size(fitted) > MAX_CARD_BYTES) {
    body.pop();
    fitted = { ...full, body: [...body, note] };
  }
  return fitted;
}

export function blockElements(block: Block, lang: Lang): Element[] {
  switch (block.type) {
    case 'heading':
      return [
        {
          type: 'TextBlock',
          text: cardText(block.text),
          wrap: true,
          size: 'Medium',
          weight: 'Bolder',
          style: 'heading',
        },
      ];
    case 'text':
      return [{ type: 'TextBlock', text: cardText(block.text), wrap: true, ...TONE[block.tone ?? 'normal'] }];
    case 'quote':
      return [
        {
          type: 'Container',
          style: 'emphasis',
          items: [{ type: 'TextBlock', text: cardText(`”${block.text}”`), wrap: true }],
        },
      ];
    case 'citation':
      return citationElements(block.citation, lang);
    case 'fields':
      return block.fields.length === 0
        ? []
        : [
            {
              type: 'FactSet',
              facts: block.fields.map((f) => ({ title: cardText(f.label), value: cardText(f.value) })),
            },
          ];
    case 'list':
      return listElements(block.items, block.ordered ?? false);
    case 'actions':
      return block.actions.length === 0 ? [] : [actionSet(block.actions)];
    case 'form':
      return [{ type: 'Container', items: formElements(block.form, lang) }];
  }
}

function citationElements(citation: CitationRef, lang: Lang): Element[] {
  const facts = [
    { title: t(lang, 'factDocument'), value: cardText(citation.title) },
    { title: t(lang, 'factCaseNumber'), value: cardText(citation.dnr ?? t(lang, 'noCaseNumber')) },
  ];
  if (citation.section) facts.push({ title: t(lang, 'factSection'), value: cardText(citation.section) });
  const out: Element[] = [{ type: 'FactSet', facts, spacing: 'Small' }];
  if (citation.replacedBy) {
    const text = cardText(t(lang, 'replacedBy', { title: citation.replacedBy }));
    out.push({ type: 'TextBlock', text, wrap: true, color: 'Warning', size: 'Small' });
  }
  return out;
}

const LIST_CHUNK = 10;

function listElements(items: string[], ordered: boolean): Element[] {
  // Teams renders Markdown lists in a TextBlock when items are separated by line breaks. Chunks of ten
  // let a card that is too long lose its tail a few items at a time.
  const lines = items.map(
    (item, i) => `${ordered ? `${i + 1}.` : '-'} ${cardText(item.replace(/\s+/g, ' '))}`,
  );
  const out: Element[] = [];
  for (let i = 0; i < lines.length; i += LIST_CHUNK) {
    const text = lines.slice(i, i + LIST_CHUNK).join('\r');
    out.push({ type: 'TextBlock', text, wrap: true, ...(i > 0 ? { spacing: 'None' as const } : {}) });
  }
  return out;
}

export function actionSet(actions: Action[]): ActionSet {
  return {
    type: 'ActionSet',
    actions: actions.map((a) => ({
      type: 'Action.Submit',
      title: plainText(a.label, 80),
      data: actionData(a.id, a.value),
      ...(a.style === 'primary' ? { style: 'positive' as const } : {}),
      ...(a.style === 'danger' ? { style: 'destructive' as const } : {}),
    })),
  };
}
