import { formatLongDate } from '../calendar/index.js';
import type { Referral, ReferralExtractedField } from '../registry/model.js';
import type { ReferralPatch, StoreWrites } from '../registry/store.js';
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
import { deadlineBlocks, deadlineFacts } from './referral-format.js';
import { resolveReferral } from './referral-handlers.js';
import { STATUS_LABELS } from './vocabulary.js';

/**
 * A registrar corrects what was read from a document (`referral set`) or withdraws a referral read by
 * mistake (`referral withdraw`). Both take the referral's register permission, as `referral done` does,
 * are audited, and what a person sets wins over re-reading (the fields are marked overridden).
 */
export type SetArgs = { target: string; due?: string | null; title?: string; ourBody?: string };

async function guardedReferral(tx: StoreWrites, target: string, ctx: CommandContext): Promise<Referral> {
  const byId = /^#(\d+)$/.exec(target);
  const r = byId ? await tx.getReferral(Number(byId[1])) : await resolveReferral(tx, target, ctx);
  if (!r) throw new CommandError('referral_not_found', { target });
  const bodies = r.ourBody ? [r.ourBody] : r.recipients;
  const owner = { owner: r.createdBy, ownerName: await registrantName(tx, 'referral', r.id) };
  authorize(ctx, ctx.access.mayChange(ctx.input, { ...owner, bodies }), 'change_referral');
  return r;
}

export async function setReferral(args: SetArgs, ctx: CommandContext): Promise<Outcome> {
  const { updated, changed } = await ctx.store.transaction(async (tx) => {
    const r = await guardedReferral(tx, args.target, ctx);
    const patch: ReferralPatch = {};
    const set: ReferralExtractedField[] = [];
    if (args.due !== undefined) {
      patch.due = args.due;
      set.push('due');
    }
    if (args.title !== undefined) {
      patch.title = args.title;
      set.push('title');
    }
    if (args.ourBody !== undefined) {
      patch.ourBody = args.ourBody;
      set.push('ourBody');
    }
    patch.overridden = [...new Set([...r.overridden, ...set])];
    const after = (await tx.updateReferral(r.id, patch, ctx.change, 'referral.set'))!;
    return { updated: after, changed: set };
  });
  const fields = changed.map((field) => describe(field, updated, ctx)).join(', ');
  const text = t(ctx.lang, 'referral_set', { dnr: updated.dnr, fields });
  return success(
    ctx.lang,
    text,
    [{ type: 'text', text, tone: 'success' }, ...deadlineBlocks(updated, ctx)],
    deadlineFacts(updated, ctx),
  );
}

function describe(field: ReferralExtractedField, r: Referral, ctx: CommandContext): string {
  const sv = ctx.lang === 'sv';
  if (field === 'due') {
    const value = r.due ? formatLongDate(r.due, ctx.lang) : sv ? 'ingen' : 'none';
    return `${sv ? 'svarsdag' : 'due'} ${value}`;
  }
  if (field === 'title') return `${sv ? 'titel' : 'title'} ”${r.title}”`;
  return `${sv ? 'till' : 'to'} ${r.ourBody ?? ''}`;
}

export async function withdrawReferral(args: { target: string }, ctx: CommandContext): Promise<Outcome> {
  const updated = await ctx.store.transaction(async (tx) => {
    const r = await guardedReferral(tx, args.target, ctx);
    if (r.status !== 'open') {
      throw new CommandError('referral_already', {
        dnr: r.dnr,
        status: STATUS_LABELS[r.status][ctx.lang],
        by: displayActor(r.statusBy, r.statusByName),
        at: r.statusAt ? formatInstant(r.statusAt, ctx) : '',
      });
    }
    return (await tx.updateReferral(r.id, { status: 'withdrawn' }, ctx.change, 'referral.withdraw'))!;
  });
  const text = t(ctx.lang, 'referral_withdrawn', { dnr: updated.dnr });
  return success(
    ctx.lang,
    text,
    [{ type: 'text', text, tone: 'success' }, ...deadlineBlocks(updated, ctx)],
    deadlineFacts(updated, ctx),
  );
}
