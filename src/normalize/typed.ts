import { HOLIDAYS } from './holidays.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';
import type { Day } from './calendar.js';
import type { TimexSpec } from './spec.js';

/** Order of the fields of an all-numeric date ("4/3/2026"). */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/**
 * Shorthand people type in search boxes, date fields and chat, and the words it stands for.
 * Only `resolve` reads these: in running text "sat" and "mon" are words.
 */
export const TYPED_WORDS: Record<string, string> = {
  tmr: 'tomorrow',
  tmrw: 'tomorrow',
  tmw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tdy: 'today',
  tod: 'today',
  yday: 'yesterday',
  yest: 'yesterday',
  ystrdy: 'yesterday',
  eod: 'today',
  cob: 'today',
  eow: 'this week',
  eom: 'this month',
  eoy: 'this year',
  yr: 'year',
  yrs: 'years',
  qtr: 'quarter',
  qtrs: 'quarters',
  wk: 'week',
  wks: 'weeks',
  wknd: 'weekend',
  mo: 'month',
  mos: 'months',
  mth: 'month',
  mths: 'months',
  hr: 'hour',
  hrs: 'hours',
  min: 'minutes',
  mins: 'minutes',
  nxt: 'next',
  'day after tomorrow': 'the day after tomorrow',
  'day before yesterday': 'the day before yesterday',
};

/** Proper nouns typed in lower (or upper) case: weekdays, months, holidays, written as in prose. */
const PROPER = new Map<string, string>();
const titleCase = (s: string): string =>
  s.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
for (const w of Object.keys(WEEKDAYS)) PROPER.set(w, titleCase(w.length <= 4 ? fullWeekday(w) : w));
for (const w of Object.keys(MONTHS)) if (w !== 'may') PROPER.set(w, titleCase(w));
for (const h of Object.keys(HOLIDAYS)) PROPER.set(h, titleCase(h));
PROPER.set('new years eve', "New Year's Eve");
PROPER.set('new years day', "New Year's Day");
PROPER.set('new years', "New Year's Day");
PROPER.set('valentines day', "Valentine's Day");
PROPER.set('mothers day', "Mother's Day");
PROPER.set('fathers day', "Father's Day");

function fullWeekday(abbreviation: string): string {
  const n = WEEKDAYS[abbreviation]!;
  return Object.keys(WEEKDAYS).find((w) => WEEKDAYS[w] === n && w.endsWith('day'))!;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?");
const PHRASES = [...new Set([...Object.keys(TYPED_WORDS), ...PROPER.keys()])].sort(
  (a, b) => b.length - a.length,
);
const PHRASE = new RegExp(`(?<![\\w'’])(?:${PHRASES.map(escape).join('|')})\\.?(?![\\w'’])`, 'gi');

/** A rewritten expression and, per character of it, where it came from in the original. */
export interface TypedText {
  text: string;
  /** Original offset of each character's start (one more entry for the end of the text). */
  startOf: number[];
  /** Original offset just past each character. */
  endOf: number[];
}

/**
 * Rewrites what someone typed into the prose the parsers read: shorthand spelled out ("tmrw" →
 * "tomorrow", "next qtr" → "next quarter", "sat" → "Saturday"), weekdays, months and holidays
 * capitalized ("thanksgiving" → "Thanksgiving"). Offsets map back to the original.
 */
export function prepareTyped(input: string): TypedText {
  let text = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let at = 0;
  const copy = (to: number): void => {
    for (; at < to; at++) {
      text += input.charAt(at);
      startOf.push(at);
      endOf.push(at + 1);
    }
  };
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(input); m; m = PHRASE.exec(input)) {
    const raw = m[0];
    const dot = raw.endsWith('.') ? 1 : 0;
    const key = raw
      .slice(0, raw.length - dot)
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/\s+/g, ' ');
    const keyNoApostrophe = key.replace(/'/g, '');
    const replacement = TYPED_WORDS[key] ?? PROPER.get(key) ?? PROPER.get(keyNoApostrophe);
    // "mo" and "min" are shorthand only after a count or a shift word ("next mo", "20 min").
    if (
      replacement === undefined ||
      (/^(?:mo|mos|min|mins|hr|hrs)$/.test(key) &&
        !/(?:\d|next|last|this|a|an)\s*$/i.test(input.slice(0, m.index)))
    )
      continue;
    copy(m.index);
    const end = m.index + raw.length - dot;
    for (const ch of replacement) {
      text += ch;
      startOf.push(m.index);
      endOf.push(end);
    }
    at = end;
  }
  copy(input.length);
  startOf.push(input.length);
  return { text, startOf, endOf };
}

/** The order of day, month and year in a locale's numeric dates, from Intl. */
export function dateOrderOf(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    const order = parts.map((t) => t[0]!.toUpperCase()).join('');
    return order === 'DMY' || order === 'YMD' ? order : 'MDY';
  } catch {
    return 'MDY';
  }
}

/** A numeric date found in typed text, as a spec with its offsets. */
export interface NumericDate {
  start: number;
  end: number;
  spec: TimexSpec;
}

const NUMERIC =
  /(?<![\w./-])(?:(\d{8})|(\d{1,4})([/.-])(\d{1,2})\3(\d{1,4})|(\d{4})[/-](\d{1,2})|(\d{1,2})\/(\d{4})|(\d{2}|\d{4})\s?[qQ]([1-4])|(\d{1,2})[/.](\d{1,2}))(?![\w/-]|\.\d)/g;

/**
 * All-numeric dates in typed text: "20240315", "15/2/2019" (in the given order; a field over 12 or
 * of four digits settles it), "2014/10", "10/2025", "18q4", "2/15". Years of two digits are 20xx.
 */
export function numericDates(text: string, order: DateOrder): NumericDate[] {
  const out: NumericDate[] = [];
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const spec = numericSpec(m, order);
    if (spec) out.push({ start: m.index, end: m.index + m[0].length, spec });
  }
  return out;
}

const fullYear = (s: string): number => (s.length <= 2 ? 2000 + Number(s) : Number(s));

function numericSpec(m: RegExpExecArray, order: DateOrder): TimexSpec | undefined {
  const [, compact, a, , b, c, ym1, ym2, my1, my2, qy, q, d1, d2] = m;
  if (compact)
    return calendar(Number(compact.slice(0, 4)), Number(compact.slice(4, 6)), Number(compact.slice(6)));
  if (a && b && c) {
    let fields: [string, string, string];
    if (a.length === 4) fields = [a, b, c];
    else if (c.length === 4 || order !== 'YMD') {
      const first = Number(a);
      const second = Number(b);
      const dmy = order === 'DMY' ? first <= 31 && second <= 12 : first > 12 && second <= 12;
      fields = dmy ? [c, b, a] : [c, a, b];
    } else fields = [a, b, c];
    return calendar(fullYear(fields[0]), Number(fields[1]), Number(fields[2]));
  }
  if (ym1 && ym2) return calendar(Number(ym1), Number(ym2));
  if (my1 && my2) return calendar(Number(my2), Number(my1));
  if (qy && q) return { kind: 'subyear', code: `Q${q}`, year: fullYear(qy) };
  if (d1 && d2) {
    const [month, day] =
      order === 'DMY' || Number(d1) > 12 ? [Number(d2), Number(d1)] : [Number(d1), Number(d2)];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return { kind: 'calendar', month, day };
  }
  return undefined;
}

function calendar(year: number, month: number, day?: number): TimexSpec | undefined {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return { kind: 'calendar', year, month, ...(day !== undefined ? { day } : {}) };
}

/** Whether a day falls on the ISO weekday (Monday = 1). */
export function isWeekday(d: Day, weekday: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return ((date.getUTCDay() + 6) % 7) + 1 === weekday;
}
