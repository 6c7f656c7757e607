import type { types } from '@slack/bolt';
import type { Action, ActionId, Block, CitationRef, Field, Reply } from '../../src/core/reply.js';
import { chunkEscaped, escapeMrkdwn, truncate, truncateEscaped } from './mrkdwn.js';
import { t } from './slack-messages.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Block Kit limits (docs.slack.dev/reference/block-kit). */
export const LIMITS = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  fallbackText: 3000,
} as const;

/** Slack action ids: `core:<ActionId>:<n>` for the core's buttons, `slack:share_question` for the adapter's. */
export const CORE_ACTION_PREFIX = 'core:';
export const SHARE_QUESTION_ACTION = 'slack:share_question';
export const CORE_ACTION_PATTERN = /^core:([a-z_]+):\d+$/;

export type RenderOptions = {
  /** 50 for messages, 100 for modals and the Home tab. */
  maxBlocks?: number;
  /** Adds a "share in channel" button that re-asks this question publicly (private answers only). */
  shareQuestion?: string;
  /** A Slack user id shown as "shared by" on a shared answer. */
  sharedBy?: string;
  /** Core actions not to render (a shared answer has no share button). */
  omitActions?: ActionId[];
};

export type RenderedMessage = { text: string; blocks: KnownBlock[] };

/** Renders a core Reply as a Block Kit message (or Home tab body) within Slack's limits. */
export function renderReply(reply: Reply, options: RenderOptions = {}): RenderedMessage {
  const ids = { block: 0, action: 0 };
  const blocks: KnownBlock[] = [];
  for (const block of reply.blocks) blocks.push(...renderBlock(block, reply, options, ids));
  if (options.sharedBy) {
    blocks.push(context([t(reply.lang, 'sharedBy', { user: `<@${options.sharedBy}>` })]));
  }
  if (options.shareQuestion !== undefined) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: SHARE_QUESTION_ACTION,
          text: { type: 'plain_text', text: t(reply.lang, 'share') },
          value: options.shareQuestion,
        },
      ],
    });
  }
  const limited = limitBlocks(blocks, options.maxBlocks ?? LIMITS.messageBlocks, reply);
  limited.forEach((block, index) => {
    block.block_id = `b${index}`;
  });
  return { text: truncateEscaped(escapeMrkdwn(reply.summary), LIMITS.fallbackText), blocks: limited };
}

function renderBlock(
  block: Block,
  reply: Reply,
  options: RenderOptions,
  ids: { action: number },
): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      return [
        { type: 'header', text: { type: 'plain_text', text: truncate(block.text, LIMITS.headerText) } },
      ];
    case 'text':
      return renderText(block.text, block.tone);
    case 'quote':
      return sections(
        escapeMrkdwn(block.text)
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n'),
      );
    case 'citation':
      return [renderCitation(block.citation, reply)];
    case 'fields':
      return renderFields(block.fields);
    case 'list':
      return renderList(block.items, block.ordered === true);
    case 'actions':
      return renderActions(block.actions, options, ids);
    case 'form':
      return renderActions(
        [{ id: 'open_form', label: t(reply.lang, 'openForm'), value: block.form.id, style: 'primary' }],
        options,
        ids,
      );
  }
}

const TONE_MARK: Record<string, string> = { success: '✅ ', warning: '⚠️ ', error: '❗ ' };

function renderText(text: string, tone: string | undefined): KnownBlock[] {
  if (tone === 'muted') return [context([escapeMrkdwn(text)])];
  return sections(`${TONE_MARK[tone ?? ''] ?? ''}${escapeMrkdwn(text)}`);
}

function sections(escaped: string): KnownBlock[] {
  return chunkEscaped(escaped, LIMITS.sectionText).map((chunk) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: chunk.length > 0 ? chunk : ' ', verbatim: true },
  }));
}

function context(escapedTexts: string[]): KnownBlock {
  return {
    type: 'context',
    elements: escapedTexts.slice(0, LIMITS.contextElements).map((text) => ({
      type: 'mrkdwn' as const,
      text: truncateEscaped(text, LIMITS.fieldText),
      verbatim: true,
    })),
  };
}

function renderCitation(citation: CitationRef, reply: Reply): KnownBlock {
  const parts = [`📄 *${escapeMrkdwn(citation.title)}*`];
  if (citation.dnr) parts.push(escapeMrkdwn(citation.dnr));
  if (citation.section) parts.push(escapeMrkdwn(citation.section));
  if (citation.replacedBy) {
    parts.push(`_${escapeMrkdwn(t(reply.lang, 'replacedBy', { title: citation.replacedBy }))}_`);
  }
  return context([parts.join(' · ')]);
}

function renderFields(fields: Field[]): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) {
    out.push({
      type: 'section',
      fields: fields.slice(i, i + LIMITS.sectionFields).map((field) => ({
        type: 'mrkdwn' as const,
        text: truncateEscaped(
          `*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`,
          LIMITS.fieldText,
        ),
        verbatim: true,
      })),
    });
  }
  return out;
}

function renderList(items: string[], ordered: boolean): KnownBlock[] {
  const lines = items.map((item, index) =>
    truncateEscaped(`${ordered ? `${index + 1}.` : '•'} ${escapeMrkdwn(item)}`, LIMITS.sectionText),
  );
  const out: KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current.length > 0 && current.length + 1 + line.length > LIMITS.sectionText) {
      out.push(...sections(current));
      current = '';
    }
    current = current.length > 0 ? `${current}\n${line}` : line;
  }
  if (current.length > 0) out.push(...sections(current));
  return out;
}

function renderActions(actions: Action[], options: RenderOptions, ids: { action: number }): KnownBlock[] {
  const buttons: Button[] = actions
    .filter((action) => !options.omitActions?.includes(action.id))
    .filter((action) => action.value.length <= LIMITS.buttonValue)
    .map((action) => {
      const button: Button = {
        type: 'button',
        action_id: `${CORE_ACTION_PREFIX}${action.id}:${ids.action++}`,
        text: { type: 'plain_text', text: truncate(action.label, LIMITS.buttonText), emoji: true },
        value: action.value,
      };
      if (action.style) button.style = action.style;
      return button;
    });
  const out: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    out.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return out;
}

/** Keeps the reply within the block limit; the trailing share button survives so a long answer can still be shared. */
function limitBlocks(blocks: KnownBlock[], max: number, reply: Reply): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const last = blocks[blocks.length - 1]!;
  const keepLast = last.type === 'actions';
  const room = max - 1 - (keepLast ? 1 : 0);
  const omitted = blocks.length - room - (keepLast ? 1 : 0);
  const kept = blocks.slice(0, room);
  kept.push(context([escapeMrkdwn(t(reply.lang, 'moreNotShown', { count: omitted }))]));
  if (keepLast) kept.push(last);
  return kept;
}
