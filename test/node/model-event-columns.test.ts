import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimelineEvent } from '../../src/model/event.js';
import { columnsOf, EventStore, mergeColumns, eventAt } from '../../src/model/event-columns.js';
import { compareEvents, parseEventColumns, parseEvents } from '../../src/model/parse-events.js';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Events with many ties: a few days, months and years, ranges, Date objects, optional fields. */
function events(seed: number, count: number): unknown[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const day = `2019-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`;
    const shape = pick(['day', 'month', 'year', 'range', 'date', 'fuzzy']);
    const event: Record<string, unknown> = { title: `E${i}` };
    if (shape === 'day') event.date = day;
    if (shape === 'month') event.date = day.slice(0, 7);
    if (shape === 'year') event.date = '2019';
    if (shape === 'range') Object.assign(event, { start: day, end: pick(['2019-04', '2019-03-20', '2020']) });
    if (shape === 'date') event.date = new Date(Date.parse(day) + Math.floor(next() * 3) * 3_600_000);
    if (shape === 'fuzzy') event.date = '2019-XX';
    if (next() < 0.3) event.description = `about ${i}`;
    if (next() < 0.2) event.id = pick(['a', 'b', '1', '2', 'event-3']);
    if (next() < 0.05) event.date = 'soon';
    return event;
  });
}

const strip = (list: readonly TimelineEvent[]) => list.map((e) => ({ ...e }));

describe('event columns', () => {
  for (const seed of [1, 7, 42, 20261201]) {
    it(`keep the events of parseEvents in compareEvents order (seed ${seed})`, () => {
      const input = events(seed, 3000);
      const parsed = parseEvents(input);
      const reference = [...parsed.events].reverse().sort(compareEvents);
      assert.deepEqual(strip(parsed.events), strip(reference), `seed ${seed}`);
      assert.equal(parsed.events.length + parsed.invalid.length, input.length, `seed ${seed}`);
      const { columns } = parseEventColumns(input);
      const store = new EventStore(columns);
      assert.deepEqual(strip(store.all()), strip(parsed.events), `seed ${seed}`);
      assert.equal(store.at(5), store.all()[5]);
      assert.equal(
        store.indexOf(parsed.events[9]!.id),
        parsed.events.findIndex((e) => e.id === parsed.events[9]!.id),
      );
    });

    it(`merge sources like a stable sort of their concatenation (seed ${seed})`, () => {
      const a = parseEvents(events(seed, 800), { idPrefix: 'a' }).events;
      const b = parseEvents(events(seed + 1, 500), { idPrefix: 'b' }).events;
      const merged = mergeColumns([columnsOf(a), columnsOf(b)]);
      const reference = [...a, ...b].sort(compareEvents);
      const got = Array.from({ length: merged.length }, (_, i) => eventAt(merged, i));
      assert.deepEqual(strip(got), strip(reference), `seed ${seed}`);
    });
  }

  it('keep an empty list and a single source as they are', () => {
    const { columns } = parseEventColumns([]);
    assert.equal(columns.length, 0);
    const one = columnsOf(parseEvents([{ date: '2019', title: 'x' }]).events);
    assert.equal(mergeColumns([columns, one]), one);
  });
});
