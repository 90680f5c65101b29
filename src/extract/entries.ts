import type { Timex } from '../normalize/types.js';
import { timexValueRange } from '../normalize/index.js';
import type { Candidate } from './anchor.js';
import { MONTH_NAMES } from './lexicon.js';
import type { TextSpan } from './types.js';

/** Granularities a date heading of a timeline or a year-in-review may have ("2007", "January", "9 August"). */
const HEADING_GRANULARITIES = new Set(['year', 'half', 'quarter', 'season', 'month', 'week', 'day']);
/** A live report's clock stamp on a line of its own ("10:48 p.m."): it times the entry under it. */
const CLOCK_HEADING_GRANULARITIES = new Set(['hour', 'minute']);
/** Paragraphs a heading dates: the stories under it until the next heading, at most this many. */
const MAX_PARAGRAPHS = 3;
const HAS_YEAR = /\b\d{4}\b/;

/** A date heading and the sentences it dates. */
export interface Headings {
  /** Sentences that are only a date heading: they date what follows and are no event themselves. */
  heading: Set<number>;
  /** For a sentence opening a paragraph under a heading: the heading's expression. */
  datedBy: Map<number, Timex>;
  /**
   * For the sentences of a day's entry under a month heading ("JUNE, 1994" … "13--The bodies are
   * found…"): that day, written as the entry's number.
   */
  dayEntries: Map<number, Timex>;
}

/** An entry that opens with its day of the month: "13--", "13 –", "13:", "13." before the text. */
const DAY_ENTRY = /^(\d{1,2})\s*(?:--|[-–—:.)])\s*(?=\S)/;

/**
 * "August-September 2011", "March to May 2020": a range of two months as one heading. TIMEX3 has
 * no value for two months, so the heading is their year, which holds both (what a reader writes
 * too); months of two years are no heading.
 */
function rangeHeading(text: string, first: Timex, last: Timex): Timex | undefined {
  if (first.granularity !== 'month' || last.granularity !== 'month') return undefined;
  const year = first.value.slice(0, 4);
  if (last.value.slice(0, 4) !== year || !/^\d{4}$/.test(year)) return undefined;
  if (!/^\s*(?:[-–—]|to|through|until)\s*$/.test(text.slice(first.end, last.start))) return undefined;
  const info = timexValueRange(year);
  if (!info) return undefined;
  const { granularity, range } = info;
  return {
    ...first,
    text: text.slice(first.start, last.end),
    end: last.end,
    value: year,
    granularity,
    range,
  };
}

/** "JUL 25: TRUMP-ZELENSKY CALL": a date and a label in capitals, a heading over the paragraphs below. */
function capsLabelled(line: string, date: string): boolean {
  return (
    line.startsWith(date) && /^\s*[:—–-]\s*[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(line.slice(date.length))
  );
}

/**
 * Finds date headings: a line that is nothing but a date ("January", "2007", "9 August"), in a
 * timeline or a year in review. The first sentence of each paragraph under it (until the next
 * heading, at most {@link MAX_PARAGRAPHS}) is an event of that date when it names no date itself.
 *
 * @param ownDates - for each sentence, whether it has a date candidate of its own
 */
export function headingsOf(
  text: string,
  sentences: readonly TextSpan[],
  timexesOf: ReadonlyArray<readonly Timex[]>,
  isFurniture: readonly boolean[],
  ownDates: readonly boolean[],
  referenceYear: number,
): Headings {
  const heading = new Set<number>();
  const datedBy = new Map<number, Timex>();
  const dayEntries = new Map<number, Timex>();
  let current: Timex | undefined;
  let paragraphs = 0;
  // The last day entry under the current month heading, and where its line ends.
  let entry: { day: number; timex?: Timex; lineEnd: number } | undefined;
  sentences.forEach((s, i) => {
    const own = timexesOf[i]!;
    const line = text.slice(s.start, s.end).replace(/[:.]$/, '').trim();
    const only =
      own.length === 1
        ? own[0]!
        : own.length === 0
          ? monthHeading(line, s, referenceYear)
          : own.length === 2
            ? rangeHeading(text, own[0]!, own[1]!)
            : undefined;
    if (
      !isFurniture[i] &&
      only &&
      only.range &&
      (only.type === 'DATE' ? HEADING_GRANULARITIES : CLOCK_HEADING_GRANULARITIES).has(
        only.granularity ?? '',
      ) &&
      (only.text.trim().replace(/[:.]$/, '') === line || capsLabelled(line, only.text.trim())) &&
      startsLine(text, s.start) &&
      endsLine(text, s.end)
    ) {
      heading.add(i);
      current = only;
      paragraphs = 0;
      entry = undefined;
      return;
    }
    if (current?.granularity === 'month' && entry?.timex && s.start < entry.lineEnd) {
      dayEntries.set(i, entry.timex);
      return;
    }
    const day =
      current?.granularity === 'month' && startsLine(text, s.start) ? dayEntryOf(text, s) : undefined;
    if (day && current) {
      // Day numbers run up within a month; one that runs back starts a month the page does not name.
      if (entry && day.day <= entry.day) {
        current = undefined;
        entry = undefined;
        return;
      }
      const lineEnd = text.indexOf('\n', s.start);
      const timex = onDay(current, day);
      entry = { day: day.day, lineEnd: lineEnd < 0 ? text.length : lineEnd, ...(timex ? { timex } : {}) };
      if (timex) dayEntries.set(i, timex);
      return;
    }
    if (!current || !startsLine(text, s.start)) return;
    if (++paragraphs > MAX_PARAGRAPHS) {
      current = undefined;
      return;
    }
    if (!ownDates[i] && !isFurniture[i]) datedBy.set(i, current);
  });
  return { heading, datedBy, dayEntries };
}

function dayEntryOf(text: string, s: TextSpan): { day: number; span: TextSpan; written: string } | undefined {
  const m = DAY_ENTRY.exec(text.slice(s.start, Math.min(s.end, s.start + 12)));
  if (!m) return undefined;
  const day = Number(m[1]);
  return day >= 1 && day <= 31
    ? { day, span: { start: s.start, end: s.start + m[1]!.length }, written: m[1]! }
    : undefined;
}

/** The entry's day of a month heading's month; none if the month has no such day ("31" in June). */
function onDay(
  month: Timex,
  { day, span, written }: { day: number; span: TextSpan; written: string },
): Timex | undefined {
  const m = /^(\d{4})-(\d\d)$/.exec(month.value);
  if (!m) return undefined;
  const start = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, day));
  if (start.getUTCDate() !== day) return undefined;
  const end = new Date(start.getTime() + 86_400_000);
  return {
    start: span.start,
    end: span.end,
    text: written,
    type: 'DATE',
    value: start.toISOString().slice(0, 10),
    granularity: 'day',
    range: { start: start.toISOString(), end: end.toISOString() },
  };
}

/**
 * A line that is only a month name the normalizer did not read ("March" alone is also a verb): as a
 * heading it is that month, of the reference year unless the list named another.
 */
function monthHeading(line: string, s: TextSpan, year: number): Timex | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(line)) return undefined;
  const month = MONTH_NAMES.indexOf(line.toLowerCase());
  if (month < 0) return undefined;
  const start = new Date(Date.UTC(year, month, 1));
  const end = new Date(Date.UTC(year, month + 1, 1));
  return {
    start: s.start,
    end: s.start + line.length,
    text: line,
    type: 'DATE',
    value: start.toISOString().slice(0, 7),
    granularity: 'month',
    range: { start: start.toISOString(), end: end.toISOString() },
  };
}

/**
 * An entry line that opens with a month name the normalizer did not read: "May — BART and unions
 * begin talks." (a dash or colon after the month) anywhere; "March Bear Stearns goes bust" only
 * inside a dated list, since elsewhere "April Ryan said…" is a name. The month is of `year`.
 */
export function monthEntry(text: string, s: TextSpan, year: number, inList: boolean): Timex | undefined {
  if (!startsLine(text, s.start)) return undefined;
  const m = /^(\p{Lu}\p{Ll}+)(?:( (?=\p{Lu}))|\s*(?:[:—–]|-\s))/u.exec(
    text.slice(s.start, Math.min(s.end, s.start + 20)),
  );
  if (!m || (m[2] !== undefined && !inList)) return undefined;
  const heading = monthHeading(m[1]!, s, year);
  return heading && { ...heading, end: s.start + m[1]!.length };
}

function startsLine(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  return at === 0 || /\n[ \t]*$/.test(before) || (at <= 200 && /^[ \t]*$/.test(before));
}

function endsLine(text: string, at: number): boolean {
  return /^[ \t]*(?:\n|$)/.test(text.slice(at, at + 200));
}

/** Whether a date names its year ("9 August 2007") rather than leaving it to the list ("13 September"). */
export const namesYear = (x: Pick<Timex, 'text'>): boolean => HAS_YEAR.test(x.text);

/**
 * The year a dated list runs in: the year named by its last entry or heading that named one.
 * A year-less entry ("13 September" after "9 August 2007") is in that year.
 */
export function yearOf(x: Pick<Timex, 'text' | 'value'>): number | undefined {
  if (!namesYear(x)) return undefined;
  const year = /^(\d{4})/.exec(x.value)?.[1];
  return year === undefined ? undefined : Number(year);
}

/** The candidate moved to `year` (value and range), keeping month, day and granularity. */
export function inYear(c: Candidate, year: number): Candidate {
  const current = Number(c.timex.value.slice(0, 4));
  if (!/^\d{4}/.test(c.timex.value) || current === year) return c;
  const shift = (iso: string): string => {
    const d = new Date(iso);
    d.setUTCFullYear(d.getUTCFullYear() + year - current);
    return d.toISOString();
  };
  return {
    ...c,
    timex: {
      ...c.timex,
      value: `${year}${c.timex.value.slice(4)}`,
      range: { start: shift(c.timex.range.start), end: shift(c.timex.range.end) },
    },
  };
}
