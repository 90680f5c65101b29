import type { Timex } from './types.js';
import type { TimexSpec } from './spec.js';
import { formatYear } from './calendar.js';
import { isTimexValue } from './timex-grammar.js';
import { valueInfo } from './value-info.js';

export interface Resolution {
  timex: Timex;
  spec: TimexSpec;
}

/**
 * Puts the two ends of a range in one order: the end written without a year takes it from the
 * other, so "from January to March 2019" starts in January 2019 and "between March and May" in a
 * report does not start after it ends. With no year written, the end decides.
 */
export function alignRangeYears(first: Resolution, second: Resolution): void {
  const a = calendarParts(first);
  const b = calendarParts(second);
  if (!a || !b || (a.yearWritten && b.yearWritten)) return;
  if (a.yearWritten) setYear(second.timex, a.year + (b.key < a.key ? 1 : 0));
  else setYear(first.timex, b.year - (a.key > b.key ? 1 : 0));
}

/** Year, month and day of a month or day value, and whether the text wrote the year. */
function calendarParts(r: Resolution): { year: number; key: number; yearWritten: boolean } | undefined {
  if (r.spec.kind !== 'calendar' || r.spec.month === undefined || r.spec.hour !== undefined) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(r.timex.value);
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    key: Number(m[2]) * 100 + Number(m[3] ?? 0),
    yearWritten: r.spec.year !== undefined,
  };
}

function setYear(timex: Timex, year: number): void {
  const value = formatYear(year) + timex.value.slice(4);
  if (year < 1 || year > 9999 || !isTimexValue(value)) return;
  timex.value = value;
  const info = valueInfo(timex.value);
  if (info) timex.range = info.range;
}
