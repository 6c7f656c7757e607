import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { DeliveryAdapter, DeliveryResult } from '../core/delivery.js';
import type { Logger } from '../core/logger.js';
import { describeErrorText, errorReason } from '../observability/error-description.js';
import { type Metrics, noMetrics } from '../observability/metrics.js';
import type { NotificationKey } from '../registry/model.js';
import type { Claim, Store } from '../registry/store.js';
import { alertAdminConversation, type DeliveryProblem } from './admin-alert.js';
import { type PlanInput, type PlannedNotification, planNotifications } from './planner.js';
import type { WorkingCalendar } from './points.js';
import type { UnmarkedSends } from './unmarked.js';

/** The actor in the audit log for what the notifier records. */
export const NOTIFY_ACTOR = 'system:notify';
/** How long a claim holds before another tick may take over an unfinished send. */
export const DEFAULT_LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/** Growing intervals between attempts: 1, 2, 4, 8 … minutes, at most six hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), MAX_RETRY_MS);
}

export type TickDeps = {
  store: Store;
  adapters: DeliveryAdapter[];
  clock: Clock;
  config: Pick<Config, 'timeZone' | 'admins'> & Partial<Pick<Config, 'adminConversation'>>;
  logger: Logger;
  /** Delivery successes, failures, refusals and retries per platform; nothing by default. */
  metrics?: Metrics;
  calendar?: WorkingCalendar;
  leaseMs?: number;
  /**
   * Tells the admins (config.admins) that a conversation refused delivery for good, e.g. by a direct
   * message; the refusal is always logged (without personal data) and recorded in the audit log.
   */
  alertAdmins?: (alert: AdminAlert) => Promise<void>;
  /** Aborted at shutdown: the delivery in progress finishes, nothing further is claimed. */
  signal?: AbortSignal;
  /** Sends accepted but not yet marked, kept across ticks (the scheduler's); marked first thing. */
  unmarked?: UnmarkedSends;
};

export type AdminAlert = {
  admins: string[];
  subscriptionId: number;
  conversation: string;
  reason: string;
  at: string;
};

export type TickOptions = { dryRun?: boolean; only?: PlanInput['only'] };

export type TickEntry = { key: NotificationKey; summary: string; dueAt: string };
export type TickResult = {
  at: string;
  /** Everything the planner found due (what --dry-run prints). */
  planned: PlannedNotification[];
  /** `duplicate`: sent under a claim that took over an unmarked one (see Claim.takeover). */
  sent: (TickEntry & { messageId: string | null; platform: string; duplicate: boolean })[];
  failed: (TickEntry & { reason: string; permanent: boolean; retryAt: string | null })[];
  /** Not attempted: claimed by another tick, waiting for its retry time, or no adapter owns the reference. */
  skipped: (TickEntry & {
    why: 'claimed_or_waiting' | 'no_adapter' | 'conversation_refused' | 'store_error';
  })[];
  /** True when no delivery platform is configured: nothing was claimed or sent. */
  noPlatform: boolean;
};

/**
 * One notification tick: plan, then for each planned message claim (with a lease) → send through the
 * adapter that owns the reference → mark sent. A failure is never marked sent: a temporary one is
 * retried on a later tick after a growing interval (kept in the log); a permanent one (bot removed,
 * channel archived) is marked dead, reported to the admins, and suspends the conversation.
 */
export async function runNotificationTick(deps: TickDeps, options: TickOptions = {}): Promise<TickResult> {
  const { store, clock, config } = deps;
  const at = clock.now().toISOString();
  await deps.unmarked?.flush(store, deps.logger);
  const [referrals, subscriptions, log] = await Promise.all([
    store.listReferrals(),
    store.listSubscriptions(),
    store.listNotifications(),
  ]);
  const planned = planNotifications({
    referrals,
    subscriptions,
    log,
    now: at,
    timeZone: config.timeZone,
    ...(deps.calendar ? { calendar: deps.calendar } : {}),
    ...(options.only ? { only: options.only } : {}),
  });
  const result: TickResult = { at, planned, sent: [], failed: [], skipped: [], noPlatform: false };
  if (options.dryRun) return result;
  if (deps.adapters.length === 0) {
    result.noPlatform = true;
    return result;
  }
  const refused = new Set<string>();
  for (const item of planned) {
    if (deps.signal?.aborted) break;
    try {
      await deliverOne(deps, item, refused, result);
    } catch (error) {
      // The store failed (e.g. locked too long): nothing is marked sent, a later tick tries again.
      deps.logger.error('notification store error', {
        error: describeErrorText(error),
      });
      result.skipped.push({
        key: item.key,
        summary: item.reply.summary,
        dueAt: item.dueAt,
        why: 'store_error',
      });
    }
  }
  return result;
}

async function deliverOne(
  deps: TickDeps,
  item: PlannedNotification,
  refused: Set<string>,
  result: TickResult,
): Promise<void> {
  const { store, clock, logger } = deps;
  const entry: TickEntry = { key: item.key, summary: item.reply.summary, dueAt: item.dueAt };
  if (refused.has(item.key.conversation)) {
    result.skipped.push({ ...entry, why: 'conversation_refused' });
    return;
  }
  const adapter = deps.adapters.find((a) => a.owns(item.key.conversation));
  if (!adapter) {
    result.skipped.push({ ...entry, why: 'no_adapter' });
    logger.warn('no delivery adapter owns a subscribed conversation', {
      subscriptionId: item.subscriptionId,
    });
    return;
  }
  const now = clock.now();
  const claim = await store.claimNotification(item.key, {
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS)).toISOString(),
  });
  if (!claim) {
    result.skipped.push({ ...entry, why: 'claimed_or_waiting' });
    return;
  }
  const outcome = await safeSend(adapter, item, logger);
  (deps.metrics ?? noMetrics).observeDelivery({
    platform: adapter.platform,
    result: outcome.ok ? 'sent' : outcome.permanent ? 'refused' : 'failed',
    retry: claim.attempt > 1,
    purpose: 'notification',
    duplicate: claim.takeover,
  });
  const doneAt = clock.now().toISOString();
  if (outcome.ok) {
    const messageId = outcome.messageId ?? null;
    const marked = await markSent(deps, claim, doneAt, messageId);
    // Sent but the lease was taken over meanwhile: the other tick may send it too (DESIGN.md).
    if (!marked) logger.warn('notification sent after its claim was taken over', { kind: item.key.kind });
    if (claim.takeover) {
      logger.warn('notification sent again after an unmarked attempt; it may show twice', {
        kind: item.key.kind,
        attempt: claim.attempt,
      });
    }
    result.sent.push({ ...entry, messageId, platform: adapter.platform, duplicate: claim.takeover });
    return;
  }
  await recordFailure(deps, item, claim, outcome, doneAt, result);
  if (outcome.permanent) refused.add(item.key.conversation);
}

/**
 * Marks a send the platform accepted. When the store cannot be reached, the mark waits in `unmarked`
 * for the next tick (the claim's lease keeps other instances off it meanwhile).
 */
async function markSent(deps: TickDeps, claim: Claim, at: string, messageId: string | null) {
  try {
    return await deps.store.markNotificationSent(claim, at, messageId);
  } catch (error) {
    if (!deps.unmarked) throw error;
    deps.unmarked.add({ claim, at, messageId });
    deps.logger.warn('notification sent but not marked: the store failed; marking it on the next tick', {
      kind: claim.key.kind,
      error: describeErrorText(error),
    });
    return true;
  }
}

/** An adapter that throws is a temporary failure: the message stays unsent and is retried. */
async function safeSend(
  adapter: DeliveryAdapter,
  item: PlannedNotification,
  logger: Logger,
): Promise<DeliveryResult> {
  try {
    return await adapter.send(item.key.conversation, item.reply);
  } catch (error) {
    const reason = errorReason(error);
    logger.warn('delivery adapter threw', { platform: adapter.platform, reason });
    return { ok: false, permanent: false, reason: `exception: ${reason}` };
  }
}

async function recordFailure(
  deps: TickDeps,
  item: PlannedNotification,
  claim: Claim,
  outcome: Extract<DeliveryResult, { ok: false }>,
  at: string,
  result: TickResult,
): Promise<void> {
  const { store, logger, config } = deps;
  const retryAt = outcome.permanent
    ? null
    : new Date(Date.parse(at) + retryDelayMs(claim.attempt)).toISOString();
  const reason = outcome.reason.slice(0, 200);
  await store.markNotificationFailed(claim, { at, reason, permanent: outcome.permanent, retryAt });
  result.failed.push({
    key: item.key,
    summary: item.reply.summary,
    dueAt: item.dueAt,
    reason,
    permanent: outcome.permanent,
    retryAt,
  });
  const problem: DeliveryProblem = {
    type: outcome.permanent ? 'refused' : 'failed',
    key: item.key,
    subscriptionId: item.subscriptionId,
    reason,
    retryAt,
  };
  if (!outcome.permanent) {
    logger.warn('notification delivery failed; will retry', {
      kind: item.key.kind,
      attempt: claim.attempt,
      retryAt,
    });
    await alertAdminChannel(deps, problem);
    return;
  }
  // Only ids and the platform's reason code: no conversation names, titles or user ids in the log.
  logger.error('a subscribed conversation refused delivery for good; admins must resubscribe or remove it', {
    subscriptionId: item.subscriptionId,
    kind: item.key.kind,
    reason,
    admins: config.admins.length,
  });
  await store.recordAudit(
    {
      action: 'subscription.delivery_refused',
      entity: 'subscription',
      entityId: item.subscriptionId,
      after: { reason, kind: item.key.kind, referralId: item.key.referralId },
    },
    { by: NOTIFY_ACTOR, at },
  );
  await alertAdminChannel(deps, problem);
  if (deps.alertAdmins && config.admins.length > 0) {
    await deps
      .alertAdmins({
        admins: config.admins,
        subscriptionId: item.subscriptionId,
        conversation: item.key.conversation,
        reason,
        at,
      })
      .catch(() => logger.warn('could not alert the admins', { subscriptionId: item.subscriptionId }));
  }
}

/** UTBLICK_ADMIN_CONVERSATION, when configured, hears of each failed or refused notification once. */
async function alertAdminChannel(deps: TickDeps, problem: DeliveryProblem): Promise<void> {
  const adminConversation = deps.config.adminConversation;
  if (!adminConversation) return;
  await alertAdminConversation(
    {
      store: deps.store,
      adapters: deps.adapters,
      clock: deps.clock,
      logger: deps.logger,
      metrics: deps.metrics ?? noMetrics,
      timeZone: deps.config.timeZone,
      adminConversation,
      leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS,
    },
    problem,
  );
}
