/**
 * The events of a timeline as the element draws them: the sources' events merged into columns
 * (see `event-data.ts`), plus where each is drawn, its swimlane group, and the reading order.
 */
import type { UndatedMention } from '../extract/types.js';
import { GRANULARITY_ORDER } from '../model/granularity.js';
import type { ParsedColumns } from '../model/parse-events.js';
import { indexMarkTimes, type MarkTimes } from '../layout/lanes.js';
import { readingOrder, type ReadingOrder } from '../layout/navigation.js';
import { buildModel, type DataModel } from './event-data.js';

export interface TimelineData extends DataModel {
  /** Group names in lane order; empty when no event has a group. */
  groups: string[];
  /** Lane group of each event (index into `groups`; 0 when there are none). */
  groupOf: Int32Array;
  /** Order of keyboard, prev/next and the list: group, then time. */
  reading: ReadingOrder;
  /** With several groups: the times of each group's events and their positions in `events`. */
  lanesOf: Array<{ times: MarkTimes; members: Int32Array; maxDuration: number }>;
}

const DAY = 86_400_000;
const PART_OF_DAY = GRANULARITY_ORDER.indexOf('part-of-day');

/** A part of day stays on its own day where it is drawn ("night" runs to 05:00 next day). */
function drawnTimes(model: DataModel): MarkTimes {
  const { granularities } = model.events.columns;
  const { starts, ends } = model.times;
  let drawn: Float64Array | undefined;
  for (let i = 0; i < starts.length; i++) {
    if (granularities[i] !== PART_OF_DAY) continue;
    const midnight = Math.floor(starts[i]! / DAY) * DAY + DAY;
    if (ends[i]! <= midnight) continue;
    drawn ??= Float64Array.from(ends);
    drawn[i] = midnight;
  }
  if (!drawn) return model.times;
  const times: MarkTimes = { starts, ends: drawn, points: model.times.points };
  times.index = indexMarkTimes(times);
  return times;
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
    if (ends[j] - starts[j] > maxDuration) maxDuration = ends[j] - starts[j];
  });
  const subset: MarkTimes = { starts, ends, points };
  subset.index = indexMarkTimes(subset);
  return { times: subset, maxDuration };
}

/**
 * Builds the drawing model of every source's events.
 *
 * @param groupOrder - group names in the order of their lanes (the `groups` property); groups not
 *   named there follow in the order they first appear in the input.
 */
export function buildTimelineData(
  sources: readonly ParsedColumns[],
  undated: readonly UndatedMention[] = [],
  groupOrder: readonly string[] = [],
): TimelineData {
  const model = buildModel(sources, undated);
  const times = drawnTimes(model);
  const { columns } = model.events;
  const n = columns.length;
  const groupOf = new Int32Array(n);
  const groups: string[] = [];
  // Only events with optional fields have extras: a million plain events cost nothing here.
  let grouped = false;
  for (const extras of columns.extras.values()) if (extras.group !== undefined) grouped = true;
  let lanesOf: TimelineData['lanesOf'] = [];
  if (grouped) {
    const nameOf = (i: number): string => columns.extras.get(i)?.group ?? '';
    const numbers = new Map<string, number>();
    for (const name of groupOrder) if (!numbers.has(name)) numbers.set(name, numbers.size);
    const byInput = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => columns.indexes[a]! - columns.indexes[b]!,
    );
    for (const i of byInput) if (!numbers.has(nameOf(i))) numbers.set(nameOf(i), numbers.size);
    const used = new Set(byInput.map(nameOf));
    const lane = new Map<string, number>();
    for (const name of [...numbers.keys()].filter((g) => used.has(g))) {
      lane.set(name, groups.length);
      groups.push(name);
    }
    for (let i = 0; i < n; i++) groupOf[i] = lane.get(nameOf(i))!;
    if (groups.length > 1) {
      lanesOf = groups.map((_, g) => {
        const members = Int32Array.from(byInput.filter((i) => groupOf[i] === g).sort((a, b) => a - b));
        return { ...subsetTimes(times, members), members };
      });
    }
  }
  return { ...model, times, groups, groupOf, reading: readingOrder(groupOf), lanesOf };
}
