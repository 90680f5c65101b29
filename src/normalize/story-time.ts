import type { Granularity } from './types.js';
import type { Day } from './calendar.js';
import type { TimexSpec } from './spec.js';

/** The time a narrative is at: the last time it dated, and how finely. */
export interface StoryTime {
  day: Day;
  granularity: Granularity;
}

/** Granularities that move the story's time (a decade or century is too coarse to count from). */
export const STORY_GRANULARITIES: Granularity[] = [
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

const PRESENT_NEAR =
  /\b(?:say|says|are|is|regard|regards|remain|remains|consider|considers|believe|believes|know|estimate|estimates|stand|stands|see|sees|call|calls|describe|describes|agree|argue|argues|live|lives)\b/i;
const NOT_PRESENT = /\b(?:said|told|was|were|had|did|will|would|shall|is\s+to|are\s+to|to\s+be|\w+ed)\b/i;

/**
 * "Historians say today that…", "Archaeologists today are…": today in a present-tense clause of a
 * story is the present (`PRESENT_REF`); "told reporters today", "is to be unveiled today" are the day.
 */
export function isPresentToday(sentence: string, at: number, length: number): boolean {
  const clause = sentence.slice(Math.max(0, at - 40), at + length + 40).split(/[;:"“”]|,\s+(?=\w+\s+\w+)/);
  const around = clause.length > 1 ? sentence.slice(Math.max(0, at - 30), at + length + 30) : clause[0]!;
  return PRESENT_NEAR.test(around) && !NOT_PRESENT.test(around);
}
