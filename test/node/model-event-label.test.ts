import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventDateLabel } from '../../src/model/event-label.js';
import { parseEvents } from '../../src/model/parse-events.js';
import { tickFormatter, tickUnit } from '../../src/layout/tick-format.js';

const label = (input: Record<string, string>, locale = 'en-GB') => {
  const event = parseEvents([{ title: 't', ...input }]).events[0]!;
  return eventDateLabel(event, locale);
};

describe('eventDateLabel', () => {
  it('describes each granularity in the locale', () => {
    assert.equal(label({ date: '2019-12-29TEV' }), '29 December 2019, evening');
    assert.equal(label({ date: '2019-12-29' }), '29 December 2019');
    assert.equal(label({ date: '2019-01' }), 'January 2019');
    assert.equal(label({ date: '2019-01' }, 'de-DE'), 'Januar 2019');
    assert.equal(label({ date: '2019-Q3' }), 'Q3 2019');
    assert.equal(label({ date: '2018-SU' }), 'summer 2018');
    assert.equal(label({ date: '199X' }), '1990s');
    assert.equal(label({ date: '2019-XX' }), '2019 (approximate)');
    assert.equal(label({ start: '2019-01', end: '2019-03' }), 'January 2019 – March 2019');
  });
});

describe('tickFormatter', () => {
  it('labels a tick with the coarsest unit it starts, localized', () => {
    const en = tickFormatter('en-US');
    const de = tickFormatter('de-DE');
    assert.equal(en(new Date(Date.UTC(2019, 0, 1))), '2019');
    assert.equal(en(new Date(Date.UTC(2019, 2, 1))), 'Mar');
    assert.equal(de(new Date(Date.UTC(2019, 2, 1))), 'Mär');
    assert.equal(de(new Date(Date.UTC(2019, 2, 5))), '5. März');
    assert.equal(de(new Date(Date.UTC(2019, 2, 5, 18))), '18:00');
    assert.equal(tickUnit(new Date(Date.UTC(2019, 2, 5, 18, 30))), 'minute');
  });
  it('falls back to the default locale for invalid tags', () => {
    assert.equal(tickFormatter('not a locale!!')(new Date(Date.UTC(2019, 0, 1))), '2019');
  });
});

describe('eventDateLabel: mod', () => {
  it('says early, mid-, late and around instead of "approximate"', () => {
    assert.equal(label({ date: '2004', mod: 'START' }), 'early 2004');
    assert.equal(label({ date: '2004-03', mod: 'MID' }), 'mid-March 2004');
    assert.equal(label({ date: '2004', mod: 'END' }), 'late 2004');
    assert.equal(label({ date: '2004', mod: 'APPROX' }), 'around 2004');
  });
});
