import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boxesCollide, tickBoxes } from '../../src/layout/axis-labels.js';

describe('tickBoxes', () => {
  it('centres labels and aligns those at the ends inwards', () => {
    assert.deepEqual(tickBoxes([5, 150, 295], [40, 40, 40], 300), [
      { left: 5, right: 45, align: 'left' },
      { left: 130, right: 170, align: 'center' },
      { left: 255, right: 295, align: 'right' },
    ]);
  });
});

describe('boxesCollide', () => {
  it('finds labels closer than the gap, whatever the order of the ticks', () => {
    const boxes = tickBoxes([300, 200, 100], [60, 60, 60], 400);
    assert.equal(boxesCollide(boxes, 8), false);
    assert.equal(boxesCollide(boxes, 41), true);
    assert.equal(boxesCollide(tickBoxes([100, 150], [60, 60], 400), 0), true);
  });
});
