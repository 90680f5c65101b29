/**
 * What TimelineJS3 JSON looks like: its types, and {@link isTimelineJS} to tell it from this
 * package's own event format. Reading it (timelinejs.ts) is a module of its own, which the element
 * loads only when it is given TimelineJS3 input.
 */
import type { TimelineEventInput } from './event.js';

/** A TimelineJS3 date: calendar fields as numbers or numeric strings. */
export interface TimelineJSDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
  format?: string;
}

/** A TimelineJS3 slide (an event, the title, or an era). */
export interface TimelineJSSlide {
  start_date?: TimelineJSDate;
  end_date?: TimelineJSDate;
  text?: { headline?: string; text?: string };
  media?: {
    url?: string;
    caption?: string;
    credit?: string;
    thumbnail?: string;
    alt?: string;
    title?: string;
    link?: string;
  };
  group?: string;
  unique_id?: string;
  display_date?: string;
  background?: unknown;
  autolink?: boolean;
  type?: string;
}

/** A TimelineJS3 document. */
export interface TimelineJSDocument {
  title?: TimelineJSSlide;
  events: TimelineJSSlide[];
  eras?: TimelineJSSlide[];
  scale?: string;
}

/** An event input as this module writes it: `media` as `{ src, alt, credit }`. */
export type TimelineJSEventInput = TimelineEventInput & {
  media?: { src: string; alt: string; credit?: string };
};

/** What `fromTimelineJS` (timelinejs.ts) gives: event inputs (title, events, eras in that order) and remarks. */
export interface TimelineJSEvents {
  /** The document's title headline, if any. */
  title?: string;
  events: TimelineJSEventInput[];
  /** Dates that could not be written as values, unknown fields, a title without a date. */
  warnings: string[];
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isDateObject = (value: unknown): boolean => isRecord(value) && 'year' in value;

/** True for a slide: an object with a `start_date` date object. */
const isSlide = (value: unknown): boolean => isRecord(value) && isDateObject(value.start_date);

/** An event in this package's own format: a string `title` or a `date`/`start` field. */
const isOwnFormat = (value: unknown): boolean =>
  isRecord(value) && (typeof value.title === 'string' || 'date' in value || 'start' in value);

/**
 * True when `data` is TimelineJS3 JSON: a document whose `events` are slides (or that has a
 * title or eras in TimelineJS form), or an array of slides.
 */
export function isTimelineJS(data: unknown): boolean {
  // An array is slides when some item has a TimelineJS date and none is in this package's format.
  if (Array.isArray(data))
    return data.some((item) => isSlide(item)) && !data.some((item) => isOwnFormat(item));
  if (!isRecord(data) || !Array.isArray(data.events)) return false;
  if (data.events.some((item) => isSlide(item))) return true;
  return (isRecord(data.title) && 'text' in data.title) || Array.isArray(data.eras);
}

/** {@link isTimelineJS}, false when looking at the input throws (a hostile item is reported later). */
export function looksLikeTimelineJS(data: unknown): data is TimelineJSDocument {
  try {
    return isTimelineJS(data);
  } catch {
    return false;
  }
}
