import { formatLongDate } from '../calendar/index.js';
import type { Block } from '../core/reply.js';
import type { Membership } from '../registry/model.js';
import { DuplicateMembershipError, nameKey, type StoreReads } from '../registry/store.js';
import {
  authorize,
  type CommandContext,
  CommandError,
  displayActor,
  formatInstant,
  type Outcome,
  success,
} from './context.js';
import type { MembershipAddArgs } from './membership-commands.js';
import { t } from './messages.js';
import { AREA_LABELS, KIND_LABELS } from './vocabulary.js';

export function membershipFields(m: Membership, ctx: CommandContext): Block {
  const { lang } = ctx;
  const fields = [
    { label: t(lang, 'label_id'), value: String(m.id) },
    { label: t(lang, 'label_organisation'), value: m.organisation },
    { label: t(lang, 'label_kind'), value: KIND_LABELS[m.kind][lang] },
  ];
  const optional: [Parameters<typeof t>[1], string | null][] = [
    ['label_body', m.body],
    ['label_area', m.area ? AREA_LABELS[m.area][lang] : null],
    ['label_benefit', m.benefit],
    ['label_contact', m.contact],
    ['label_since', m.since ? formatLongDate(m.since, lang) : null],
    ['label_until', m.until ? formatLongDate(m.until, lang) : null],
    [
      'label_registered',
      t(lang, 'by_on', {
        by: displayActor(m.registeredBy, m.registeredByName),
        at: formatInstant(m.registeredAt, ctx),
      }),
    ],
    ['label_ended', m.endDate ? formatLongDate(m.endDate, lang) : null],
  ];
  for (const [label, value] of optional) if (value) fields.push({ label: t(lang, label), value });
  return { type: 'fields', fields };
}

/** One line per membership, with its id so that people can choose. */
export function membershipLine(m: Membership, ctx: CommandContext): string {
  const parts = [`#${m.id} ${m.organisation}`];
  if (m.body) parts.push(m.body);
  if (m.area) parts.push(AREA_LABELS[m.area][ctx.lang]);
  if (m.endDate) parts.push(`${t(ctx.lang, 'label_ended').toLowerCase()} ${m.endDate}`);
  return parts.join(' — ');
}

export async function addMembership(args: MembershipAddArgs, ctx: CommandContext): Promise<Outcome> {
  const created = await ctx.store.transaction(async (tx) => {
    try {
      return await tx.addMembership(
        {
          organisation: args.organisation,
          benefit: args.benefit,
          body: args.body ?? null,
          kind: args.kind ?? 'network',
          contact: args.contact ?? null,
          since: args.since ?? null,
          until: args.until ?? null,
          area: args.area ?? null,
        },
        ctx.change,
      );
    } catch (error) {
      if (error instanceof DuplicateMembershipError) throw duplicateError(error.existing, ctx);
      throw error;
    }
  });
  const text = t(ctx.lang, 'membership_added', { organisation: created.organisation, id: created.id });
  return success(
    ctx.lang,
    text,
    [{ type: 'text', text, tone: 'success' }, membershipFields(created, ctx)],
    created,
  );
}

export function duplicateError(existing: Membership, ctx: CommandContext): CommandError {
  return new CommandError('membership_duplicate', {
    organisation: existing.organisation,
    body: existing.body ?? '',
    id: existing.id,
    by: displayActor(existing.registeredBy, existing.registeredByName),
    at: formatInstant(existing.registeredAt, ctx),
  });
}

export async function listMemberships(
  args: { body?: string; area?: string; q?: string; ended: boolean },
  ctx: CommandContext,
): Promise<Outcome> {
  const all = await ctx.store.listMemberships({ includeEnded: args.ended });
  const body = args.body ? nameKey(args.body) : null;
  const q = args.q ? nameKey(args.q) : null;
  const found = all.filter(
    (m) =>
      (!body || nameKey(m.body).includes(body)) &&
      (!args.area || m.area === args.area) &&
      (!q || nameKey([m.organisation, m.body, m.benefit, m.contact].join(' ')).includes(q)),
  );
  const heading = t(ctx.lang, 'membership_list_heading', { count: found.length });
  const blocks: Block[] = [{ type: 'heading', text: heading }];
  if (found.length === 0)
    blocks.push({ type: 'text', text: t(ctx.lang, 'membership_list_empty'), tone: 'muted' });
  else blocks.push({ type: 'list', items: found.map((m) => membershipLine(m, ctx)) });
  return success(ctx.lang, heading, blocks, found);
}

/** The membership a person means by id (`12`, `#12`) or organisation name; several → a list with ids. */
export async function resolveMembership(
  store: StoreReads,
  target: string,
  ctx: CommandContext,
  activeOnly: boolean,
): Promise<Membership> {
  const id = /^#?(\d{1,9})$/.exec(target.trim());
  if (id) {
    const m = await store.getMembership(Number(id[1]));
    if (m && (!activeOnly || !m.endedAt)) return m;
    throw new CommandError('membership_not_found', { target });
  }
  const all = await store.listMemberships({ includeEnded: !activeOnly });
  const key = nameKey(target);
  let found = all.filter((m) => nameKey(m.organisation) === key);
  if (found.length === 0) found = all.filter((m) => nameKey(m.organisation).includes(key));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new CommandError('membership_not_found', { target });
  throw new CommandError(
    'membership_ambiguous',
    { target },
    found.map((m) => membershipLine(m, ctx)),
  );
}

export async function showMembership(args: { target: string }, ctx: CommandContext): Promise<Outcome> {
  const m = await resolveMembership(ctx.store, args.target, ctx, false);
  return success(
    ctx.lang,
    m.organisation,
    [{ type: 'heading', text: m.organisation }, membershipFields(m, ctx)],
    m,
  );
}

export async function endMembership(
  args: { target: string; date?: string },
  ctx: CommandContext,
): Promise<Outcome> {
  const ended = await ctx.store.transaction(async (tx) => {
    const m = await resolveMembership(tx, args.target, ctx, true);
    const owner = { owner: m.registeredBy, ownerName: displayActor(m.registeredBy, m.registeredByName) };
    authorize(
      ctx,
      ctx.access.mayChange(ctx.input, { ...owner, bodies: m.body ? [m.body] : [] }),
      'end_membership',
    );
    const result = await tx.endMembership(m.id, args.date ?? ctx.today, ctx.change);
    if (!result)
      throw new CommandError('membership_already_ended', {
        organisation: m.organisation,
        date: m.endDate ?? '',
      });
    return result;
  });
  const text = t(ctx.lang, 'membership_ended', {
    organisation: ended.organisation,
    date: formatLongDate(ended.endDate!, ctx.lang),
  });
  return success(
    ctx.lang,
    text,
    [{ type: 'text', text, tone: 'success' }, membershipFields(ended, ctx)],
    ended,
  );
}
