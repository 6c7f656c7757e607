import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/calendar/index.js';
import { findDates, parseDateInput } from '../../src/text/dates.js';
import { anyText, isoDay, settings } from './arbitraries.js';

const TODAY = '2026-03-02';

const SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SV_SHORT = ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sept.', 'okt', 'nov', 'dec'];

/** Every written shape of one day that the date parser promises to read. */
function shapes(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [
    iso,
    `${y}-${m}-${d}`,
    `${d} ${SV[m - 1]} ${y}`,
    `den ${d} ${SV[m - 1]} ${y}`,
    `den ${d}:e ${SV[m - 1]} ${y}`,
    `${d} ${SV_SHORT[m - 1]} ${y}`,
    `${d} ${SV[m - 1]!.toUpperCase()} ${y}`,
    `${EN[m - 1]} ${d}, ${y}`,
    `the ${d} ${EN[m - 1]} ${y}`,
    `on ${EN[m - 1]!.slice(0, 3)} ${d} ${y}`,
    `${d}/${m} ${y}`,
    `${d}/${m}-${y}`,
    `  ${iso}  `,
  ];
}

describe('date parser properties', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        parseDateInput(text, TODAY);
        findDates(text, TODAY);
        findDates(text, null);
      }),
      settings(2000),
    );
  });

  it('reads ISO, Swedish and English prose for the same day as that day', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        for (const shape of shapes(day)) expect(parseDateInput(shape, TODAY), shape).toBe(day);
      }),
      settings(500),
    );
  });

  it('reads back what Utblick writes: long dates and stored-instant dates in both languages', () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom('sv', 'en') as fc.Arbitrary<'sv' | 'en'>, (day, lang) => {
        expect(findDates(formatLongDate(day, lang), null).map((m) => m.date)).toEqual([day]);
        const short = DateTime.fromISO(day, { zone: 'UTC' })
          .setLocale(lang === 'sv' ? 'sv-SE' : 'en-GB')
          .toFormat('d LLLL yyyy');
        expect(parseDateInput(short, TODAY), short).toBe(day);
      }),
      settings(500),
    );
  });

  it('resolves a day without a year to the next such day on or after today', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (day, today) => {
        const [, m, d] = day.split('-').map(Number) as [number, number, number];
        const parsed = parseDateInput(`${d} ${SV[m - 1]}`, today);
        if (m === 2 && d === 29) return; // only in leap years; covered by the absurd-date property
        expect(parsed).not.toBeNull();
        expect(parsed! >= today).toBe(true);
        expect(parsed!.slice(5)).toBe(day.slice(5));
        expect(Number(parsed!.slice(0, 4)) - Number(today.slice(0, 4))).toBeLessThanOrEqual(1);
      }),
      settings(500),
    );
  });

  it('rejects absurd dates: a day past the month, a month past 12, a five-digit or negative year', () => {
    const absurd = fc.oneof(
      fc
        .record({
          y: fc.integer({ min: 1950, max: 2150 }),
          m: fc.integer({ min: 1, max: 12 }),
          extra: fc.integer({ min: 1, max: 40 }),
        })
        .map(({ y, m, extra }) => ({ y, m, d: DateTime.utc(y, m).daysInMonth! + extra }))
        .chain(({ y, m, d }) =>
          fc.constantFrom(
            `${y}-${String(m).padStart(2, '0')}-${d}`,
            `${d} ${SV[m - 1]} ${y}`,
            `${EN[m - 1]} ${d}, ${y}`,
            `${d}/${m} ${y}`,
          ),
        ),
      fc.integer({ min: 13, max: 99 }).map((m) => `2026-${m}-01`),
      fc.integer({ min: 10_000, max: 999_999 }).map((y) => `${y}-01-01`),
      fc.integer({ min: 10_000, max: 999_999 }).map((y) => `1 januari ${y}`),
      fc.integer({ min: 1, max: 9999 }).map((y) => `-${String(y).padStart(4, '0')}-01-01`),
      fc.integer({ min: 1, max: 9999 }).map((y) => `1 mars -${y}`),
      fc.constantFrom(
        '31 februari 2026',
        '30 feb 2028',
        '29 februari 2026',
        '0 mars 2026',
        '2026-00-10',
        '2026-02-00',
        '31 april 2026',
        'den 32 maj',
      ),
    );
    fc.assert(
      fc.property(absurd, (text) => {
        expect(parseDateInput(text, TODAY), text).toBeNull();
      }),
      settings(1000),
    );
  });
});
