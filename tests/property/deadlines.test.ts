import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  countdown,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBefore,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import {
  countdownWith,
  firstWorkingDayFrom,
  overduePoints,
  reminderPoints,
  swedishCalendar,
} from '../../src/notify/points.js';
import { settings } from './arbitraries.js';

/** Days from 1990 to 2100, where the Swedish holiday rules are known. */
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const TZ = 'Europe/Stockholm';

/** n working days after `from`, one day at a time: the definition the arithmetic must agree with. */
function addWorkingDays(from: string, n: number): string {
  let d = from;
  for (let left = n; left > 0; left -= 1) d = nextWorkingDay(d);
  return d;
}

describe('deadline arithmetic properties', () => {
  it('moves a due date to a working day that is not earlier, skipping no working day', () => {
    fc.assert(
      fc.property(day, (due) => {
        const moved = firstWorkingDayFrom(due, swedishCalendar);
        expect(isWorkingDay(moved)).toBe(true);
        expect(moved >= due).toBe(true);
        if (isWorkingDay(due)) expect(moved).toBe(due);
        for (let d = due; d < moved; d = addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
        const next = nextWorkingDay(due);
        expect(isWorkingDay(next) && next > due && workingDaysBetween(due, next) === 1).toBe(true);
      }),
      settings(250),
    );
  });

  it('counts n working days left on the day reached by adding n working days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (today, n) => {
        const due = addWorkingDays(today, n);
        const c = countdown(today, due);
        expect(c.workingDays).toBe(n);
        expect(c.overdue).toBe(false);
        expect(addDays(today, c.days)).toBe(due);
        // Seen from the due date, the same span is overdue by the same number of working days.
        if (due > today) {
          const back = countdown(due, today);
          expect(back.overdue).toBe(true);
          expect(back.workingDays).toBe(-workingDaysBetween(today, due));
        }
      }),
      settings(200),
    );
  });

  it('agrees between the calendar countdown and the planner countdown', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -120, max: 120 }), (today, offset) => {
        const due = addDays(today, offset);
        const a = countdown(today, due);
        expect(countdownWith(today, due, swedishCalendar)).toEqual({
          days: a.days,
          workingDays: a.workingDays,
          overdue: a.overdue,
        });
      }),
      settings(250),
    );
  });

  it('counts back n working days to a working day with n working days up to the due date', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (due, n) => {
        const before = workingDaysBefore(due, n);
        expect(isWorkingDay(before)).toBe(true);
        expect(before < due).toBe(true);
        expect(workingDaysBetween(before, due)).toBe(n - 1 + (isWorkingDay(due) ? 1 : 0));
      }),
      settings(250),
    );
  });

  it('puts every reminder and overdue message on a working day, reminders never after the due date', () => {
    const offsets = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(day, offsets, (due, days) => {
        for (const point of reminderPoints(due, days, TZ, swedishCalendar)) {
          expect(isWorkingDay(point.day), `${point.kind} ${point.day}`).toBe(true);
          expect(point.day <= due).toBe(true);
          const offset = Number(point.duePoint.split('/')[1]);
          if (offset > 0)
            expect(workingDaysBetween(point.day, due)).toBe(offset - 1 + (isWorkingDay(due) ? 1 : 0));
        }
        for (const point of overduePoints(due, TZ, swedishCalendar).points) {
          expect(isWorkingDay(point.day)).toBe(true);
          expect(point.day > due).toBe(true);
        }
      }),
      settings(200),
    );
  });
});
