import type { ParsedResult } from 'chrono-node/en';

type ParsedComponents = ParsedResult['start'];
import type { TimexSpec } from './spec.js';
import type { TimexMod } from './types.js';
import type { TextCues } from './locale.js';
import type { Candidate } from './combine.js';
import { pad } from './calendar.js';

type CalendarSpec = Extract<TimexSpec, { kind: 'calendar' }>;

/** Reads what chrono found written (its certain components) as a calendar spec. */
export function specFromComponents(c: ParsedComponents): CalendarSpec | undefined {
  const certain = (k: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'): number | undefined =>
    c.isCertain(k) ? (c.get(k) ?? undefined) : undefined;
  const spec: CalendarSpec = { kind: 'calendar' };
  const year = certain('year');
  const month = certain('month');
  const day = certain('day');
  const hour = certain('hour');
  if (month === undefined && hour === undefined) return undefined;
  // chrono reads "41 BC" as −41; our years are astronomical (0 is 1 BC), as in `Date`.
  if (year !== undefined && month !== undefined) spec.year = year < 0 ? year + 1 : year;
  if (month !== undefined) spec.month = month;
  if (day !== undefined && month !== undefined) spec.day = day;
  if (hour !== undefined) {
    spec.hour = hour;
    spec.minute = certain('minute') ?? 0;
    const second = certain('second');
    if (second) spec.second = second;
    if (hour >= 1 && hour <= 12 && !c.isCertain('meridiem')) spec.openMeridiem = true;
    const zone = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    if (typeof zone === 'number' && Number.isFinite(zone)) spec.zone = zoneOf(zone);
  }
  return spec;
}

/**
 * Turns one of chrono's results into candidates with offsets in the whole text. A range
 * ("December 27-29") becomes two expressions, as TimeML marks them; the second takes the year the
 * first one writes.
 */
export function candidatesFromChrono(
  r: ParsedResult,
  offset: number,
  mod: TimexMod | undefined,
  cues: TextCues,
): Candidate[] {
  const start = specFromComponents(r.start);
  if (!start) return [];
  const lead = cues.leadingPreposition.exec(r.text)?.[0].length ?? 0;
  const trimmedEnd = r.text.trimEnd().length;
  const whole = { start: offset + r.index + lead, end: offset + r.index + trimmedEnd };
  const end = r.end ? specFromComponents(r.end) : undefined;
  const separator = end ? cues.rangeSeparator.exec(r.text.slice(lead, trimmedEnd)) : null;
  if (!end || !separator || separator.index === 0)
    return [{ ...whole, spec: start, ...(mod ? { mod } : {}) }];
  const firstEnd = whole.start + separator.index;
  const secondStart = firstEnd + separator[0].length;
  if (start.year !== undefined && end.year === undefined && end.month !== undefined) end.year = start.year;
  if (end.year !== undefined && start.year === undefined && start.month !== undefined) start.year = end.year;
  return [
    { start: whole.start, end: firstEnd, spec: start, ...(mod ? { mod } : {}) },
    { start: secondStart, end: whole.end, spec: end },
  ];
}

/** A zone offset in minutes as TIMEX3 writes it: 0 → `Z`, −300 → `-05:00`. */
export function zoneOf(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
