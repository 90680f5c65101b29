import type { TextCues } from './locale.js';
import type { Granularity } from './types.js';
import { GRANULARITY_ORDER } from './timex-value.js';
import { daysBetween, isValidDay, type Day } from './calendar.js';
import type { TimexSpec } from './spec.js';

/** The time a narrative is at: the last time it dated, and how finely. */
export interface StoryTime {
  day: Day;
  granularity: Granularity;
}

/** Granularities that move the story's time (a decade or century is too coarse to count from). */
export const STORY_GRANULARITIES: readonly Granularity[] = GRANULARITY_ORDER.slice(
  GRANULARITY_ORDER.indexOf('year'),
);

/**
 * Whether an expression is read against the story's time when the text tells a story: calendar
 * dates without a year ("17 August", "early October"), seasons ("that spring"), holidays, "the end of
 * the month". Deictic words ("today", "last year", "on Monday") always count from the reference.
 */
export function storyEligible(spec: TimexSpec): boolean {
  switch (spec.kind) {
    case 'calendar':
      return (
        spec.year === undefined &&
        spec.shift === undefined &&
        !spec.yearOfStory &&
        (spec.month !== undefined || spec.day !== undefined)
      );
    case 'subyear':
      return (
        spec.year === undefined &&
        spec.yearOffset === undefined &&
        (spec.shift === undefined || spec.ofStory === true)
      );
    case 'holiday':
      return spec.year === undefined && spec.shift === undefined && spec.yearShift === undefined;
    case 'relative':
      return spec.ofThe === true;
    case 'current':
      return spec.unit !== 'quarter';
    case 'nth':
      return spec.month !== undefined;
    default:
      return false;
  }
}

/**
 * "Historians say today that…", "Archaeologists today are…", "Today both parties claim him": today
 * beside a present-tense verb in a story is the present (`PRESENT_REF`); "told reporters today",
 * "is to be unveiled … today" are the day of publication.
 */
export function isPresentToday(sentence: string, at: number, length: number, cues: TextCues): boolean {
  const before = sentence
    .slice(Math.max(0, at - 40), at)
    .split(/[^\w']+/)
    .filter(Boolean)
    .slice(-3);
  const after = sentence
    .slice(at + length, at + length + 40)
    .split(/[,;:.!?"“”]/)[0]!
    .split(/[^\w']+/)
    .filter(Boolean)
    .slice(0, 5);
  // A present verb may stand a few words off ("Today both of the main parties claim"); a past or
  // future one right beside it ("told reporters today") decides against.
  const beside = [...before.slice(-2), ...after.slice(0, 1)];
  return (
    [...before, ...after].some((w) => cues.presentVerb.test(w)) &&
    !beside.some((w) => cues.notPresentVerb.test(w))
  );
}

/** How many days before the reference a telling's year-less day may lie ("said on December 28"). */
const TELLING_DAYS = 60;

/** Whether a year-less day ("December 28") falls within a couple of months before the reference. */
export function recentlyBefore(spec: TimexSpec, reference: Day): boolean {
  if (spec.kind !== 'calendar' || spec.month === undefined || spec.day === undefined) return true;
  let year = reference.year;
  if (spec.month > reference.month || (spec.month === reference.month && spec.day > reference.day)) year--;
  if (!isValidDay(year, spec.month, spec.day)) return true;
  return daysBetween(reference, { year, month: spec.month, day: spec.day }) <= TELLING_DAYS;
}
