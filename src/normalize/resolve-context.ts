/** What the resolver reads (the context of an expression) and writes (a TIMEX3 annotation). */
import type { Day } from './calendar.js';
import type { Granularity, TimeRange, TimexMod, TimexType } from './types.js';

/** Which way an expression without its own direction points. */
export type Direction = 'past' | 'future' | 'nearest';

/** The most recent dated expression, for "a year earlier" and "the quarter". */
export interface DiscourseAnchor {
  granularity: Granularity;
  /** First day of the anchor's interval. */
  day: Day;
}

/** What resolving needs besides the spec. */
export interface ResolveContext {
  reference: Day;
  /** Hours and minutes of the reference, when it has a time of day. */
  referenceTime?: { hour: number; minute: number };
  /** The clock time the story last named and its day ("at 9:14 a.m. … About 40 minutes later"). */
  anchorTime?: { day: Day; hour: number; minute: number };
  direction: Direction;
  /** The direction was asked for (`prefer`) or a verb right by the expression says it: follow it however far. */
  strictDirection?: boolean;
  /** The day the sentence is about: the last day named before the expression, else the reference. */
  anchorDay: Day;
  /** Whether the text named a day before this expression (else `anchorDay` is the reference). */
  anchorNamed?: boolean;
  discourse?: DiscourseAnchor;
  /** A year written out earlier in the sentence ("In 2019, … on March 3"): dates without one take it. */
  sentenceYear?: number;
  /** The last quarter the text named, for "a year ago" in reports on a quarter. */
  quarterInDiscussion?: Day;
  /**
   * A string someone typed (`resolve`): counts name the day they point to ("in two weeks"), and a
   * clock time looking ahead is its next occurrence.
   */
  typed?: boolean;
}

/** A resolved TIMEX3 annotation. */
export interface Resolved {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** The interval, when it is wider than the value writes ("2024/25" is `2024` through 2025). */
  range?: TimeRange;
}
