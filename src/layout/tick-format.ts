/**
 * Localized, adaptive axis labels: each tick is labelled with the coarsest unit it starts
 * (a year tick shows "2019", a month tick "Mar", a day tick "29 Dec", an hour tick "18:00").
 * Times are UTC, matching the UTC intervals of TIMEX values.
 */

import { dateFormatter } from '../model/date-format.js';

// Formatting lives in the model (event labels need it too); re-exported for existing imports.
export { dateFormatter, safeLocale } from '../model/date-format.js';

/** The coarsest calendar unit a UTC instant is aligned to. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export function tickUnit(date: Date): TickUnit {
  if (date.getUTCMilliseconds() !== 0 || date.getUTCSeconds() !== 0) return 'second';
  if (date.getUTCMinutes() !== 0) return 'minute';
  if (date.getUTCHours() !== 0) return 'hour';
  if (date.getUTCDate() !== 1) return 'day';
  if (date.getUTCMonth() !== 0) return 'month';
  return 'year';
}

const UNIT_FORMATS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric', month: 'short' },
  hour: { hour: '2-digit', minute: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
};

/**
 * Returns a tick formatter for `locale` (BCP 47, e.g. `de-DE`; invalid tags fall back to the default).
 *
 * @example
 * tickFormatter('de-DE')(new Date(Date.UTC(2019, 2, 1))) // 'Mär'
 */
export function tickFormatter(locale: string | undefined): (date: Date) => string {
  const tag = locale ?? '';
  return (date) => dateFormatter(tag, UNIT_FORMATS[tickUnit(date)]).format(date);
}
