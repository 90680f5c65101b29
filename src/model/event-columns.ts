import type { Granularity } from '../normalize/types.js';
import type { MarkKind, TimelineEvent } from './event.js';
import { GRANULARITY_ORDER } from './granularity.js';

/** `kinds` codes of {@link EventColumns}. */
export const MARK_KINDS: readonly MarkKind[] = ['point', 'band', 'bar'];

/** Optional fields of an event (`description`, `url`, `group`, `source`…), by name. */
export type EventExtras = Partial<Pick<TimelineEvent, Exclude<keyof TimelineEvent, CoreField>>>;

type CoreField =
  'id' | 'title' | 'start' | 'end' | 'granularity' | 'kind' | 'fuzzy' | 'value' | 'index' | 'input';

/**
 * Validated events stored by field instead of as one object each: a million events take about
 * 45 bytes each here against 80 as objects, and times and kinds are typed arrays the layout and
 * the painter read directly. Position `i` of every column is the same event; events are in
 * time order (start, then end, then input order) once {@link sortColumns} ran.
 */
export interface EventColumns {
  length: number;
  starts: Float64Array;
  ends: Float64Array;
  /** Index into {@link MARK_KINDS}. */
  kinds: Uint8Array;
  /** 1 where the value is uncertain. */
  fuzzy: Uint8Array;
  /** Index into `GRANULARITY_ORDER`. */
  granularities: Uint8Array;
  /** Position of the input in its source list. */
  indexes: Uint32Array;
  ids: string[];
  titles: string[];
  values: string[];
  inputs: unknown[];
  /** Optional fields, only for the events that have some, by position. */
  extras: Map<number, EventExtras>;
}

const CORE_FIELDS = new Set<string>([
  'id',
  'title',
  'start',
  'end',
  'granularity',
  'kind',
  'fuzzy',
  'value',
  'index',
  'input',
] satisfies CoreField[]);

const GRANULARITY_CODE = new Map<Granularity, number>(GRANULARITY_ORDER.map((g, i) => [g, i]));
const KIND_CODE = new Map<MarkKind, number>(MARK_KINDS.map((k, i) => [k, i]));

/** Collects events one by one into growable columns; {@link finish} trims and sorts them. */
export class EventColumnsBuilder {
  private capacity: number;
  private length = 0;
  private starts: Float64Array;
  private ends: Float64Array;
  private kinds: Uint8Array;
  private fuzzy: Uint8Array;
  private granularities: Uint8Array;
  private indexes: Uint32Array;
  // Made at the expected length (pushing a million items grows and copies each array ~20 times).
  private ids: string[];
  private titles: string[];
  private values: string[];
  private inputs: unknown[];
  private extras = new Map<number, EventExtras>();

  /** @param expected - how many events are likely (the input's length); columns grow past it. */
  constructor(expected = 16) {
    this.capacity = Math.max(16, expected);
    this.starts = new Float64Array(this.capacity);
    this.ends = new Float64Array(this.capacity);
    this.kinds = new Uint8Array(this.capacity);
    this.fuzzy = new Uint8Array(this.capacity);
    this.granularities = new Uint8Array(this.capacity);
    this.indexes = new Uint32Array(this.capacity);
    const list = <T>(): T[] => Array.from<T>({ length: this.capacity });
    this.ids = list();
    this.titles = list();
    this.values = list();
    this.inputs = list();
  }

  push(event: Omit<TimelineEvent, keyof EventExtras>, extras?: EventExtras): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.starts[i] = event.start;
    this.ends[i] = event.end;
    this.kinds[i] = KIND_CODE.get(event.kind)!;
    this.fuzzy[i] = event.fuzzy ? 1 : 0;
    this.granularities[i] = GRANULARITY_CODE.get(event.granularity)!;
    this.indexes[i] = event.index;
    this.ids[i] = event.id;
    this.titles[i] = event.title;
    this.values[i] = event.value;
    this.inputs[i] = event.input;
    if (extras) this.extras.set(i, extras);
  }

  private grow(): void {
    this.capacity *= 2;
    const grow = <T extends Float64Array | Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.starts = grow(this.starts, (n) => new Float64Array(n));
    this.ends = grow(this.ends, (n) => new Float64Array(n));
    this.kinds = grow(this.kinds, (n) => new Uint8Array(n));
    this.fuzzy = grow(this.fuzzy, (n) => new Uint8Array(n));
    this.granularities = grow(this.granularities, (n) => new Uint8Array(n));
    this.indexes = grow(this.indexes, (n) => new Uint32Array(n));
  }

  /** The columns, in time order. */
  finish(): EventColumns {
    const n = this.length;
    // Full columns (every input valid, the common case) are kept rather than copied.
    const fit = <T extends Float64Array | Uint8Array | Uint32Array>(a: T): T =>
      (a.length === n ? a : a.slice(0, n)) as T;
    for (const list of [this.ids, this.titles, this.values, this.inputs]) list.length = n;
    return sortColumns({
      length: n,
      starts: fit(this.starts),
      ends: fit(this.ends),
      kinds: fit(this.kinds),
      fuzzy: fit(this.fuzzy),
      granularities: fit(this.granularities),
      indexes: fit(this.indexes),
      ids: this.ids,
      titles: this.titles,
      values: this.values,
      inputs: this.inputs,
      extras: this.extras,
    });
  }
}

/** The event at position `i` as an object. */
export function eventAt(columns: EventColumns, i: number): TimelineEvent {
  const event: TimelineEvent = {
    id: columns.ids[i]!,
    title: columns.titles[i]!,
    start: columns.starts[i]!,
    end: columns.ends[i]!,
    granularity: GRANULARITY_ORDER[columns.granularities[i]!]!,
    kind: MARK_KINDS[columns.kinds[i]!]!,
    fuzzy: columns.fuzzy[i] === 1,
    value: columns.values[i]!,
    index: columns.indexes[i]!,
    input: columns.inputs[i],
  };
  const extras = columns.extras.get(i);
  return extras ? Object.assign(event, extras) : event;
}

/** Columns of events that are objects already (article and child events: a few hundred). */
export function columnsOf(events: readonly TimelineEvent[]): EventColumns {
  const builder = new EventColumnsBuilder(events.length);
  for (const event of events) {
    let extras: EventExtras | undefined;
    for (const key of Object.keys(event)) {
      const value = (event as unknown as Record<string, unknown>)[key];
      if (CORE_FIELDS.has(key) || value === undefined) continue;
      (extras ??= {} as EventExtras)[key as keyof EventExtras] = value as string;
    }
    builder.push(event, extras);
  }
  return builder.finish();
}

/** Several sources' columns as one, in time order (ties: the order of `parts`). */
export function mergeColumns(parts: readonly EventColumns[]): EventColumns {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const n = nonEmpty.reduce((sum, p) => sum + p.length, 0);
  const merged: EventColumns = {
    length: n,
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    kinds: new Uint8Array(n),
    fuzzy: new Uint8Array(n),
    granularities: new Uint8Array(n),
    indexes: new Uint32Array(n),
    ids: [],
    titles: [],
    values: [],
    inputs: [],
    extras: new Map(),
  };
  let at = 0;
  for (const part of nonEmpty) {
    merged.starts.set(part.starts, at);
    merged.ends.set(part.ends, at);
    merged.kinds.set(part.kinds, at);
    merged.fuzzy.set(part.fuzzy, at);
    merged.granularities.set(part.granularities, at);
    merged.indexes.set(part.indexes, at);
    for (let i = 0; i < part.length; i++) {
      merged.ids.push(part.ids[i]!);
      merged.titles.push(part.titles[i]!);
      merged.values.push(part.values[i]!);
      merged.inputs.push(part.inputs[i]);
    }
    for (const [i, extras] of part.extras) merged.extras.set(at + i, extras);
    at += part.length;
  }
  return sortColumns(merged);
}

/**
 * Puts the columns in time order, in place: start, then end, then `index`, then position — the
 * order `compareEvents` with a stable sort gives. Already sorted columns are returned as they are.
 * Otherwise a counting sort by the rank of each start (found among the distinct starts, which a
 * native numeric sort orders) does the bulk without a comparator call per pair; runs of equal
 * starts are finished by end and index.
 */
export function sortColumns(columns: EventColumns): EventColumns {
  const { length: n, starts, ends, indexes } = columns;
  const before = (a: number, b: number): boolean =>
    starts[a]! < starts[b]! ||
    (starts[a] === starts[b] && (ends[a]! < ends[b]! || (ends[a] === ends[b] && indexes[a]! <= indexes[b]!)));
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (!before(i - 1, i)) sorted = false;
  if (sorted) return columns;

  const distinct = starts.slice().sort();
  let unique = 0;
  for (let i = 0; i < n; i++)
    if (i === 0 || distinct[i] !== distinct[i - 1]) distinct[unique++] = distinct[i]!;
  const slots = new Uint32Array(unique + 1);
  /** Rank of event `i`'s start among the distinct starts (searched twice: no array of ranks). */
  const rankOf = (i: number): number => {
    let lo = 0;
    let hi = unique;
    const value = starts[i]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let i = 0; i < n; i++) slots[rankOf(i) + 1]!++;
  for (let r = 0; r < unique; r++) slots[r + 1]! += slots[r]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[slots[rankOf(i)]!++] = i;
  // Equal starts: positions are in input order; order them by end and index where that differs.
  for (let runStart = 0; runStart < n;) {
    let runEnd = runStart + 1;
    while (runEnd < n && starts[order[runEnd]!] === starts[order[runStart]!]) runEnd++;
    let ordered = true;
    for (let k = runStart + 1; k < runEnd && ordered; k++)
      if (!before(order[k - 1]!, order[k]!)) ordered = false;
    if (!ordered) {
      order
        .subarray(runStart, runEnd)
        .sort((a, b) => ends[a]! - ends[b]! || indexes[a]! - indexes[b]! || a - b);
    }
    runStart = runEnd;
  }
  return permute(columns, order);
}

/**
 * Reorders every column in place so that position `i` holds what was at `order[i]`: following
 * the permutation's cycles moves each value once and allocates nothing per event (copies of ten
 * columns of a million events were garbage that the next major GC paid for during zooming).
 */
function permute(columns: EventColumns, order: Uint32Array): EventColumns {
  const n = columns.length;
  const done = new Uint8Array(n);
  const apply = (column: { [i: number]: unknown }): void => {
    done.fill(0);
    for (let i = 0; i < n; i++) {
      if (done[i] || order[i] === i) continue;
      const first = column[i];
      let j = i;
      for (;;) {
        done[j] = 1;
        const k = order[j]!;
        if (k === i) {
          column[j] = first;
          break;
        }
        column[j] = column[k];
        j = k;
      }
    }
  };
  apply(columns.starts);
  apply(columns.ends);
  apply(columns.kinds);
  apply(columns.fuzzy);
  apply(columns.granularities);
  apply(columns.indexes);
  apply(columns.ids);
  apply(columns.titles);
  apply(columns.values);
  apply(columns.inputs);
  if (columns.extras.size > 0) {
    const position = new Uint32Array(n);
    for (let i = 0; i < n; i++) position[order[i]!] = i;
    const extras = new Map<number, EventExtras>();
    for (const [from, e] of columns.extras) extras.set(position[from]!, e);
    columns.extras = extras;
  }
  return columns;
}

/**
 * Events of {@link EventColumns} for code that wants objects: each is made on first use and kept
 * (so the same position gives the same object), ids are indexed on the first lookup.
 *
 * @example
 * const store = new EventStore(parseEventColumns(input).columns);
 * store.at(0).title; store.indexOf('e1');
 */
export class EventStore {
  private made = new Map<number, TimelineEvent>();
  private everything: TimelineEvent[] | undefined;
  private byId: Map<string, number> | undefined;

  constructor(readonly columns: EventColumns) {}

  get length(): number {
    return this.columns.length;
  }

  /** The event at position `i` (time order), or `undefined` outside `[0, length)`. */
  at(i: number): TimelineEvent | undefined {
    if (!(i >= 0 && i < this.columns.length)) return undefined;
    let event = this.everything?.[i] ?? this.made.get(i);
    if (!event) {
      event = eventAt(this.columns, i);
      this.made.set(i, event);
    }
    return event;
  }

  /** Position of the first event with this id, or `undefined`. */
  indexOf(id: string): number | undefined {
    if (!this.byId) {
      this.byId = new Map();
      const { ids } = this.columns;
      for (let i = 0; i < ids.length; i++) if (!this.byId.has(ids[i]!)) this.byId.set(ids[i]!, i);
    }
    return this.byId.get(id);
  }

  /** Events `[from, to)` as objects. */
  slice(from: number, to: number): TimelineEvent[] {
    const out: TimelineEvent[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.columns.length); i++) out.push(this.at(i)!);
    return out;
  }

  /** Every event as an object, in time order (made once, on the first call). */
  all(): TimelineEvent[] {
    if (!this.everything) {
      const events = new Array<TimelineEvent>(this.columns.length);
      for (let i = 0; i < events.length; i++) events[i] = this.made.get(i) ?? eventAt(this.columns, i);
      this.everything = events;
      this.made.clear();
    }
    return this.everything;
  }
}
