import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findTimexes, isTimexValue, loadLocale } from '../../src/normalize/index.js';

/** A Monday. */
const REF = '2019-12-30';

/** Each expression as `text=value`. */
const read = (text: string, locale = 'en', referenceDate = REF): string[] =>
  findTimexes(text, { referenceDate, locale }).map((t) => `${t.text}=${t.value}`);

before(async () => {
  for (const id of ['es', 'de', 'fr', 'ru']) await loadLocale(id);
});

describe('fractional counts in "ago" and "in … time"', () => {
  test('a fraction of a week is a day: 17.5 days back from noon is 17 days back, 18 ahead', () => {
    assert.deepEqual(read('He died 2.5 weeks ago.'), ['2.5 weeks ago=2019-12-13']);
    assert.deepEqual(read('He died two-and-a-half weeks ago.'), ['two-and-a-half weeks ago=2019-12-13']);
    assert.deepEqual(read('He died a week and a half ago.'), ['a week and a half ago=2019-12-20']);
    assert.deepEqual(read('It will open in two and a half weeks.'), ['two and a half weeks=2020-01-17']);
  });
  test('a fraction of a year is a month: 2.5 years is 30 months', () => {
    assert.deepEqual(read('He died two and a half years ago.'), ['two and a half years ago=2017-06']);
    assert.deepEqual(read('He died 1½ years ago.'), ['1½ years ago=2018-06']);
    assert.deepEqual(read('He died 2 1/2 years ago.'), ['2 1/2 years ago=2017-06']);
    assert.deepEqual(read('He died a year and a half ago.'), ['a year and a half ago=2018-06']);
    assert.deepEqual(read('He died half a year ago.'), ['half a year ago=2019-06']);
    assert.deepEqual(read('It will open in two and a half years’ time.'), ['two and a half years=2022-06']);
  });
  test('a fraction of a month is a day (half a month is 15 days)', () => {
    assert.deepEqual(read('He died two and a half months ago.'), ['two and a half months ago=2019-10-15']);
  });
  test('lengths with a half are written as ISO 8601 durations', () => {
    assert.deepEqual(read('The trial lasted two and a half years.'), ['two and a half years=P2Y6M']);
    assert.deepEqual(read('The strike lasted two-and-a-half weeks.'), ['two-and-a-half weeks=P17.5D']);
    assert.deepEqual(read('The strike lasted a week and a half.'), ['a week and a half=P10.5D']);
    // "later" without a time to count from is the length alone, as TimeML marks it.
    assert.deepEqual(read('A minute and a half later, he left.'), ['A minute and a half=PT1M30S']);
  });
  test('the same in German, Spanish, French and Russian', () => {
    assert.deepEqual(read('Er starb vor zweieinhalb Wochen.', 'de'), ['vor zweieinhalb Wochen=2019-12-13']);
    assert.deepEqual(read('Er starb vor anderthalb Jahren.', 'de'), ['vor anderthalb Jahren=2018-06']);
    assert.deepEqual(read('Murió hace dos semanas y media.', 'es'), ['hace dos semanas y media=2019-12-13']);
    assert.deepEqual(read('Murió hace año y medio.', 'es'), ['hace año y medio=2018-06']);
    assert.deepEqual(read('Il est mort il y a deux semaines et demie.', 'fr'), [
      'il y a deux semaines et demie=2019-12-13',
    ]);
    assert.deepEqual(read('Il est mort il y a un an et demi.', 'fr'), ['il y a un an et demi=2018-06']);
    assert.deepEqual(read('Он умер полтора года назад.', 'ru'), ['полтора года назад=2018-06']);
    assert.deepEqual(read('Он умер две с половиной недели назад.', 'ru'), [
      'две с половиной недели назад=2019-12-13',
    ]);
    assert.deepEqual(read('Он работал два с половиной года.', 'ru'), ['два с половиной года=P2.5Y']);
  });
  test('hostile input: long runs of halves all stay valid', () => {
    const text =
      'He left two and a half weeks ago. She left 1½ years ago. They left a week and a half ago. '.repeat(
        2000,
      );
    const found = findTimexes(text, { referenceDate: REF });
    assert.equal(found.length, 6000);
    for (const t of found) assert.ok(isTimexValue(t.value), t.value);
  });
});
