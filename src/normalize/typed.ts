import type { Day } from './calendar.js';
import type { TimexSpec } from './spec.js';

/** Order of the fields of an all-numeric date ("4/3/2026"). */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/** A rewritten expression and, per character of it, where it came from in the original. */
export interface TypedText {
  text: string;
  /** Original offset of each character's start (one more entry for the end of the text). */
  startOf: number[];
  /** Original offset just past each character. */
  endOf: number[];
}

/** Typed text as it is, for languages without a shorthand table. */
export function typedAsWritten(input: string): TypedText {
  const startOf = Array.from({ length: input.length + 1 }, (_, i) => i);
  const endOf = Array.from({ length: input.length }, (_, i) => i + 1);
  return { text: input, startOf, endOf };
}

/** The order of day, month and year in a locale's numeric dates, from Intl. */
export function dateOrderOf(locale: string, fallback: DateOrder = 'MDY'): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    const order = parts.map((t) => t[0]!.toUpperCase()).join('');
    return order === 'DMY' || order === 'YMD' || order === 'MDY' ? order : fallback;
  } catch {
    return fallback;
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
