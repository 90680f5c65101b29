/**
 * The order in which the reader steps through events (keyboard, prev/next, the list): by group
 * (in lane order), then by time. Without groups it is time order, the events' own order.
 */

/** Reading order of events and each event's position in it. */
export interface ReadingOrder {
  /** Event indices in reading order. */
  order: Int32Array;
  /** `position[index]` is the place of event `index` in `order`. */
  position: Int32Array;
}

/**
 * Reading order from each event's group number (`groupOf[i]`, the lane order of its group; events
 * are already in time order, so a stable sort by group keeps time order inside a group).
 *
 * @example
 * readingOrder(Int32Array.of(1, 0, 1)).order // Int32Array [1, 0, 2]
 */
export function readingOrder(groupOf: ArrayLike<number>): ReadingOrder {
  const n = groupOf.length;
  const order = new Int32Array(n);
  let grouped = false;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (groupOf[i] !== groupOf[0]) grouped = true;
  }
  if (grouped) order.sort((a, b) => groupOf[a]! - groupOf[b]! || a - b);
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]!] = p;
  return { order, position };
}

/**
 * The event `delta` steps from `current` in reading order, clamped to the first and last;
 * `undefined` when there are no events. `current < 0` (none yet) steps from before the first.
 */
export function stepEvent(reading: ReadingOrder, current: number, delta: number): number | undefined {
  const n = reading.order.length;
  if (n === 0) return undefined;
  const from = current >= 0 && current < n ? reading.position[current]! : delta > 0 ? -1 : n;
  const to = Math.min(n - 1, Math.max(0, from + delta));
  return reading.order[to];
}

/** First and last event in reading order. */
export function edgeEvent(reading: ReadingOrder, which: 'first' | 'last'): number | undefined {
  const n = reading.order.length;
  if (n === 0) return undefined;
  return reading.order[which === 'first' ? 0 : n - 1];
}
