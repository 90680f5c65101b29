import type { Granularity, TimeRange } from './types.js';
import { timexValueRange } from './timex-value.js';

/** Granularity and range of a value, as a {@link Timex} carries them. */
export interface ValueInfo {
  granularity: Granularity;
  range: TimeRange;
}

/** Start of an astronomical year (0 = 1 BC), month (0-based) and day, in ms. */
function utc(year: number, month = 0, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

const span = (start: number, end: number): ValueInfo['range'] | undefined =>
  Number.isFinite(start) && Number.isFinite(end) && Math.abs(start) < 8.64e15 && Math.abs(end) < 8.64e15
    ? { start: new Date(start).toISOString(), end: new Date(end).toISOString() }
    : undefined;

/**
 * What the normalizer's own value forms cover beyond the common-era values: years, months and days
 * before the common era (`BC0218`, `BC0041-12`), centuries (`BC02`: 300–201 BC) and millennia (`1`:
 * 1000–1999, `BC0`: the first millennium BC). Everything else goes to the value reader of the model.
 *
 * @returns undefined for durations, references and unreadable values; never throws
 */
export function valueInfo(value: string): ValueInfo | undefined {
  const bc = /^BC(\d{1,4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value);
  if (bc) {
    const [, digits = '', mm, dd] = bc;
    const n = Number(digits);
    if (digits.length === 4) {
      const year = 1 - n;
      if (mm === undefined) return info('year', utc(year), utc(year + 1));
      const month = Number(mm) - 1;
      if (dd === undefined) return info('month', utc(year, month), utc(year, month + 1));
      return info('day', utc(year, month, Number(dd)), utc(year, month, Number(dd) + 1));
    }
    if (mm !== undefined) return undefined;
    if (digits.length === 2) return info('century', utc(1 - (n + 1) * 100), utc(1 - n * 100));
    if (digits.length === 1) return info('millennium', utc(1 - (n + 1) * 1000), utc(1 - n * 1000));
    return undefined;
  }
  if (/^\d$/.test(value)) {
    const n = Number(value);
    return info('millennium', utc(n * 1000), utc((n + 1) * 1000));
  }
  try {
    const read = timexValueRange(value);
    return read ? { granularity: read.granularity, range: read.range } : undefined;
  } catch {
    // A value out of the range a Date can hold has no interval to show.
    return undefined;
  }
}

function info(granularity: Granularity, start: number, end: number): ValueInfo | undefined {
  const range = span(start, end);
  return range ? { granularity, range } : undefined;
}
