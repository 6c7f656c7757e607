import { describe, expect, it } from 'vitest';
import {
  countdown,
  dayOffName,
  formatLongDate,
  isWorkingDay,
  nextWorkingDay,
  todayIn,
  weekdayName,
  workingDaysBefore,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { fixedClock } from '../../src/core/clock.js';

describe('Swedish working days', () => {
  it('counts weekends out: the seed referral due Monday 1 September 2008, seen on Friday 29 August', () => {
    expect(countdown('2008-08-29', '2008-09-01')).toEqual({
      today: '2008-08-29',
      due: '2008-09-01',
      days: 3,
      workingDays: 1,
      overdue: false,
    });
  });

  it('says due tomorrow = 1 and due today = 0', () => {
    expect(countdown('2026-03-02', '2026-03-03')).toMatchObject({ days: 1, workingDays: 1, overdue: false });
    expect(countdown('2026-03-02', '2026-03-02')).toMatchObject({ days: 0, workingDays: 0, overdue: false });
  });

  it('counts how long a referral is overdue, in calendar and working days', () => {
    expect(countdown('2008-09-03', '2008-09-01')).toMatchObject({ days: -2, workingDays: -2, overdue: true });
    // Due Friday, today the following Monday: three calendar days, one working day late.
    expect(countdown('2026-03-09', '2026-03-06')).toMatchObject({ days: -3, workingDays: -1, overdue: true });
  });

  it('treats midsommarafton as a day off (2026: Friday 19 June)', () => {
    expect(dayOffName('2026-06-19')).toBe('midsommarafton');
    expect(isWorkingDay('2026-06-19')).toBe(false);
    expect(isWorkingDay('2026-06-18')).toBe(true);
    expect(countdown('2026-06-17', '2026-06-22')).toMatchObject({ days: 5, workingDays: 2 });
    expect(workingDaysBefore('2026-06-22', 1)).toBe('2026-06-18');
  });

  it('skips Easter: långfredag and annandag påsk 2026 (3 and 6 April)', () => {
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(countdown('2026-04-01', '2026-04-07')).toMatchObject({ days: 6, workingDays: 2 });
  });

  it('skips Christmas and New Year across the year end', () => {
    for (const day of ['2025-12-24', '2025-12-25', '2025-12-26', '2025-12-31', '2026-01-01', '2026-01-06']) {
      expect(isWorkingDay(day), day).toBe(false);
    }
    // Working days left: 23, 29, 30 December, 2, 5 and 7 January.
    expect(countdown('2025-12-22', '2026-01-07')).toMatchObject({ days: 16, workingDays: 6 });
    expect(nextWorkingDay('2025-12-23')).toBe('2025-12-29');
  });

  it('counts Ascension Day and National Day only on weekdays', () => {
    expect(isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelsfärdsdag
    expect(isWorkingDay('2025-06-06')).toBe(false); // nationaldagen, a Friday
    expect(workingDaysBetween('2026-06-05', '2026-06-08')).toBe(1); // 6 June 2026 is a Saturday anyway
  });

  it('takes today in the configured time zone, not the process zone', () => {
    const lateEvening = fixedClock('2026-03-01T23:30:00.000Z');
    expect(todayIn(lateEvening, 'Europe/Stockholm')).toBe('2026-03-02');
    expect(todayIn(lateEvening, 'UTC')).toBe('2026-03-01');
    // The night daylight saving time ends: 22:30 UTC is already 00:30 in Stockholm (CEST, +2).
    expect(todayIn(fixedClock('2026-10-24T22:30:00.000Z'), 'Europe/Stockholm')).toBe('2026-10-25');
  });

  it('names weekdays and dates in Swedish and English', () => {
    expect(weekdayName('2008-09-01', 'sv')).toBe('måndag');
    expect(weekdayName('2008-09-01', 'en')).toBe('Monday');
    expect(formatLongDate('2008-09-01', 'sv')).toBe('måndag 1 september 2008');
    expect(formatLongDate('2008-09-01', 'en')).toBe('Monday 1 September 2008');
  });
});

describe('working-day arithmetic over long spans', () => {
  it('agrees with counting day by day, across several years and both sides of 1970', () => {
    const spans: [string, string][] = [
      ['1968-12-20', '1971-01-10'],
      ['2007-11-01', '2009-02-01'],
      ['2025-12-01', '2027-01-15'],
    ];
    for (const [from, to] of spans) {
      let expected = 0;
      for (let d = new Date(`${from}T00:00:00Z`); ; ) {
        d = new Date(d.getTime() + 86_400_000);
        const iso = d.toISOString().slice(0, 10);
        if (iso > to) break;
        if (isWorkingDay(iso)) expected += 1;
      }
      expect(workingDaysBetween(from, to), `${from}..${to}`).toBe(expected);
    }
  });
});
