import type { Core, FormOutcome } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import type { ActionId, FormId, FormSpec, Reply } from '../../src/core/reply.js';

/**
 * TEMPORARY: a hand-written Core used only until the real core (createCore) is on main. It echoes what
 * it was given so that the tests can check what the adapter passed in and what it rendered.
 */
export class StandInCore implements Core {
  readonly inputs: Input[] = [];
  readonly actions: { id: ActionId; value: string; input: Input }[] = [];
  readonly saved: Record<string, string>[] = [];

  async handle(input: Input): Promise<Reply> {
    this.inputs.push(input);
    const lang = input.locale ?? 'sv';
    if (/^(membership|medlemskap|referral|remiss|help)\b/.test(input.text)) {
      return {
        lang,
        kind: 'command',
        summary: `command: ${input.text}`,
        blocks: [
          { type: 'text', text: `command: ${input.text}` },
          { type: 'fields', fields: [{ label: 'conversation', value: input.conversation ?? '-' }] },
        ],
      };
    }
    return {
      lang,
      kind: 'answer',
      summary: `answer to ${input.text}`,
      blocks: [
        { type: 'text', text: `answer to ${input.text}` },
        { type: 'quote', text: 'quoted sentence' },
        { type: 'citation', citation: { doc: 'd', title: 'T', dnr: '1-2/3', section: 'S', passageId: 'p1' } },
        { type: 'actions', actions: [{ id: 'feedback_up', label: '👍', value: 'q1' }] },
      ],
    };
  }

  async action(id: ActionId, value: string, input: Input): Promise<Reply> {
    this.actions.push({ id, value, input });
    return {
      lang: input.locale ?? 'sv',
      kind: 'command',
      summary: 'ok',
      blocks: [{ type: 'text', text: `${id} ${value}` }],
    };
  }

  openForm(id: FormId, input: Input): FormSpec {
    return this.form(id, input, {}, {});
  }

  async submitForm(id: FormId, values: Record<string, string>, input: Input): Promise<FormOutcome> {
    if (!values.benefit)
      return { ok: false, form: this.form(id, input, values, { benefit: 'benefit is required' }) };
    this.saved.push(values);
    return {
      ok: true,
      reply: {
        lang: 'en',
        kind: 'command',
        summary: 'saved',
        blocks: [{ type: 'text', text: `saved ${values.organisation}` }],
      },
    };
  }

  async overview(input: Input): Promise<Reply> {
    return {
      lang: input.locale ?? 'sv',
      kind: 'help',
      summary: 'home',
      blocks: [{ type: 'heading', text: 'home' }],
    };
  }

  private form(
    id: FormId,
    _input: Input,
    values: Record<string, string>,
    errors: Record<string, string>,
  ): FormSpec {
    return {
      id,
      title: 'Add membership',
      submitLabel: 'Save',
      values,
      errors,
      fields: [
        { name: 'organisation', label: 'Organisation', kind: 'text', required: true },
        { name: 'benefit', label: 'Benefit', kind: 'textarea', required: true },
        {
          name: 'area',
          label: 'Area',
          kind: 'select',
          required: false,
          options: [{ value: 'bevakning', label: 'Bevakning och påverkan' }],
        },
        { name: 'since', label: 'Since', kind: 'date', required: false },
      ],
    };
  }
}
