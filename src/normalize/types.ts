/** TIMEX3 expression types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How finely a value pins down time, from coarsest to finest. */
export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'
  | 'second';

/** TIMEX3 `mod` values used by the normalizer. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER';

/** An absolute interval as ISO 8601 date-times (UTC, start inclusive, end exclusive). */
export interface TimeRange {
  start: string;
  end: string;
}

/** One temporal expression found in a text. */
export interface Timex {
  /** Offset of the first character in the input text (UTF-16 code units). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** `text.slice(start, end)` of the input. */
  text: string;
  type: TimexType;
  /** TIMEX3 value, e.g. `2019-12-29`, `2018`, `2019-Q3`, `2019-12-29TEV`, `P3Y`, `PRESENT_REF`. */
  value: string;
  mod?: TimexMod;
  /** Granularity of `value`; absent for references such as `PRESENT_REF`. */
  granularity?: Granularity;
  /** The absolute interval the value covers; absent for durations, sets and references. */
  range?: TimeRange;
}

/** How to resolve expressions that do not say whether they mean the past or the future. */
export type Preference = 'auto' | 'past' | 'future' | 'nearest';

/** Options of {@link findTimexes} and {@link resolve}. */
export interface NormalizeOptions {
  /** The moment the text was written (an article's publication date): a `Date` or an ISO 8601 string. */
  referenceDate: Date | string;
  /** Direction for bare months, weekdays and seasons; `auto` (default) reads tense from the sentence. */
  prefer?: Preference;
  /**
   * What underspecified dates ("17 August", "that spring") count from: `document` the reference
   * date; `story` the last date the text states, at the granularity it gives; `auto` (default)
   * decides per paragraph from the dates the text states.
   */
  anchor?: Anchor;
  /** Field order of all-numeric dates given to `resolve` ("4/3/2026"); default from `locale`, else `MDY`. */
  dateOrder?: 'MDY' | 'DMY' | 'YMD';
  /** A BCP 47 locale ("en-GB") whose numeric date order `resolve` follows when `dateOrder` is not given. */
  locale?: string;
}

/** What underspecified dates count from; see {@link NormalizeOptions.anchor}. */
export type Anchor = 'document' | 'story' | 'auto';
