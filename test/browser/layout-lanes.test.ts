// Lane layout rules added with the element's text mode and speed work (the base rules are
// unit-tested in test/node/layout-lanes.test.ts); pure functions, run here in the browser.
import { expect } from '@open-wc/testing';
import { indexMarkTimes, layoutMarks, type LayoutOptions, type MarkTimes } from '../../src/layout/lanes.js';

const DAY = 86_400_000;

function times(spans: Array<[number, number, boolean]>): MarkTimes {
  return {
    starts: Float64Array.from(spans.map((s) => s[0])),
    ends: Float64Array.from(spans.map((s) => s[1])),
    points: Uint8Array.from(spans.map((s) => (s[2] ? 1 : 0))),
  };
}

const options = (lanes: number, labelWidth: (i: number) => number = () => 50): LayoutOptions => ({
  lanes,
  pointWidth: 10,
  gap: 5,
  labelWidth,
  clusterLabelWidth: (count) => 10 + String(count).length * 8,
});

describe('layoutMarks at the right edge', () => {
  it('puts the label of a point near the right edge on its left', () => {
    // Day 9.5 of a 10-day window 1000 px wide: the dot is at 945–955 px, a 50 px label would end at 1009.
    const layout = layoutMarks(
      times([[9 * DAY, 10 * DAY, true]]),
      { start: 0, end: 10 * DAY, width: 1000 },
      options(2),
    );
    expect(layout.placed).to.deep.equal([
      { index: 0, lane: 0, x0: 945, x1: 955, labelX: 891, labelWidth: 50 },
    ]);
  });

  it('takes another lane for a left label when the mark’s lane is busy on the left', () => {
    const layout = layoutMarks(
      times([
        [8 * DAY, 9 * DAY, true],
        [9 * DAY, 10 * DAY, true],
      ]),
      { start: 0, end: 10 * DAY, width: 1000 },
      options(2, (i) => (i === 0 ? 30 : 50)),
    );
    // Event 0 (845–855, label 859–889) holds lane 0 up to 889; event 1's left label 891–941 needs
    // lane 0 free before 886 — it is not — so it goes to lane 1.
    expect(layout.placed.map((p) => [p.index, p.lane, p.labelX, p.labelWidth])).to.deep.equal([
      [0, 0, 859, 30],
      [1, 1, 891, 50],
    ]);
  });

  it('cuts labels that have no room on either side to the plot', () => {
    // A bar starting 20 px before the edge: its label cannot move left of the bar's start.
    const layout = layoutMarks(
      times([[98 * DAY, 120 * DAY, false]]),
      { start: 0, end: 100 * DAY, width: 1000 },
      options(1),
    );
    expect(layout.placed[0]!.labelX).to.equal(984);
    expect(layout.placed[0]!.labelWidth).to.equal(16);
  });

  it('draws cluster pills as wide as their own count and keeps them inside the plot', () => {
    const many = Array.from({ length: 200 }, (_, i) => [
      i * 3_600_000,
      i * 3_600_000 + 60_000,
      true,
    ]) as Array<[number, number, boolean]>;
    const view = { start: -DAY, end: 8 * DAY + 8 * 3_600_000, width: 400 };
    const layout = layoutMarks(times(many), view, options(1));
    expect(layout.clusters.length).to.be.greaterThan(0);
    for (const cluster of layout.clusters) {
      expect(cluster.x1 - cluster.x0).to.be.closeTo(10 + String(cluster.count).length * 8, 1e-9);
      expect(cluster.x1).to.be.at.most(400);
    }
  });
});

describe('indexMarkTimes', () => {
  it('summarizes durations and block maxima', () => {
    const data = times([
      [0, DAY, true],
      [DAY, 2 * DAY + 5, false],
      [2 * DAY, 2 * DAY + 3_600_000, true],
    ]);
    const index = indexMarkTimes(data);
    expect([...index.blockEndMax]).to.deep.equal([2 * DAY + 3_600_000]);
    expect([index.minPointDuration, index.maxPointDuration, index.hasIntervals]).to.deep.equal([
      3_600_000,
      DAY,
      true,
    ]);
  });

  it('gives the same layout as visiting every event, on random data and windows', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let trial = 0; trial < 40; trial++) {
      const spans = Array.from({ length: 200 + Math.floor(random() * 3000) }, () => {
        const start = Math.floor(random() * 3650) * DAY + Math.floor(random() * 24) * 3_600_000;
        const kind = random();
        if (kind < 0.1) return [start, start + Math.floor(random() * 400 + 1) * DAY, false];
        return [start, start + [DAY, 4 * 3_600_000, 3_600_000][trial % 3]!, true];
      }) as Array<[number, number, boolean]>;
      spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const plain = times(spans);
      const indexed = { ...plain, index: indexMarkTimes(plain) };
      const start = random() * 3650 * DAY - 200 * DAY;
      const view = {
        start,
        end: start + random() ** 3 * 4000 * DAY + DAY,
        width: 300 + Math.floor(random() * 1200),
      };
      const opts = {
        ...options(1 + Math.floor(random() * 10), (i: number) => 30 + ((i * 37) % 90)),
        maxDuration: Math.max(...spans.map((s) => s[1] - s[0])),
      };
      expect(layoutMarks(indexed, view, opts)).to.deep.equal(layoutMarks(plain, view, opts));
    }
  });
});
