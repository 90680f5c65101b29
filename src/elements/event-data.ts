import type { UndatedMention } from '../extract/types.js';
import type { InvalidEvent, ParsedEvents } from '../model/event.js';
import {
  columnsOf,
  EventColumnsBuilder,
  EventStore,
  mergeColumns,
  type EventColumns,
} from '../model/event-columns.js';
import type { ParsedColumns } from '../model/parse-events.js';
import { indexMarkTimes, type MarkTimes } from '../layout/lanes.js';

/** What the element shows: every source's events in time order, with what the painter reads. */
export interface DataModel {
  /** The events; objects are made only for those that are shown, selected or asked for. */
  events: EventStore;
  invalid: InvalidEvent[];
  warnings: string[];
  /** Date mentions of the article that could not be placed (text mode). */
  undated: readonly UndatedMention[];
  times: MarkTimes;
  /** Index into `MARK_KINDS` by event. */
  kinds: Uint8Array;
  fuzzy: Uint8Array;
  /** Earliest start and latest end (ms); `NaN` when there are no events. */
  min: number;
  max: number;
  maxDuration: number;
}

/** No events from a source. */
export const EMPTY_PART: ParsedColumns = {
  columns: new EventColumnsBuilder(0).finish(),
  invalid: [],
  warnings: [],
};

const parts = new WeakMap<ParsedEvents, ParsedColumns>();

/** Events that are objects already (the article's: a few hundred) as a part of the model. */
export function partOf(parsed: ParsedEvents): ParsedColumns {
  let part = parts.get(parsed);
  if (!part) {
    part = { columns: columnsOf(parsed.events), invalid: parsed.invalid, warnings: parsed.warnings };
    parts.set(parsed, part);
  }
  return part;
}

/** The model of all sources (in this order for ties and messages). */
export function buildModel(
  sources: readonly ParsedColumns[],
  undated: readonly UndatedMention[] = [],
): DataModel {
  const columns: EventColumns = mergeColumns(sources.map((s) => s.columns));
  const { starts, ends, kinds, fuzzy } = columns;
  const n = columns.length;
  const points = new Uint8Array(n);
  let maxDuration = 0;
  let min = Number.NaN;
  let max = Number.NaN;
  for (let i = 0; i < n; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    points[i] = kinds[i] === 0 ? 1 : 0;
    if (!(start >= min)) min = start;
    if (!(end <= max)) max = end;
    if (end - start > maxDuration) maxDuration = end - start;
  }
  const times: MarkTimes = { starts, ends, points };
  times.index = indexMarkTimes(times);
  return {
    events: new EventStore(columns),
    invalid: sources.flatMap((s) => s.invalid),
    warnings: sources.flatMap((s) => s.warnings),
    undated,
    times,
    kinds,
    fuzzy,
    min,
    max,
    maxDuration,
  };
}
