import type { Owned } from '../access/policy.js';
import { formatLongDate } from '../calendar/index.js';
import type { Block } from '../core/reply.js';
import { findReferrals } from '../referrals/lookup.js';
import type { Referral, Subscription } from '../registry/model.js';
import { DuplicateReferralError, type StoreReads } from '../registry/store.js';
import { caseNumberKey, looksLikeTypedCaseNumber, stripCaseNumberLabel } from '../text/case-number.js';
import {
  authorize,
  type CommandContext,
  CommandError,
  displayActor,
  formatInstant,
  type Outcome,
  registrantName,
  success,
} from './context.js';
import { t } from './messages.js';
import { deadlineBlocks, deadlineFacts, deadlineSummary, referralLine } from './referral-format.js';
import type { ReferralListFilter } from './vocabulary.js';
import { STATUS_LABELS } from './vocabulary.js';

/** The referral a person means, or an error listing the candidates. */
export async function resolveReferral(
  store: StoreReads,
  target: string,
  ctx: CommandContext,
): Promise<Referral> {
  const match = findReferrals(await store.listReferrals(), target);
  if (match.kind === 'one') return match.referral;
  if (match.kind === 'none') throw new CommandError('referral_not_found', { target });
  throw new CommandError(
    'referral_ambiguous',
    { target },
    match.referrals.map((r) => referralLine(r, ctx)),
  );
}

export async function referralDeadline(args: { target: string }, ctx: CommandContext): Promise<Outcome> {
  const match = findReferrals(await ctx.store.listReferrals(), args.target);
  // A case number several cases cite (the sender's, in an agenda and in an answer) lists them all.
  if (match.kind === 'many' && looksLikeTypedCaseNumber(args.target)) {
    const text = t(ctx.lang, 'referral_cited', { target: args.target, count: match.referrals.length });
    const blocks: Block[] = [{ type: 'text', text }];
    for (const r of match.referrals) blocks.push(...deadlineBlocks(r, ctx));
    return success(
      ctx.lang,
      text,
      blocks,
      match.referrals.map((r) => deadlineFacts(r, ctx)),
    );
  }
  const r = await resolveReferral(ctx.store, args.target, ctx);
  return success(ctx.lang, deadlineSummary(r, ctx), deadlineBlocks(r, ctx), deadlineFacts(r, ctx));
}

export async function addReferral(
  args: { target: string; title: string; sender: string; due: string; ourBody?: string },
  ctx: CommandContext,
): Promise<Outcome> {
  const dnr = stripCaseNumberLabel(args.target);
  if (!looksLikeTypedCaseNumber(dnr)) throw new CommandError('dnr_invalid', { value: args.target });
  const created = await ctx.store.transaction(async (tx) => {
    try {
      return await tx.addReferral(
        {
          dnr,
          dnrKey: caseNumberKey(dnr),
          title: args.title,
          sender: args.sender,
          due: args.due,
          ourBody: args.ourBody ?? null,
          overridden: ['dnr', 'title', 'sender', 'due', ...(args.ourBody ? (['ourBody'] as const) : [])],
        },
        ctx.change,
      );
    } catch (error) {
      if (error instanceof DuplicateReferralError) {
        throw new CommandError('referral_duplicate', {
          dnr: error.existing.dnr,
          title: error.existing.title,
        });
      }
      throw error;
    }
  });
  const text = t(ctx.lang, 'referral_added', { dnr: created.dnr, due: formatLongDate(args.due, ctx.lang) });
  return success(
    ctx.lang,
    text,
    [{ type: 'text', text, tone: 'success' }, ...deadlineBlocks(created, ctx)],
    deadlineFacts(created, ctx),
  );
}

export async function listReferrals(
  args: { filter: ReferralListFilter },
  ctx: CommandContext,
): Promise<Outcome> {
  const all = await ctx.store.listReferrals();
  const chosen = all
    .filter((r) => {
      switch (args.filter) {
        case 'open':
          return r.status === 'open';
        case 'overdue':
          return r.status === 'open' && r.due !== null && r.due < ctx.today;
        case 'answered':
          return r.status === 'answered';
        default:
          return true;
      }
    })
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const heading = t(ctx.lang, 'referral_list_heading', { filter: args.filter, count: chosen.length });
  const blocks: Block[] = [{ type: 'heading', text: heading }];
  if (chosen.length === 0)
    blocks.push({ type: 'text', text: t(ctx.lang, 'referral_list_empty'), tone: 'muted' });
  else blocks.push({ type: 'list', items: chosen.map((r) => referralLine(r, ctx)) });
  return success(
    ctx.lang,
    heading,
    blocks,
    chosen.map((r) => deadlineFacts(r, ctx)),
  );
}

/** Marks a referral answered; `target` is what the person typed, or `#<id>` from a button. */
export async function markReferralDone(args: { target: string }, ctx: CommandContext): Promise<Outcome> {
  const updated = await ctx.store.transaction(async (tx) => {
    const byId = /^#(\d+)$/.exec(args.target);
    const r = byId ? await tx.getReferral(Number(byId[1])) : await resolveReferral(tx, args.target, ctx);
    if (!r) throw new CommandError('referral_not_found', { target: args.target });
    if (r.status !== 'open') {
      throw new CommandError('referral_already', {
        dnr: r.dnr,
        status: STATUS_LABELS[r.status][ctx.lang],
        by: displayActor(r.statusBy, r.statusByName),
        at: r.statusAt ? formatInstant(r.statusAt, ctx) : '',
      });
    }
    // Said after the status, which anyone may learn: only the change itself is guarded.
    const bodies = r.ourBody ? [r.ourBody] : r.recipients;
    const owner = { owner: r.createdBy, ownerName: await registrantName(tx, 'referral', r.id) };
    authorize(ctx, ctx.access.mayChange(ctx.input, { ...owner, bodies }), 'mark_answered');
    return (await tx.updateReferral(r.id, { status: 'answered' }, ctx.change, 'referral.done'))!;
  });
  const text = t(ctx.lang, 'referral_done', { dnr: updated.dnr });
  return success(
    ctx.lang,
    text,
    [{ type: 'text', text, tone: 'success' }, ...deadlineBlocks(updated, ctx)],
    deadlineFacts(updated, ctx),
  );
}

export async function subscribe(
  args: { body?: string; days?: number[]; digest?: boolean },
  ctx: CommandContext,
): Promise<Outcome> {
  const conversation = ctx.input.conversation;
  if (!conversation) throw new CommandError('subscribe_needs_conversation');
  const s = await ctx.store.transaction(async (tx) => {
    const existing = await tx.getSubscription(conversation);
    // Changing a channel's notifications is for whoever set them up; new ones for the body's admins.
    const entry = existing
      ? await subscriptionOwner(tx, existing)
      : { owner: null, ownerName: null, bodies: args.body ? [args.body] : [] };
    authorize(ctx, ctx.access.mayChange(ctx.input, entry), 'subscribe');
    return tx.upsertSubscription(
      {
        conversation,
        bodyFilter: args.body ?? null,
        ...(args.days ? { offsets: args.days } : {}),
        digest: args.digest ?? false,
      },
      ctx.change,
    );
  });
  const text = t(ctx.lang, 'subscribed', {
    body: s.bodyFilter ?? '',
    days: s.offsets.join(', '),
    digest: s.digest ? 1 : 0,
  });
  return success(ctx.lang, text, [{ type: 'text', text, tone: 'success' }], s);
}

export async function unsubscribe(_args: unknown, ctx: CommandContext): Promise<Outcome> {
  const conversation = ctx.input.conversation;
  if (!conversation) throw new CommandError('subscribe_needs_conversation');
  const removed = await ctx.store.transaction(async (tx) => {
    const existing = await tx.getSubscription(conversation);
    if (!existing) return false;
    authorize(ctx, ctx.access.mayChange(ctx.input, await subscriptionOwner(tx, existing)), 'unsubscribe');
    return tx.removeSubscription(conversation, ctx.change);
  });
  const text = t(ctx.lang, removed ? 'unsubscribed' : 'not_subscribed');
  return success(ctx.lang, text, [{ type: 'text', text, tone: removed ? 'success' : 'muted' }], { removed });
}

async function subscriptionOwner(store: StoreReads, s: Subscription): Promise<Owned> {
  return {
    owner: s.createdBy,
    ownerName: await registrantName(store, 'subscription', s.id),
    bodies: s.bodyFilter ? [s.bodyFilter] : [],
  };
}
