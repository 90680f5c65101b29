import { timexValueRange } from '../normalize/index.js';
import type { Timex } from '../normalize/types.js';
import type { Candidate } from './anchor.js';

/** Longest line start before a stamp date. */
const MAX_LEAD = 80;
/** Words before a date at a line start that make it a page stamp ("date 2021-06-14", "Posted 3/4/2021"). */
const STAMP_BEFORE = /^[\s•|]*(?:date|dated|posted|published|update|updated|last updated)\s*:?\s*$/i;
/** "REUTERS | 09.09.2019 - 10:50": an agency or outlet in capitals and a bar at a line start. */
const AGENCY_BAR_BEFORE = /^[\s•]*\p{Lu}{2,}(?:[\s.&-]+\p{Lu}{2,})*\s*\|\s*$/u;
/** "… 2 min read . Updated: 09 Nov 2022": a stamp label anywhere in a line (capitalized or with a colon). */
const LABEL_BEFORE =
  /(?:\b(?:Updated|Published|Posted|Last updated|First published)\b\s*:?|\b(?:updated|published|posted)\s*:)\s*(?:on\s+|at\s+)?$/;
/** "Chicago Tribune (Monday)", "WASHINGTON (Monday)": an outlet or city with a date in brackets at a line start. */
const DATELINE_BEFORE = /^\s*(?:\p{Lu}[\p{L}.'’&-]*\s+){0,5}\p{Lu}[\p{L}.'’&-]*\s*\($/u;
/**
 * "WASHINGTON, June 3 (Reuters) -", "Vienna, Sept. 6, (dpa/GNA) -", "March 20 (Reuters) -": the
 * city (if any) and date of a wire dateline, before the agency in brackets and a dash.
 */
const WIRE_CITY_BEFORE =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},(?:\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*,)?\s*)?$/u;
const WIRE_AFTER = /^,?\s*\(\p{L}[\p{L}\s.&/-]*\)\s*[-—–]/u;
/** "NEW YORK May 8 A Manhattan jury…", "KINSHASA MAY 30, 2017 (CISA) –": a city in capitals, no comma, and a date. */
const CAPITAL_CITY_BEFORE = /^\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3},?\s+$/u;
const LEDE_AFTER = /^,?\s+\p{Lu}/u;

/**
 * Whether a date is part of a stamp or dateline of the page rather than of the news: it opens a
 * line after "date"/"posted"/"updated", stands in brackets after an outlet or city at a line start,
 * is the date of a wire dateline, or signs an embedded post. The rest of its sentence stays news.
 *
 * @example
 * isStampDate('date 2015-04-09 BOSTON (Reuters) - A jury…', { start: 5, end: 15 }) // true
 */
export function isStampDate(text: string, x: Pick<Timex, 'start' | 'end'>): boolean {
  if (LABEL_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start))) return true;
  if (isPlayerClock(text, x)) return true;
  // "— Elizabeth Dole Foundation (@DoleFoundation) December 5, 2021": an embedded post's signature.
  if (/\(@\w{1,30}\)\s*$/.test(text.slice(Math.max(0, x.start - 34), x.start))) return true;
  // Otherwise only the first words of a line can be a stamp: look back a bounded stretch (linear on long lines).
  const from = Math.max(0, x.start - MAX_LEAD - 1);
  const back = text.slice(from, x.start);
  const newline = back.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const before = back.slice(newline + 1);
  const after = text.slice(x.end, x.end + 40);
  if (STAMP_BEFORE.test(before) || AGENCY_BAR_BEFORE.test(before)) return true;

  if (DATELINE_BEFORE.test(before) && /^\s*\)/.test(after)) return true;
  const capitalCity = CAPITAL_CITY_BEFORE.test(before);
  if ((capitalCity || WIRE_CITY_BEFORE.test(before)) && WIRE_AFTER.test(after)) return true;
  return capitalCity && LEDE_AFTER.test(after) && /\d/.test(text.slice(x.start, x.end));
}

/** "0:00", "1:12 / 3:45", "Listen to this article 2:15", "(0:56)": the clock of a media player. */
function isPlayerClock(text: string, x: Pick<Timex, 'start' | 'end'>): boolean {
  const words = text.slice(x.start, x.end);
  if (!/^\d{1,2}:\d{2}$/.test(words)) return false;
  if (/^0?0:00$/.test(words)) return true;
  const before = text.slice(Math.max(0, x.start - 40), x.start);
  const after = text.slice(x.end, x.end + 10);
  // "(0:56)" closing a line: a video's length.
  if (/\($/.test(before) && /^\)[ \t]*(?:\n|$)/.test(after)) return true;
  return (
    /^\s*\/\s*\d{1,2}:\d{2}/.test(after) ||
    /\d{1,2}:\d{2}\s*\/\s*$/.test(before) ||
    /\b(?:listen|watch|play|duration)\b[^.!?\d]{0,30}$/i.test(before)
  );
}

/** "Update December 19th, 8:40PM ET:", "Updated 9 Nov 2022 —": an update's label at a line start. */
const UPDATE_BEFORE = /^[\s•|*]*(?:update|updated)\s*:?\s*$/i;
/** What ends an update's stamp before the news it adds. */
const UPDATE_AFTER = /^\s*(?:[A-Z]{1,4}T\b|GMT|UTC)?\s*[:—–-]\s*\S/;

/**
 * "Update December 19th, 8:40PM ET: ULA's launch was scrubbed…": the day of an update's stamp at a
 * line start, which dates the news the update adds when its sentence names no date of its own.
 * The day as written (8:40PM ET is the next day in UTC), not the clock time of the writing.
 */
export function updateStampDay(text: string, x: Timex): Candidate | undefined {
  const from = Math.max(0, x.start - MAX_LEAD - 1);
  const back = text.slice(from, x.start);
  const newline = back.lastIndexOf('\n');
  if (newline < 0 && from > 0) return undefined;
  if (!UPDATE_BEFORE.test(back.slice(newline + 1)) || !UPDATE_AFTER.test(text.slice(x.end, x.end + 12)))
    return undefined;
  const value = /^\d{4}-\d\d-\d\d/.exec(x.value)?.[0];
  const info = value === undefined ? undefined : timexValueRange(value);
  if (value === undefined || !info) return undefined;
  return {
    timex: { ...x, type: 'DATE', value, granularity: info.granularity, range: info.range },
    quoted: false,
  };
}
