/**
 * Calendar arithmetic on plain UTC days. News dates are calendar dates, not instants, so every
 * computation here works on UTC fields and never on the host's time zone.
 */

const DAY_MS = 86_400_000;

/** A calendar day. `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export const dayOf = (date: Date): Day => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});

export function toMs(d: Day): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return date.getTime();
}

export const addDays = (d: Day, n: number): Day => dayOf(new Date(toMs(d) + n * DAY_MS));

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28). */
export function addMonths(d: Day, n: number): Day {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export const daysInMonth = (year: number, month: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
};

/** ISO weekday, Monday = 1 … Sunday = 7. */
export const isoWeekday = (d: Day): number => ((new Date(toMs(d)).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toMs({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toMs(thursday) - jan1) / DAY_MS / 7) + 1 };
}

/**
 * A year as TIMEX3 writes it. Years are astronomical (year 0 is 1 BC, −217 is 218 BC), as in
 * `Date`; TIMEX3 writes years before the common era with `BC` and their historical number.
 */
export const formatYear = (year: number): string => (year <= 0 ? 'BC' + pad(1 - year, 4) : pad(year, 4));
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (d: Day): string => `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** Difference in whole days, a − b. */
export const daysBetween = (a: Day, b: Day): number => Math.round((toMs(a) - toMs(b)) / DAY_MS);
