import type { Granularity } from '../normalize/types.js';

/** A date as users may give it: a `Date`, an ISO 8601 date/date-time, or an absolute TIMEX3 value. */
export type DateInput = Date | string;

/**
 * One event as supplied by users (the `events` property, a `src` JSON file, or `<timeline-event>`).
 * Give either `date` or `start` (with optional `end`).
 *
 * @example
 * const e: TimelineEventInput = { date: '2019-12-29TEV', title: 'Evening vote', url: 'https://example.org' };
 */
export interface TimelineEventInput {
  id?: string | number;
  date?: DateInput;
  start?: DateInput;
  end?: DateInput;
  title: string;
  description?: string;
  url?: string;
  /** Swimlane the event is drawn in (see the element's `groups`). */
  group?: string;
  source?: string;
  /** An image for the story card. */
  media?: EventMedia;
  /**
   * How the text qualified the date, as TIMEX3 writes it: `START` ("early 2004") covers the first
   * third of the period, `MID` the middle third, `END` the last; all three and `APPROX` ("around
   * 2004") are drawn as approximate. Applies to `date`, not to `start`/`end`.
   */
  mod?: DateMod;
}

/** The TIMEX3 modifiers that change where a date is drawn: see {@link TimelineEventInput.mod}. */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX';

/** An image of an event: `src` (http(s) or relative URL), `alt` text, and who took or owns it. */
export interface EventMedia {
  src: string;
  alt: string;
  credit?: string;
}

/** How an event is drawn: `point` (a day or finer), `band` (a coarse period: week…century) or `bar` (an explicit range). */
export type MarkKind = 'point' | 'band' | 'bar';

/** A validated event placed on the time line. Times are epoch milliseconds, `[start, end)`. */
export interface TimelineEvent {
  /** Given `id`, or a generated `event-<n>` when absent. */
  id: string;
  title: string;
  description?: string;
  url?: string;
  group?: string;
  source?: string;
  media?: EventMedia;
  /** The modifier that narrowed or blurred the date ({@link TimelineEventInput.mod}). */
  mod?: DateMod;
  start: number;
  end: number;
  /** Granularity of the start value (for bars: of the coarser of start and end). */
  granularity: Granularity;
  kind: MarkKind;
  /** True when the value is uncertain (`199X`, `2019-XX`). */
  fuzzy: boolean;
  /** The date value(s) as given, e.g. `2019-12-29TEV` or `2019-01/2019-03`. */
  value: string;
  /** Position of the input in its source list. */
  index: number;
  /** The original input (for `event-select` listeners). */
  input: unknown;
}

/** An event that could not be placed on the time line, with the reason why. */
export interface InvalidEvent {
  /** Position in its source list. */
  index: number;
  /** Title if one could be read, for listing undated events. */
  title?: string;
  reason: string;
  input: unknown;
}

/** Result of reading user event data: every input ends up in exactly one of `events` and `invalid`. */
export interface ParsedEvents {
  /** Valid events, sorted by start time (then end, then input order). */
  events: TimelineEvent[];
  invalid: InvalidEvent[];
  /** Non-fatal remarks: unknown fields, truncated strings, unsafe URLs removed. */
  warnings: string[];
}
