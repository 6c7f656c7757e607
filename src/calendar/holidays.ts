import Holidays from 'date-holidays';

/**
 * Days off in Swedish public administration: the public holidays of the maintained `date-holidays`
 * library, plus the de facto days off midsommarafton, julafton and nyårsafton (DESIGN.md "Working days").
 * Dates are ISO `yyyy-mm-dd` strings: a holiday is a calendar day, not an instant.
 */
const swedish = new Holidays('SE');
const cache = new Map<number, Map<string, string>>();

export type DayOff = { date: string; name: string };

/** Every day off in a year that falls on a weekday or weekend, with its Swedish name. */
export function daysOff(year: number): DayOff[] {
  return [...yearTable(year)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The name of the day off on an ISO date, or null when it is not a holiday or eve. */
export function dayOffName(date: string): string | null {
  return yearTable(Number(date.slice(0, 4))).get(date) ?? null;
}

function yearTable(year: number): Map<string, string> {
  const known = cache.get(year);
  if (known) return known;
  const table = new Map<string, string>();
  for (const holiday of swedish.getHolidays(year, 'sv')) {
    if (holiday.type === 'public') table.set(holiday.date.slice(0, 10), holiday.name);
  }
  table.set(midsummerEve(year), 'midsommarafton');
  table.set(`${year}-12-24`, 'julafton');
  table.set(`${year}-12-31`, 'nyårsafton');
  cache.set(year, table);
  return table;
}

/** Midsommarafton is the Friday between 19 and 25 June. */
function midsummerEve(year: number): string {
  for (let day = 19; day <= 25; day += 1) {
    if (new Date(Date.UTC(year, 5, day)).getUTCDay() === 5) return `${year}-06-${day}`;
  }
  throw new Error(`no Friday between 19 and 25 June ${year}`);
}
