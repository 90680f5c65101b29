import { type Day, addDays, addMonths } from './calendar.js';
import type { UnitKey } from './spec.js';

/** Months in a unit counted in months. */
const MONTHS_IN: Partial<Record<UnitKey, number>> = { year: 12, quarter: 3, decade: 120, century: 1200 };
/** Hours in a unit counted in days. */
const HOURS_IN: Partial<Record<UnitKey, number>> = { week: 168, day: 24 };
/** The days of half a month, as "two and a half months" is read. */
const DAYS_IN_MONTH = 30;

/**
 * Where a count with a fraction lands ("2.5 weeks ago", "two and a half years ago", "in a month
 * and a half"), and at what precision it can be told. A fraction of a year (or of a quarter, a
 * decade, a century) is a whole number of months, so the result is that month; a fraction of a
 * week or a day is counted in hours from noon of `day` (the resolver's reading of "48 hours ago"
 * from a date-only reference), so "2.5 weeks ago" is 17 days back and "in 2.5 weeks" 18 days
 * ahead; the fraction of a month counts as that share of 30 days, so the result is a day.
 *
 * @returns undefined when `n` is whole (the calendar shift applies) or the unit has no such reading
 */
export function fractionalShift(
  day: Day,
  unit: UnitKey,
  n: number,
): { day: Day; precision: 'day' | 'month' } | undefined {
  if (Number.isInteger(n) || !Number.isFinite(n)) return undefined;
  const months = MONTHS_IN[unit];
  if (months !== undefined) return { day: addMonths(day, Math.round(n * months)), precision: 'month' };
  const hours = HOURS_IN[unit];
  if (hours !== undefined) return { day: addDays(day, fromNoon(n * hours)), precision: 'day' };
  if (unit === 'month') {
    const whole = Math.trunc(n);
    return {
      day: addDays(addMonths(day, whole), fromNoon((n - whole) * DAYS_IN_MONTH * 24)),
      precision: 'day',
    };
  }
  return undefined;
}

/** Whole days from a day to where `hours` from its noon fall. */
const fromNoon = (hours: number): number => Math.floor((12 + hours) / 24);
