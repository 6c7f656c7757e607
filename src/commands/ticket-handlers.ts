import type { Lang } from '../core/lang.js';
import type { Block } from '../core/reply.js';
import { t } from '../tickets/messages.js';
import { statusText, ticketDetail, ticketLine } from '../tickets/replies.js';
import { type CommandContext, type Outcome, success } from './context.js';

/**
 * `ticket list|show|answer`: the questions sent to the international unit. Only its experts
 * (UTBLICK_EXPERTS) and Utblick administrators see them; only experts answer.
 */

function refuse(lang: Lang, text: string, code: string): Outcome {
  return {
    ok: false,
    reply: { lang, kind: 'error', blocks: [{ type: 'text', text, tone: 'warning' }], summary: text },
    data: { error: code, message: text },
  };
}

function isExpert(ctx: CommandContext): boolean {
  if (ctx.input.guest) return false;
  const experts = new Set(ctx.config.experts);
  return [ctx.input.userId, ...(ctx.input.groups ?? [])].some((id) => experts.has(id));
}

const maySee = (ctx: CommandContext) => isExpert(ctx) || ctx.access.isAdmin(ctx.input);

function ticketNumber(text: string): number | null {
  const match = /^\s*#?(\d{1,9})\b/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}

export async function listTickets(
  args: { filter?: string | undefined },
  ctx: CommandContext,
): Promise<Outcome> {
  const { lang } = ctx;
  if (!maySee(ctx)) return refuse(lang, t(lang, 'notExpert'), 'not_permitted');
  const onlyOpen = /^(open|öppna|oppna|öppen)$/i.test(args.filter?.trim() ?? '');
  const tickets = await ctx.store.listTickets(onlyOpen ? { status: 'open' } : {});
  const heading = t(lang, 'listHeading', { count: tickets.length });
  const blocks: Block[] = [{ type: 'heading', text: heading }];
  if (tickets.length === 0) blocks.push({ type: 'text', text: t(lang, 'none'), tone: 'muted' });
  else blocks.push({ type: 'list', items: tickets.map((k) => ticketLine(k, lang, ctx.config.timeZone)) });
  return success(
    lang,
    heading,
    blocks,
    tickets.map((k) => ({
      id: k.id,
      status: statusText('en', k),
      createdAt: k.createdAt,
      question: k.question,
    })),
  );
}

export async function showTicket(args: { text: string }, ctx: CommandContext): Promise<Outcome> {
  const { lang } = ctx;
  if (!maySee(ctx)) return refuse(lang, t(lang, 'notExpert'), 'not_permitted');
  const id = ticketNumber(args.text);
  if (id === null) return refuse(lang, t(lang, 'idMissing'), 'ticket_id_missing');
  const ticket = await ctx.store.getTicket(id);
  if (!ticket) return refuse(lang, t(lang, 'notFound', { id }), 'ticket_not_found');
  return success(
    lang,
    t(lang, 'forExpertsHeading', { id }),
    ticketDetail(ticket, lang, ctx.config.timeZone),
    ticket,
  );
}

/** The first answer wins; a second expert is told who answered. The answer is delivered by the run. */
export async function answerTicket(args: { text: string }, ctx: CommandContext): Promise<Outcome> {
  const { lang } = ctx;
  if (!isExpert(ctx)) return refuse(lang, t(lang, 'notExpert'), 'not_permitted');
  const id = ticketNumber(args.text);
  if (id === null) return refuse(lang, t(lang, 'idMissing'), 'ticket_id_missing');
  const answer = args.text.replace(/^\s*#?\d{1,9}\s*[:.,-]?\s*/, '').trim();
  if (!answer) return refuse(lang, t(lang, 'answerMissing', { id }), 'ticket_answer_missing');
  const { change } = ctx;
  const outcome = await ctx.store.transaction(async (tx) => {
    const before = await tx.getTicket(id);
    if (!before) return { kind: 'missing' as const };
    const answered = await tx.answerTicket(
      id,
      answer.slice(0, 4000),
      change.by,
      change.name ?? null,
      change.at,
    );
    if (!answered) return { kind: 'taken' as const, ticket: before };
    await tx.recordAudit(
      {
        action: 'ticket.answer',
        entity: 'ticket',
        entityId: id,
        before: { status: 'open' },
        after: { status: 'answered' },
      },
      change,
    );
    return { kind: 'saved' as const, ticket: answered };
  });
  if (outcome.kind === 'missing') return refuse(lang, t(lang, 'notFound', { id }), 'ticket_not_found');
  if (outcome.kind === 'taken') {
    const k = outcome.ticket;
    const text = t(lang, 'alreadyAnswered', {
      id,
      name: k.answeredByName ?? k.answeredBy ?? '',
      date: k.answeredAt?.slice(0, 16).replace('T', ' ') ?? '',
    });
    return refuse(lang, text, 'ticket_already_answered');
  }
  const text = t(lang, 'saved', { id });
  return success(lang, text, [{ type: 'text', text, tone: 'success' }], { id, status: 'answered' });
}

/**
 * Saves an answered ticket as a curated answer: its question as the first wording, the expert's answer,
 * "the international unit, <date>" as its source, and a review date (a year from now unless given).
 */
export async function saveCurated(
  args: { text: string; review?: string | undefined },
  ctx: CommandContext,
): Promise<Outcome> {
  const { lang, change } = ctx;
  if (!isExpert(ctx)) return refuse(lang, t(lang, 'notExpert'), 'not_permitted');
  const id = ticketNumber(args.text);
  if (id === null) return refuse(lang, t(lang, 'idMissing'), 'ticket_id_missing');
  const ticket = await ctx.store.getTicket(id);
  if (!ticket) return refuse(lang, t(lang, 'notFound', { id }), 'ticket_not_found');
  if (!ticket.answer || !ticket.answeredAt)
    return refuse(lang, t(lang, 'notAnswered', { id }), 'ticket_not_answered');
  const reviewBy = args.review ?? `${Number(ctx.today.slice(0, 4)) + 1}${ctx.today.slice(4)}`;
  const source = t(ticket.lang, 'unitSource', { date: ticket.answeredAt.slice(0, 10) });
  const saved = await ctx.store.transaction(async (tx) => {
    const entry = await tx.addCuratedAnswer(
      {
        wordings: [ticket.question],
        answer: ticket.answer!,
        lang: ticket.lang,
        source,
        reviewBy,
        ticketId: id,
      },
      change.by,
      change.at,
    );
    await tx.recordAudit(
      { action: 'curated.add', entity: 'curated', entityId: entry.id, after: { ticket: id, reviewBy } },
      change,
    );
    return entry;
  });
  const text = t(lang, 'curatedSaved', { id, curated: saved.id, review: reviewBy });
  return success(lang, text, [{ type: 'text', text, tone: 'success' }], saved);
}
