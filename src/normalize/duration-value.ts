import type { UnitKey } from './spec.js';

const DATE_UNITS: Partial<Record<UnitKey, [string, number]>> = {
  day: ['D', 1],
  week: ['W', 1],
  weekend: ['WE', 1],
  month: ['M', 1],
  quarter: ['Q', 1],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
};
const TIME_UNITS: Partial<Record<UnitKey, string>> = { hour: 'H', minute: 'M', second: 'S' };
const VAGUE_LETTERS: Record<UnitKey, string> = {
  second: 'TXS',
  minute: 'TXM',
  hour: 'TXH',
  day: 'XD',
  week: 'XW',
  weekend: 'XWE',
  month: 'XM',
  quarter: 'XQ',
  year: 'XY',
  decade: 'XDE',
  century: 'XCE',
};

/**
 * TIMEX3 duration value for a count of units: `durationValue(3, 'year')` → `P3Y`; `NaN` count
 * ("several years", "for months") → `PXY`, `PXM`. Decades and centuries are written in years.
 *
 * @example durationValue(48, 'hour') // 'PT48H'
 */
export function durationValue(count: number, unit: UnitKey): string {
  if (Number.isNaN(count)) return 'P' + VAGUE_LETTERS[unit];
  const time = TIME_UNITS[unit];
  if (time) return `PT${formatCount(count)}${time}`;
  const [letter, factor] = DATE_UNITS[unit]!;
  return `P${formatCount(count * factor)}${letter}`;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
