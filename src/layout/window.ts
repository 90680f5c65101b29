/**
 * Arithmetic of the visible window (epoch milliseconds): zooming around an anchor, keeping the
 * window inside the events' extent, the window Fit shows, and how far to move to reveal an
 * event. Pure, so the element's controllers stay thin and the rules are tested in Node.
 */

/** A time window `[start, end)` in epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Narrowest window: one minute. */
export const MIN_WINDOW = 60_000;
export const DAY = 86_400_000;
export const YEAR = 365.25 * DAY;
/**
 * Latest/earliest time the element draws: 100,000 years either side of 1970. Dates beyond it are
 * refused with a message; ECMAScript dates end at ±8.64e15 ms (year 275,760), and windows near
 * that limit turn into Invalid Date as soon as they are padded or zoomed out.
 */
export const TIME_LIMIT = 100_000 * YEAR;

/** True when `time` is a number the element can draw. */
export function drawableTime(time: number): boolean {
  return Number.isFinite(time) && Math.abs(time) <= TIME_LIMIT;
}

/**
 * The window after zooming by `factor` (> 1 zooms in) around `at` (default: the centre), keeping
 * `at` at the same place on screen. `undefined` for a factor that is not a finite positive number.
 *
 * @example
 * zoomWindow({ start: 0, end: 100 }, 2) // { start: 25, end: 75 }
 */
export function zoomWindow(view: TimeWindow, factor: number, at?: number): TimeWindow | undefined {
  if (!Number.isFinite(factor) || factor <= 0) return undefined;
  const centre = at !== undefined && Number.isFinite(at) ? at : (view.start + view.end) / 2;
  const ratio = (centre - view.start) / (view.end - view.start);
  const width = (view.end - view.start) / factor;
  return { start: centre - ratio * width, end: centre + (1 - ratio) * width };
}

/**
 * `view` made at least `minWidth` wide (around its centre), at most as wide as `bounds`, and
 * moved (not resized) to lie inside `bounds`.
 */
export function clampWindow(view: TimeWindow, bounds: TimeWindow, minWidth = MIN_WINDOW): TimeWindow {
  let { start, end } = view;
  if (end - start < minWidth) {
    const centre = (start + end) / 2;
    start = centre - minWidth / 2;
    end = centre + minWidth / 2;
  }
  const width = end - start;
  const room = bounds.end - bounds.start;
  if (width >= room) return { start: bounds.start, end: bounds.end };
  if (start < bounds.start) return { start: bounds.start, end: bounds.start + width };
  if (end > bounds.end) return { start: bounds.end - width, end: bounds.end };
  return { start, end };
}

/** Extent of events plus padding: 4 % of the extent, at least a day on each side. */
export function paddedExtent(min: number, max: number, share = 0.04, least = DAY): TimeWindow {
  const pad = Math.max((max - min) * share, least);
  return { start: min - pad, end: max + pad };
}

/**
 * How far the reader may pan and zoom out: the events' extent plus half of it on each side (at
 * least 30 days), widened to include `include` (the reference date, a window the app set).
 */
export function panBounds(min: number, max: number, include: readonly number[] = []): TimeWindow {
  const pad = Math.max((max - min) / 2, 30 * DAY);
  let start = min - pad;
  let end = max + pad;
  for (const t of include) {
    if (!Number.isFinite(t)) continue;
    if (t < start) start = t;
    if (t > end) end = t;
  }
  return { start: Math.max(start, -TIME_LIMIT), end: Math.min(end, TIME_LIMIT) };
}

/**
 * The events Fit shows, as indices `[first, last]` into `centres` (ascending): all of them,
 * unless a few outliers would crush the rest. The rule: at either end, up to 10 % of the events
 * (at least one, and only with 5 or more events) are left out when the gap that separates them
 * from the others is longer than twice the others' extent (at least a day). They stay in the
 * overview, and Home/End still reach them.
 *
 * @example
 * denseRange(Float64Array.of(0, 1000 * DAY, 1001 * DAY, 1002 * DAY, 1003 * DAY)) // [1, 4]
 */
export function denseRange(centres: ArrayLike<number>): [number, number] {
  const n = centres.length;
  let lo = 0;
  let hi = n - 1;
  if (n < 5) return [lo, hi];
  let budget = Math.max(1, Math.floor(n / 10));
  const extent = (a: number, b: number) => Math.max(centres[b]! - centres[a]!, DAY);
  let changed = true;
  while (changed && budget > 0) {
    changed = false;
    for (let k = 1; k <= budget && !changed; k++) {
      if (hi - lo - k < 1) break;
      if (centres[lo + k]! - centres[lo + k - 1]! > 2 * extent(lo + k, hi)) {
        lo += k;
        budget -= k;
        changed = true;
      } else if (centres[hi - k + 1]! - centres[hi - k]! > 2 * extent(lo, hi - k)) {
        hi -= k;
        budget -= k;
        changed = true;
      }
    }
  }
  return [lo, hi];
}

/**
 * The window that shows the event `[start, end)` with the least movement: `undefined` when its
 * centre is already inside the window (away from the edges by 5 % of its width); otherwise the
 * window panned to centre it, widened (zooming out) only when the event is wider than the window.
 */
export function revealWindow(view: TimeWindow, start: number, end: number): TimeWindow | undefined {
  const centre = (start + end) / 2;
  let width = view.end - view.start;
  const margin = width * 0.05;
  const inside = centre >= view.start + margin && centre <= view.end - margin;
  if (inside && end - start <= width) return undefined;
  if (end - start > width * 0.9) width = (end - start) / 0.9;
  return { start: centre - width / 2, end: centre + width / 2 };
}

/**
 * A window around event `index` that also shows up to `neighbours` events on each side (Home/End
 * land on the first or last event with context, not at whatever zoom the reader was in).
 */
export function contextWindow(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  index: number,
  neighbours = 2,
): TimeWindow {
  const n = starts.length;
  const from = Math.max(0, index - neighbours);
  const to = Math.min(n - 1, index + neighbours);
  let min = starts[index]!;
  let max = ends[index]!;
  for (let i = from; i <= to; i++) {
    if (starts[i]! < min) min = starts[i]!;
    if (ends[i]! > max) max = ends[i]!;
  }
  // A lone far outlier would zoom out to years: keep the event itself readable.
  const own = ends[index]! - starts[index]!;
  const limit = Math.max(own * 40, 30 * DAY);
  if (max - min > limit) {
    const centre = (starts[index]! + ends[index]!) / 2;
    min = Math.max(min, centre - limit / 2);
    max = Math.min(max, centre + limit / 2);
  }
  return paddedExtent(min, max, 0.08, Math.max(own, 3_600_000));
}
