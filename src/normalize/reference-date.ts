/**
 * Reads the `referenceDate` option. Dates are calendar dates in news text, so the reference keeps
 * the wall-clock fields as written (a `Date`'s UTC fields, or an ISO string's own fields).
 *
 * @throws TypeError naming the argument when it is missing or not a valid date.
 */
export function readReferenceDate(input: unknown): Date {
  if (input === undefined || input === null) {
    throw new TypeError('referenceDate is required: pass a Date or an ISO 8601 string such as "2019-12-30"');
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new TypeError('referenceDate is an invalid Date');
    return new Date(input.getTime());
  }
  if (typeof input !== 'string') {
    throw new TypeError(`referenceDate must be a Date or an ISO 8601 string, got ${typeof input}`);
  }
  const m =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(
      input,
    );
  if (!m) {
    throw new TypeError(
      `referenceDate "${input.slice(0, 40)}" is not an ISO 8601 date (expected e.g. "2019-12-30")`,
    );
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear keeps "0050-06-15" in the year 50.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s));
  if (
    date.getUTCDate() !== Number(d) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59
  ) {
    throw new TypeError(`referenceDate "${input}" is not a valid calendar date`);
  }
  return date;
}
