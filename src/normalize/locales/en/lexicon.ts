import type { YearSpanWords } from '../../year-span.js';
import type { UnitKey } from '../../spec.js';
import { alternation } from '../../word-pattern.js';
/**
 * Word lists the rules are made of. Kept as data so that rules read as grammar and the
 * vocabulary can grow without touching logic.
 */

/** Month names and abbreviations → month number (1–12). */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * Month names that are also ordinary words ("May" the verb, "March" the verb or noun):
 * alone they count as months only with a temporal cue around them.
 */
export const AMBIGUOUS_MONTHS = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'jun',
  'aug',
  'sept',
  'sep',
  'oct',
  'dec',
  'nov',
  'feb',
  'apr',
  'jul',
]);

/** Weekday names → ISO weekday (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Cardinal number words. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a dozen': 12,
  'half a dozen': 6,
  'a couple of': 2,
  'couple of': 2,
  couple: 2,
  'a couple': 2,
};

/** Ordinal words → number. */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  last: -1,
  final: -1,
};

/** Words that shift a period from the current one: "last year" (−1), "this week" (0), "next month" (+1). */
export const SHIFT_WORDS: Record<string, -1 | 0 | 1> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  current: 0,
  present: 0,
  next: 1,
  coming: 1,
  following: 1,
};

/** Vague quantity words: the count of a duration is unknown (`PXY`). */
export const VAGUE_QUANTITIES = ['several', 'a few', 'few', 'some', 'many', 'a number of', 'numerous'];

/** Time units as written → TIMEX duration unit letter and calendar granularity. */

export const UNITS: Record<string, UnitKey> = {
  second: 'second',
  seconds: 'second',
  sec: 'second',
  secs: 'second',
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  night: 'day',
  nights: 'day',
  week: 'week',
  weeks: 'week',
  weekend: 'weekend',
  weekends: 'weekend',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
};

/** Regex alternation of all unit words, longest first. */
export const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Seasons → TIMEX season code. */
export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of day as written → TIMEX part-of-day code (see model/part-of-day.ts for hours). */
export const PART_OF_DAY_WORDS: Record<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT'> = {
  morning: 'MO',
  'early morning': 'MO',
  'late morning': 'MO',
  dawn: 'MO',
  daybreak: 'MO',
  sunrise: 'MO',
  midday: 'MI',
  midmorning: 'MO',
  'mid-morning': 'MO',
  midafternoon: 'AF',
  'mid-afternoon': 'AF',
  'mid afternoon': 'AF',
  'mid morning': 'MO',
  noontime: 'MI',
  afternoon: 'AF',
  'late afternoon': 'AF',
  'early afternoon': 'AF',
  evening: 'EV',
  'early evening': 'EV',
  'late evening': 'EV',
  dusk: 'EV',
  sunset: 'EV',
  nightfall: 'EV',
  night: 'NI',
  'late night': 'NI',
  overnight: 'NI',
  'late at night': 'NI',
  daytime: 'DT',
};

/** Modifier words before a date → TIMEX mod. */
export const POSITION_MODS: Record<string, 'START' | 'MID' | 'END'> = {
  early: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'beginning of': 'START',
  'start of': 'START',
  'the early part of': 'START',
  'the first part of': 'START',
  'the dawn of': 'START',
  'the turn of': 'START',
  mid: 'MID',
  middle: 'MID',
  'the middle of': 'MID',
  'middle of': 'MID',
  'the mid': 'MID',
  late: 'END',
  'the end of': 'END',
  'end of': 'END',
  'the close of': 'END',
  'the latter part of': 'END',
  'the late': 'END',
  'the early': 'START',
  'the last part of': 'END',
};

/** Quantifier words before a duration or date → TIMEX mod. */
export const QUANTITY_MODS: Record<
  string,
  'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'
> = {
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  under: 'LESS_THAN',
  'just under': 'LESS_THAN',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'longer than': 'MORE_THAN',
  'just over': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
};

export { alternation };
export type { UnitKey };

/** Reads a number written in digits or words ("three", "twenty-five", "1,000"); NaN when unreadable. */
export function readNumber(raw: string): number {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d[\d,]*(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s]!;
  const parts = s.split(/[- ]/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) {
    return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  }
  return NaN;
}

/** Number words by place, for compounds ('twenty-five') and spelled years. */
export const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SMALL_NUMBERS = Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ') && w !== 'a' && w !== 'an');
/** Regex for a count: digits, number words, or "twenty-five". */
export const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:a\\s+)?couple(?:\\s+of)?|(?:${alternation(TENS)})[-\\s](?:${alternation(ONES)})|${alternation(SMALL_NUMBERS)})`;

/**
 * Words that make two dashed years one span: "fiscal 2024-25", "the 2023-24 season", "the 2009-10
 * budget". The English sets annotated blind leave "the 2023-24 school year" unmarked, so only the
 * nouns of seasons and budgets are listed here.
 */
export const YEAR_SPAN: YearSpanWords = {
  lead: /fiscal(?:\s+year)?|FY/,
  before: /(?<![\p{L}])(?:season|(?:fiscal|financial|tax)\s+year)\s*$/iu,
  after: /^\s+(?:season|(?:fiscal|financial|tax)\s+year|budget|campaign)(?![\p{L}])/iu,
};
