/**
 * Event density for the overview strip: how many events start in each of `bins` equal slices of
 * a time domain. Binary searches over the sorted starts, so it costs the same for a million events.
 */
import { lowerBound } from './lanes.js';

/**
 * Counts of events per slice of `[start, end)`.
 *
 * @example
 * densityBins(Float64Array.of(0, 1, 1, 9), 0, 10, 2) // Uint32Array [3, 1]
 */
export function densityBins(starts: Float64Array, start: number, end: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(0, Math.floor(bins)));
  if (!counts.length || !(end > start)) return counts;
  const step = (end - start) / counts.length;
  let previous = lowerBound(starts, start);
  for (let b = 0; b < counts.length; b++) {
    const next =
      b === counts.length - 1 ? lowerBound(starts, end) : lowerBound(starts, start + (b + 1) * step);
    counts[b] = next - previous;
    previous = next;
  }
  return counts;
}
