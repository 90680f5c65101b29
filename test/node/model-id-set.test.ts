import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdSet } from '../../src/model/id-set.js';

/** Deterministic pseudo-random generator (LCG); the seed is printed on failure. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('IdSet', () => {
  it('answers like a Set of strings for integer-like, generated and other ids', () => {
    const ids = new IdSet('event');
    for (const id of ['0', '7', '42', 'event-3', 'event-10', 'x', '16777216', 'event-0']) ids.add(id);
    for (const id of ['0', '7', '42', 'event-3', 'event-10', 'x', '16777216', 'event-0'])
      assert.equal(ids.has(id), true, id);
    for (const id of [
      '007',
      '07',
      '-7',
      '+7',
      '4 2',
      '43',
      'event-03',
      'event-',
      'event3',
      'Event-3',
      'event-4',
      '',
      '16777217',
      'src-3',
    ])
      assert.equal(ids.has(id), false, id);
  });

  for (const seed of [1, 2, 3, 20261201]) {
    it(`agrees with Set<string> on 20,000 random ids (seed ${seed})`, () => {
      const next = random(seed);
      const shapes = [
        () => String(Math.floor(next() * 3000)),
        () => `0${Math.floor(next() * 30)}`,
        () => `event-${Math.floor(next() * 3000)}`,
        () => `event-0${Math.floor(next() * 9)}`,
        () => `src-${Math.floor(next() * 50)}`,
        () => String(Math.floor(next() * 2 ** 26)),
        () => ['', '-', 'event', 'event-', ' 1', '1 '][Math.floor(next() * 6)]!,
      ];
      const ids = new IdSet('event');
      const reference = new Set<string>();
      for (let i = 0; i < 20_000; i++) {
        const id = shapes[Math.floor(next() * shapes.length)]!();
        assert.equal(ids.has(id), reference.has(id), `seed ${seed}, step ${i}: has("${id}")`);
        if (next() < 0.5) {
          ids.add(id);
          reference.add(id);
        }
      }
    });
  }
});
