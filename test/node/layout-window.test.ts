import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clampWindow,
  contextWindow,
  DAY,
  denseRange,
  drawableTime,
  paddedExtent,
  panBounds,
  revealWindow,
  TIME_LIMIT,
  zoomWindow,
} from '../../src/layout/window.js';

describe('zoomWindow', () => {
  it('zooms around the centre or an anchor that stays in place', () => {
    assert.deepEqual(zoomWindow({ start: 0, end: 100 }, 2), { start: 25, end: 75 });
    assert.deepEqual(zoomWindow({ start: 0, end: 100 }, 0.5, 0), { start: 0, end: 200 });
    assert.deepEqual(zoomWindow({ start: 0, end: 100 }, 2, 80), { start: 40, end: 90 });
  });

  it('ignores factors that are not finite and positive', () => {
    for (const factor of [0, -2, Number.NaN, Infinity, -Infinity]) {
      assert.equal(zoomWindow({ start: 0, end: 100 }, factor), undefined, String(factor));
    }
  });
});

describe('clampWindow', () => {
  const bounds = { start: 0, end: 1000 };
  it('moves a window back inside the bounds without resizing it', () => {
    assert.deepEqual(clampWindow({ start: -50, end: 50 }, bounds, 1), { start: 0, end: 100 });
    assert.deepEqual(clampWindow({ start: 950, end: 1100 }, bounds, 1), { start: 850, end: 1000 });
    assert.deepEqual(clampWindow({ start: 10, end: 20 }, bounds, 1), { start: 10, end: 20 });
  });
  it('limits zooming out to the bounds and zooming in to the minimum width', () => {
    assert.deepEqual(clampWindow({ start: -500, end: 2000 }, bounds, 1), bounds);
    assert.deepEqual(clampWindow({ start: 500, end: 500 }, bounds, 60), { start: 470, end: 530 });
  });
});

describe('panBounds and paddedExtent', () => {
  it('adds half the extent (at least 30 days) and includes extra times', () => {
    assert.deepEqual(panBounds(0, 100 * DAY), { start: -50 * DAY, end: 150 * DAY });
    assert.deepEqual(panBounds(0, DAY), { start: -30 * DAY, end: 31 * DAY });
    assert.deepEqual(panBounds(0, DAY, [-40 * DAY, Number.NaN]), { start: -40 * DAY, end: 31 * DAY });
  });
  it('never leaves the drawable range', () => {
    const b = panBounds(-TIME_LIMIT, TIME_LIMIT);
    assert.deepEqual(b, { start: -TIME_LIMIT, end: TIME_LIMIT });
    assert.equal(drawableTime(8.64e15), false);
    assert.equal(drawableTime(Date.UTC(2019, 0, 1)), true);
  });
  it('pads by 4 %, at least a day', () => {
    assert.deepEqual(paddedExtent(0, 100 * DAY), { start: -4 * DAY, end: 104 * DAY });
    assert.deepEqual(paddedExtent(0, 10), { start: -DAY, end: 10 + DAY });
  });
});

describe('denseRange (the Fit rule)', () => {
  const days = (...d: number[]) => Float64Array.from(d, (x) => x * DAY);
  it('keeps every event when none is an outlier', () => {
    assert.deepEqual(denseRange(days(1, 2, 3, 4, 5, 6)), [0, 5]);
    assert.deepEqual(denseRange(days(0, 100)), [0, 1]);
    // Fewer than five events: nothing is left out.
    assert.deepEqual(denseRange(days(0, 5000, 5001, 5002)), [0, 3]);
  });
  it('leaves out one early outlier among ten events of a fortnight', () => {
    // 2003 in a December-2019 story.
    const dec2019 = 18_230;
    const story = days(dec2019 - 6000, ...Array.from({ length: 10 }, (_, i) => dec2019 + i * 1.5));
    assert.deepEqual(denseRange(story), [1, 10]);
  });
  it('leaves out outliers at both ends within 10 % of the events', () => {
    const middle = Array.from({ length: 18 }, (_, i) => 1000 + i);
    assert.deepEqual(denseRange(days(0, ...middle, 5000)), [1, 18]);
  });
  it('keeps a gap that is small against the rest', () => {
    assert.deepEqual(denseRange(days(0, 10, 11, 12, 13, 14, 15)), [0, 6]);
  });
});

describe('revealWindow and contextWindow', () => {
  it('does not move for an event inside the window and centres one outside', () => {
    assert.equal(revealWindow({ start: 0, end: 100 }, 40, 42), undefined);
    assert.deepEqual(revealWindow({ start: 0, end: 100 }, 199, 201), { start: 150, end: 250 });
  });
  it('widens the window for an event longer than it', () => {
    const w = revealWindow({ start: 0, end: 100 }, 0, 900)!;
    assert.equal(w.end - w.start, 1000);
    assert.equal((w.start + w.end) / 2, 450);
  });
  it('shows an event with its neighbours, without zooming out to a far outlier', () => {
    const starts = days(0, 1, 2, 3);
    const ends = Float64Array.from(starts, (s) => s + DAY);
    const w = contextWindow(starts, ends, 0);
    assert.ok(w.start < 0 && w.end > 3 * DAY && w.end <= 4 * DAY, JSON.stringify(w));
    const far = days(-5000, 0, 1);
    const farEnds = Float64Array.from(far, (s) => s + DAY);
    const v = contextWindow(far, farEnds, 0);
    assert.ok(v.end - v.start < 60 * DAY, JSON.stringify(v));
    assert.ok(v.start < -5000 * DAY && v.end > -4999 * DAY);
  });
  function days(...d: number[]): Float64Array {
    return Float64Array.from(d, (x) => x * DAY);
  }
});
