import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../spec.js';

type Context = Parameters<Refiner['refine']>[0];
const setAside = new WeakMap<Context, ParsingResult[]>();
const isOwn = (r: ParsingResult): boolean => specOf(r.tags()) !== undefined;

/**
 * Takes our results out of chrono's refiner chain, so that chrono's merges (date ranges, date and
 * time, "Friday, December 27") apply to its own results only and never fuse an expression of ours
 * with a neighbour ("1991 to 1997" stays two years, as TimeML marks them).
 */
export const setAsideOwnResults: Refiner = {
  refine(context, results) {
    setAside.set(context, results.filter(isOwn));
    return results.filter((r) => !isOwn(r) && isUsefulChronoResult(r));
  },
};

/** Puts our results back and keeps, of overlapping matches, the longest (ours on a tie). */
export const restoreOwnResults: Refiner = {
  refine(context, results) {
    const own = setAside.get(context) ?? [];
    setAside.delete(context);
    const all = [...results, ...own].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const r of all) {
      const last = kept[kept.length - 1];
      if (!last || r.index >= last.index + last.text.length) {
        kept.push(r);
        continue;
      }
      const joined = joinDateAndClock(context.text, last, r);
      if (joined) {
        kept[kept.length - 1] = joined;
        continue;
      }
      const longer =
        r.text.length > last.text.length || (r.text.length === last.text.length && isOwn(r) && !isOwn(last));
      if (longer) kept[kept.length - 1] = r;
    }
    return kept;
  },
};

/**
 * chrono's matches we keep: explicit calendar dates and clock times. Its relative readings ("in 2
 * days", bare weekdays) are ours to make, with granularity; digit-only matches are not dates.
 */
function isUsefulChronoResult(r: ParsingResult): boolean {
  if (/^\d*(\.\d*)?$/.test(r.text.replace(/\s/g, ''))) return false;
  if (!r.start.isValidDate() || (r.end && !r.end.isValidDate())) return false;
  const tags = r.tags();
  if (tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) return false;
  // "3/4" and "9/11" without a year are fractions and names more often than dates.
  if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim())) return false;
  // "March 19-April 30": chrono also reads "19-April 30" as 19 April 2030. The day after a month
  // name is the end of "March 19"; its own "April 30" stays.
  if (/^\d{1,2}\s*[-–—]\s*[a-z]+\.?\s+\d{1,2}$/i.test(r.text.trim())) return false;
  if (r.start.isCertain('month')) return true;
  // A clock time needs a colon, a.m./p.m. or o'clock: "8.75 a share" and "2 to 10" are not times.
  return r.start.isCertain('hour') && /\d:\d\d|\d\s*(?:[ap]\.?m\b\.?|o['’]clock)/i.test(r.text);
}

/**
 * chrono's "December 29 at 9" overlapping our "9 o'clock in the morning": one expression with
 * chrono's date and our hour, rather than losing the date to the longer match.
 */
function joinDateAndClock(
  text: string,
  date: ParsingResult,
  clock: ParsingResult,
): ParsingResult | undefined {
  const spec = specOf(clock.tags());
  if (isOwn(date) || !date.start.isCertain('month') || spec?.kind !== 'calendar') return undefined;
  if (spec.month !== undefined || spec.hour === undefined) return undefined;
  if (clock.index + clock.text.length <= date.index + date.text.length) return undefined;
  const joined = date.clone();
  joined.text = text.slice(date.index, clock.index + clock.text.length);
  joined.start.assign('hour', spec.hour);
  joined.start.assign('minute', spec.minute ?? 0);
  return joined;
}
