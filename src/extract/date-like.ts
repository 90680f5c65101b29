import type { TextSpan } from './types.js';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+\\d{4})?';

/**
 * Shapes of calendar dates, as data. The named group `core` is the part that must be read for the
 * date to count as recognized (month and day, or the whole numeric date); a year may follow.
 * Month names are matched with their capital so the verb "may" is not a month.
 */
export const DATE_SHAPES: readonly RegExp[] = [
  new RegExp(`\\b(?<core>${MONTH}\\s+${DAY})\\b${YEAR}`, 'g'),
  new RegExp(`\\b(?<core>${DAY}\\s+(?:of\\s+)?${MONTH})(?![\\p{L}])${YEAR}`, 'gu'),
  // Numeric dates need a four-digit year or a two-digit last part, so "2.4.1" is not a date.
  /\b(?<core>\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))\b/g,
];

/** A date-shaped piece of text: `span` is the whole match, `core` the part that must be read. */
export interface DateShape {
  span: TextSpan;
  core: TextSpan;
}

/**
 * Finds text shaped like a calendar date ("February 30, 2019", "13/45/2019", "31 June"), whether or
 * not it is a valid date. Used to report dates the normalizer did not read instead of losing them.
 *
 * @returns non-overlapping shapes in text order
 * @example
 * dateShapes('on February 30, 2019') // [{ span: { start: 3, end: 20 }, core: { start: 3, end: 14 } }]
 */
export function dateShapes(text: string): DateShape[] {
  const found: DateShape[] = [];
  for (const shape of DATE_SHAPES) {
    shape.lastIndex = 0;
    for (const m of text.matchAll(shape)) {
      const start = m.index;
      const core = m.groups?.core ?? m[0];
      found.push({
        span: { start, end: start + m[0].length },
        core: { start, end: start + core.length },
      });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DateShape[] = [];
  for (const shape of found) {
    const last = kept[kept.length - 1];
    if (!last || shape.span.start >= last.span.end) kept.push(shape);
  }
  return kept;
}
