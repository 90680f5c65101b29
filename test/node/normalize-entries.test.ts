import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTimexes } from '../../src/normalize/index.js';
import { expectTimex } from './normalize-helpers.js';

const values = (text: string, referenceDate: string): string[] =>
  findTimexes(text, { referenceDate }).map((t) => `${t.text}=${t.value}`);

describe('parts of day with clock times, midday, timeline entries', () => {
  test('a night or evening makes an hour without a.m./p.m. the evening', () => {
    // 2019-12-30 is a Monday: "set for … Friday night" is the coming Friday.
    expectTimex('The launch is set for 8:15 local time Friday night.', [
      '8:15 local time Friday night',
      '2020-01-03T20:15',
    ]);
    expectTimex('They met Friday evening at 7:30.', ['Friday evening at 7:30', '2019-12-27T19:30']);
    expectTimex('The vote came at 8 a.m. Friday.', ['8 a.m. Friday', '2019-12-27T08:00']);
  });
  test('"midday" is the middle of the day, not 12:00', () => {
    expectTimex('They met at midday on Tuesday.', ['midday on Tuesday', '2019-12-24TMI', 'TIME']);
    expectTimex('The bell rang at noon on Tuesday.', ['noon on Tuesday', '2019-12-24T12:00']);
  });
  test('year-less entry lines of a look-back dated late in the year are this year', () => {
    assert.deepEqual(
      values('Jan. 1: A new law takes effect.\nMarch 11: Marches begin.\nDec. 3: Snow.', '2021-12-28'),
      ['Jan. 1=2021-01-01', 'March 11=2021-03-11', 'Dec. 3=2021-12-03'],
    );
  });
  test('an entry line that says it will happen looks ahead', () => {
    assert.deepEqual(values('Jan. 1: The new law will take effect.', '2021-12-28'), ['Jan. 1=2022-01-01']);
  });
});
