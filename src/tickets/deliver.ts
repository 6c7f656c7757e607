import type { Clock } from '../core/clock.js';
import type { DeliveryAdapter, DeliveryResult } from '../core/delivery.js';
import type { Logger } from '../core/logger.js';
import type { Reply } from '../core/reply.js';
import type { Metrics } from '../observability/metrics.js';
import type { Store } from '../registry/store.js';
import type { Ticket, TicketClaim } from '../registry/ticket.js';
import { answerForAsker, ticketForExperts } from './replies.js';

export type TicketDeliveryDeps = {
  store: Store;
  adapters: DeliveryAdapter[];
  clock: Clock;
  logger: Logger;
  config: { expertConversation: string | undefined; timeZone: string };
  /** How long a claim holds before another run may take it over; two minutes by default. */
  leaseMs?: number;
  /** Deliveries and possible duplicates, as for notifications. */
  metrics?: Metrics;
};

export type TicketRun = {
  posted: number[];
  delivered: number[];
  /** Answers that could not be delivered anywhere, for good. */
  undeliverable: number[];
  /** Sends made under a claim taken over from a run that died: each may be a duplicate. */
  possibleDuplicates: number;
};

const SYSTEM = { by: 'system:tickets' };

/**
 * One run of ticket delivery, as reminders are delivered (DESIGN.md "Delivery semantics"): each new
 * ticket is posted to the experts' conversation, and each answer is sent to the asker where they asked,
 * by claim → send → mark. A run that dies between send and mark leaves a claim that the next run takes
 * over after its lease: that send may be a duplicate, and is counted. Nothing is dropped.
 */
export async function deliverTickets(deps: TicketDeliveryDeps): Promise<TicketRun> {
  const run: TicketRun = { posted: [], delivered: [], undeliverable: [], possibleDuplicates: 0 };
  for (const id of await deps.store.listPendingTickets()) {
    const ticket = await deps.store.getTicket(id);
    if (!ticket) continue;
    if (!ticket.postedAt) await post(deps, ticket, run);
    if (ticket.status === 'answered' && !ticket.deliveredAt && !ticket.deliveryFailed)
      await deliver(deps, ticket, run);
  }
  return run;
}

function lease(deps: TicketDeliveryDeps) {
  const now = deps.clock.now();
  return {
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + (deps.leaseMs ?? 120_000)).toISOString(),
  };
}

async function send(
  deps: TicketDeliveryDeps,
  reference: string,
  reply: Reply,
  claim: TicketClaim,
): Promise<DeliveryResult> {
  const adapter = deps.adapters.find((a) => a.owns(reference));
  if (!adapter) return { ok: false, permanent: false, reason: 'platform_not_configured' };
  let result: DeliveryResult;
  try {
    result = await adapter.send(reference, reply);
  } catch {
    result = { ok: false, permanent: false, reason: 'send_threw' };
  }
  deps.metrics?.observeDelivery({
    platform: adapter.platform,
    result: result.ok ? 'sent' : result.permanent ? 'refused' : 'failed',
    retry: claim.takeover,
    purpose: 'ticket',
    ...(result.ok && claim.takeover ? { duplicate: true } : {}),
  });
  return result;
}

function counted(run: TicketRun, claim: TicketClaim, deps: TicketDeliveryDeps): void {
  if (!claim.takeover) return;
  run.possibleDuplicates += 1;
  deps.logger.warn('ticket delivery after a lost claim: may be a duplicate', {
    ticket: claim.id,
    delivery: claim.delivery,
  });
}

async function post(deps: TicketDeliveryDeps, ticket: Ticket, run: TicketRun): Promise<void> {
  const target = deps.config.expertConversation;
  if (!target) return;
  const claim = await deps.store.claimTicketDelivery(ticket.id, 'post', lease(deps));
  if (!claim) return;
  const result = await send(deps, target, ticketForExperts(ticket), claim);
  if (!result.ok) {
    deps.logger.warn('ticket not posted to the experts', { ticket: ticket.id, reason: result.reason });
    await deps.store.releaseTicketDelivery(claim, null);
    return;
  }
  counted(run, claim, deps);
  if (await deps.store.markTicketDelivered(claim, deps.clock.now().toISOString())) run.posted.push(ticket.id);
}

/** The answer goes where the question was asked; when that conversation is gone, to the asker directly. */
async function deliver(deps: TicketDeliveryDeps, ticket: Ticket, run: TicketRun): Promise<void> {
  const claim = await deps.store.claimTicketDelivery(ticket.id, 'deliver', lease(deps));
  if (!claim) return;
  const reply = answerForAsker(ticket, deps.config.timeZone);
  const targets = [ticket.replyTo, ticket.askedBy].filter(
    (ref, i, all): ref is string =>
      ref !== null && all.indexOf(ref) === i && deps.adapters.some((a) => a.owns(ref)),
  );
  let last: DeliveryResult = { ok: false, permanent: true, reason: 'no_conversation_to_answer_in' };
  for (const target of targets) {
    last = await send(deps, target, reply, claim);
    if (last.ok || !last.permanent) break;
  }
  const at = deps.clock.now().toISOString();
  if (last.ok) {
    counted(run, claim, deps);
    if (await deps.store.markTicketDelivered(claim, at)) run.delivered.push(ticket.id);
    return;
  }
  if (!last.permanent) {
    await deps.store.releaseTicketDelivery(claim, null);
    return;
  }
  if (await deps.store.releaseTicketDelivery(claim, last.reason)) {
    run.undeliverable.push(ticket.id);
    await deps.store.recordAudit(
      {
        action: 'ticket.undeliverable',
        entity: 'ticket',
        entityId: ticket.id,
        after: { reason: last.reason },
      },
      { ...SYSTEM, at },
    );
  }
}
