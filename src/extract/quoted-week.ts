import type { Timex } from '../normalize/types.js';
import type { Candidate } from './anchor.js';
import { WEEKDAY_NAMES } from './lexicon.js';

const DAY_MS = 86_400_000;
/** What joins a week to the day that narrows it: "last week, on Wednesday", "last week on Wednesday". */
const APPOSITION = /^\s*,?\s*(?:on\s+)?$/i;

/**
 * "last week, on Wednesday": a weekday that narrows the week just named is that day of that week,
 * also inside a quotation (the week, not the weekday alone, says when the words point to).
 *
 * @param week - an expression of week granularity
 * @param next - the expression after it
 * @returns the day as a candidate spanning both expressions, or `undefined`
 */
export function weekdayOfQuotedWeek(
  text: string,
  week: Timex,
  next: Timex | undefined,
): Candidate['timex'] | undefined {
  if (!next || week.granularity !== 'week' || !week.range) return undefined;
  if (!APPOSITION.test(text.slice(week.end, next.start))) return undefined;
  const day = WEEKDAY_NAMES.indexOf(next.text.toLowerCase().replace(/^on\s+/, ''));
  if (day < 0) return undefined;
  const weekStart = new Date(week.range.start);
  if (Number.isNaN(weekStart.getTime())) return undefined;
  // ISO weeks start on Monday; count from the Monday of the week's first day.
  const monday = weekStart.getTime() - ((weekStart.getUTCDay() + 6) % 7) * DAY_MS;
  const start = new Date(monday + day * DAY_MS);
  return {
    start: week.start,
    end: next.end,
    text: text.slice(week.start, next.end),
    type: 'DATE',
    value: start.toISOString().slice(0, 10),
    granularity: 'day',
    range: { start: start.toISOString(), end: new Date(start.getTime() + DAY_MS).toISOString() },
  };
}
