import { DateTime } from 'luxon';
import { isWorkingDay } from '../calendar/index.js';
import type { NotificationKind, Referral } from '../registry/model.js';

/**
 * When each message about a referral belongs, as calendar points in the configured time zone.
 *
 * Decisions (documented in src/notify/README.md):
 * - Messages go out at or after 08:00 local time on working days only.
 * - A reminder `n` working days before the due date falls on a working day by construction. Offset 0
 *   ("due today") on a due date that is not a working day (a Saturday, a holiday) moves to the working
 *   day before it, as a reminder, because no message goes out on the day itself.
 * - Overdue: the first working day after the due date, then every 7 days (moved forward to a working
 *   day) for four weeks; after that only the weekly digest mentions the referral.
 */

export const SEND_HOUR = 8;
export const OVERDUE_WEEKS = 4;

/** Which days are working days; the Swedish public-administration calendar by default. */
export type WorkingCalendar = { isWorkingDay(date: string): boolean };

/**
 * Remembers each day's answer: the planner asks about the same few hundred days for every referral and
 * subscription, every minute.
 */
export function memoCalendar(cal: WorkingCalendar): WorkingCalendar {
  const known = new Map<string, boolean>();
  return {
    isWorkingDay(date) {
      let answer = known.get(date);
      if (answer === undefined) {
        answer = cal.isWorkingDay(date);
        known.set(date, answer);
      }
      return answer;
    },
  };
}

export const swedishCalendar: WorkingCalendar = memoCalendar({ isWorkingDay });

const DAY_MS = 86_400_000;

function epochDay(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** Calendar-day arithmetic on ISO dates, without time zones (a day is a day). */
export function addDays(day: string, days: number): string {
  return new Date((epochDay(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

export type Point = {
  kind: NotificationKind;
  /** The due-point part of the notification key. */
  duePoint: string;
  /** The local day the message belongs to. */
  day: string;
  /** The instant (ms) from which it may go out. */
  releaseAt: number;
};

/** Ties between points released at the same instant go to the higher rank. */
export const KIND_RANK: Record<NotificationKind, number> = {
  reminder: 0,
  due_today: 1,
  overdue: 2,
  new: 3,
  digest: 4,
  // Never planned: admin alerts (admin-alert.ts) only share the notification log.
  admin_alert: 5,
};

export function localDay(ms: number, timeZone: string): string {
  return DateTime.fromMillis(ms, { zone: timeZone }).toISODate()!;
}

/** 08:00 local time on `day`, as an instant (ms). Correct across daylight-saving changes. */
export function sendTimeOf(day: string, timeZone: string): number {
  return DateTime.fromISO(`${day}T${String(SEND_HOUR).padStart(2, '0')}:00`, { zone: timeZone }).toMillis();
}

/** True when messages may go out at this instant: a working day, at or after 08:00 local time. */
export function isSendingTime(ms: number, timeZone: string, cal: WorkingCalendar): boolean {
  const local = DateTime.fromMillis(ms, { zone: timeZone });
  return cal.isWorkingDay(local.toISODate()!) && local.hour >= SEND_HOUR;
}

export function nextWorkingDayWith(day: string, cal: WorkingCalendar): string {
  let d = addDays(day, 1);
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export function firstWorkingDayFrom(day: string, cal: WorkingCalendar): string {
  return cal.isWorkingDay(day) ? day : nextWorkingDayWith(day, cal);
}

export function workingDaysBeforeWith(day: string, n: number, cal: WorkingCalendar): string {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (cal.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The first instant at or after `ms` when a message may go out. */
export function firstSendableAt(ms: number, timeZone: string, cal: WorkingCalendar): Point['releaseAt'] {
  if (isSendingTime(ms, timeZone, cal)) return ms;
  const day = localDay(ms, timeZone);
  const sendDay =
    cal.isWorkingDay(day) && ms < sendTimeOf(day, timeZone) ? day : nextWorkingDayWith(day, cal);
  return sendTimeOf(sendDay, timeZone);
}

function dayPoint(kind: NotificationKind, duePoint: string, day: string, timeZone: string): Point {
  return { kind, duePoint, day, releaseAt: sendTimeOf(day, timeZone) };
}

/** Reminder points for the subscription's offsets; two offsets landing on one day give one point. */
export function reminderPoints(
  due: string,
  offsets: number[],
  timeZone: string,
  cal: WorkingCalendar,
): Point[] {
  const byDay = new Map<string, Point>();
  for (const offset of [...new Set(offsets)].sort((a, b) => b - a)) {
    const day =
      offset === 0
        ? cal.isWorkingDay(due)
          ? due
          : workingDaysBeforeWith(due, 1, cal)
        : workingDaysBeforeWith(due, offset, cal);
    const kind = offset === 0 && day === due ? 'due_today' : 'reminder';
    // Smaller offsets come later in the loop and win the day: they are closer to the truth.
    byDay.set(day, dayPoint(kind, `${due}/${offset}`, day, timeZone));
  }
  return [...byDay.values()];
}

/** The overdue points, and the instant after which the referral is only mentioned in the digest. */
export function overduePoints(
  due: string,
  timeZone: string,
  cal: WorkingCalendar,
): { points: Point[]; quietFrom: number } {
  const first = nextWorkingDayWith(due, cal);
  const points = [dayPoint('overdue', `${due}/+0`, first, timeZone)];
  for (let week = 1; week <= OVERDUE_WEEKS; week += 1) {
    const day = firstWorkingDayFrom(addDays(first, 7 * week), cal);
    points.push(dayPoint('overdue', `${due}/+${week}`, day, timeZone));
  }
  return { points, quietFrom: sendTimeOf(addDays(first, 7 * (OVERDUE_WEEKS + 1)), timeZone) };
}

/** The announcement of a new referral: the first sending time at or after it was registered. */
export function newPoint(referral: Referral, timeZone: string, cal: WorkingCalendar): Point {
  const releaseAt = firstSendableAt(Date.parse(referral.createdAt), timeZone, cal);
  const day = localDay(releaseAt, timeZone);
  return { kind: 'new', duePoint: localDay(Date.parse(referral.createdAt), timeZone), day, releaseAt };
}

/** Every point of one referral for one subscription's offsets, and when it falls quiet (if ever). */
export function referralPoints(
  referral: Referral,
  offsets: number[],
  timeZone: string,
  cal: WorkingCalendar,
): { points: Point[]; quietFrom: number | null } {
  const points = [newPoint(referral, timeZone, cal)];
  if (!referral.due) return { points, quietFrom: null };
  const overdue = overduePoints(referral.due, timeZone, cal);
  points.push(...reminderPoints(referral.due, offsets, timeZone, cal), ...overdue.points);
  return { points, quietFrom: overdue.quietFrom };
}

/** The latest point released at or before `now`; ties go to the higher-ranked kind. */
export function latestReleased(points: Point[], now: number): Point | null {
  let best: Point | null = null;
  for (const p of points) {
    if (p.releaseAt > now) continue;
    if (
      !best ||
      p.releaseAt > best.releaseAt ||
      (p.releaseAt === best.releaseAt && KIND_RANK[p.kind] > KIND_RANK[best.kind])
    )
      best = p;
  }
  return best;
}

export type CountdownWith = { days: number; workingDays: number; overdue: boolean };

/** Days left as DESIGN.md counts them: from today (exclusive) to the due date (inclusive). */
export function countdownWith(today: string, due: string, cal: WorkingCalendar): CountdownWith {
  const days = epochDay(due) - epochDay(today);
  const [from, to] = days >= 0 ? [today, due] : [due, today];
  let working = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) working += 1;
  return { days, workingDays: days >= 0 ? working : -working, overdue: days < 0 };
}
