import { readFileSync } from 'node:fs';
import type { MembershipRow, ReferralRow, RegisterReader } from '../../adapters/web/registers.js';
import type { Core, FormOutcome } from '../../src/core/core.js';
import type { Input } from '../../src/core/input.js';
import type { Lang } from '../../src/core/lang.js';
import type { FormSpec, Reply } from '../../src/core/reply.js';
import { parseDateInput } from '../../src/text/dates.js';

/**
 * A small hand-written Core, used only until the real core is on main. It answers from the bundled
 * knowledge file by plain sentence matching and keeps memberships in memory.
 */
export class FakeCore implements Core {
  readonly memberships: MembershipRow[] = [];
  readonly referrals: ReferralRow[] = [];
  private readonly sentences: string[];
  private readonly docTitle = 'Övergripande mål och riktlinjer för det internationella arbetet';

  constructor(knowledgeFile: string) {
    this.sentences = readFileSync(knowledgeFile, 'utf8')
      .split(/\n+/)
      .map((line) => line.replace(/^-\s*/, '').trim())
      .filter((line) => line.length > 0);
  }

  async handle(input: Input): Promise<Reply> {
    const lang: Lang = /\b(who|what|when|the)\b/i.test(input.text) ? 'en' : (input.locale ?? 'sv');
    const text = input.text.trim();
    if (/^membership list/i.test(text)) {
      return {
        lang,
        kind: 'command',
        summary: 'memberships',
        blocks: [{ type: 'list', items: this.memberships.map((m) => `${m.organisation} (${m.body ?? ''})`) }],
      };
    }
    const words: string[] = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
    const probe =
      words.includes('monitoring') || words.includes('responsible') ? ['ansvarar', 'bevakning'] : words;
    const hit = this.sentences.find(
      (s) => probe.length > 0 && probe.every((w) => s.toLowerCase().includes(w)),
    );
    if (!hit) {
      return {
        lang,
        kind: 'abstain',
        summary: 'no',
        blocks: [{ type: 'text', text: lang === 'sv' ? 'Vet inte.' : "I don't know." }],
      };
    }
    return {
      lang,
      kind: 'answer',
      summary: hit,
      blocks: [
        { type: 'text', text: lang === 'sv' ? 'Så här står det:' : 'The document says:' },
        { type: 'quote', text: hit },
        {
          type: 'citation',
          citation: {
            doc: 'remiss.txt',
            title: this.docTitle,
            dnr: '006-1137/2007',
            section: 'Remissen',
            passageId: 'p1',
          },
        },
        {
          type: 'actions',
          actions: [
            {
              id: 'show_passage',
              label: lang === 'sv' ? 'Visa hela stycket' : 'Show the whole passage',
              value: 'p1',
            },
          ],
        },
      ],
    };
  }

  async action(id: string, value: string, input: Input): Promise<Reply> {
    const lang = input.locale ?? 'sv';
    return {
      lang,
      kind: 'answer',
      summary: id,
      blocks: [{ type: 'text', text: `${value}: ${this.sentences.join('\n')}` }],
    };
  }

  openForm(_id: 'membership_add', input: Input): FormSpec {
    const sv = input.locale !== 'en';
    return {
      id: 'membership_add',
      title: sv ? 'Registrera medlemskap' : 'Register a membership',
      submitLabel: sv ? 'Spara' : 'Save',
      fields: [
        { name: 'organisation', label: sv ? 'Organisation' : 'Organisation', kind: 'text', required: true },
        { name: 'benefit', label: sv ? 'Nytta' : 'Benefit', kind: 'textarea', required: true },
        { name: 'body', label: sv ? 'Nämnd' : 'Committee', kind: 'text', required: false },
        {
          name: 'area',
          label: sv ? 'Inriktning' : 'Focus area',
          kind: 'select',
          required: false,
          options: [
            { value: 'positionering', label: 'Positionering' },
            { value: 'bevakning', label: 'Bevakning och påverkan' },
          ],
        },
        { name: 'since', label: sv ? 'Från' : 'Since', kind: 'date', required: false, hint: 'yyyy-mm-dd' },
      ],
      values: {},
      errors: {},
    };
  }

  async submitForm(id: 'membership_add', values: Record<string, string>, input: Input): Promise<FormOutcome> {
    const form = this.openForm(id, input);
    const sv = input.locale !== 'en';
    const errors: Record<string, string> = {};
    if (!values.organisation?.trim())
      errors.organisation = sv ? 'Skriv organisationens namn.' : 'Write the name.';
    if (!values.benefit?.trim()) errors.benefit = sv ? 'Skriv nyttan.' : 'Write the benefit.';
    const since = values.since?.trim() ? parseDateInput(values.since, '2026-01-01') : null;
    if (values.since?.trim() && !since)
      errors.since = sv ? 'Skriv ett datum.' : 'Write a date such as 2026-09-01.';
    if (Object.keys(errors).length > 0) return { ok: false, form: { ...form, values, errors } };
    const row: MembershipRow = {
      id: this.memberships.length + 1,
      organisation: values.organisation!.trim(),
      kind: 'network',
      body: values.body?.trim() || null,
      area: values.area || null,
      benefit: values.benefit!.trim(),
      contact: null,
      since,
      until: null,
      active: true,
      endDate: null,
    };
    this.memberships.push(row);
    return {
      ok: true,
      reply: {
        lang: sv ? 'sv' : 'en',
        kind: 'command',
        summary: 'saved',
        blocks: [{ type: 'text', tone: 'success', text: `${row.organisation} #${row.id}` }],
      },
    };
  }

  async overview(input: Input): Promise<Reply> {
    return {
      lang: input.locale ?? 'sv',
      kind: 'command',
      summary: 'overview',
      blocks: [
        { type: 'text', text: `${this.memberships.length}` },
        {
          type: 'actions',
          actions: [{ id: 'referral_done', label: 'Markera KS 1 besvarad', value: 'KS 1' }],
        },
      ],
    };
  }

  get registers(): RegisterReader {
    return {
      listMemberships: async () => [...this.memberships],
      listReferrals: async () => [...this.referrals],
    };
  }
}
