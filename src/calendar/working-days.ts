import { DateTime } from 'luxon';
import type { Clock } from '../core/clock.js';
import type { Lang } from '../core/lang.js';
import { dayOffName, daysOff } from './holidays.js';

/**
 * Calendar arithmetic on ISO dates (`yyyy-mm-dd`). "Today" is always taken in the configured time zone
 * (UTBLICK_TZ) from the injected clock, never from the process's TZ.
 */

export function todayIn(clock: Clock, timeZone: string): string {
  return DateTime.fromJSDate(clock.now(), { zone: timeZone }).toISODate()!;
}

function parse(date: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  if (!parsed.isValid) throw new RangeError(`not an ISO date: ${date}`);
  return parsed;
}

export function addDays(date: string, days: number): string {
  return parse(date).plus({ days }).toISODate()!;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round(parse(to).diff(parse(from), 'days').days);
}

export function isWeekend(date: string): boolean {
  return parse(date).weekday >= 6;
}

/** Monday–Friday and not a Swedish public holiday, midsommarafton, julafton or nyårsafton. */
export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && dayOffName(date) === null;
}

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
/** Monday–Friday days with epoch day number in [1, n] (epoch day 0, 1970-01-01, was a Thursday). */
const weekdaysUpTo = (n: number) => {
  const weeks = Math.floor(n / 7);
  let count = weeks * 5;
  for (let d = weeks * 7 + 1; d <= n; d += 1) if ((((d + 3) % 7) + 7) % 7 < 5) count += 1;
  return count;
};

/** Working days d with from < d <= to; 0 when `to` is not after `from`. Arithmetic, so long spans are cheap. */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  let count = weekdaysUpTo(epochDay(to)) - weekdaysUpTo(epochDay(from));
  const lastYear = Number(to.slice(0, 4));
  for (let year = Number(from.slice(0, 4)); year <= lastYear; year += 1) {
    for (const off of daysOff(year)) {
      if (off.date > from && off.date <= to && !isWeekend(off.date)) count -= 1;
    }
  }
  return count;
}

/** The date `n` working days before `date` (n = 0 gives `date` itself, even when it is not a working day). */
export function workingDaysBefore(date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string): string {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

export type Countdown = {
  today: string;
  due: string;
  /** Calendar days from today (exclusive) to due (inclusive); due today = 0, overdue < 0. */
  days: number;
  /** Working days in (today, due]; when overdue, the negated working days in (due, today]. */
  workingDays: number;
  overdue: boolean;
};

export function countdown(today: string, due: string): Countdown {
  const days = calendarDaysBetween(today, due);
  const overdue = days < 0;
  const workingDays = overdue ? -workingDaysBetween(due, today) : workingDaysBetween(today, due);
  return { today, due, days, workingDays, overdue };
}

/** `måndag` / `Monday`. */
export function weekdayName(date: string, lang: Lang): string {
  return parse(date)
    .setLocale(lang === 'sv' ? 'sv-SE' : 'en-GB')
    .toFormat('cccc');
}

/** `måndag 1 september 2008` / `Monday 1 September 2008`. */
export function formatLongDate(date: string, lang: Lang): string {
  return parse(date)
    .setLocale(lang === 'sv' ? 'sv-SE' : 'en-GB')
    .toFormat('cccc d LLLL yyyy');
}
