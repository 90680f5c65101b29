import type { Granularity } from '../normalize/types.js';
import type {
  DateInput,
  DateMod,
  EventMedia,
  InvalidEvent,
  MarkKind,
  ParsedEvents,
  TimelineEvent,
} from './event.js';
import { timexValueRange } from './timex-value.js';
import { GRANULARITY_ORDER } from './granularity.js';
import { IdSet } from './id-set.js';
import { EventColumnsBuilder, eventAt, type EventColumns, type EventExtras } from './event-columns.js';
import { isTimelineJS, looksLikeTimelineJS, type TimelineJSDocument } from './timelinejs-shape.js';

/** Why TimelineJS3 input is not read here: its reader is a module of its own (loaded on demand by the element). */
export const TIMELINEJS_HINT =
  'a TimelineJS3 document: read it with parseTimelineJS() from "news-timeline/timelinejs" (the element reads it as src or events)';

/** A date value read as an interval in epoch milliseconds, `[start, end)`. */
export interface DateSpan {
  start: number;
  end: number;
  granularity: Granularity;
  fuzzy: boolean;
}

/** Thrown by {@link parseEventsJson} when the text is not JSON or not an event list. */
export class EventDataError extends Error {
  override name = 'EventDataError';
}

const KNOWN_FIELDS = new Set([
  'id',
  'date',
  'start',
  'end',
  'title',
  'description',
  'url',
  'group',
  'source',
  'media',
  'mod',
]);
const DATE_MODS = new Set<string>(['START', 'MID', 'END', 'APPROX']);
/** Granularities drawn as a point; coarser ones cover their interval as a band. */
const POINT_GRANULARITIES = new Set<Granularity>(['day', 'part-of-day', 'hour', 'minute', 'second']);
const MAX_TITLE = 500;
const MAX_TEXT = 10_000;
const MAX_DATE_LENGTH = 64;
const DAY = 86_400_000;
/**
 * Dates further than 100,000 years from 1970 are refused: ECMAScript dates end at ±8.64e15 ms,
 * and a window padded or zoomed out around such a date would fall off that end.
 */
export const TIME_LIMIT = 100_000 * 365.25 * DAY;

function outOfRange(span: DateSpan): boolean {
  return !(Math.abs(span.start) <= TIME_LIMIT && Math.abs(span.end) <= TIME_LIMIT);
}

/**
 * Reads one date value (a `Date`, ISO 8601 or absolute TIMEX3 value) as the interval it covers,
 * keeping its granularity.
 *
 * @returns the span, or a human-readable reason why the value cannot be placed.
 * @example
 * parseDateValue('2019-12-29TEV') // { start: Date.UTC(2019, 11, 29, 18), end: Date.UTC(2019, 11, 29, 22), granularity: 'part-of-day', fuzzy: false }
 */
export function parseDateValue(value: unknown, cache?: Map<string, DateSpan | string>): DateSpan | string {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return 'invalid Date object';
    if (Math.abs(t) > TIME_LIMIT) return `date out of range "${t}"`;
    // A Date carries no granularity; UTC midnight is how date-only values arrive (`new Date('2019-12-29')`).
    if (t % DAY === 0) return { start: t, end: t + DAY, granularity: 'day', fuzzy: false };
    const granularity: Granularity = t % 60_000 === 0 ? 'minute' : 'second';
    return { start: t, end: t + (granularity === 'minute' ? 60_000 : 1000), granularity, fuzzy: false };
  }
  if (typeof value !== 'string') return `date must be a Date or a string, got ${describeType(value)}`;
  const cached = cache?.get(value);
  if (cached !== undefined) return cached;
  const result = readDateString(value);
  cache?.set(value, result);
  return result;
}

function readDateString(value: string): DateSpan | string {
  const trimmed = value.trim();
  if (trimmed === '') return 'empty date';
  if (trimmed.length > MAX_DATE_LENGTH) return `unreadable date "${trimmed.slice(0, 20)}…"`;
  const info = timexValueRange(trimmed);
  if (!info) return `unreadable date "${trimmed}"`;
  const start = Date.parse(info.range.start);
  const end = Date.parse(info.range.end);
  const span = { start, end, granularity: info.granularity, fuzzy: info.fuzzy };
  if (Number.isNaN(start) || Number.isNaN(end) || outOfRange(span)) return `date out of range "${trimmed}"`;
  return span;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function optionalText(
  record: Record<string, unknown>,
  field: string,
  max: number,
  where: number,
  warnings: string[],
): string | undefined {
  const raw = record[field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    warnings.push(`${place(where)}: field "${field}" must be text, got ${describeType(raw)}; ignored`);
    return undefined;
  }
  const text = String(raw);
  if (text.length > max) {
    warnings.push(`${place(where)}: field "${field}" truncated to ${max} characters`);
    return `${text.slice(0, max)}…`;
  }
  return text;
}

/** Keeps http(s), mailto and relative links; drops `javascript:` and other schemes. */
/** "event 3" for index 2: made only for a warning (a million template strings cost 50 ms). */
function place(index: number): string {
  return `event ${index + 1}`;
}

function safeUrl(url: string | undefined, where: number, warnings: string[]): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url, 'https://relative.invalid/');
    if (['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return url;
  } catch {
    // fall through to the warning
  }
  warnings.push(`${place(where)}: unsafe or invalid url removed`);
  return undefined;
}

function coarser(a: Granularity, b: Granularity): Granularity {
  return GRANULARITY_ORDER.indexOf(a) <= GRANULARITY_ORDER.indexOf(b) ? a : b;
}

/**
 * Validates a list of user events and reads their dates.
 * Every input ends up either in `events` (sorted by time) or in `invalid` with a reason; nothing is dropped.
 *
 * @param input - an array of {@link TimelineEventInput}-like objects; anything else yields one
 *   invalid entry. TimelineJS3 JSON is read by `parseTimelineJS` (`news-timeline/timelinejs`).
 * @param options.idPrefix - prefix of generated ids (default `event`).
 * @example
 * const { events, invalid } = parseEvents([{ date: '2019-01', title: 'January' }, { date: 'soon', title: 'x' }]);
 * // events[0].kind === 'band', invalid[0].reason === 'unreadable date "soon"'
 */
export function parseEvents(input: unknown, options: { idPrefix?: string } = {}): ParsedEvents {
  const { columns, invalid, warnings } = parseEventColumns(input, options);
  const events = new Array<TimelineEvent>(columns.length);
  for (let i = 0; i < events.length; i++) events[i] = eventAt(columns, i);
  return { events, invalid, warnings };
}

/** What {@link parseEventColumns} gives: {@link ParsedEvents} with the events as columns. */
export interface ParsedColumns {
  columns: EventColumns;
  invalid: InvalidEvent[];
  warnings: string[];
}

/**
 * {@link parseEvents} without an object per event: the same validation, the valid events as
 * {@link EventColumns} in time order (what the element keeps for a million events).
 *
 * @example
 * const { columns } = parseEventColumns([{ date: '2019-01', title: 'January' }]);
 * columns.starts[0] === Date.UTC(2019, 0, 1)
 */
export function parseEventColumns(input: unknown, options: { idPrefix?: string } = {}): ParsedColumns {
  const prefix = options.idPrefix ?? 'event';
  const events = new EventColumnsBuilder(Array.isArray(input) ? input.length : 0);
  const invalid: InvalidEvent[] = [];
  const warnings: string[] = [];
  const timelineJS = looksLikeTimelineJS(input);
  if (!Array.isArray(input) || timelineJS) {
    const reason = timelineJS ? TIMELINEJS_HINT : `expected an array of events, got ${describeType(input)}`;
    invalid.push({ index: 0, reason, input });
    return { columns: events.finish(), invalid, warnings };
  }
  const cache = new Map<string, DateSpan | string>();
  const unknownFields = new Map<string, number>();
  const ids = new IdSet(prefix);
  const read = (item: unknown, index: number): void => {
    const where = index;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      invalid.push({ index, reason: `expected an object, got ${describeType(item)}`, input: item });
      return;
    }
    const record = item as Record<string, unknown>;
    // for…in allocates nothing for objects of one shape (Object.keys makes an array per event).
    for (const key in record) {
      if (!KNOWN_FIELDS.has(key) && Object.hasOwn(record, key))
        unknownFields.set(key, (unknownFields.get(key) ?? 0) + 1);
    }
    const title = optionalText(record, 'title', MAX_TITLE, where, warnings)?.trim();
    const fail = (reason: string): void => {
      invalid.push({ index, reason, input: item, ...(title ? { title } : {}) });
    };
    const hasDate = record.date !== undefined && record.date !== null;
    const startInput = (hasDate ? record.date : record.start) as DateInput | undefined | null;
    if (startInput === undefined || startInput === null) return fail('no date');
    const startSpan = parseDateValue(startInput, cache);
    if (typeof startSpan === 'string') return fail(startSpan);
    let span = startSpan;
    let kind: MarkKind = POINT_GRANULARITIES.has(span.granularity) ? 'point' : 'band';
    let value = valueText(startInput);
    if (!hasDate && record.end !== undefined && record.end !== null) {
      const endSpan = parseDateValue(record.end, cache);
      if (typeof endSpan === 'string') return fail(`end: ${endSpan}`);
      if (endSpan.end <= startSpan.start) return fail('end is before start');
      span = {
        start: startSpan.start,
        end: Math.max(endSpan.end, startSpan.end),
        granularity: coarser(startSpan.granularity, endSpan.granularity),
        fuzzy: startSpan.fuzzy || endSpan.fuzzy,
      };
      kind = 'bar';
      value = `${value}/${valueText(record.end as DateInput)}`;
    }
    const mod = readMod(record.mod, hasDate, where, warnings);
    if (mod) span = modified(span, mod, kind === 'band');
    if (!title) return fail('missing title');
    let id = optionalText(record, 'id', 200, where, warnings) ?? `${prefix}-${index + 1}`;
    if (ids.has(id)) {
      warnings.push(`${place(where)}: duplicate id "${id}" renamed`);
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    const event = {
      id,
      title,
      start: span.start,
      end: span.end,
      granularity: span.granularity,
      kind,
      fuzzy: span.fuzzy,
      value,
      index,
      input: item,
    };
    let extras: EventExtras | undefined;
    const description = optionalText(record, 'description', MAX_TEXT, where, warnings);
    const url = safeUrl(optionalText(record, 'url', 2048, where, warnings), where, warnings);
    const group = optionalText(record, 'group', MAX_TITLE, where, warnings);
    const source = optionalText(record, 'source', MAX_TITLE, where, warnings);
    if (description !== undefined) (extras ??= {}).description = description;
    if (url !== undefined) (extras ??= {}).url = url;
    if (group !== undefined) (extras ??= {}).group = group;
    if (source !== undefined) (extras ??= {}).source = source;
    const media = readMedia(record.media, where, warnings);
    if (media !== undefined) (extras ??= {}).media = media;
    if (mod !== undefined) (extras ??= {}).mod = mod;
    events.push(event, extras);
  };
  // A getter that throws or a hostile Proxy costs its own item, never the others.
  const length = safeLength(input);
  for (let index = 0; index < length; index++) {
    let item: unknown;
    try {
      item = input[index] as unknown;
      read(item, index);
    } catch (error) {
      invalid.push({ index, reason: `could not read the item: ${errorMessage(error)}`, input: item });
    }
  }
  if (length < 0) invalid.push({ index: 0, reason: 'could not read the event list', input });
  for (const [field, count] of unknownFields) {
    warnings.push(`unknown field "${field.slice(0, 40)}" ignored (${count} event${count === 1 ? '' : 's'})`);
  }
  return { columns: events.finish(), invalid, warnings };
}

function safeLength(list: unknown[]): number {
  try {
    return list.length;
  } catch {
    return -1;
  }
}

function errorMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** `media: { src, alt, credit }`: an image shown in the card; `src` must be an http(s) or relative URL. */
function readMod(raw: unknown, hasDate: boolean, where: number, warnings: string[]): DateMod | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || !DATE_MODS.has(raw)) {
    warnings.push(`${place(where)}: mod must be START, MID, END or APPROX; ignored`);
    return undefined;
  }
  if (!hasDate) {
    warnings.push(`${place(where)}: mod applies to date, not to start and end; ignored`);
    return undefined;
  }
  return raw as DateMod;
}

/** "Early 2004" is the first third of 2004, "mid-2004" the middle third, "late 2004" the last; all approximate. */
function modified(span: DateSpan, mod: DateMod, band: boolean): DateSpan {
  const third = (span.end - span.start) / 3;
  const from = mod === 'MID' ? 1 : mod === 'END' ? 2 : 0;
  // A day or a time is drawn as a point: only its certainty changes.
  if (mod === 'APPROX' || !band) return { ...span, fuzzy: true };
  return { ...span, start: span.start + from * third, end: span.start + (from + 1) * third, fuzzy: true };
}

function readMedia(raw: unknown, where: number, warnings: string[]): EventMedia | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push(`${place(where)}: field "media" must be an object { src, alt, credit }; ignored`);
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  const src = optionalText(record, 'src', 2048, where, warnings);
  const url = src !== undefined && !/^mailto:/i.test(src) ? safeUrl(src, where, warnings) : undefined;
  if (url === undefined) {
    if (src === undefined) warnings.push(`${place(where)}: media without "src" ignored`);
    return undefined;
  }
  const media: EventMedia = { src: url, alt: optionalText(record, 'alt', MAX_TITLE, where, warnings) ?? '' };
  const credit = optionalText(record, 'credit', MAX_TITLE, where, warnings);
  if (credit !== undefined) media.credit = credit;
  return media;
}

function valueText(value: DateInput): string {
  return value instanceof Date ? value.toISOString() : value.trim();
}

/** Time order: start, then end, then input order. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start - b.start || a.end - b.end || a.index - b.index;
}

/**
 * Parses JSON text holding an event array (or `{ "events": [...] }`) and validates it with {@link parseEvents}.
 *
 * @throws {EventDataError} when the text is not JSON or holds neither shape.
 * @example
 * parseEventsJson('[{"date":"2003","title":"Invasion"}]').events[0].granularity // 'year'
 */
export function parseEventsJson(text: string, options: { idPrefix?: string } = {}): ParsedEvents {
  return parseEvents(readEventsJson(text), options);
}

/**
 * The event list of JSON text (an array, or `{ "events": [...] }`), or a TimelineJS3 document,
 * not yet validated.
 *
 * @throws {EventDataError} when the text is not JSON or holds neither shape.
 */
export function readEventsJson(text: string): unknown[] | TimelineJSDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EventDataError(`not valid JSON: ${(error as Error).message}`);
  }
  // TimelineJS3 JSON stays whole (title, eras) for parseTimelineJS.
  if (isTimelineJS(data)) return data as TimelineJSDocument;
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'events' in data) {
    data = data.events;
  }
  if (!Array.isArray(data)) {
    throw new EventDataError(
      `expected a JSON array of events (or {"events": [...]}), got ${describeType(data)}`,
    );
  }
  return data as unknown[];
}
