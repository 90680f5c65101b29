import { type Day, daysBetween } from './calendar.js';
import type { ResolveContext } from './resolve-context.js';

/** How far the tense may pull a reading away from the nearest one (about eight months). */
const TENSE_REACH_DAYS = 240;

/**
 * Picks among yearly recurrences of a period (a month, a day, a season) the one the direction
 * points at. For a day, tense is a soft cue: when the day on its side lies more than
 * {@link TENSE_REACH_DAYS} away, the nearest one wins ("payable Dec. 7" in a past-tense November
 * report). `tolerance` (days only) lets a past reading reach a few days ahead, and vice versa.
 * `softSides` says on which side tense is such a soft cue: both for a day of the month, only the
 * past for a holiday (news reports in the past, so a past reading is often the mere default, while
 * "by Christmas" in March does mean the Christmas nine months ahead).
 */
export function chooseYear(
  ctx: ResolveContext,
  startOf: (year: number) => Day,
  endOf: (year: number) => Day,
  shift: -1 | 0 | 1 | undefined,
  tolerance = 0,
  softSides: 'both' | 'past' | 'none' = tolerance > 0 ? 'both' : 'none',
): number {
  const ref = ctx.reference;
  const years = [ref.year - 1, ref.year, ref.year + 1];
  if (shift === 0) return ref.year;
  // "last April" is the latest April before the current month; "next April" the first after it.
  if (shift === -1) return [...years].reverse().find((y) => daysBetween(endOf(y), ref) <= 0) ?? ref.year - 1;
  if (shift === 1) return years.find((y) => daysBetween(startOf(y), ref) > 0) ?? ref.year + 1;
  const distance = (y: number): number => {
    const s = daysBetween(startOf(y), ref);
    const e = daysBetween(endOf(y), ref);
    return s <= 0 && e > 0 ? 0 : Math.min(Math.abs(s), Math.abs(e));
  };
  const nearest = years.reduce((best, y) => (distance(y) < distance(best) ? y : best), ref.year);
  // A verb right by the date ("visited on January 5") leaves no room for a few days either way.
  const slack = ctx.strictDirection ? 0 : tolerance;
  let sided: number | undefined;
  if (ctx.direction === 'past')
    sided = [...years].reverse().find((y) => daysBetween(startOf(y), ref) <= slack);
  else if (ctx.direction === 'future') sided = years.find((y) => daysBetween(endOf(y), ref) > -slack);
  if (sided === undefined) return nearest;
  // Only a day is pulled back to the nearest reading: "In January, he said…" stays in the past.
  const soft = softSides === 'both' || (softSides === 'past' && ctx.direction === 'past');
  if (soft && !ctx.strictDirection && distance(sided) > TENSE_REACH_DAYS) return nearest;
  return sided;
}

/** Reports of the past still name dates a few days ahead ("said the vote is Jan. 14"), and vice versa. */
export const DAY_TOLERANCE = 14;
