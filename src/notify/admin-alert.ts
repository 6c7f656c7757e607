import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Clock } from '../core/clock.js';
import type { DeliveryAdapter, DeliveryResult } from '../core/delivery.js';
import type { Lang } from '../core/lang.js';
import type { Logger } from '../core/logger.js';
import type { Reply } from '../core/reply.js';
import { describeErrorText, errorReason } from '../observability/error-description.js';
import type { Metrics } from '../observability/metrics.js';
import type { NotificationKey } from '../registry/model.js';
import type { Store } from '../registry/store.js';
import { t } from './admin-alert-messages.js';

/** A delivery problem worth an admin's attention. */
export type DeliveryProblem = {
  /** `failed`: a notification's delivery failed (it is retried); `refused`: the conversation refused for good. */
  type: 'failed' | 'refused';
  key: NotificationKey;
  subscriptionId: number;
  /** The platform's reason code (e.g. `channel_not_found`), never message text. */
  reason: string;
  retryAt: string | null;
};

export type AdminAlertDeps = {
  store: Store;
  adapters: DeliveryAdapter[];
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  timeZone: string;
  /** UTBLICK_ADMIN_CONVERSATION: a conversation reference as stored for subscriptions. */
  adminConversation: string;
  leaseMs: number;
};

/** An alert that could not be sent is tried again only when its event recurs, at most this often. */
const ALERT_RETRY_MS = 60 * 60_000;

/**
 * The alert's key in the notification log: the admin conversation, kind `admin_alert`, and a due point
 * naming the event (its type and a digest of the notification's key). Claim → send → mark then gives
 * each event exactly one message, across ticks, processes and restarts, without a new table.
 */
export function alertKey(problem: DeliveryProblem, adminConversation: string): NotificationKey {
  const { referralId, conversation, kind, duePoint } = problem.key;
  const digest = createHash('sha256')
    .update(JSON.stringify([referralId, conversation, kind, duePoint]))
    .digest('hex')
    .slice(0, 24);
  return {
    referralId,
    conversation: adminConversation,
    kind: 'admin_alert',
    duePoint: `${problem.type}:${digest}`,
  };
}

/**
 * Posts one short message (Swedish and English) about a delivery problem to the admin conversation,
 * through the same delivery adapters. Never throws and never alerts about itself: a failure to reach the
 * admin conversation is logged; a failed alert is sent again only if the same event happens again
 * (the notification fails on its next attempt) and the alert's own retry time has passed.
 */
export async function alertAdminConversation(deps: AdminAlertDeps, problem: DeliveryProblem): Promise<void> {
  const { logger, adminConversation } = deps;
  if (problem.key.conversation === adminConversation) {
    logger.warn('the admin conversation itself refused a notification; not alerting it about itself', {
      subscriptionId: problem.subscriptionId,
    });
    return;
  }
  const adapter = deps.adapters.find((a) => a.owns(adminConversation));
  if (!adapter) {
    logger.error('no delivery adapter owns UTBLICK_ADMIN_CONVERSATION; admin alert not sent', {
      event: problem.type,
    });
    return;
  }
  try {
    await claimAndSend(deps, adapter, problem);
  } catch (error) {
    logger.error('admin alert failed', {
      event: problem.type,
      error: describeErrorText(error),
    });
  }
}

async function claimAndSend(deps: AdminAlertDeps, adapter: DeliveryAdapter, problem: DeliveryProblem) {
  const { store, clock, logger } = deps;
  const now = clock.now();
  const claim = await store.claimNotification(alertKey(problem, deps.adminConversation), {
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + deps.leaseMs).toISOString(),
  });
  if (!claim) return; // Already sent, being sent, or not yet due again.
  const reply = await alertReply(deps, problem);
  let outcome: DeliveryResult;
  try {
    outcome = await adapter.send(deps.adminConversation, reply);
  } catch (error) {
    outcome = {
      ok: false,
      permanent: false,
      reason: `exception: ${errorReason(error)}`,
    };
  }
  const at = clock.now().toISOString();
  const result = outcome.ok ? 'sent' : outcome.permanent ? 'refused' : 'failed';
  deps.metrics.observeDelivery({
    platform: adapter.platform,
    result,
    retry: claim.attempt > 1,
    purpose: 'admin_alert',
    duplicate: claim.takeover,
  });
  if (outcome.ok) {
    await store.markNotificationSent(claim, at, outcome.messageId ?? null);
    logger.info('admin alert sent', { event: problem.type, subscriptionId: problem.subscriptionId });
    return;
  }
  // Never `permanent` here: a dead entry would suspend a subscription of the admin conversation itself.
  await store.markNotificationFailed(claim, {
    at,
    reason: outcome.reason.slice(0, 200),
    permanent: false,
    retryAt: new Date(Date.parse(at) + ALERT_RETRY_MS).toISOString(),
  });
  logger.error('could not reach the admin conversation', {
    event: problem.type,
    reason: outcome.reason.slice(0, 200),
    permanent: outcome.permanent,
  });
}

async function alertReply(deps: AdminAlertDeps, problem: DeliveryProblem): Promise<Reply> {
  const referral = problem.key.referralId > 0 ? await deps.store.getReferral(problem.key.referralId) : null;
  const text = (lang: Lang) => {
    const kind = t(lang, `kind_${problem.key.kind}` as Parameters<typeof t>[1]);
    const params = {
      subscription: problem.subscriptionId,
      reason: problem.reason,
      about: referral ? t(lang, 'about', { kind, dnr: referral.dnr }) : kind,
      retry: problem.retryAt ? localTime(problem.retryAt, deps.timeZone) : '–',
    };
    return t(lang, problem.type, params);
  };
  const sv = text('sv');
  const en = text('en');
  return {
    lang: 'sv',
    kind: 'notification',
    blocks: [
      { type: 'text', text: sv, tone: problem.type === 'refused' ? 'error' : 'warning' },
      { type: 'text', text: en, tone: problem.type === 'refused' ? 'error' : 'warning' },
    ],
    summary: sv,
  };
}

function localTime(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
}
