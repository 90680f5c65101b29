import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';
import {
  datesAFigure,
  describesTheSubject,
  isPartOfDayOfInfinitive,
  isTallySince,
  isSeasonKind,
} from '../../src/extract/generic-times.js';

// Made-up sentences of generic and scene-setting times: dates that tell no event.
const events = (text: string): string[] =>
  extractEvents(text, { referenceDate: '2021-06-18' }).events.map(
    (e) => `${e.date.value} ${e.why.expression}`,
  );
const span = (s: string, words: string): [string, number, number] => [
  s,
  s.indexOf(words),
  s.indexOf(words) + words.length,
];

describe('generic times', () => {
  test('a bare part of day closing an infinitive clause is no event', () => {
    assert.equal(
      isPartOfDayOfInfinitive(...span('Linemen were told to keep working overnight.', 'overnight')),
      true,
    );
    assert.equal(
      isPartOfDayOfInfinitive(...span('Guests were allowed to stay in the evening.', 'in the evening')),
      true,
    );
    assert.deepEqual(events('Linemen were told to keep working overnight.'), []);
    // A part of day of the verb itself, or one with its day, stays.
    assert.equal(isPartOfDayOfInfinitive(...span('Two more cases emerged overnight.', 'overnight')), false);
    assert.equal(isPartOfDayOfInfinitive(...span('He went to Boston overnight.', 'overnight')), false);
    assert.deepEqual(events('Two more cases emerged overnight.').length, 1);
  });

  test('a season with no year before a noun names a kind, not a time', () => {
    assert.equal(isSeasonKind(...span('She spoke as a late-winter rain fell.', 'late-winter')), true);
    assert.equal(isSeasonKind(...span('The summer heat wore on the crews.', 'The summer')), true);
    assert.deepEqual(events('She spoke as a late-winter rain fell on the square.'), []);
    assert.equal(isSeasonKind(...span('A service will be held in the spring.', 'the spring')), false);
    assert.equal(isSeasonKind(...span('The line opened in spring, months late.', 'spring')), false);
    assert.equal(isSeasonKind(...span('The league final is this summer.', 'this summer')), false);
  });

  test('a date describing the person or thing that opens the sentence is no event of its verb', () => {
    const s = 'A reporter in the 1970s “would have chased this for weeks,” she said.';
    assert.equal(describesTheSubject(...span(s, 'the 1970s')), true);
    assert.deepEqual(events(s), []);
    const fire = 'The fire in 2019 destroyed the chapel.';
    assert.equal(describesTheSubject(...span(fire, '2019')), false);
    const verb = 'The mill closed in the 1970s.';
    assert.equal(describesTheSubject(...span(verb, 'the 1970s')), false);
    const entered = 'Dole entered politics in the 1950s.';
    assert.equal(describesTheSubject(...span(entered, 'the 1950s')), false);
    const driver = 'The driver in Tuesday’s crash was charged.';
    assert.equal(describesTheSubject(...span(driver, 'Tuesday’s')), false);
  });

  test('an opening "since <date>" of a present-perfect tally is where the count starts', () => {
    const s = 'Since March 1, state inspectors have closed 14 restaurants.';
    assert.equal(isTallySince(...span(s, 'March 1')), true);
    assert.deepEqual(events(s), []);
    const ill = 'He had been ill since 2012 and died on Tuesday.';
    assert.equal(isTallySince(...span(ill, '2012')), false);
    const opened = 'Since March 1, the clinic opened two wards.';
    assert.equal(isTallySince(...span(opened, 'March 1')), false);
  });

  test('a date that fixes a figure compared with is no event', () => {
    const s = 'The offer is a premium of 20% to the stock’s closing price on Tuesday.';
    assert.equal(datesAFigure(s, s.indexOf('Tuesday')), true);
    assert.deepEqual(events(s), []);
    const closed = 'The stock closed at $41 on Tuesday.';
    assert.equal(datesAFigure(closed, closed.indexOf('Tuesday')), false);
    assert.deepEqual(events(closed).length, 1);
  });
});
