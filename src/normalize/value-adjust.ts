import { addDays, addMonths, formatDay, isValidDay, pad, type Day } from './calendar.js';
import type { Candidate } from './combine.js';
import type { Granularity } from './types.js';
import { isWeekday } from './typed.js';

/** Moves a day's value on by the days counted from it ("a week from Friday"). */
export function laterBy<T extends { value: string }>(r: T, days: number | undefined): T {
  const m = days ? /^(\d{4})-(\d{2})-(\d{2})/.exec(r.value) : null;
  if (!m) return r;
  const day = addDays({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, days!);
  return { ...r, value: formatDay(day) + r.value.slice(10) };
}

/** Puts a clock time written beside a day onto the day's value. */
export function withClock<T extends { type: string; value: string }>(r: T, clock: Candidate['clock']): T {
  if (!clock || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return r;
  const seconds = clock.second ? `:${pad(clock.second)}` : '';
  const value = `${r.value}T${pad(clock.hour)}:${pad(clock.minute)}${seconds}${clock.zone ?? ''}`;
  return { ...r, type: 'TIME', value };
}

const DURATION_UNITS: Record<string, Granularity> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  Q: 'quarter',
  WE: 'day',
  DE: 'decade',
  CE: 'century',
};
const DURATION_TIME_UNITS: Record<string, Granularity> = { H: 'hour', M: 'minute', S: 'second' };

/** The unit a duration is counted in: `P3Y` → year, `PT48H` → hour. */
export function durationGranularity(value: string): Granularity | undefined {
  const m = /^P(T?)[\dX.]*([A-Z]+)$/.exec(value);
  if (!m) return undefined;
  return m[1] ? DURATION_TIME_UNITS[m[2]!] : DURATION_UNITS[m[2]!];
}

/**
 * "Tuesday the 19th", "Fri, Jul 18": a weekday written with a date that has no year settles the
 * month or the year — the nearest one (ahead or back as the direction says) whose day falls on it.
 */
export function onWeekday<T extends { value: string }>(r: T, c: Candidate, direction: string): T {
  if (c.weekday === undefined || c.spec.kind !== 'calendar' || c.spec.year !== undefined) return r;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.value);
  if (!m) return r;
  const day: Day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (isWeekday(day, c.weekday)) return r;
  const steps =
    c.spec.month === undefined
      ? Array.from({ length: 28 }, (_, i) => (direction === 'past' ? -(i + 1) : i + 1))
      : Array.from({ length: 28 }, (_, i) => (i % 2 ? -1 : 1) * Math.ceil((i + 1) / 2) * 12);
  for (const months of steps) {
    const shifted = addMonths({ ...day, day: 1 }, months);
    const candidate = { ...shifted, day: day.day };
    if (isValidDay(candidate.year, candidate.month, candidate.day) && isWeekday(candidate, c.weekday))
      return { ...r, value: formatDay(candidate) };
  }
  return r;
}
