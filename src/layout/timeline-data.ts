/**
 * The events of a timeline as the element draws them: the parsed events plus typed arrays of
 * their times for the per-frame layout, an id index, and each event's group.
 */
import type { InvalidEvent, MarkKind, ParsedEvents, TimelineEvent } from '../model/event.js';
import type { UndatedMention } from '../extract/types.js';
import { indexMarkTimes, type MarkTimes } from './lanes.js';
import { readingOrder, type ReadingOrder } from './navigation.js';

export interface TimelineData {
  events: TimelineEvent[];
  invalid: InvalidEvent[];
  warnings: string[];
  /** Date mentions of the article that could not be placed (text mode). */
  undated: readonly UndatedMention[];
  times: MarkTimes;
  kinds: MarkKind[];
  fuzzy: Uint8Array;
  /** Earliest start and latest end (ms); `NaN` when there are no events. */
  min: number;
  max: number;
  maxDuration: number;
  byId: Map<string, number>;
  /** Group names in lane order; empty when no event has a group. */
  groups: string[];
  /** Lane group of each event (index into `groups`; 0 when there are none). */
  groupOf: Int32Array;
  /** Order of keyboard, prev/next and the list: group, then time. */
  reading: ReadingOrder;
  /** With several groups: the times of each group's events and their indices in `events`. */
  lanesOf: Array<{ times: MarkTimes; members: Int32Array; maxDuration: number }>;
}

const DAY = 86_400_000;

/** Where an event is drawn: a part of day stays on its own day ("night" runs to 05:00 next day). */
function drawnEnd(event: TimelineEvent): number {
  if (event.granularity !== 'part-of-day') return event.end;
  const midnight = Math.floor(event.start / DAY) * DAY + DAY;
  return Math.min(event.end, midnight);
}

function subsetTimes(times: MarkTimes, members: Int32Array): { times: MarkTimes; maxDuration: number } {
  const starts = new Float64Array(members.length);
  const ends = new Float64Array(members.length);
  const points = new Uint8Array(members.length);
  let maxDuration = 0;
  members.forEach((i, j) => {
    starts[j] = times.starts[i]!;
    ends[j] = times.ends[i]!;
    points[j] = times.points[i]!;
    if (ends[j]! - starts[j]! > maxDuration) maxDuration = ends[j]! - starts[j]!;
  });
  const subset: MarkTimes = { starts, ends, points };
  subset.index = indexMarkTimes(subset);
  return { times: subset, maxDuration };
}

export const EMPTY_EVENTS: ParsedEvents = { events: [], invalid: [], warnings: [] };

/**
 * Builds the drawing model of `parsed` (events in time order).
 *
 * @param groupOrder - group names in the order of their lanes (the `groups` property); groups not
 *   named there follow in first-seen order.
 */
export function buildTimelineData(
  parsed: ParsedEvents,
  undated: readonly UndatedMention[] = [],
  groupOrder: readonly string[] = [],
): TimelineData {
  const n = parsed.events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const points = new Uint8Array(n);
  const fuzzy = new Uint8Array(n);
  const byId = new Map<string, number>();
  const kinds: MarkKind[] = new Array<MarkKind>(n);
  let maxDuration = 0;
  let min = Number.NaN;
  let max = Number.NaN;
  let grouped = false;
  parsed.events.forEach((event, i) => {
    starts[i] = event.start;
    ends[i] = drawnEnd(event);
    points[i] = event.kind === 'point' ? 1 : 0;
    fuzzy[i] = event.fuzzy ? 1 : 0;
    kinds[i] = event.kind;
    if (!(event.start >= min)) min = event.start;
    if (!(event.end <= max)) max = event.end;
    if (event.end - event.start > maxDuration) maxDuration = event.end - event.start;
    if (!byId.has(event.id)) byId.set(event.id, i);
    if (event.group !== undefined) grouped = true;
  });
  const groupOf = new Int32Array(n);
  const groups: string[] = [];
  if (grouped) {
    const numbers = new Map<string, number>();
    for (const name of groupOrder) if (!numbers.has(name)) numbers.set(name, numbers.size);
    // First-seen order is the order of the input, not of time.
    const byInput = parsed.events
      .map((_, i) => i)
      .sort((a, b) => parsed.events[a]!.index - parsed.events[b]!.index);
    for (const i of byInput) {
      const name = parsed.events[i]!.group ?? '';
      if (!numbers.has(name)) numbers.set(name, numbers.size);
    }
    // Only groups that have events get a lane.
    const used = new Set(parsed.events.map((e) => e.group ?? ''));
    const lane = new Map<string, number>();
    for (const name of [...numbers.keys()].filter((g) => used.has(g))) {
      lane.set(name, groups.length);
      groups.push(name);
    }
    parsed.events.forEach((event, i) => (groupOf[i] = lane.get(event.group ?? '')!));
  }
  const times: MarkTimes = { starts, ends, points };
  times.index = indexMarkTimes(times);
  const lanesOf =
    groups.length > 1
      ? groups.map((_, g) => {
          const members = Int32Array.from(parsed.events.map((_e, i) => i).filter((i) => groupOf[i] === g));
          return { ...subsetTimes(times, members), members };
        })
      : [];
  return {
    lanesOf,
    ...parsed,
    undated,
    times,
    kinds,
    fuzzy,
    min,
    max,
    maxDuration,
    byId,
    groups,
    groupOf,
    reading: readingOrder(groupOf),
  };
}
