import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../adapters/slack/mrkdwn.js';
import { LIMITS, renderReply } from '../../adapters/slack/render-blocks.js';
import { renderFormModal } from '../../adapters/slack/render-modal.js';
import type { Reply } from '../../src/core/reply.js';

const reply = (blocks: Reply['blocks']): Reply => ({
  lang: 'en',
  kind: 'answer',
  summary: 'summary <!here>',
  blocks,
});

function allText(value: unknown): string {
  return JSON.stringify(value);
}

describe('Block Kit rendering', () => {
  it('neutralises <!channel>, user mentions and links in user and document text', () => {
    const hostile = 'Ping <!channel> and <@U123> via <https://evil.example|click> & more';
    const { text, blocks } = renderReply(
      reply([
        { type: 'text', text: hostile },
        { type: 'quote', text: hostile },
        { type: 'fields', fields: [{ label: '<!everyone>', value: hostile }] },
        { type: 'list', items: [hostile] },
        {
          type: 'citation',
          citation: { doc: 'd', title: '<!here>', dnr: null, section: null, passageId: 'p' },
        },
      ]),
    );
    const rendered = allText(blocks) + text;
    expect(rendered).not.toMatch(/<!(channel|here|everyone)>/);
    expect(rendered).not.toContain('<@U123>');
    expect(rendered).not.toContain('<https://');
    expect(rendered).toContain('&lt;!channel&gt;');
    expect(rendered).toContain('&amp; more');
    for (const block of blocks) {
      if (block.type === 'section' && block.text?.type === 'mrkdwn') expect(block.text.verbatim).toBe(true);
    }
  });

  it('keeps a message within 50 blocks and every section within 3,000 characters', () => {
    const long = 'Stockholms stad & omvärlden. '.repeat(400);
    const items = Array.from({ length: 80 }, (_, i) => `item ${i} ${'x'.repeat(100)}`);
    const blocks: Reply['blocks'] = [{ type: 'text', text: long }];
    for (let i = 0; i < 60; i++) blocks.push({ type: 'heading', text: `H${i} ${'h'.repeat(200)}` });
    blocks.push({ type: 'list', items });
    blocks.push({ type: 'actions', actions: [{ id: 'feedback_up', label: 'y'.repeat(200), value: 'q' }] });
    const rendered = renderReply(reply(blocks));
    expect(rendered.blocks.length).toBe(LIMITS.messageBlocks);
    expect(rendered.blocks.at(-1)?.type).toBe('actions');
    expect(allText(rendered.blocks)).toContain('more parts are not shown');
    for (const block of rendered.blocks) {
      if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      if (block.type === 'actions') {
        for (const el of block.elements)
          if (el.type === 'button') expect(el.text.text.length).toBeLessThanOrEqual(75);
      }
    }
    const ids = rendered.blocks.map((b) => b.block_id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('splits long text into sections without breaking an escaped character', () => {
    const text = `${'a'.repeat(2995)}&&&&& tail`;
    const { blocks } = renderReply(reply([{ type: 'text', text }]));
    const joined = blocks.map((b) => (b.type === 'section' ? b.text?.text : '')).join('');
    expect(joined.replace(/\s/g, '')).toBe(escapeMrkdwn(text).replace(/\s/g, ''));
  });

  it('renders a form as a modal with Slack-sized titles and options', () => {
    const view = renderFormModal(
      {
        id: 'membership_add',
        title: 'Register a new membership in a network',
        submitLabel: 'Save',
        values: { area: 'b', since: '1 september 2026' },
        errors: {},
        fields: [
          {
            name: 'area',
            label: 'Area',
            kind: 'select',
            required: false,
            options: [{ value: 'b', label: 'o'.repeat(90) }],
          },
          { name: 'since', label: 'Since', kind: 'date', required: false },
        ],
      },
      'en',
      { conversation: 'slack:T1:C1' },
    );
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const [area, since] = view.blocks as unknown as { element: Record<string, unknown> }[];
    expect((area!.element.initial_option as { value: string }).value).toBe('b');
    expect((area!.element.options as { text: { text: string } }[])[0]!.text.text.length).toBeLessThanOrEqual(
      75,
    );
    // A date typed as prose cannot go into a date picker; it is kept as text rather than lost.
    expect(since!.element).toMatchObject({ type: 'plain_text_input', initial_value: '1 september 2026' });
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual({ conversation: 'slack:T1:C1' });
  });
});

describe('incoming Slack text', () => {
  it('gives the core what the person typed', async () => {
    const { fromSlackText } = await import('../../adapters/slack/incoming-text.js');
    expect(fromSlackText('<@UBOT> vem ansvarar för EU-bevakningen?', 'UBOT')).toBe(
      'vem ansvarar för EU-bevakningen?',
    );
    expect(fromSlackText('R&amp;D &lt;b&gt; <https://x.se|x.se> <#C1|intl> <!here>')).toBe(
      'R&D <b> x.se #intl @here',
    );
  });
});
