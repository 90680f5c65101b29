import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findTimexes, isTimexValue, loadLocale, resolve } from '../../src/normalize/index.js';

const REF = '2026-03-10';

/** Each expression as `text=value start..end` (days of the interval, end exclusive). */
const read = (text: string, locale = 'en'): string[] =>
  findTimexes(text, { referenceDate: REF, locale }).map(
    (t) => `${t.text}=${t.value} ${t.range?.start.slice(0, 10)}..${t.range?.end.slice(0, 10)}`,
  );

before(async () => {
  for (const id of ['es', 'de', 'fr', 'ru']) await loadLocale(id);
});

describe('a season or fiscal year across two years is one DATE: its first year, both years long', () => {
  test('English: seasons, fiscal years and budgets', () => {
    assert.deepEqual(read('The club had its worst run in the 2018-19 season.'), [
      '2018-19=2018 2018-01-01..2020-01-01',
    ]);
    assert.deepEqual(read('Exports grew 4% in fiscal 2021/22, the ministry said.'), [
      'fiscal 2021/22=2021 2021-01-01..2023-01-01',
    ]);
    assert.deepEqual(read('The FY2030-31 budget is due.'), ['FY2030-31=2030 2030-01-01..2032-01-01']);
    assert.deepEqual(read('Parliament passed the 2011–12 budget late.'), [
      '2011–12=2011 2011-01-01..2013-01-01',
    ]);
    assert.deepEqual(read('She coached there in fiscal year 2016-2017.'), [
      'fiscal year 2016-2017=2016 2016-01-01..2018-01-01',
    ]);
  });
  test('the slash is a span by itself, across a century too', () => {
    assert.deepEqual(read('Prices fell in 2008/09.'), ['2008/09=2008 2008-01-01..2010-01-01']);
    assert.deepEqual(read('It opened in 1999/2000.'), ['1999/2000=1999 1999-01-01..2001-01-01']);
  });
  test('a dashed range of years with no span word stays two years, as TimeML marks ranges', () => {
    assert.deepEqual(read('The famine of 1846-47 was the worst.'), [
      '1846=1846 1846-01-01..1847-01-01',
      '47=1847 1847-01-01..1848-01-01',
    ]);
    assert.deepEqual(read('He lived there from 2003-2005.'), [
      '2003=2003 2003-01-01..2004-01-01',
      '2005=2005 2005-01-01..2006-01-01',
    ]);
  });
  test('years that do not follow each other are no span', () => {
    assert.deepEqual(
      read('Prices rose in 2008/11.').filter((t) => t.startsWith('2008/')),
      [],
    );
    assert.ok(!read('The 2017-19 plan ended.').some((t) => t.includes('2017-19=2017')));
  });
  test('Spanish, German, French and Russian', () => {
    assert.deepEqual(read('El club ganó la liga en la temporada 2012-2013.', 'es'), [
      '2012-2013=2012 2012-01-01..2014-01-01',
    ]);
    assert.deepEqual(read('El ejercicio 2019/20 cerró con pérdidas.', 'es'), [
      '2019/20=2019 2019-01-01..2021-01-01',
    ]);
    assert.deepEqual(read('In der Saison 2015/16 stieg der Verein ab.', 'de'), [
      '2015/16=2015 2015-01-01..2017-01-01',
    ]);
    assert.deepEqual(read('Im Geschäftsjahr 2020-21 sank der Gewinn.', 'de'), [
      '2020-21=2020 2020-01-01..2022-01-01',
    ]);
    assert.deepEqual(read('Lors de la saison 2013-14, il a marqué vingt buts.', 'fr'), [
      '2013-14=2013 2013-01-01..2015-01-01',
    ]);
    assert.deepEqual(read('Сезон 2010/11 команда провела плохо.', 'ru'), [
      '2010/11=2010 2010-01-01..2012-01-01',
    ]);
    assert.deepEqual(read('В 2017-2018 учебном году школа закрылась.', 'ru'), [
      '2017-2018=2017 2017-01-01..2019-01-01',
    ]);
  });
  test('typed: resolve reads a span too', () => {
    const t = resolve('2024/25', { referenceDate: REF })!;
    assert.equal(t.value, '2024');
    assert.deepEqual(t.range, { start: '2024-01-01T00:00:00.000Z', end: '2026-01-01T00:00:00.000Z' });
  });
  test('hostile input: long runs of year pairs stay valid and linear', () => {
    const text = '2001/02 2002-03 2003/2004 '.repeat(4000);
    const started = performance.now();
    const found = findTimexes(text, { referenceDate: REF });
    assert.ok(performance.now() - started < 20_000);
    assert.ok(found.length >= 8000);
    for (const t of found) assert.ok(isTimexValue(t.value), t.value);
  });
});
