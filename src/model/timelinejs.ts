/**
 * TimelineJS3 JSON (`{ title, events: [slide…], eras }`, slides with `start_date`/`end_date`
 * objects, `text.headline`/`text.text`, `media`, `group`, `unique_id`) read as this package's
 * event inputs, so a TimelineJS file works as `src` or `events` unchanged.
 *
 * TimelineJS dates are calendar fields; they become ISO 8601 / TIMEX3 values of the same
 * granularity (`{ year: 2019, month: 12 }` → `2019-12`, a band over the month), read as UTC.
 * Headlines and texts may hold HTML in TimelineJS: it is turned into plain text (tags removed,
 * entities decoded), since the element renders text as text. Eras become range events in the
 * group "Era"; a title slide with a date becomes an event, one without is reported in `warnings`.
 */
import { parseEventColumns, parseEvents, type ParsedColumns } from './parse-events.js';
import type { ParsedEvents } from './event.js';
import {
  isRecord,
  type TimelineJSDate,
  type TimelineJSEventInput,
  type TimelineJSEvents,
} from './timelinejs-shape.js';

export { isTimelineJS } from './timelinejs-shape.js';
export type {
  TimelineJSDate,
  TimelineJSDocument,
  TimelineJSEventInput,
  TimelineJSEvents,
  TimelineJSSlide,
} from './timelinejs-shape.js';

/** Slide fields TimelineJS defines that have no counterpart here (display only). */
const DISPLAY_ONLY = new Set(['background', 'autolink', 'display_date', 'type']);
const SLIDE_FIELDS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'unique_id',
  ...DISPLAY_ONLY,
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML as TimelineJS allows it in headlines and texts → plain text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const FIELDS: readonly [keyof TimelineJSDate, number, number][] = [
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
];

/** An integer calendar field (number or numeric string), or undefined when absent or empty. */
function field(value: unknown): number | undefined | 'bad' {
  if (value === undefined || value === null || value === '') return undefined;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
        ? Number(value)
        : NaN;
  return Number.isInteger(n) ? n : 'bad';
}

/**
 * A TimelineJS date → an ISO 8601 / TIMEX3 value of the same granularity, or the reason it cannot
 * be one.
 *
 * @example
 * timelineJSDateValue({ year: 2019, month: 12, day: 29, hour: 18 }) // '2019-12-29T18:00'
 * timelineJSDateValue({ year: '2003' }) // '2003'
 */
export function timelineJSDateValue(date: unknown): string | { reason: string } {
  if (!isRecord(date))
    return { reason: 'a TimelineJS date must be an object like { "year": 2019, "month": 12 }' };
  const year = field(date.year);
  if (year === undefined || year === 'bad')
    return { reason: `year must be a whole number, got ${JSON.stringify(date.year)}` };
  if (year < 0 || year > 9999)
    return { reason: `year ${year} is outside 0–9999, which this timeline can place` };
  // Calendar fields from coarse to fine; each needs the ones before it.
  const parts: number[] = [];
  for (const [index, [name, min, max]] of FIELDS.entries()) {
    const n = field(date[name]);
    if (n === undefined) {
      const finer = FIELDS.slice(index + 1).find(([f]) => field(date[f]) !== undefined);
      if (finer) return { reason: `${finer[0]} is given without ${name}` };
      break;
    }
    if (n === 'bad' || n < min || n > max) {
      return { reason: `${name} must be ${min}–${max}, got ${JSON.stringify(date[name])}` };
    }
    parts.push(n);
  }
  const two = (n: number): string => String(n).padStart(2, '0');
  const [month, day, hour, minute, second] = parts;
  let value = String(year).padStart(4, '0');
  if (month !== undefined) value += `-${two(month)}`;
  if (day !== undefined) value += `-${two(day)}`;
  if (hour !== undefined) value += `T${two(hour)}:${two(minute ?? 0)}`;
  if (second !== undefined) value += `:${two(second)}`;
  return value;
}

/** One slide as an event input; `where` names it in warnings (`event 3`, `era 1`, `title`). */
function slideToInput(
  slide: unknown,
  where: string,
  warnings: string[],
  group?: string,
): TimelineJSEventInput | undefined {
  if (!isRecord(slide)) {
    warnings.push(`TimelineJS ${where}: not an object; ignored`);
    return undefined;
  }
  for (const key of Object.keys(slide)) {
    if (!SLIDE_FIELDS.has(key)) warnings.push(`TimelineJS ${where}: unknown field "${key}" ignored`);
  }
  const text = isRecord(slide.text) ? slide.text : {};
  const headline = typeof text.headline === 'string' ? htmlToText(text.headline) : '';
  const body = typeof text.text === 'string' ? htmlToText(text.text) : '';
  // An event without a headline keeps its text as the title, so it can still be listed.
  const input: TimelineJSEventInput = { title: headline || body.split('\n')[0] || '' };
  if (body && headline) input.description = body;
  const dates: [string, 'start' | 'end'][] = [
    ['start_date', 'start'],
    ['end_date', 'end'],
  ];
  for (const [key, target] of dates) {
    if (slide[key] === undefined) continue;
    const value = timelineJSDateValue(slide[key]);
    if (typeof value === 'string') input[target] = value;
    else warnings.push(`TimelineJS ${where}: ${key}: ${value.reason}`);
  }
  // One date is a `date` (its granularity is kept); two are a range.
  if (input.start !== undefined && input.end === undefined) {
    input.date = input.start;
    delete input.start;
  }
  if (typeof slide.unique_id === 'string' && slide.unique_id) input.id = slide.unique_id;
  const slideGroup = typeof slide.group === 'string' && slide.group ? slide.group : group;
  if (slideGroup) input.group = slideGroup;
  if (isRecord(slide.media) && typeof slide.media.url === 'string' && slide.media.url) {
    const caption = typeof slide.media.caption === 'string' ? htmlToText(slide.media.caption) : '';
    const alt = typeof slide.media.alt === 'string' ? slide.media.alt : caption || headline;
    const credit = typeof slide.media.credit === 'string' ? htmlToText(slide.media.credit) : '';
    input.media = { src: slide.media.url, alt, ...(credit ? { credit } : {}) };
  }
  return input;
}

/**
 * Maps a TimelineJS3 document (or an array of its slides) to event inputs.
 *
 * @example
 * fromTimelineJS({ events: [{ start_date: { year: 2003, month: 3, day: 20 }, text: { headline: 'Invasion' } }] }).events
 * // [{ title: 'Invasion', date: '2003-03-20' }]
 */
export function fromTimelineJS(data: unknown): TimelineJSEvents {
  const warnings: string[] = [];
  const events: TimelineJSEventInput[] = [];
  const doc: Record<string, unknown> = Array.isArray(data)
    ? { events: data }
    : isRecord(data)
      ? data
      : { events: [] };
  let title: string | undefined;
  if (isRecord(doc.title)) {
    const input = slideToInput(doc.title, 'title', warnings);
    title = input?.title || undefined;
    if (input && (input.date !== undefined || input.start !== undefined)) events.push(input);
    else if (title)
      warnings.push(`TimelineJS title "${title}" has no start_date, so it is not placed on the timeline`);
  }
  const slides = Array.isArray(doc.events) ? (doc.events as unknown[]) : [];
  slides.forEach((slide, i) => {
    const input = slideToInput(slide, `event ${i + 1}`, warnings);
    if (input) events.push(input);
  });
  const eras = Array.isArray(doc.eras) ? (doc.eras as unknown[]) : [];
  eras.forEach((era, i) => {
    const input = slideToInput(era, `era ${i + 1}`, warnings, 'Era');
    if (input) events.push({ ...input, title: input.title || `Era ${i + 1}` });
  });
  return { ...(title ? { title } : {}), events, warnings };
}

/**
 * {@link parseEvents} of a TimelineJS3 document: its slides and eras mapped with
 * {@link fromTimelineJS}, then validated like any event input; the mapping's warnings come first.
 *
 * @param data - a TimelineJS3 document or an array of its slides.
 * @param options.idPrefix - prefix of generated ids (default `event`).
 * @example
 * parseTimelineJS({ events: [{ start_date: { year: 2019, month: 12 }, text: { headline: 'Strikes' } }] })
 *   .events[0].granularity // 'month'
 */
export function parseTimelineJS(data: unknown, options: { idPrefix?: string } = {}): ParsedEvents {
  return readMapped(data, (events) => parseEvents(events, options));
}

/** {@link parseTimelineJS} with the events as columns (what the element keeps). */
export function parseTimelineJSColumns(data: unknown, options: { idPrefix?: string } = {}): ParsedColumns {
  return readMapped(data, (events) => parseEventColumns(events, options));
}

/** `read` of the event inputs a TimelineJS3 document maps to, with the mapping's warnings first. */
function readMapped<R extends { warnings: string[] }>(data: unknown, read: (events: unknown[]) => R): R {
  const mapped = fromTimelineJS(data);
  const parsed = read(mapped.events);
  return { ...parsed, warnings: [...mapped.warnings, ...parsed.warnings] };
}
