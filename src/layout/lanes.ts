/**
 * Lane packing, label placement and clustering for the timeline, in pixel space.
 * Pure and DOM-free so it can be unit-tested in Node and run every frame on 100,000 events.
 */

/** Event times in time order (as produced by `parseEvents`), as typed arrays for fast per-frame loops. */
export interface MarkTimes {
  /** Start times (epoch ms), ascending. */
  starts: Float64Array;
  /** End times (epoch ms), `[start, end)`. */
  ends: Float64Array;
  /** 1 where the event is drawn as a point (centred in its interval), 0 for bands and bars. */
  points: Uint8Array;
  /** Summary that lets dense stretches be laid out without visiting each event ({@link indexMarkTimes}). */
  index?: MarkTimesIndex;
}

/** Events per block of {@link MarkTimesIndex.blockEndMax}. */
const BLOCK = 64;

/** Built once per data set by {@link indexMarkTimes}. */
export interface MarkTimesIndex {
  /** Latest end in each block of 64 consecutive events. */
  blockEndMax: Float64Array;
  /** Shortest and longest duration of point events (ms); `NaN` when there are none. */
  minPointDuration: number;
  maxPointDuration: number;
  /** True when some events are bands or bars. */
  hasIntervals: boolean;
}

/**
 * Summarizes event times for {@link layoutMarks}: with it, a run of events that can only join
 * the current cluster is counted with two binary searches instead of one step per event, so
 * a frame costs about the same at 100,000 events as at 1,000.
 */
export function indexMarkTimes(times: Pick<MarkTimes, 'starts' | 'ends' | 'points'>): MarkTimesIndex {
  const { ends, points } = times;
  const blockEndMax = new Float64Array(Math.ceil(ends.length / BLOCK)).fill(-Infinity);
  let minPointDuration = Infinity;
  let maxPointDuration = -Infinity;
  let hasIntervals = false;
  for (let i = 0; i < ends.length; i++) {
    const b = (i / BLOCK) | 0;
    if (ends[i]! > blockEndMax[b]!) blockEndMax[b] = ends[i]!;
    if (points[i]) {
      const duration = ends[i]! - times.starts[i]!;
      if (duration < minPointDuration) minPointDuration = duration;
      if (duration > maxPointDuration) maxPointDuration = duration;
    } else hasIntervals = true;
  }
  return {
    blockEndMax,
    minPointDuration: minPointDuration === Infinity ? Number.NaN : minPointDuration,
    maxPointDuration: maxPointDuration === -Infinity ? Number.NaN : maxPointDuration,
    hasIntervals,
  };
}

/** Latest end among events `[from, to)`. */
function maxEnd(ends: Float64Array, index: MarkTimesIndex, from: number, to: number): number {
  let max = -Infinity;
  let i = from;
  for (; i < to && i % BLOCK !== 0; i++) if (ends[i]! > max) max = ends[i]!;
  for (; i + BLOCK <= to; i += BLOCK)
    if (index.blockEndMax[i / BLOCK]! > max) max = index.blockEndMax[i / BLOCK]!;
  for (; i < to; i++) if (ends[i]! > max) max = ends[i]!;
  return max;
}

/** The visible window mapped onto `[0, width)` pixels. */
export interface LayoutView {
  start: number;
  end: number;
  width: number;
}

export interface LayoutOptions {
  /** Number of lanes for labelled marks; one extra row below them holds clusters. */
  lanes: number;
  /** Width of a point mark in pixels. */
  pointWidth: number;
  /** Minimum space between a label and the next mark in the same lane. */
  gap: number;
  /** Width of the label of event `i` in pixels (called lazily, only for events that may get a lane). */
  labelWidth: (index: number) => number;
  /** Width of a cluster's label for `count` events. */
  clusterLabelWidth: (count: number) => number;
  /** Longest event duration (ms); lets the scan skip events that end before the window. */
  maxDuration?: number;
  /**
   * A point whose interval is wider than this (px) is laid out (and should be drawn) as a band
   * over its interval: a day at hour zoom is a day, not a dot at noon. Default: never.
   */
  pointBandWidth?: number;
  /**
   * Labels that would not fit inside their interval go beside it (after its end) instead of
   * running across its outline. Default: inside.
   */
  labelsBesideShortIntervals?: boolean;
}

/** An event that got a lane: its mark spans `[x0, x1]`, its label `[labelX, labelX + labelWidth]`. */
export interface PlacedMark {
  index: number;
  lane: number;
  x0: number;
  x1: number;
  labelX: number;
  labelWidth: number;
  /** A point laid out as a band over its interval (see {@link LayoutOptions.pointBandWidth}). */
  band?: boolean;
}

/** Events too dense to label, shown as "N events" in the row below the lanes. */
export interface Cluster {
  /** Index of the first member (members are the overflowing events between first and last). */
  first: number;
  last: number;
  count: number;
  /** Earliest start and latest end of the members (ms), for zooming into the cluster. */
  start: number;
  end: number;
  /** Extent of the cluster pill, wide enough for its label. */
  x0: number;
  x1: number;
  /** Row of the pill when lanes of several groups are combined (else the layout's `clusterRow`). */
  row?: number;
}

export interface TimelineLayout {
  placed: PlacedMark[];
  clusters: Cluster[];
  /** The row index of clusters (`= lanes`). */
  clusterRow: number;
}

/** First index whose start is >= `time` (binary search over ascending starts). */
export function lowerBound(starts: Float64Array, time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Places the events visible in `view` into lanes so that no two labels or marks overlap,
 * and gathers the events that do not fit into clusters.
 *
 * Greedy first-fit in time order: an event takes the first lane whose previous occupant
 * (mark and label plus `gap`) ends before it starts. Events that fit nowhere join the
 * cluster that is open at their position, or open a new one; a cluster holding a single
 * event is shown as that event in the cluster row.
 *
 * @example
 * const layout = layoutMarks(times, { start: t0, end: t1, width: 800 }, { lanes: 4, pointWidth: 8, gap: 6, labelWidth: () => 80, clusterLabelWidth: () => 70 });
 */
export function layoutMarks(times: MarkTimes, view: LayoutView, options: LayoutOptions): TimelineLayout {
  const { starts, ends, points } = times;
  const { lanes, pointWidth, gap } = options;
  const scale = view.width / (view.end - view.start);
  const half = pointWidth / 2;
  const laneEnd = new Float64Array(Math.max(0, lanes)).fill(-Infinity);
  let minLaneEnd = lanes > 0 ? -Infinity : Infinity;
  const placed: PlacedMark[] = [];
  const clusters: Cluster[] = [];
  let open: Cluster | undefined;
  // Events are sorted by start; those that start before this cannot reach the window.
  const from =
    options.maxDuration !== undefined ? lowerBound(starts, view.start - options.maxDuration - 1) : 0;
  const leftEdge = -half;
  const widest = options.clusterLabelWidth(starts.length);
  // A mark's left edge lies within [offLow, offHigh] px of its start's position (points are
  // centred in their interval, intervals begin at their start); with these bounds a run of
  // events that surely cannot get a lane and surely joins the open cluster is found by binary search.
  const index = times.index;
  let offLow = Infinity;
  let offHigh = -Infinity;
  const wide = options.pointBandWidth ?? Infinity;
  const beside = options.labelsBesideShortIntervals === true;
  /** True when event `i` is laid out as a point (a dot), false for an interval. */
  const asPoint = (i: number): boolean => points[i] === 1 && !((ends[i]! - starts[i]!) * scale > wide);
  if (index) {
    if (index.hasIntervals || index.maxPointDuration * scale > wide) {
      offLow = Math.min(offLow, 0);
      offHigh = Math.max(offHigh, 0);
    }
    if (!Number.isNaN(index.minPointDuration)) {
      offLow = Math.min(offLow, (index.minPointDuration / 2) * scale - half);
      offHigh = Math.max(offHigh, (index.maxPointDuration / 2) * scale - half);
    }
  }
  /** First lane free at `x` (its last occupant ends a gap before), `-1` when none is. */
  const freeLane = (x: number): number => {
    for (let l = 0; l < lanes; l++) if (laneEnd[l]! + gap <= x) return l;
    return -1;
  };
  /** Adds events `i, i+1, …` to the open cluster while that is certain; returns the last index handled. */
  const skipRun = (i: number): number => {
    if (!index || !open || i + 1 >= starts.length) return i;
    const next = i + 1;
    const limit = Math.min(minLaneEnd + gap, open.x1 + gap, view.width);
    // Only while marks start inside the window (nothing to hide on the left) and lanes are busy.
    if (limit <= 0 || (starts[next]! - view.start) * scale + offLow < leftEdge) return i;
    const to = lowerBound(starts, view.start + (limit - offHigh) / scale - 1e-6);
    if (to - next < 8) return i;
    open.last = to - 1;
    open.count += to - next;
    open.end = Math.max(open.end, maxEnd(ends, index, next, to));
    return to - 1;
  };
  for (let i = from; i < starts.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    let x0: number;
    let x1: number;
    const point = asPoint(i);
    if (point) {
      const xc = ((s + e) / 2 - view.start) * scale;
      x0 = xc - half;
      x1 = xc + half;
    } else {
      x0 = (s - view.start) * scale;
      x1 = Math.max((e - view.start) * scale, x0 + 2);
    }
    if ((s - view.start) * scale - pointWidth > view.width) break;
    if (x1 < leftEdge || x0 >= view.width || (!point && x1 <= 0)) continue;
    const visibleX0 = Math.max(x0, 0);
    let lane = -1;
    // In dense stretches no lane is free; the running minimum skips the lane scan for those events.
    if (minLaneEnd + gap <= visibleX0) {
      for (let l = 0; l < lanes; l++) {
        if (laneEnd[l]! + gap <= visibleX0) {
          lane = l;
          break;
        }
      }
    }
    if (lane >= 0) {
      let labelWidth = options.labelWidth(i);
      let labelX = point ? x1 + 4 : visibleX0 + 4;
      if (!point && beside && labelX + labelWidth > x1 - 2) {
        // A label longer than its interval would run across the outline: beside it (after, else
        // before), else cut inside it, else cut after it.
        const leftX = x0 - 4 - labelWidth;
        const leftLane = leftX >= 0 ? freeLane(leftX) : -1;
        if (x1 + 4 + labelWidth <= view.width) labelX = x1 + 4;
        else if (leftLane >= 0) {
          lane = leftLane;
          labelX = leftX;
        } else if (x1 - 4 - labelX >= 60) labelWidth = x1 - 4 - labelX;
        else labelX = x1 + 4;
      }
      if (labelX + labelWidth > view.width) {
        // Near the right edge a point's label goes to its left when a lane has room there;
        // otherwise the label is cut to the plot (and shortened with an ellipsis when drawn).
        const leftX = x0 - 4 - labelWidth;
        let leftLane = -1;
        if ((point || beside) && leftX >= 0) leftLane = freeLane(leftX);
        if (leftLane >= 0) {
          lane = leftLane;
          labelX = leftX;
        } else if (beside && x0 - 4 > view.width - labelX) {
          // Neither side has room for all of it: the label goes where it shows more.
          const sideLane = freeLane(0);
          if (sideLane >= 0) {
            lane = sideLane;
            labelWidth = Math.max(0, x0 - 4);
            labelX = 0;
          } else labelWidth = Math.max(0, view.width - labelX);
        } else labelWidth = Math.max(0, view.width - labelX);
      }
      laneEnd[lane] = Math.max(x1, labelX + labelWidth);
      minLaneEnd = Infinity;
      for (let l = 0; l < lanes; l++) if (laneEnd[l]! < minLaneEnd) minLaneEnd = laneEnd[l]!;
      placed.push({
        index: i,
        lane,
        x0,
        x1,
        labelX,
        labelWidth,
        ...(points[i] && !point ? { band: true } : {}),
      });
      continue;
    }
    if (open && visibleX0 <= open.x1 + gap) {
      open.last = i;
      open.count++;
      open.start = Math.min(open.start, s);
      open.end = Math.max(open.end, e);
      i = skipRun(i);
      continue;
    }
    // Reserve room for the longest possible count so later clusters never run into this label.
    open = { first: i, last: i, count: 1, start: s, end: e, x0: visibleX0, x1: visibleX0 + widest };
    clusters.push(open);
    i = skipRun(i);
  }
  // Pills were spaced for the longest possible count; each is drawn as wide as its own label,
  // moved left (into free space) when it would run past the right edge.
  let previousEnd = -Infinity;
  for (const cluster of clusters) {
    if (cluster.count > 1) {
      const width = options.clusterLabelWidth(cluster.count);
      cluster.x0 = Math.max(Math.min(cluster.x0, view.width - width), previousEnd + gap, 0);
      cluster.x1 = cluster.x0 + width;
    }
    previousEnd = cluster.x1;
  }
  const kept: Cluster[] = [];
  for (let c = 0; c < clusters.length; c++) {
    const cluster = clusters[c]!;
    if (cluster.count === 1) {
      const i = cluster.first;
      const next = clusters[c + 1];
      const pointMark = asPoint(i);
      const x0 = pointMark ? ((starts[i]! + ends[i]!) / 2 - view.start) * scale - half : cluster.x0;
      const x1 = pointMark ? x0 + pointWidth : Math.max((ends[i]! - view.start) * scale, x0 + 2);
      const labelX = pointMark ? x1 + 4 : Math.max(x0, 0) + 4;
      const room = Math.min(next ? next.x0 - gap - labelX : Infinity, view.width - labelX);
      placed.push({
        index: i,
        lane: lanes,
        x0,
        x1,
        labelX,
        labelWidth: Math.max(0, Math.min(options.labelWidth(i), room)),
        ...(points[i] && !pointMark ? { band: true } : {}),
      });
      continue;
    }
    kept.push(cluster);
  }
  return { placed, clusters: kept, clusterRow: lanes };
}
