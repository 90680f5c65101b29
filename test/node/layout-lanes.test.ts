import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutMarks, lowerBound, type LayoutOptions, type MarkTimes } from '../../src/layout/lanes.js';

const DAY = 86_400_000;

function times(spans: Array<[number, number, boolean]>): MarkTimes {
  return {
    starts: Float64Array.from(spans.map((s) => s[0])),
    ends: Float64Array.from(spans.map((s) => s[1])),
    points: Uint8Array.from(spans.map((s) => (s[2] ? 1 : 0))),
  };
}

const options = (lanes: number, labelWidth = 50): LayoutOptions => ({
  lanes,
  pointWidth: 10,
  gap: 5,
  labelWidth: () => labelWidth,
  clusterLabelWidth: (count) => 10 + String(count).length * 8,
});

/** Days 0..n-1 as point events. */
const days = (n: number, step = 1) =>
  times(
    Array.from(
      { length: n },
      (_, i) => [i * step * DAY, (i * step + 1) * DAY, true] as [number, number, boolean],
    ),
  );

describe('lowerBound', () => {
  it('finds the first start at or after a time', () => {
    const starts = Float64Array.from([1, 3, 3, 7]);
    assert.equal(lowerBound(starts, 0), 0);
    assert.equal(lowerBound(starts, 3), 1);
    assert.equal(lowerBound(starts, 4), 3);
    assert.equal(lowerBound(starts, 8), 4);
  });
});

describe('layoutMarks', () => {
  it('centres points in their interval and puts the label right of the mark', () => {
    const layout = layoutMarks(days(1), { start: 0, end: 10 * DAY, width: 1000 }, options(3));
    assert.deepEqual(layout.placed, [{ index: 0, lane: 0, x0: 45, x1: 55, labelX: 59, labelWidth: 50 }]);
    assert.deepEqual(layout.clusters, []);
  });

  it('stacks overlapping labels into lanes', () => {
    // Day marks 20 px apart, labels 50 px wide: every third event returns to lane 0.
    const layout = layoutMarks(days(6), { start: 0, end: 50 * DAY, width: 1000 }, options(4));
    assert.deepEqual(
      layout.placed.map((p) => p.lane),
      [0, 1, 2, 3, 0, 1],
    );
  });

  it('never lets marks or labels in a lane overlap', () => {
    const spans: Array<[number, number, boolean]> = [];
    for (let i = 0; i < 400; i++) {
      const start = Math.floor((i * 7919) % 365) * DAY;
      spans.push([start, start + ((i % 5) + 1) * DAY * (i % 3 === 0 ? 20 : 1), i % 3 !== 0]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    const layout = layoutMarks(times(spans), { start: 0, end: 365 * DAY, width: 900 }, options(5, 60));
    const byLane = new Map<number, Array<[number, number]>>();
    for (const p of layout.placed) {
      const extent: [number, number] = [Math.max(p.x0, 0), Math.max(p.x1, p.labelX + p.labelWidth)];
      byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), extent]);
    }
    for (const extents of byLane.values()) {
      for (let i = 1; i < extents.length; i++)
        assert.ok(extents[i]![0] >= extents[i - 1]![1], 'overlap in lane');
    }
    for (let i = 1; i < layout.clusters.length; i++) {
      assert.ok(layout.clusters[i]!.x0 > layout.clusters[i - 1]!.x1, 'cluster labels overlap');
    }
    const clustered = layout.clusters.reduce((n, c) => n + c.count, 0);
    assert.equal(layout.placed.length + clustered, 400, 'every visible event is placed or clustered');
  });

  it('clusters events that do not fit and counts them', () => {
    // 100 events on consecutive days squeezed into 100 px with one lane.
    const layout = layoutMarks(days(100), { start: 0, end: 100 * DAY, width: 100 }, options(1));
    assert.equal(layout.placed.filter((p) => p.lane === 0).length, 2);
    const total = layout.clusters.reduce((n, c) => n + c.count, 0);
    const singles = layout.placed.filter((p) => p.lane === layout.clusterRow).length;
    assert.equal(total + singles, 98);
    const first = layout.clusters[0]!;
    assert.equal(first.first, 1);
    assert.equal(first.start, 1 * DAY);
    assert.ok(first.count > 1);
    assert.equal(layout.clusterRow, 1);
  });

  it('expands clusters when zoomed in', () => {
    const data = days(100);
    const zoomedOut = layoutMarks(data, { start: 0, end: 100 * DAY, width: 200 }, options(2));
    const zoomedIn = layoutMarks(data, { start: 0, end: 5 * DAY, width: 1000 }, options(2));
    assert.ok(zoomedOut.clusters.length > 0);
    assert.deepEqual(zoomedIn.clusters, []);
    assert.deepEqual(
      zoomedIn.placed.map((p) => p.index),
      [0, 1, 2, 3, 4],
    );
  });

  it('skips events outside the window and keeps long bars that cross it', () => {
    const data = times([
      [0, 1 * DAY, true],
      [0, 100 * DAY, false],
      [50 * DAY, 51 * DAY, true],
      [200 * DAY, 201 * DAY, true],
    ]);
    const layout = layoutMarks(
      data,
      { start: 40 * DAY, end: 60 * DAY, width: 200 },
      { ...options(3), maxDuration: 100 * DAY },
    );
    assert.deepEqual(
      layout.placed.map((p) => [p.index, p.lane, p.x0]),
      [
        [1, 0, -400],
        [2, 1, 100],
      ],
    );
    // A bar starting off-screen labels at the left edge.
    assert.equal(layout.placed[0]!.labelX, 4);
  });
});
