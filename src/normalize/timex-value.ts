import type { Granularity, TimeRange } from './types.js';
import { PARTS_OF_DAY, type PartOfDayCode } from './part-of-day.js';

/** Granularities from coarsest to finest: a higher index is more specific. */
export const GRANULARITY_ORDER: readonly Granularity[] = [
  'millennium',
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'part-of-day',
  'hour',
  'minute',
  'second',
];

/** What an absolute TIMEX3 value means on the time line. */
export interface TimexValueInfo {
  granularity: Granularity;
  range: TimeRange;
  /** True when the value leaves digits unspecified (`199X`, `2019-XX`). */
  fuzzy: boolean;
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [2, 5],
  SU: [5, 8],
  FA: [8, 11],
  WI: [11, 14],
};

/** Date.UTC maps years 0–99 to 1900–1999 (and 1900 has no 29 February); setUTCFullYear does not. */
function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, second);
  return d.getTime();
}

const iso = (ms: number): string => new Date(ms).toISOString();
const span = (start: number, end: number): TimeRange => ({ start: iso(start), end: iso(end) });

/** Monday of ISO week 1 of `year`. */
function isoWeekOneMonday(year: number): number {
  const jan4 = utc(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * 86_400_000;
}

const DAY = 86_400_000;
const ABSOLUTE =
  /^(\d{2,4})(X{0,2})(?:-(?:(\d{2})(?:-(\d{2})(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2})(?::(\d{2}))?)?))?)?|W(\d{2})(?:-(WE|\d))?|Q([1-4])|H([12])|(SP|SU|FA|WI)|(XX)))?$/;

/**
 * Reads an absolute TIMEX3 value (or a plain ISO date/date-time) as the interval it covers.
 *
 * @param value - e.g. `2003`, `199X`, `19`, `2019-Q3`, `2018-SU`, `2019-W52`, `2019-12-29TEV`,
 *   `2019-12-29T15:30`, `2019-12-29T15:30:00Z`.
 * @returns granularity and `[start, end)` range in UTC, or `undefined` for durations, references
 *   (`PRESENT_REF`) and anything unreadable.
 * @example
 * timexValueRange('2019-01') // { granularity: 'month', range: { start: '2019-01-01T00:00:00.000Z', end: '2019-02-01T00:00:00.000Z' }, fuzzy: false }
 */
export function timexValueRange(value: string): TimexValueInfo | undefined {
  const trimmed = value.trim();
  const m = ABSOLUTE.exec(trimmed);
  if (!m) return instant(trimmed);
  const [, digits = '', xs = '', mm, dd, pod, hh, min, ss, week, weekDay, quarter, half, season, monthX] = m;
  // `199X` and `19XX` are how TIMEX3 writes a decade and a century; other X's are unknown digits.
  const wholePeriod = (digits.length === 3 && xs.length === 1) || (digits.length === 2 && xs.length === 2);
  const fuzzy = (xs.length > 0 && !wholePeriod) || monthX !== undefined;
  if (
    digits.length + xs.length === 2 &&
    xs.length === 0 &&
    mm === undefined &&
    !week &&
    !quarter &&
    !half &&
    !season
  ) {
    const c = Number(digits) * 100;
    return { granularity: 'century', range: span(utc(c), utc(c + 100)), fuzzy };
  }
  if (digits.length === 2 && xs.length === 2) {
    const c = Number(digits) * 100;
    return { granularity: 'century', range: span(utc(c), utc(c + 100)), fuzzy };
  }
  if (digits.length === 3) {
    if (xs.length > 1) return undefined;
    const d = Number(digits) * 10;
    return { granularity: 'decade', range: span(utc(d), utc(d + 10)), fuzzy };
  }
  if (digits.length !== 4 || xs.length > 0) {
    if (digits.length === 2 && xs.length === 1) return undefined;
    if (digits.length !== 4) return undefined;
  }
  const year = Number(digits);
  if (monthX !== undefined)
    return { granularity: 'year', range: span(utc(year), utc(year + 1)), fuzzy: true };
  if (quarter) {
    const q = Number(quarter) - 1;
    return { granularity: 'quarter', range: span(utc(year, q * 3), utc(year, q * 3 + 3)), fuzzy };
  }
  if (half) {
    const h = Number(half) - 1;
    return { granularity: 'half', range: span(utc(year, h * 6), utc(year, h * 6 + 6)), fuzzy };
  }
  if (season) {
    const [from, to] = SEASON_MONTHS[season]!;
    return { granularity: 'season', range: span(utc(year, from), utc(year, to)), fuzzy };
  }
  if (week) {
    const monday = isoWeekOneMonday(year) + (Number(week) - 1) * 7 * DAY;
    if (weekDay === 'WE')
      return { granularity: 'week', range: span(monday + 5 * DAY, monday + 7 * DAY), fuzzy };
    if (weekDay) {
      const day = monday + (Number(weekDay) - 1) * DAY;
      return { granularity: 'day', range: span(day, day + DAY), fuzzy };
    }
    return { granularity: 'week', range: span(monday, monday + 7 * DAY), fuzzy };
  }
  if (mm === undefined) return { granularity: 'year', range: span(utc(year), utc(year + 1)), fuzzy };
  const month = Number(mm) - 1;
  if (month < 0 || month > 11) return undefined;
  if (dd === undefined)
    return { granularity: 'month', range: span(utc(year, month), utc(year, month + 1)), fuzzy };
  const day = Number(dd);
  const dayStart = utc(year, month, day);
  if (day < 1 || new Date(dayStart).getUTCMonth() !== month) return undefined;
  if (pod) {
    const part = PARTS_OF_DAY[pod as PartOfDayCode];
    return {
      granularity: 'part-of-day',
      range: span(dayStart + part.startHour * 3_600_000, dayStart + part.endHour * 3_600_000),
      fuzzy,
    };
  }
  if (hh === undefined) return { granularity: 'day', range: span(dayStart, dayStart + DAY), fuzzy };
  const hour = Number(hh);
  if (hour > 24) return undefined;
  const at = dayStart + hour * 3_600_000 + Number(min ?? 0) * 60_000 + Number(ss ?? 0) * 1000;
  const unit = ss !== undefined ? 1000 : min !== undefined ? 60_000 : 3_600_000;
  const granularity: Granularity = ss !== undefined ? 'second' : min !== undefined ? 'minute' : 'hour';
  return { granularity, range: span(at, at + unit), fuzzy };
}

/** Full ISO date-times with a zone (`2019-12-29T15:30:00Z`, `…+01:00`) that the TIMEX grammar does not cover. */
function instant(value: string): TimexValueInfo | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const hasSeconds = /T\d{2}:\d{2}:\d{2}/.test(value);
  return {
    granularity: hasSeconds ? 'second' : 'minute',
    range: span(ms, ms + (hasSeconds ? 1000 : 60_000)),
    fuzzy: false,
  };
}
