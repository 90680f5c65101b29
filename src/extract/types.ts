import type {
  Anchor,
  Granularity,
  Preference,
  TimeRange,
  Timex,
  TimexMod,
  TimexType,
} from '../normalize/types.js';

/** A half-open range of UTF-16 offsets `[start, end)` into the text given to `extractEvents`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Where an event was read: its sentence and the date expression inside it (offsets into the original text). */
export interface EventSource {
  sentence: TextSpan;
  expression: TextSpan;
}

/** A normalized date as the timeline places it. */
export interface EventDate {
  /** TIMEX3 value, e.g. `2019-12-29`, `2018`, `2019-12-29TEV`. */
  value: string;
  type: Extract<TimexType, 'DATE' | 'TIME'>;
  granularity: Granularity;
  /** The interval the value covers, ISO 8601 UTC, start inclusive, end exclusive. */
  range: TimeRange;
  /** The words of the article, e.g. `December 29`. */
  text: string;
  mod?: TimexMod;
}

/** One dated fact of the article. */
export interface ExtractedEvent {
  /** `e1`, `e2`… in the order the events first occur in the text. */
  id: string;
  /** The date the sentence is anchored to. */
  date: EventDate;
  /**
   * A finer expression of the same day in the same sentence ("December 29 … in the evening"):
   * `date` stays the day, this holds `2019-12-29TEV`.
   */
  refinement?: EventDate;
  /**
   * Headline drawn from the clause that carries the event: attribution and the date phrase removed,
   * subject kept; at most {@link TITLE_MAX_LENGTH} characters, "…" only when cut.
   */
  title: string;
  /** The whole sentence, as written. */
  sentence: string;
  /** First occurrence. */
  source: EventSource;
  /** Every occurrence merged into this event (duplicates), `sources[0]` is `source`. */
  sources: EventSource[];
}

/** Why a date mention could not be placed on the timeline. */
export type UndatedReason =
  /** The normalizer read the expression but could not give it an absolute value. */
  | 'unresolved'
  /** Text shaped like a date (month and day, numeric date) that the normalizer did not read. */
  | 'unrecognized'
  /** A deictic date ("today") inside a direct quotation: relative to when the words were spoken, which is unknown. */
  | 'quoted-deictic';

/** A date mention that could not be placed; reported, never silently dropped. */
export interface UndatedMention {
  reason: UndatedReason;
  /** Human-readable explanation. */
  message: string;
  /** The date words, e.g. `February 30, 2019`. */
  text: string;
  /** The normalizer's value when it gave one. */
  value?: string;
  sentence: string;
  source: EventSource;
  /** The event the sentence produced anyway through another date, if any. */
  eventId?: string;
}

/** What happened to one expression the normalizer found. */
export type ExpressionRole =
  /** The date of an event. */
  | 'anchor'
  /** A finer time of the anchor's day (part of day, clock time). */
  | 'refinement'
  /** Another date in an event's sentence that is not the one the event is anchored to. */
  | 'context'
  | 'duration'
  /** `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`. */
  | 'reference'
  | 'set'
  /** Listed in `undated`. */
  | 'undated'
  /** Part of a date-like text the normalizer only read in part ("2019" of "February 30, 2019"). */
  | 'fragment'
  /** In navigation, credits or footers. */
  | 'furniture';

/** A normalizer expression with its role in the extraction. */
export interface ExtractedExpression extends Timex {
  role: ExpressionRole;
  /** The event this expression belongs to (anchor, refinement, context). */
  eventId?: string;
}

/** Options of `extractEvents`: the same as the normalizer's. */
export interface ExtractOptions {
  /** Publication date of the article: a `Date` or an ISO 8601 string such as `2019-12-30`. */
  referenceDate: Date | string;
  /** Direction for bare months and weekdays; `auto` (default) reads tense. */
  prefer?: Preference;
  /** What year-less dates count from: `document`, `story` or `auto` (default); see the normalizer's `anchor`. */
  anchor?: Anchor;
}

/** Result of `extractEvents`. */
export interface ExtractionResult {
  /** Events in order of first occurrence in the text. */
  events: ExtractedEvent[];
  /** Date mentions that could not be placed. */
  undated: UndatedMention[];
  /** Every expression the normalizer found, in text order, with its role. */
  expressions: ExtractedExpression[];
}

/** Longest title, in characters (UTF-16 code units, ellipsis included). */
export const TITLE_MAX_LENGTH = 70;
