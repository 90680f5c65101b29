import { utcTicks } from 'd3-time';

/**
 * A linear map from time (epoch ms) to screen px, with d3-time's calendar ticks (whole days,
 * months, years in UTC): what the element needs of d3-scale's `scaleUtc`. It is callable and has
 * `domain()`, `range()` and `copy()`, so d3-axis draws it.
 *
 * Why not `scaleUtc`: it carries d3-scale's interpolators and its en-US tick formatter
 * (d3-time-format), 4 kB of the single-file bundle gzipped, for labels the element writes with
 * `Intl` (tick-format.ts) and a mapping that is one multiplication.
 */
export interface TimeScale {
  /** The px of `time` (epoch ms or a Date). */
  (time: number | Date): number;
  /** The time (epoch ms) at `px`, the inverse of the scale. */
  invert(px: number): number;
  /** `[start, end]` in epoch ms. */
  domain(): [number, number];
  /** `[from, to]` px; `from > to` draws later times to the left (right to left). */
  range(): [number, number];
  /** Calendar-aligned tick times near `count` of them (d3-time's `utcTicks`). */
  ticks(count: number): Date[];
  /** The same scale, for d3-axis. */
  copy(): TimeScale;
}

/**
 * The time scale mapping `domain` (epoch ms) onto `range` (px).
 *
 * @param domain - `[start, end]` in epoch ms; an empty span maps every time to the middle of the range.
 * @param range - `[from, to]` in px.
 * @returns a {@link TimeScale}.
 * @example
 * const x = timeScale([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)], [0, 730]);
 * x(Date.UTC(2019, 6, 2)); // 364
 * x.ticks(4).map((d) => d.toISOString().slice(0, 7)); // ['2019-01', '2019-04', '2019-07', '2019-10', '2020-01']
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [start, end] = domain;
  const [from, to] = range;
  const span = end - start;
  const width = to - from;
  const scale = ((time: number | Date) =>
    span ? from + ((+time - start) / span) * width : from + width / 2) as TimeScale;
  scale.invert = (px) => (width ? start + ((px - from) / width) * span : start + span / 2);
  scale.domain = () => [start, end];
  scale.range = () => [from, to];
  scale.ticks = (count) => utcTicks(new Date(start), new Date(end), count);
  scale.copy = () => timeScale(domain, range);
  return scale;
}
