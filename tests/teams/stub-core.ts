import type { Core } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import type { FormSpec, Reply } from '../../src/core/reply.js';

/**
 * TEMPORARY: a hand-written Core for the adapter tests until the real core is on main. It answers one
 * canned question, opens and validates the membership form, and records subscriptions.
 */
export function stubCore() {
  const subscriptions: string[] = [];
  const lang = (input: Input) => input.locale ?? 'sv';
  const form = (
    input: Input,
    values: Record<string, string> = {},
    errors: Record<string, string> = {},
  ): FormSpec => ({
    id: 'membership_add',
    title: lang(input) === 'en' ? 'New membership' : 'Nytt medlemskap',
    submitLabel: lang(input) === 'en' ? 'Save' : 'Spara',
    fields: [
      { name: 'organisation', label: 'Organisation', kind: 'text', required: true },
      { name: 'benefit', label: 'Benefit', kind: 'textarea', required: true },
      { name: 'since', label: 'Since', kind: 'date', required: false },
    ],
    values,
    errors,
  });
  const text = (input: Input, t: string): Reply => ({
    lang: lang(input),
    kind: 'command',
    summary: t,
    blocks: [{ type: 'text', text: t }],
  });
  const core: Core = {
    async handle(input) {
      if (input.text === 'membership add') {
        return {
          lang: lang(input),
          kind: 'form',
          summary: 'form',
          blocks: [{ type: 'form', form: form(input) }],
        };
      }
      if (input.text.startsWith('referral subscribe') && input.conversation) {
        subscriptions.push(input.conversation);
        return text(input, 'Subscribed.');
      }
      return {
        lang: 'en',
        kind: 'answer',
        summary: 'Committees and company boards are responsible.',
        blocks: [
          { type: 'text', text: 'Committees and company boards are responsible.' },
          { type: 'quote', text: '… bolagsstyrelser ansvarar för aktiv bevakning och påverkan …' },
          {
            type: 'citation',
            citation: {
              doc: 'seed.txt',
              title: 'Strategi',
              dnr: '006-1137/2007',
              section: 'Ansvar',
              passageId: 'p1',
            },
          },
          {
            type: 'actions',
            actions: [{ id: 'show_passage', label: 'Show the whole passage', value: 'p1' }],
          },
        ],
      };
    },
    async action(id, value, input) {
      return text(input, `${id} ${value}`);
    },
    openForm: (_id, input) => form(input),
    async submitForm(_id, values, input) {
      if (!values.benefit?.trim())
        return { ok: false, form: form(input, values, { benefit: 'Write the benefit.' }) };
      return { ok: true, reply: text(input, `Saved ${values.organisation}.`) };
    },
    async overview(input) {
      return {
        lang: lang(input),
        kind: 'command',
        summary: 'overview',
        blocks: [{ type: 'list', items: ['Nothing due.'] }],
      };
    },
  };
  return { core, subscriptions };
}
