import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutMarks, type MarkTimes } from '../../src/layout/lanes.js';
import { mirrorLayout, mirrorX } from '../../src/layout/mirror.js';

const DAY = 86_400_000;

function times(starts: number[], ends = starts): MarkTimes {
  return {
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    points: Uint8Array.from(starts.map((s, i) => (ends[i] === s ? 1 : 0))),
  };
}

describe('mirrorLayout', () => {
  it('flips marks, labels and clusters about the middle of the plot', () => {
    const layout = {
      placed: [{ index: 0, lane: 1, x0: 10, x1: 20, labelX: 24, labelWidth: 50 }],
      clusters: [{ first: 1, last: 3, count: 3, start: 0, end: 1, x0: 100, x1: 160 }],
      clusterRow: 2,
    };
    mirrorLayout(layout, 400);
    assert.deepEqual(layout.placed[0], { index: 0, lane: 1, x0: 380, x1: 390, labelX: 326, labelWidth: 50 });
    assert.equal(layout.clusters[0]!.x0, 240);
    assert.equal(layout.clusters[0]!.x1, 300);
    assert.equal(layout.clusterRow, 2);
  });

  it('puts each label left of its dot, the earliest event at the right', () => {
    const start = Date.UTC(2020, 0, 1);
    const layout = layoutMarks(
      times([start + DAY, start + 5 * DAY]),
      { start, end: start + 10 * DAY, width: 500 },
      { lanes: 3, pointWidth: 10, gap: 8, labelWidth: () => 60, clusterLabelWidth: () => 40 },
    );
    const ltr = structuredClone(layout.placed);
    mirrorLayout(layout, 500);
    for (const [i, m] of layout.placed.entries()) {
      assert.ok(m.labelX + m.labelWidth <= m.x0, `label ${i} ends before its dot starts`);
      assert.equal(m.x0, 500 - ltr[i]!.x1);
    }
    const [first, second] = layout.placed.sort((a, b) => a.index - b.index);
    assert.ok(first!.x0 > second!.x0, 'earlier event further right');
  });

  it('mirrorX measures from the right edge', () => {
    assert.equal(mirrorX(0, 300), 300);
    assert.equal(mirrorX(120, 300), 180);
  });
});
