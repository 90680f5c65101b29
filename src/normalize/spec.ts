import type { Parser, ParsingResult } from 'chrono-node/en';
import type { TimexMod, TimexType } from './types.js';

/** Part-of-day codes of TIMEX3. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/**
 * What a parser understood, before it is resolved against the reference date, the sentence's
 * tense and the discourse. Parsers emit specs; `resolveSpec` turns them into TIMEX3 values.
 */
export type TimexSpec =
  /** A value that needs no context: `2003`, `199`, `PXM`, `PRESENT_REF`. */
  | {
      kind: 'literal';
      type: TimexType;
      value: string;
      mod?: TimexMod;
      /** "2024/25": a span of years whose value is its first year and whose interval runs through this one. */
      lastYear?: number;
    }
  /** Calendar fields as written; missing year is chosen by tense, missing date comes from the anchor. */
  | {
      kind: 'calendar';
      year?: number;
      month?: number;
      day?: number;
      hour?: number;
      minute?: number;
      second?: number;
      pod?: PartOfDay;
      /** The time zone written with a clock time: `Z`, `-05:00`. */
      zone?: string;
      /** A clock hour written without a.m./p.m. ("at 4:15"): it may be the afternoon's. */
      openMeridiem?: boolean;
      mod?: TimexMod;
      /** "last January" (−1), "this January" (0), "next January" (+1); tense decides when absent. */
      shift?: -1 | 0 | 1;
      /** "November of that year": the year of the period the story is about. */
      yearOfStory?: boolean;
      /** "March after next": one year past the "next" one. */
      afterNext?: boolean;
    }
  /** A weekday: `shift` −1 last, 0 this, +1 next, undefined bare (tense decides). */
  | {
      kind: 'weekday';
      weekday: number;
      shift?: -1 | 0 | 1;
      pod?: PartOfDay;
      mod?: TimexMod;
      /** "the weekend": the weekend of the chosen week. */
      asWeekend?: boolean;
      /** A possessive day ("Wednesday's ruling"): an event already known, so the past. */
      settled?: boolean;
      /** "the Monday after next": a week past the "next" one. */
      afterNext?: boolean;
      /** "the following Monday": the first one after the day the story last named. */
      from?: 'anchor';
    }
  /** A period counted from the reference date ("last year", "two days ago", "today"). */
  | {
      kind: 'relative';
      unit: UnitKey;
      offset: number;
      pod?: PartOfDay;
      mod?: TimexMod;
      from?: 'reference' | 'anchor';
      /** "in two years": a date in future sentences, this duration otherwise. */
      durationUnlessFuture?: string;
      /** "a year ago" in a report on a quarter means that quarter a year before. */
      comparesPeriod?: boolean;
      /** "two days later" with no day named before it: only this length of time is known. */
      durationWithoutAnchor?: string;
      /** A count of units ("two weeks ago", "in a month"), not a shift of the calendar ("next month"). */
      counted?: boolean;
      /** "the end of the month": the period the text is at, which in a story is the story's. */
      ofThe?: boolean;
    }
  /** A season, quarter or half of a year; year by tense when missing. */
  | {
      kind: 'subyear';
      code: string;
      year?: number;
      yearOffset?: number;
      shift?: -1 | 0 | 1;
      mod?: TimexMod;
      /** "that spring", "the same summer": the season of the time the text is at. */
      ofStory?: boolean;
    }
  /** "the quarter", "the year": the period of that unit under discussion. */
  | { kind: 'current'; unit: 'quarter' | 'year' | 'month' | 'week' | 'day'; mod?: TimexMod }
  /** A named holiday ("Thanksgiving", "Christmas Eve"); year by tense when missing. */
  | {
      kind: 'holiday';
      name: string;
      year?: number;
      shift?: -1 | 0 | 1;
      mod?: TimexMod;
      /** "the Labor Day weekend": the weekend of the holiday's week. */
      weekend?: boolean;
      /** "Thanksgiving week": the ISO week the holiday falls in. */
      week?: boolean;
      /** "Thanksgiving of next year": the reference year shifted by this. */
      yearShift?: number;
    }
  /**
   * A day counted inside a period: the `n`th (−1 last) day, weekday or numbered day of a month
   * ("the 20th of next month", "the third Thursday in April") or of a year ("the first day of next year").
   */
  | {
      kind: 'nth';
      n: number;
      weekday?: number;
      dayOfMonth?: boolean;
      month?: number;
      unit?: 'month' | 'year';
      shift?: -1 | 0 | 1;
      mod?: TimexMod;
    }
  /** A part of day without a day ("the evening"): anchored to the day under discussion. */
  | { kind: 'part-of-day'; pod: PartOfDay; mod?: TimexMod };

/** chrono's parsing context (not exported by `chrono-node/en`). */
export type ParsingContext = Parameters<Parser['extract']>[0];

const TAG = 'news-timeline:';

/** Attaches a spec to a chrono result; chrono keeps tags through its refiners. */
export function withSpec(result: ParsingResult, spec: TimexSpec): ParsingResult {
  result.addTag(TAG + JSON.stringify(spec));
  return result;
}

/** Reads the spec a parser of ours attached, if any (the last one wins after merges). */
export function specOf(tags: Set<string>): TimexSpec | undefined {
  let found: string | undefined;
  for (const tag of tags) if (tag.startsWith(TAG)) found = tag;
  if (!found) return undefined;
  let spec = parsedTags.get(found);
  if (!spec) {
    // Specs repeat ("last year", "PRESENT_REF"): parse each distinct one once; the cache stays small.
    if (parsedTags.size > 5000) parsedTags.clear();
    spec = Object.freeze(JSON.parse(found.slice(TAG.length))) as TimexSpec;
    parsedTags.set(found, spec);
  }
  return spec;
}

const parsedTags = new Map<string, TimexSpec>();

/** Fails at the first position and stops: V8 tries a `^`-anchored pattern only there. */
const NEVER = /^(?!)/;

/** What a rule extracts from one regex match. */
export interface RuleMatch {
  /** Offset of the expression inside the match (to leave out a leading cue word). */
  offset?: number;
  /** Length of the expression; defaults to the rest of the match. */
  length?: number;
  spec: TimexSpec;
}

/**
 * Builds a chrono `Parser` from a regex and a function that reads a match into a spec.
 * Patterns are matched case-insensitively and must not be global (chrono re-runs `exec`).
 */
export function rule(
  pattern: RegExp,
  read: (m: RegExpExecArray, context: ParsingContext) => RuleMatch | null,
): Parser {
  return {
    pattern: () => pattern,
    extract(context, match) {
      // chrono re-runs the pattern on the rest of the text after a refused match, where a leading
      // lookbehind cannot see the character before: "29 in the evening" must not yield "9 in …".
      if (/\w/.test(context.text[(match.index ?? 0) - 1] ?? '')) return null;
      const found = read(match as RegExpExecArray, context);
      if (!found) return null;
      const start = (match.index ?? 0) + (found.offset ?? 0);
      const length = found.length ?? match[0].length - (found.offset ?? 0);
      const text = context.text.slice(start, start + length);
      return withSpec(context.createParsingResult(start, text), found.spec);
    },
  };
}

/**
 * Runs `parser` only on pieces of text where `keyword` occurs. A rule about rare words
 * ("century", "noon", holiday names) then costs one quick scan instead of its full pattern tried
 * at every position. `keyword` must not be global.
 */
export function gated(parser: Parser, keyword: RegExp): Parser {
  return {
    pattern: (context) => (keyword.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * Whether a match is all there is of the text ("'98", "May", "summer" given to `resolve`). Words
 * that need a cue in running prose ("may" the modal, "fall" the verb) stand for time when alone.
 */
export function isWholeText(context: ParsingContext, index: number, length: number): boolean {
  return (
    context.text.slice(0, index).trim() === '' && /^[\s.,;:!?]*$/.test(context.text.slice(index + length))
  );
}

/** A unit of time as the resolver counts it (each language maps its own words onto these). */
export type UnitKey =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'century';
