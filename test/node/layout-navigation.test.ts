import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edgeEvent, readingOrder, stepEvent } from '../../src/layout/navigation.js';
import { densityBins } from '../../src/layout/density.js';
import { fitLabel } from '../../src/layout/label-fit.js';

describe('reading order', () => {
  it('is time order without groups', () => {
    const r = readingOrder(new Int32Array(4));
    assert.deepEqual([...r.order], [0, 1, 2, 3]);
    assert.equal(stepEvent(r, 1, 1), 2);
    assert.equal(stepEvent(r, 3, 1), 3);
    assert.equal(stepEvent(r, 0, -1), 0);
    assert.equal(stepEvent(r, -1, 1), 0);
    assert.equal(edgeEvent(r, 'last'), 3);
  });
  it('follows group, then time', () => {
    // Events in time order; groups 1, 0, 1, 0.
    const r = readingOrder(Int32Array.of(1, 0, 1, 0));
    assert.deepEqual([...r.order], [1, 3, 0, 2]);
    assert.deepEqual([...r.position], [2, 0, 3, 1]);
    assert.equal(stepEvent(r, 3, 1), 0);
    assert.equal(edgeEvent(r, 'first'), 1);
    assert.equal(edgeEvent(r, 'last'), 2);
  });
  it('has no events to step to when empty', () => {
    const r = readingOrder(new Int32Array(0));
    assert.equal(stepEvent(r, -1, 1), undefined);
    assert.equal(edgeEvent(r, 'first'), undefined);
  });
});

describe('densityBins', () => {
  it('counts starts per slice', () => {
    assert.deepEqual([...densityBins(Float64Array.of(0, 1, 1, 9), 0, 10, 2)], [3, 1]);
    assert.deepEqual([...densityBins(Float64Array.of(-5, 0, 5, 10, 15), 0, 10, 2)], [1, 1]);
    assert.deepEqual([...densityBins(Float64Array.of(1), 5, 5, 3)], [0, 0, 0]);
  });
  it('costs a few binary searches at a million events', () => {
    const starts = Float64Array.from({ length: 1_000_000 }, (_, i) => i);
    const bins = densityBins(starts, 0, 1_000_000, 200);
    assert.equal(
      bins.reduce((a, b) => a + b, 0),
      1_000_000,
    );
    assert.equal(bins[0], 5000);
  });
});

describe('fitLabel', () => {
  const measure = (t: string) => t.length * 7;
  it('keeps a title that fits', () => {
    assert.equal(fitLabel('Vote', 100, measure), 'Vote');
  });
  it('cuts at a word boundary with an ellipsis', () => {
    assert.equal(fitLabel('Parliament votes late', 77, measure), 'Parliament…');
    assert.equal(fitLabel('Parliament votes late at night', 140, measure), 'Parliament votes…');
  });
  it('cuts inside a long word when no boundary is near', () => {
    assert.equal(fitLabel('Supercalifragilistic', 70, measure), 'Supercali…');
  });
  it('draws nothing when only a letter or two would fit', () => {
    assert.equal(fitLabel('Parliament', 20, measure), '');
  });
});
