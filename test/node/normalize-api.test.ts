import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes, resolve, timexValueRange } from '../../src/normalize/index.js';

describe('findTimexes options and bad input', () => {
  it('requires a reference date and says why', () => {
    assert.throws(() => findTimexes('today', {} as never), {
      name: 'TypeError',
      message: /referenceDate is required/,
    });
    assert.throws(() => findTimexes('today', { referenceDate: 'yesterday' }), {
      name: 'TypeError',
      message: /referenceDate "yesterday" is not an ISO 8601 date/,
    });
    assert.throws(() => findTimexes('today', { referenceDate: '2019-02-30' }), {
      name: 'TypeError',
      message: /not a valid calendar date/,
    });
    assert.throws(() => findTimexes('today', { referenceDate: new Date('nope') }), {
      name: 'TypeError',
      message: /referenceDate is an invalid Date/,
    });
    assert.throws(() => findTimexes('today', { referenceDate: '2019-12-30', prefer: 'sideways' as never }), {
      name: 'TypeError',
      message: /prefer must be one of auto, past, future, nearest/,
    });
  });
  it('accepts Date objects and ISO date-times', () => {
    assert.equal(
      findTimexes('yesterday', { referenceDate: new Date(Date.UTC(2019, 11, 30)) })[0]?.value,
      '2019-12-29',
    );
    assert.equal(findTimexes('yesterday', { referenceDate: '2019-12-30T08:15:00Z' })[0]?.value, '2019-12-29');
  });
  it('returns [] for empty text', () => {
    assert.deepEqual(findTimexes('', { referenceDate: '2019-12-30' }), []);
  });
  it('lets prefer override the tense', () => {
    const text = 'The summit is in January.';
    assert.equal(findTimexes(text, { referenceDate: '2019-12-30', prefer: 'past' })[0]?.value, '2019-01');
    assert.equal(findTimexes(text, { referenceDate: '2019-12-30', prefer: 'future' })[0]?.value, '2020-01');
  });
});

describe('ranges and granularity', () => {
  it('gives each date the interval it covers', () => {
    const [january] = findTimexes('In January, he left.', { referenceDate: '2019-12-30' });
    assert.deepEqual(january?.range, { start: '2019-01-01T00:00:00.000Z', end: '2019-02-01T00:00:00.000Z' });
    assert.equal(january.granularity, 'month');
    const [evening] = findTimexes('on December 29 in the evening', { referenceDate: '2019-12-30' }).slice(1);
    assert.equal(evening?.granularity, 'part-of-day');
    assert.deepEqual(evening.range, { start: '2019-12-29T18:00:00.000Z', end: '2019-12-29T22:00:00.000Z' });
  });
  it('leaves ranges off durations and references', () => {
    const [duration, ref] = findTimexes('for months, now', { referenceDate: '2019-12-30' });
    assert.equal(duration?.value, 'PXM');
    assert.equal(duration.range, undefined);
    assert.equal(ref?.value, 'PRESENT_REF');
    assert.equal(ref.range, undefined);
  });
  it('reads TIMEX values back into ranges', () => {
    assert.deepEqual(timexValueRange('2019-W52')?.range, {
      start: '2019-12-23T00:00:00.000Z',
      end: '2019-12-30T00:00:00.000Z',
    });
    assert.equal(timexValueRange('2018-SU')?.granularity, 'season');
    assert.equal(timexValueRange('P3Y'), undefined);
    assert.equal(timexValueRange('2019-02-30'), undefined);
  });
});

describe('resolve', () => {
  it('reads words that need a cue in prose when they stand alone', () => {
    const value = (s: string): string | undefined => resolve(s, { referenceDate: '2019-12-30' })?.value;
    assert.equal(value("'98"), '1998');
    assert.equal(value('May'), '2019-05');
    assert.equal(value('summer'), '2019-SU');
    assert.equal(value('months'), 'PXM');
    assert.equal(value('former'), 'PAST_REF');
    assert.equal(value('the nineties'), '199X');
    assert.equal(value('in three days'), '2020-01-02');
    assert.equal(findTimexes('She was a former minister.', { referenceDate: '2019-12-30' }).length, 0);
  });
  it('returns the single best reading of a short string', () => {
    assert.equal(resolve('last year', { referenceDate: '2019-12-30' })?.value, '2018');
    assert.equal(resolve('Dec. 29', { referenceDate: '2019-12-30' })?.value, '2019-12-29');
    assert.equal(resolve('for months', { referenceDate: '2019-12-30' })?.value, 'PXM');
    assert.equal(resolve('nothing here', { referenceDate: '2019-12-30' }), undefined);
  });
});

describe('long texts', () => {
  it('keeps exact offsets across chunk boundaries', () => {
    const paragraph = 'The ministry said on December 29 that talks will resume in January. ';
    const text = paragraph.repeat(400);
    const found = findTimexes(text, { referenceDate: '2019-12-30' });
    assert.equal(found.length, 800);
    for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(found.every((t) => t.value === '2019-12-29' || t.value === '2020-01'));
  });
});

describe('pieces of a long text without punctuation', () => {
  it('never cuts a date in two', () => {
    const text = 'The ministry said December 29 talks will resume in January and '.repeat(200);
    const found = findTimexes(text, { referenceDate: '2019-12-30' });
    assert.equal(found.filter((t) => t.text === 'December 29').length, 200);
    assert.ok(found.every((t) => t.text !== 'December'));
  });
});
