/**
 * The TIMEX3 value grammar (TimeML 1.2, ISO 8601 based), as a checked function: everything the
 * normalizer emits goes through {@link isTimexValue} at its one exit point, so no input can turn
 * into `0NaN-NaN-NaN`, `-0041-12` or `P8.97e+21Y`.
 */

/** Largest count a duration may write (twelve digits: geological time in years still fits). */
const MAX_COUNT_DIGITS = 12;

const REFERENCES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** A year as TIMEX3 writes it: 4 digits (or X's), 3 for a decade, 2 for a century, 1 for a millennium; `BC` before the common era. */
const YEAR = /^(BC)?([0-9]{1,4}|[0-9]{0,3}X{1,4})$/;
const TWO = (max: number) => (s: string) =>
  s === 'XX' || (/^\d\d$/.test(s) && Number(s) >= 1 && Number(s) <= max);

const isMonth = TWO(12);
const isWeek = TWO(53);
const isDayOfMonth = TWO(31);
const POD = /^(?:MO|MI|AF|EV|NI|DT)$/;
const ZONE = /^(?:Z|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)$/;
const CLOCK = /^(\d\d|XX)(?::(\d\d|XX)(?::(\d\d|XX)(?:\.\d{1,6})?)?)?$/;

/**
 * Whether `value` is a well-formed TIMEX3 value: a date (`2019`, `199X`, `19`, `BC0218`,
 * `2019-12`, `2019-12-29`, `2019-W52`, `2019-W52-WE`, `2019-Q3`, `2019-H1`, `2019-SU`), a time
 * (`2019-12-29T15:30`, `…T15:30:00Z`, `…T15:00-05:00`, `2019-12-29TEV`), a duration (`P3Y`,
 * `P1Y6M`, `PT48H`, `P2.5D`, `PXY`, `P1DE`, `P1CE`, `P1WE`) or a reference (`PRESENT_REF`).
 * Days are checked against the calendar (`2019-02-30` is refused); counts have at most 12 digits.
 *
 * @example isTimexValue('2019-12-29T15:30') // true
 * @example isTimexValue('0NaN-NaN-NaN') // false
 */
export function isTimexValue(value: string): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 40) return false;
  if (REFERENCES.has(value)) return true;
  if (value[0] === 'P') return isDuration(value);
  return isDateOrTime(value);
}

function isDuration(value: string): boolean {
  const m = /^P(?:([^T]*))(?:T(.+))?$/.exec(value);
  if (!m) return false;
  const [, datePart = '', timePart] = m;
  if (datePart === '' && timePart === undefined) return false;
  return (
    units(datePart, /^(?:Y|M|W|D|Q|WE|DE|CE|ML|L|H)$/) &&
    (timePart === undefined || units(timePart, /^[HMS]$/))
  );
}

/** A run of count+unit pairs ("1Y6M", "XD", "2.5H"), each unit allowed by `unit`. */
function units(part: string, unit: RegExp): boolean {
  if (part === '') return true;
  const pair = /(X|\d+(?:\.\d+)?)([A-Z]{1,2})/y;
  let at = 0;
  while (at < part.length) {
    pair.lastIndex = at;
    const m = pair.exec(part);
    if (!m) return false;
    const count = m[1]!;
    if (count !== 'X' && count.split('.')[0]!.length > MAX_COUNT_DIGITS) return false;
    if (!unit.test(m[2]!)) return false;
    at = pair.lastIndex;
  }
  return true;
}

function isDateOrTime(value: string): boolean {
  const t = value.indexOf('T');
  const datePart = t < 0 ? value : value.slice(0, t);
  const timePart = t < 0 ? undefined : value.slice(t + 1);
  const fields = datePart.split('-');
  const year = fields[0]!;
  const y = YEAR.exec(year);
  if (!y) return false;
  const fullYear = y[2]!.length === 4;
  if (fields.length === 1) return timePart === undefined;
  if (!fullYear) return false;
  const second = fields[1]!;
  let isDay = false;
  if (fields.length === 2) {
    if (isMonth(second) || /^(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)$/.test(second)) return timePart === undefined;
    if (second[0] === 'W' && isWeek(second.slice(1))) return timePart === undefined;
    return false;
  }
  if (fields.length !== 3) return false;
  const third = fields[2]!;
  if (second[0] === 'W') {
    if (!isWeek(second.slice(1))) return false;
    if (third === 'WE') return timePart === undefined;
    if (!/^[1-7X]$/.test(third)) return false;
    isDay = true;
  } else {
    if (!isMonth(second) || !isDayOfMonth(third)) return false;
    if (/^\d{4}$/.test(y[2]!) && /^\d+$/.test(second + third) && !y[1]) {
      if (!dayExists(Number(y[2]), Number(second), Number(third))) return false;
    }
    isDay = true;
  }
  if (timePart === undefined) return isDay;
  return isTime(timePart);
}

function isTime(part: string): boolean {
  if (POD.test(part)) return true;
  const zoneAt = part.search(/[Z+-]/);
  const clock = zoneAt < 0 ? part : part.slice(0, zoneAt);
  const zone = zoneAt < 0 ? undefined : part.slice(zoneAt);
  if (zone !== undefined && !ZONE.test(zone)) return false;
  const m = CLOCK.exec(clock);
  if (!m) return false;
  const [, hh = '', mm, ss] = m;
  if (hh !== 'XX' && Number(hh) > 24) return false;
  if (mm !== undefined && mm !== 'XX' && Number(mm) > 59) return false;
  if (ss !== undefined && ss !== 'XX' && Number(ss) > 60) return false;
  return true;
}

function dayExists(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}
