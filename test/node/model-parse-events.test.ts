import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EventDataError,
  parseDateValue,
  parseEvents,
  parseEventsJson,
} from '../../src/model/parse-events.js';

describe('parseDateValue', () => {
  it('keeps TIMEX granularity', () => {
    assert.deepEqual(parseDateValue('2019-12-29TEV'), {
      start: Date.UTC(2019, 11, 29, 18),
      end: Date.UTC(2019, 11, 29, 22),
      granularity: 'part-of-day',
      fuzzy: false,
    });
    assert.deepEqual(parseDateValue('2019-Q3'), {
      start: Date.UTC(2019, 6, 1),
      end: Date.UTC(2019, 9, 1),
      granularity: 'quarter',
      fuzzy: false,
    });
    // TIMEX3 writes a decade as 199X: the whole decade, not an unknown year.
    const decade = parseDateValue('199X');
    assert.ok(typeof decade !== 'string');
    assert.equal(decade.granularity, 'decade');
    assert.equal(decade.fuzzy, false);
    const unknownYear = parseDateValue('2019-XX');
    assert.ok(typeof unknownYear !== 'string');
    assert.equal(unknownYear.fuzzy, true);
  });
  it('reads Date objects and zoned ISO date-times as instants', () => {
    assert.deepEqual(parseDateValue(new Date(Date.UTC(2020, 0, 2, 3, 4, 5))), {
      start: Date.UTC(2020, 0, 2, 3, 4, 5),
      end: Date.UTC(2020, 0, 2, 3, 4, 6),
      granularity: 'second',
      fuzzy: false,
    });
    assert.deepEqual(parseDateValue(new Date('2019-12-29')), {
      start: Date.UTC(2019, 11, 29),
      end: Date.UTC(2019, 11, 30),
      granularity: 'day',
      fuzzy: false,
    });
    assert.equal(
      (parseDateValue(new Date(Date.UTC(2020, 0, 2, 3, 4))) as { granularity: string }).granularity,
      'minute',
    );
    const zoned = parseDateValue('2019-12-29T15:30:00+01:00');
    assert.ok(typeof zoned !== 'string');
    assert.equal(zoned.start, Date.UTC(2019, 11, 29, 14, 30));
  });
  it('explains what it cannot read', () => {
    assert.equal(parseDateValue('next week'), 'unreadable date "next week"');
    assert.equal(parseDateValue('2019-02-30'), 'unreadable date "2019-02-30"');
    assert.equal(parseDateValue(42), 'date must be a Date or a string, got number');
    assert.equal(parseDateValue(new Date('nope')), 'invalid Date object');
    assert.equal(parseDateValue('  '), 'empty date');
  });
});

describe('parseEvents', () => {
  it('maps granularity to mark kinds and sorts by time', () => {
    const { events, invalid } = parseEvents([
      { date: '2019-01', title: 'Month' },
      { date: '2018-05-04', title: 'Day' },
      { start: '2017', end: '2018-03', title: 'Range' },
      { date: '2003', title: 'Year' },
    ]);
    assert.deepEqual(invalid, []);
    assert.deepEqual(
      events.map((e) => [e.title, e.kind, e.granularity]),
      [
        ['Year', 'band', 'year'],
        ['Range', 'bar', 'year'],
        ['Day', 'point', 'day'],
        ['Month', 'band', 'month'],
      ],
    );
    const range = events[1]!;
    assert.equal(range.start, Date.UTC(2017, 0, 1));
    assert.equal(range.end, Date.UTC(2018, 3, 1));
    assert.equal(range.value, '2017/2018-03');
    assert.equal(events[0]!.id, 'event-4');
  });
  it('reports every bad input with a reason and keeps the good ones', () => {
    const result = parseEvents([
      { date: '2019-12-29', title: 'Good' },
      { title: 'No date' },
      { date: 'tomorrowish', title: 'Bad date' },
      { date: '2019-05-01' },
      { start: '2020', end: '2019', title: 'Backwards' },
      'a string',
      null,
    ]);
    assert.deepEqual(
      result.events.map((e) => e.title),
      ['Good'],
    );
    assert.deepEqual(
      result.invalid.map((i) => [i.index, i.title, i.reason]),
      [
        [1, 'No date', 'no date'],
        [2, 'Bad date', 'unreadable date "tomorrowish"'],
        [3, undefined, 'missing title'],
        [4, 'Backwards', 'end is before start'],
        [5, undefined, 'expected an object, got string'],
        [6, undefined, 'expected an object, got null'],
      ],
    );
  });
  it('warns about unknown fields, unsafe urls, long text and duplicate ids', () => {
    const { events, warnings } = parseEvents([
      { id: 'a', date: '2019', title: 'x'.repeat(600), colour: 'red', url: 'javascript:alert(1)' },
      { id: 'a', date: '2019', title: 'Second', url: 'https://example.org/a' },
    ]);
    assert.equal(events[0]!.title.length, 501);
    assert.equal(events[0]!.url, undefined);
    assert.equal(events[1]!.url, 'https://example.org/a');
    assert.equal(events[1]!.id, 'a-2');
    assert.deepEqual(warnings, [
      'event 1: field "title" truncated to 500 characters',
      'event 1: unsafe or invalid url removed',
      'event 2: duplicate id "a" renamed',
      'unknown field "colour" ignored (1 event)',
    ]);
  });
  it('keeps titles as plain strings (no markup interpretation)', () => {
    const { events } = parseEvents([{ date: '2019', title: '<img src=x onerror=alert(1)>' }]);
    assert.equal(events[0]!.title, '<img src=x onerror=alert(1)>');
  });
  it('rejects non-arrays as one invalid entry', () => {
    const { events, invalid } = parseEvents({ title: 'x' });
    assert.equal(events.length, 0);
    assert.equal(invalid[0]!.reason, 'expected an array of events, got object');
  });
});

describe('parseEventsJson', () => {
  it('accepts an array or {events: [...]}', () => {
    assert.equal(parseEventsJson('[{"date":"2003","title":"A"}]').events[0]!.granularity, 'year');
    assert.equal(
      parseEventsJson('{"events":[{"date":"2003-03","title":"A"}]}').events[0]!.granularity,
      'month',
    );
  });
  it('throws a clear error on malformed JSON or wrong shapes', () => {
    assert.throws(
      () => parseEventsJson('[{"date":'),
      (e: unknown) => {
        assert.ok(e instanceof EventDataError);
        assert.match(e.message, /^not valid JSON: /);
        return true;
      },
    );
    assert.throws(() => parseEventsJson('"hello"'), {
      message: 'expected a JSON array of events (or {"events": [...]}), got string',
    });
  });
});

describe('parseEvents: mod', () => {
  const year = (y: number) => Date.UTC(y, 0, 1);
  it('draws "early", "mid" and "late" as the matching third of the period, approximate', () => {
    const { events, warnings } = parseEvents([
      { title: 'a', date: '2004', mod: 'START' },
      { title: 'b', date: '2004', mod: 'MID' },
      { title: 'c', date: '2004', mod: 'END' },
      { title: 'd', date: '2004', mod: 'APPROX' },
    ]);
    const third = (year(2005) - year(2004)) / 3;
    assert.deepEqual(
      events.map((e) => [e.title, e.start, e.end, e.fuzzy, e.mod]),
      [
        ['a', year(2004), year(2004) + third, true, 'START'],
        ['d', year(2004), year(2005), true, 'APPROX'],
        ['b', year(2004) + third, year(2004) + 2 * third, true, 'MID'],
        ['c', year(2004) + 2 * third, year(2005), true, 'END'],
      ],
    );
    assert.deepEqual(warnings, []);
  });

  it('only blurs a day, and refuses a mod it does not know or on a range', () => {
    const { events, warnings } = parseEvents([
      { title: 'day', date: '2019-12-29', mod: 'START' },
      { title: 'odd', date: '2004', mod: 'SOON' },
      { title: 'range', start: '2004', end: '2006', mod: 'END' },
    ]);
    assert.deepEqual(
      events.map((e) => [e.title, e.start, e.end, e.fuzzy]),
      [
        ['odd', year(2004), year(2005), false],
        ['range', year(2004), year(2007), false],
        ['day', Date.UTC(2019, 11, 29), Date.UTC(2019, 11, 30), true],
      ],
    );
    assert.deepEqual(warnings, [
      'event 2: mod must be START, MID, END or APPROX; ignored',
      'event 3: mod applies to date, not to start and end; ignored',
    ]);
  });
});
