import type { FormOutcome } from '../core/core.js';
import type { Lang } from '../core/lang.js';
import type { FormSpec } from '../core/reply.js';
import { defineMessages } from '../i18n/messages.js';
import { FOCUS_AREAS, MEMBERSHIP_KINDS } from '../registry/model.js';
import { type CommandContext, CommandError } from './context.js';
import { type MembershipAddArgs, membershipAddSchema } from './membership-commands.js';
import { addMembership } from './membership-handlers.js';
import { t as tm } from './messages.js';
import { AREA_LABELS, KIND_LABELS } from './vocabulary.js';

const t = defineMessages({
  sv: {
    title: 'Registrera medlemskap',
    submit: 'Spara',
    organisation: 'Organisation eller nätverk',
    benefit: 'Nytta för verksamheten',
    benefit_hint:
      'Varför gagnar medlemskapet verksamheten? Sakfrågan och nyttan styr, inte den geografiska marknaden.',
    body: 'Nämnd eller bolag',
    kind: 'Typ',
    area: 'Fokusområde',
    contact: 'Kontaktperson',
    since: 'Medlem sedan',
    until: 'Medlem till och med',
  },
  en: {
    title: 'Register a membership',
    submit: 'Save',
    organisation: 'Organisation or network',
    benefit: 'Benefit to the operations',
    benefit_hint:
      'Why does the membership serve the operations? The subject and the benefit decide, not the geographic market.',
    body: 'Committee or company',
    kind: 'Kind',
    area: 'Focus area',
    contact: 'Contact person',
    since: 'Member since',
    until: 'Member until',
  },
});

export function membershipForm(
  lang: Lang,
  values: Record<string, string> = {},
  errors: Record<string, string> = {},
): FormSpec {
  return {
    id: 'membership_add',
    title: t(lang, 'title'),
    submitLabel: t(lang, 'submit'),
    fields: [
      { name: 'organisation', label: t(lang, 'organisation'), kind: 'text', required: true, maxLength: 200 },
      {
        name: 'benefit',
        label: t(lang, 'benefit'),
        kind: 'textarea',
        required: true,
        hint: t(lang, 'benefit_hint'),
        maxLength: 2000,
      },
      { name: 'body', label: t(lang, 'body'), kind: 'text', required: false, maxLength: 200 },
      {
        name: 'kind',
        label: t(lang, 'kind'),
        kind: 'select',
        required: false,
        options: MEMBERSHIP_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k][lang] })),
      },
      {
        name: 'area',
        label: t(lang, 'area'),
        kind: 'select',
        required: false,
        options: FOCUS_AREAS.map((a) => ({ value: a, label: AREA_LABELS[a][lang] })),
      },
      { name: 'contact', label: t(lang, 'contact'), kind: 'text', required: false, maxLength: 200 },
      { name: 'since', label: t(lang, 'since'), kind: 'date', required: false, placeholder: '2026-01-01' },
      { name: 'until', label: t(lang, 'until'), kind: 'date', required: false, placeholder: '2026-12-31' },
    ],
    values,
    errors,
  };
}

/** Validates a submitted form with the command's own schema; errors go back per field. */
export async function submitMembershipForm(
  values: Record<string, string>,
  ctx: CommandContext,
): Promise<FormOutcome> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(values))
    if (typeof value === 'string' && value.trim()) raw[key] = value;
  const parsed = membershipAddSchema({ today: ctx.today }).safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'organisation');
      const params = issue.code === 'custom' ? ((issue.params ?? {}) as Record<string, string>) : {};
      errors[field] ??= tm(ctx.lang, issue.message as never, { field, ...params });
    }
    return { ok: false, form: membershipForm(ctx.lang, values, errors) };
  }
  try {
    const outcome = await addMembership(parsed.data as MembershipAddArgs, ctx);
    return { ok: true, reply: outcome.reply };
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    return {
      ok: false,
      form: membershipForm(ctx.lang, values, { organisation: tm(ctx.lang, error.code, error.params) }),
    };
  }
}
