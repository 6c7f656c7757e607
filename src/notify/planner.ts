import { DateTime } from 'luxon';
import { isLang, type Lang } from '../core/lang.js';
import type { Reply } from '../core/reply.js';
import {
  isRemindable,
  type NotificationKey,
  type NotificationKind,
  type NotificationRecord,
  type Referral,
  type Subscription,
} from '../registry/model.js';
import { nameKey } from '../registry/store.js';
import {
  addDays,
  firstWorkingDayFrom,
  isSendingTime,
  latestReleased,
  localDay,
  memoCalendar,
  type Point,
  referralPoints,
  sendTimeOf,
  swedishCalendar,
  type WorkingCalendar,
} from './points.js';
import { digestReply, referralNotice } from './render.js';

export type PlanInput = {
  referrals: Referral[];
  subscriptions: Subscription[];
  /** The notification log (every record, or at least those of these subscriptions' conversations). */
  log: NotificationRecord[];
  now: Date | string;
  timeZone: string;
  calendar?: WorkingCalendar;
  /** Restricts the plan, e.g. to the referrals a re-index just added. */
  only?: { referralIds?: number[] };
};

export type PlannedNotification = {
  key: NotificationKey;
  subscriptionId: number;
  /** When it became due (ISO instant): the point's sending time. */
  dueAt: string;
  reply: Reply;
};

/** Records that stop a key from being planned again: sent, or refused for good. */
const FINAL_STATES = new Set<NotificationRecord['state']>(['sent', 'dead']);

export function keyString(key: NotificationKey): string {
  return JSON.stringify([key.referralId, key.conversation, key.kind, key.duePoint]);
}

/**
 * What is due now (pure: no clock, no store). Per subscription and referral only the latest released
 * point is a candidate, so a bot back from downtime sends one current message instead of a burst of
 * stale ones; a key the log shows as sent (or refused for good) is never planned again. Nothing is
 * planned outside sending time (working days, from 08:00 local time).
 */
export function planNotifications(input: PlanInput): PlannedNotification[] {
  const cal = input.calendar ? memoCalendar(input.calendar) : swedishCalendar;
  const pointsOf = pointsCache(input.timeZone, cal);
  const now = new Date(input.now).getTime();
  if (!isSendingTime(now, input.timeZone, cal)) return [];
  const today = localDay(now, input.timeZone);
  const final = new Set(input.log.filter((r) => FINAL_STATES.has(r.state)).map(keyString));
  const only = input.only?.referralIds ? new Set(input.only.referralIds) : null;
  const planned: PlannedNotification[] = [];
  for (const s of input.subscriptions) {
    if (isSuspended(s, input.log)) continue;
    // A subscription gets nothing from before the day it was made (nor, with a clock set back, from
    // before today).
    const cutoff = localDay(Math.min(Date.parse(s.createdAt), now), input.timeZone);
    const lang = subscriptionLang(s);
    const mine = input.referrals.filter((r) => isRemindable(r) && matchesBody(r, s.bodyFilter));
    for (const r of mine) {
      if (only && !only.has(r.id)) continue;
      const point = currentPoint(r, s, now, cutoff, pointsOf);
      if (!point) continue;
      const key: NotificationKey = {
        referralId: r.id,
        conversation: s.conversation,
        kind: point.kind,
        duePoint: point.duePoint,
      };
      if (final.has(keyString(key))) continue;
      const kind = point.kind as Exclude<NotificationKind, 'digest' | 'admin_alert'>;
      planned.push({
        key,
        subscriptionId: s.id,
        dueAt: new Date(point.releaseAt).toISOString(),
        reply: referralNotice(kind, r, today, lang, cal),
      });
    }
    if (s.digest && !only) {
      const digest = planDigest(s, mine, today, cutoff, input.timeZone, cal, lang);
      if (digest && !final.has(keyString(digest.key))) planned.push(digest);
    }
  }
  return planned.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.referralId - b.key.referralId);
}

type PointsOf = (r: Referral, offsets: number[]) => ReturnType<typeof referralPoints>;

/** Subscriptions with the same offsets share one computation of a referral's points. */
function pointsCache(timeZone: string, cal: WorkingCalendar): PointsOf {
  const cache = new Map<string, ReturnType<typeof referralPoints>>();
  return (r, offsets) => {
    const key = `${r.id}|${offsets.join(',')}`;
    let points = cache.get(key);
    if (!points) {
      points = referralPoints(r, offsets, timeZone, cal);
      cache.set(key, points);
    }
    return points;
  };
}

function currentPoint(
  r: Referral,
  s: Subscription,
  now: number,
  cutoff: string,
  pointsOf: PointsOf,
): Point | null {
  const { points, quietFrom } = pointsOf(r, s.offsets);
  // Long overdue: only the digest mentions it, so a channel is never flooded by old cases.
  if (quietFrom !== null && now >= quietFrom) return null;
  // A referral that was already there when the conversation subscribed is not news to it.
  const isNews = r.createdAt >= s.createdAt;
  return latestReleased(
    points.filter((p) => p.day >= cutoff && (p.kind !== 'new' || isNews)),
    now,
  );
}

/** The weekly digest: Monday 08:00, or the first working day of the week when Monday is a holiday. */
function planDigest(
  s: Subscription,
  referrals: Referral[],
  today: string,
  cutoff: string,
  timeZone: string,
  cal: WorkingCalendar,
  lang: Lang,
): PlannedNotification | null {
  const monday = DateTime.fromISO(today, { zone: 'UTC' }).startOf('week').toISODate()!;
  const day = firstWorkingDayFrom(monday, cal);
  if (day > today || day > addDays(monday, 4) || day < cutoff) return null;
  const reply = digestReply(referrals, today, lang, cal);
  if (!reply) return null;
  return {
    key: { referralId: 0, conversation: s.conversation, kind: 'digest', duePoint: monday },
    subscriptionId: s.id,
    dueAt: new Date(sendTimeOf(day, timeZone)).toISOString(),
    reply,
  };
}

/** The body filter matches the referral's addressee or one of its recipients. */
export function matchesBody(r: Referral, filter: string | null): boolean {
  if (!filter) return true;
  const wanted = nameKey(filter);
  return [r.ourBody, ...r.recipients].some((body) => body !== null && nameKey(body).includes(wanted));
}

/**
 * A conversation that refused a message for good (bot removed, channel archived) gets nothing more
 * until someone subscribes it again, which updates the subscription.
 */
export function isSuspended(s: Subscription, log: NotificationRecord[]): boolean {
  return log.some(
    (r) => r.conversation === s.conversation && r.state === 'dead' && r.updatedAt >= s.updatedAt,
  );
}

/** The subscription's language when the store keeps one; Swedish otherwise. */
export function subscriptionLang(s: Subscription): Lang {
  const lang = (s as Subscription & { lang?: unknown }).lang;
  return isLang(lang) ? lang : 'sv';
}
