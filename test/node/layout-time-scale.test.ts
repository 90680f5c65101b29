import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axisBottom } from 'd3-axis';
import { timeScale } from '../../src/layout/time-scale.js';

const Y2019 = Date.UTC(2019, 0, 1);
const Y2020 = Date.UTC(2020, 0, 1);
const iso = (d: Date): string => d.toISOString().slice(0, 10);

describe('timeScale', () => {
  it('maps time to px linearly and back, with Dates or epoch ms', () => {
    const x = timeScale([Y2019, Y2020], [0, 730]);
    assert.equal(x(Date.UTC(2019, 6, 2)), 364);
    assert.equal(x(new Date(Date.UTC(2019, 6, 2))), 364);
    assert.equal(x.invert(364), Date.UTC(2019, 6, 2));
    assert.deepEqual(x.domain(), [Y2019, Y2020]);
    assert.deepEqual(x.range(), [0, 730]);
  });

  it('draws later times to the left with a reversed range (right to left)', () => {
    const x = timeScale([Y2019, Y2020], [730, 0]);
    assert.equal(x(Y2019), 730);
    assert.equal(x(Date.UTC(2019, 6, 2)), 366);
    assert.equal(x.invert(730), Y2019);
  });

  it('ticks on calendar boundaries in UTC, as d3-scale’s scaleUtc does', () => {
    assert.deepEqual(timeScale([Y2019, Y2020], [0, 800]).ticks(4).map(iso), [
      '2019-01-01',
      '2019-04-01',
      '2019-07-01',
      '2019-10-01',
      '2020-01-01',
    ]);
    const day = timeScale([Date.UTC(2019, 11, 29), Date.UTC(2019, 11, 30)], [0, 800]).ticks(4);
    assert.deepEqual(
      day.map((d) => d.toISOString().slice(11, 16)),
      ['00:00', '06:00', '12:00', '18:00', '00:00'],
    );
  });

  it('maps an empty span to the middle rather than to NaN', () => {
    const x = timeScale([Y2019, Y2019], [0, 100]);
    assert.equal(x(Y2019), 50);
    assert.equal(x(Y2020), 50);
    assert.equal(timeScale([Y2019, Y2020], [40, 40]).invert(40), (Y2019 + Y2020) / 2);
  });

  it('is a scale d3-axis accepts: copy() keeps domain and range', () => {
    const x = timeScale([Y2019, Y2020], [0, 730]);
    const copy = x.copy();
    assert.notEqual(copy, x);
    assert.deepEqual([copy.domain(), copy.range(), copy(Date.UTC(2019, 6, 2))], [x.domain(), x.range(), 364]);
    assert.equal(axisBottom<Date | number>(x).scale(), x);
  });
});
