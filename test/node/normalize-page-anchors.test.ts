import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from '../../src/normalize/index.js';

// A page dated Tuesday 2021-03-02 with an update written the next day on top.
const PAGE =
  'Update March 3rd, 9:15PM ET: The first test was called off today. Crews will try again tomorrow.\n\n' +
  'The two tests were set for today, and the third for tomorrow.';
const values = (text: string): string[] =>
  findTimexes(text, { referenceDate: '2021-03-02' }).map((x) => `${x.text}=${x.value}`);

describe('update stamps', () => {
  it('counts "today" and "tomorrow" on an update line from the stamp, and from the page after it', () => {
    assert.deepEqual(values(PAGE), [
      'March 3rd, 9:15PM ET=2021-03-03T21:15-05:00',
      'today=2021-03-03',
      'tomorrow=2021-03-04',
      'today=2021-03-02',
      'tomorrow=2021-03-03',
    ]);
  });
  it('takes the day as written when the stamp is past midnight in UTC', () => {
    assert.deepEqual(values('Updated: March 3rd, 11:30PM ET: The test flew today.').slice(1), [
      'today=2021-03-03',
    ]);
  });
  it('leaves a date that is no stamp alone ("The update on March 3rd …")', () => {
    assert.deepEqual(values('The update on March 3rd said the test flew. It flies again today.').slice(1), [
      'today=2021-03-02',
    ]);
  });
});

describe('clock times of the story, not of a telling', () => {
  const at = (text: string, words: string): string | undefined =>
    findTimexes(text, { referenceDate: '2021-03-08' }).find((x) => x.text === words)?.value;
  it('a bare clock time takes the story’s day, not the day of a news conference', () => {
    const text =
      'A fire broke out at the depot on Friday afternoon. ' +
      'The cause is unknown, the chief said during a Sunday news conference. ' +
      'Crews arrived at the depot around 3 p.m.';
    assert.equal(at(text, 'around 3 p.m.'), '2021-03-05T15:00');
  });
  it('a day the story names after it still counts', () => {
    const text = 'A fire broke out on Friday. Crews returned on Sunday. They left around 3 p.m.';
    assert.equal(at(text, 'around 3 p.m.'), '2021-03-07T15:00');
  });
});
