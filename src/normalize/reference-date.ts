/**
 * Why a `referenceDate` cannot be used: `missing`, a wrong `type`, a string that is not ISO 8601
 * (`format`), or one that names no calendar day or an invalid `Date` (`day`). A `TypeError`, so
 * callers that catch those keep working; `problem` lets a user interface word it in its language.
 */
export class ReferenceDateError extends TypeError {
  constructor(
    message: string,
    readonly problem: 'missing' | 'type' | 'format' | 'day',
  ) {
    super(message);
    this.name = 'TypeError';
  }
}

/**
 * Reads the `referenceDate` option. Dates are calendar dates in news text, so the reference keeps
 * the wall-clock fields as written (a `Date`'s UTC fields, or an ISO string's own fields).
 *
 * @throws {@link ReferenceDateError} (a TypeError) naming the argument when it is missing or not a valid date.
 */
export function readReferenceDate(input: unknown): Date {
  if (input === undefined || input === null) {
    throw new ReferenceDateError(
      'referenceDate is required: pass a Date or an ISO 8601 string such as "2019-12-30"',
      'missing',
    );
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime()))
      throw new ReferenceDateError('referenceDate is an invalid Date', 'day');
    return new Date(input.getTime());
  }
  if (typeof input !== 'string') {
    throw new ReferenceDateError(
      `referenceDate must be a Date or an ISO 8601 string, got ${typeof input}`,
      'type',
    );
  }
  const m =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(
      input,
    );
  if (!m) {
    throw new ReferenceDateError(
      `referenceDate "${input.slice(0, 40)}" is not an ISO 8601 date (expected e.g. "2019-12-30")`,
      'format',
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
    throw new ReferenceDateError(`referenceDate "${input}" is not a valid calendar date`, 'day');
  }
  return date;
}
