import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findTimexes, isTimexValue, loadLocale } from '../../src/normalize/index.js';

/** Each expression as `text=value`. */
const read = (text: string, locale = 'en', referenceDate = '2019-12-30'): string[] =>
  findTimexes(text, { referenceDate, locale }).map((t) => `${t.text}=${t.value}`);

before(async () => {
  for (const id of ['es', 'de', 'fr']) await loadLocale(id);
});

describe('"the following Monday" counts from the day the story is at', () => {
  test('a past date in the previous sentence', () => {
    // 3 March 2015 was a Tuesday.
    assert.deepEqual(read('The deal closed on March 3, 2015. The following Monday the shares fell.'), [
      'March 3, 2015=2015-03-03',
      'The following Monday=2015-03-09',
    ]);
  });
  test('a past date in the same sentence, and a weekday the day after a Friday', () => {
    assert.deepEqual(read('The deal closed on March 3, 2015, and the following Monday the shares fell.'), [
      'March 3, 2015=2015-03-03',
      'the following Monday=2015-03-09',
    ]);
    assert.deepEqual(read('The vote was held on Friday, Oct. 4. The following Monday it was certified.'), [
      'Friday, Oct. 4=2019-10-04',
      'The following Monday=2019-10-07',
    ]);
  });
  test('the same weekday as the anchor is a week on, not the anchor', () => {
    assert.deepEqual(read('He was arrested on Tuesday, Dec. 3. The following Tuesday he was freed.'), [
      'Tuesday, Dec. 3=2019-12-03',
      'The following Tuesday=2019-12-10',
    ]);
  });
  test('after a past year: a Monday of that year, its week unknown', () => {
    const found = read('The company was founded in 1998. The following Monday it listed.');
    assert.deepEqual(found, ['1998=1998', 'The following Monday=1998-WXX-1']);
    assert.ok(isTimexValue('1998-WXX-1'));
  });
  test('with nothing dated before it, the coming one', () => {
    assert.deepEqual(read('The meeting is set for the following Monday.'), [
      'the following Monday=2020-01-06',
    ]);
  });
  test('"the following week" after a past date was already the week after it', () => {
    assert.deepEqual(read('The deal closed on March 3, 2015. The following week the shares fell.'), [
      'March 3, 2015=2015-03-03',
      'The following week=2015-W11',
    ]);
  });
  test('German, Spanish and French: am folgenden Montag, el lunes siguiente, le lundi suivant', () => {
    assert.deepEqual(read('Die Wahl fand am 3. März 2015 statt. Am folgenden Montag fiel der Kurs.', 'de'), [
      '3. März 2015=2015-03-03',
      'folgenden Montag=2015-03-09',
    ]);
    assert.deepEqual(
      read('La votación se celebró el 3 de marzo de 2015. El lunes siguiente cayó la bolsa.', 'es'),
      ['el 3 de marzo de 2015=2015-03-03', 'El lunes siguiente=2015-03-09'],
    );
    assert.deepEqual(read('Le vote a eu lieu le 3 mars 2015. Le lundi suivant, la bourse a chuté.', 'fr'), [
      '3 mars 2015=2015-03-03',
      'lundi suivant=2015-03-09',
    ]);
  });
});
