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
  /**
   * The date words; inside the sentence, except for an event dated by a heading (`date-heading`),
   * whose expression is the heading above it.
   */
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

/**
 * The rule that placed an event on its date:
 * - `only-date`: the sentence has no other date that competes;
 * - `entry-line`: the line opens with the date and a colon, a dash or a new clause ("June 3, 2021:
 *   Marches begin", "13 September Northern Rock seeks…"), an entry of a dated list; a year-less entry
 *   is in the year the list last named;
 * - `date-heading`: the sentence names no date; it opens a paragraph under a line that is only a date
 *   ("January", "9 August") — `source.expression` is then the heading, before the sentence;
 * - `date-of-previous-sentence`: the sentence names no date but tells a past event of its own right
 *   after a sentence that named a day ("… on Monday. He declared a state of emergency."): that day —
 *   `source.expression` is then the earlier sentence's date;
 * - `lede-of-publication-day`: the article's first sentence names no date and tells in the present
 *   perfect what has just happened ("Forty people have been killed …"), or its only date is a year
 *   naming an event ("A jury found him guilty of a scheme to sway the 2016 election", which is then
 *   a `dated-noun` event of its own): the publication day;
 * - `outside-quotation`: the other dates are inside a direct quotation;
 * - `not-an-attribution`: another date only says when the words were reported (", officials said Tuesday");
 * - `main-clause`: the other dates lie in subordinate clauses ("said on Monday that it struck on Friday");
 * - `not-an-aside`: the other dates are in an aside (", founded in 1991,");
 * - `adverbial-of-main-verb`: the date says when the verb happened; the others describe a noun
 *   ("over the 2011 shooting"), end a span ("through June 30") or name fiscal figures ("second-quarter earnings");
 *   a date that only says when a present state was told ("Police said Saturday he is wanted on
 *   warrants") dates no event, so a sentence with no other date has none; nor do generic times: a
 *   bare part of day closing an infinitive ("crews were expected to work the blaze overnight"), a
 *   season with no year before a noun ("as an early-spring sleet fell"), a date describing the
 *   person who opens the sentence ("A journalist in the 1960s couldn't let it go"), the opening "since"
 *   of a present-perfect tally ("Since Jan. 1, officials have confirmed 84 cases"), the date of a figure
 *   compared with ("a premium to the last closing price on Wednesday");
 * - `calendar-over-relative`: a calendar date beats a relative one ("The next day, on December 30");
 * - `most-specific`: the more specific date of the sentence ("In 2019 … on March 3");
 * - `first-in-sentence`: the rules could not tell the dates apart, the first one wins;
 * - `conjoined-date`: a further date joined by "and" to the anchor ("won in 1998 and 2006"), its own event;
 * - `counted-from-anchor`: a second event counted from the anchor ("on Thursday, two days after her
 *   coalition won" → Tuesday; "two years after the vote on May 3, 2019" → 2017: a count in years
 *   gives a year); or, in a sentence with no date, counted from "the" event of one of the two
 *   sentences before it in the paragraph ("… took place on April 15, 2013. … He was killed four days
 *   after the attack." → April 19, 2013; "shot in February 2020 … charged two months after the
 *   incident" → April 2020);
 * - `update-stamp`: the sentence names no date but tells a past event right after an update's stamp
 *   at a line start ("Update December 19th, 8:40PM ET: ULA's launch was scrubbed…"): the stamp's day;
 * - `clock-on-story-day`: a clock time that names no day in a sentence telling a past event ("The call
 *   came in at around 9:54 a.m., the director said at a Saturday news conference"): on the earlier day
 *   the same sentence names, not on the day the story context or the reference date gave it;
 * - `counted-from-publication`: a sentence with no date counts in the present tense a length since
 *   an event ("It is almost four years since the first credit crunch"): the reference date minus it;
 * - `end-of-years`: the last year of a span of years after "from" ("served in the Senate from 1967 to
 *   1979" → 1979), the end of a tenure, its own event; spans of days stay one event;
 * - `own-clause`: a further date of another clause with its own verb in the past ("…, who was appointed
 *   in 1980, …", "said Monday that it struck on Friday"), its own event;
 * - `cause-of-anchor-day`: a clause with its own past verb after "after" right after the anchor day
 *   ("tumbled on Wednesday after the company reported its results"), an event of that day;
 * - `since-date`: a further date right after "since" ("had been in failing health since 2012 and died
 *   on Friday", "its first title since 1976"): when the state began, or the last time it happened;
 * - `dated-noun`: a further date describing an event noun ("arrested on Wednesday in connection with
 *   last Saturday's shooting", "until his retirement in December 2001"): when that event happened;
 * - `non-finite-clause`: a further date in an infinitive clause after the anchor ("ordered Monday to
 *   repay what he took from the fund in 2019"), its own event;
 * - `scheduled-clause`: a further date of another clause that schedules it ("said Monday that the
 *   bridge will reopen on July 9", ", who is set to visit Paris on June 30,"), an event to come;
 * - `quoted-on-speaking-day`: a deictic date inside a quotation ("this week") when the sentence's
 *   anchor is the day the words were said and that day is the reference date ('"… this week,"
 *   Schumer said Thursday' published on that Thursday), its own event;
 * - `same-date-apposition`: an apposition naming the date again with a past verb ("in 2009, the year
 *   he retired"), a second event of the same date.
 */
export type DateRule =
  | 'only-date'
  | 'entry-line'
  | 'date-heading'
  | 'date-of-previous-sentence'
  | 'lede-of-publication-day'
  | 'outside-quotation'
  | 'not-an-attribution'
  | 'main-clause'
  | 'not-an-aside'
  | 'adverbial-of-main-verb'
  | 'calendar-over-relative'
  | 'most-specific'
  | 'first-in-sentence'
  | 'conjoined-date'
  | 'counted-from-anchor'
  | 'counted-from-publication'
  | 'update-stamp'
  | 'clock-on-story-day'
  | 'own-clause'
  | 'cause-of-anchor-day'
  | 'since-date'
  | 'dated-noun'
  | 'non-finite-clause'
  | 'scheduled-clause'
  | 'same-date-apposition'
  | 'end-of-years'
  | 'quoted-on-speaking-day';

/** Why an event has its date: the words that gave it and the rule that chose them. */
export interface DateReason {
  /** The date words of the sentence, e.g. `Thursday` (for `counted-from-anchor`: `two days after`). */
  expression: string;
  rule: DateRule;
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
   * Why this date: the expression and the rule that won.
   * @example { expression: 'Thursday', rule: 'adverbial-of-main-verb' }
   */
  why: DateReason;
  /**
   * Headline drawn from the clause that carries the event: attribution and the date phrase removed,
   * subject kept; at most {@link TITLE_MAX_LENGTH} characters, "…" only when cut.
   */
  title: string;
  /** The whole sentence, as written. */
  sentence: string;
  /** Where the event was read (the body sentence when a caption repeats it). */
  source: EventSource;
  /**
   * Every occurrence merged into this event (duplicates, photo captions repeating it, and retellings:
   * a later sentence whose date only names an event of the same day in a noun phrase, "The incident
   * Friday resulted in…", "led to the Friday afternoon shooting", "said during a Sunday news
   * conference"), `sources[0]` is `source`; the others follow in the order they were merged.
   */
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
  /**
   * BCP 47 tag of the article's language (`en` default): the normalizer's language, the sentence
   * segmenter's and the tables for abbreviations and titles. Languages other than English must be
   * loaded first with `await loadLanguage(locale)`.
   */
  locale?: string;
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
