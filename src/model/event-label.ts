import { dateFormatter } from './date-format.js';
import type { Granularity } from '../normalize/types.js';
import type { TimelineEvent } from './event.js';
import { PARTS_OF_DAY, type PartOfDayCode } from './part-of-day.js';

/** "early 2004", "mid-2004", "late 2004", "around 2004": the modifier says the date is approximate. */
const MOD_WORDS: Record<string, (date: string) => string> = {
  START: (d) => `early ${d}`,
  MID: (d) => `mid-${d}`,
  END: (d) => `late ${d}`,
  APPROX: (d) => `around ${d}`,
};

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

function describeStart(
  value: string,
  start: number,
  granularity: Granularity,
  locale: string | undefined,
): string {
  const date = new Date(start);
  const year = date.getUTCFullYear();
  switch (granularity) {
    case 'millennium':
    case 'century':
    case 'decade':
      return `${year}s`;
    case 'year':
      return dateFormatter(locale, { year: 'numeric' }).format(date);
    case 'half':
      return `H${date.getUTCMonth() < 6 ? 1 : 2} ${year}`;
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${year}`;
    case 'season': {
      const code = /-(SP|SU|FA|WI)$/.exec(value)?.[1];
      return code
        ? `${SEASONS[code]} ${year}`
        : dateFormatter(locale, { year: 'numeric', month: 'long' }).format(date);
    }
    case 'month':
      return dateFormatter(locale, { year: 'numeric', month: 'long' }).format(date);
    case 'week':
      return `week of ${dateFormatter(locale, { dateStyle: 'long' }).format(date)}`;
    case 'day':
      return dateFormatter(locale, { dateStyle: 'long' }).format(date);
    case 'part-of-day': {
      const code = /T(MO|MI|AF|EV|NI|DT)$/.exec(value)?.[1] as PartOfDayCode | undefined;
      const day = dateFormatter(locale, { dateStyle: 'long' }).format(date);
      return code ? `${day}, ${PARTS_OF_DAY[code].label}` : day;
    }
    case 'hour':
    case 'minute':
      return dateFormatter(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
    case 'second':
      return dateFormatter(locale, { dateStyle: 'long', timeStyle: 'medium' }).format(date);
  }
}

/**
 * A human-readable date for an event at its own granularity, localized for `locale`.
 *
 * @example
 * // for an event whose value is '2019-12-29TEV':
 * eventDateLabel(event, 'en-GB') // '29 December 2019, evening'
 */
export function eventDateLabel(event: TimelineEvent, locale?: string): string {
  let text: string;
  if (event.kind === 'bar') {
    const [from = '', to = ''] = event.value.split('/');
    const fromInfo = describeStart(from, event.start, event.granularity, locale);
    // The end value's own interval ends at event.end; describe the start of that last unit.
    const lastUnit = event.end - 1;
    text = `${fromInfo} – ${describeStart(to, lastUnit, event.granularity, locale)}`;
  } else {
    text = describeStart(event.value, event.start, event.granularity, locale);
  }
  const mod = event.mod && event.kind !== 'bar' ? MOD_WORDS[event.mod] : undefined;
  if (mod) return mod(text);
  return event.fuzzy ? `${text} (approximate)` : text;
}
