import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTimexes } from '../../src/normalize/index.js';
import type { Timex } from '../../src/normalize/types.js';

const SIZE = 100_000;
const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

const repeatTo = (unit: string, size = SIZE): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function randomUnicode(length: number, seed: number): string {
  const next = random(seed);
  let s = '';
  // Every code point including lone surrogates, controls and private use: the API takes any string.
  while (s.length < length) s += String.fromCodePoint(Math.floor(next() * 0x30000));
  return s.slice(0, length);
}

function randomNewsish(length: number, seed: number): string {
  const next = random(seed);
  const words = [
    'May',
    'March',
    'Fall',
    'second',
    'the',
    '1998',
    '12/29',
    'Dec.',
    '29',
    ',',
    'last',
    'next',
    'week',
    '3:30',
    'p.m.',
    'ago',
    'years',
    '(',
    ')',
    '—',
    '\n',
    'Friday',
    'mid-1990s',
    "'98",
    'Q3',
    '-',
  ];
  let s = '';
  while (s.length < length) s += words[Math.floor(next() * words.length)]! + (next() < 0.8 ? ' ' : '');
  return s.slice(0, length);
}

const inputs: Record<string, string> = {
  spaces: ' '.repeat(SIZE),
  'tabs and newlines': repeatTo(' \t\n\r\n'),
  'one run of digits': '1'.repeat(SIZE),
  'digits separated by spaces': repeatTo('1998 12 29 2019 '),
  'digits with date separators': repeatTo('12/29/2019-12-29.'),
  'month names repeated': repeatTo(
    'January February March April May June July August September October November December ',
  ),
  'month names without spaces': repeatTo('DecemberJanuaryMay'),
  '"December 29 " repeated': repeatTo('December 29 '),
  'weekdays and parts of day': repeatTo('Friday morning Saturday evening tonight '),
  'relative words': repeatTo('last next this week month year ago later earlier the past two weeks '),
  'one 100 kB line of news': repeatTo(
    'On Friday the company said sales rose 3% in the third quarter of 2019, a year earlier; ',
  ),
  'random unicode': randomUnicode(SIZE, 7),
  'random news words': randomNewsish(SIZE, 11),
  'nested parentheses': '('.repeat(SIZE / 2) + ')'.repeat(SIZE / 2),
  'parentheses around dates': repeatTo('((December (29), (2019)))'),
  punctuation: repeatTo('.,;:!?-—–/\\"\'()[]{}<>&%$#@*…'),
  times: repeatTo('3:30 p.m. noon midnight 12:00:00 '),
  'numbers and money': repeatTo('$1,234,567.89 12.5% 1998-99 '),
  'hyphenated numbers': repeatTo('1-'),
};

/** Contract of findTimexes' result on any input. */
function assertWellFormed(text: string, result: Timex[]): void {
  assert.ok(Array.isArray(result));
  let previousStart = 0;
  for (const t of result) {
    assert.ok(Number.isInteger(t.start) && Number.isInteger(t.end), `integer offsets: ${t.start}–${t.end}`);
    assert.ok(
      t.start >= 0 && t.start < t.end && t.end <= text.length,
      `offsets inside the text: ${t.start}–${t.end}`,
    );
    assert.equal(text.slice(t.start, t.end), t.text, `text at ${t.start}–${t.end}`);
    assert.ok(t.start >= previousStart, `in text order at ${t.start}`);
    assert.ok(TYPES.has(t.type), `type ${t.type}`);
    assert.equal(typeof t.value, 'string');
    assert.notEqual(t.value, '');
    previousStart = t.start;
  }
}

describe('findTimexes on adversarial 100 kB inputs', () => {
  for (const [name, text] of Object.entries(inputs)) {
    test(name, () => {
      assert.equal(text.length, SIZE);
      for (const prefer of ['auto', 'past', 'future', 'nearest'] as const) {
        assertWellFormed(text, findTimexes(text, { referenceDate: '2019-12-30', prefer }));
      }
    });
  }
});

describe('findTimexes input checks', () => {
  test('empty text gives no timexes', () => {
    assert.deepEqual(findTimexes('', { referenceDate: '2019-12-30' }), []);
    assert.deepEqual(findTimexes('', { referenceDate: new Date(Date.UTC(2019, 11, 30)) }), []);
  });

  test('text without dates gives no timexes', () => {
    assert.deepEqual(findTimexes('   \n\t ', { referenceDate: '2019-12-30' }), []);
  });

  const invalid: [string, unknown][] = [
    ['missing options', undefined],
    ['missing referenceDate', {}],
    ['null referenceDate', { referenceDate: null }],
    ['invalid Date', { referenceDate: new Date(Number.NaN) }],
    ['non-date string', { referenceDate: 'yesterday' }],
    ['impossible calendar date', { referenceDate: '2019-02-30' }],
    ['number', { referenceDate: 1577664000000 }],
    ['empty string', { referenceDate: '' }],
  ];
  for (const [name, options] of invalid) {
    test(`${name} → TypeError naming referenceDate`, () => {
      const call = () =>
        findTimexes('On December 29 it rained.', options as Parameters<typeof findTimexes>[1]);
      assert.throws(call, (error: unknown) => {
        assert.ok(error instanceof TypeError, `TypeError, got ${String(error)}`);
        assert.match(error.message, /referenceDate/);
        return true;
      });
    });
  }

  test('an invalid referenceDate is reported even for empty text', () => {
    assert.throws(() => findTimexes('', { referenceDate: 'nope' }), {
      name: 'TypeError',
      message: /referenceDate/,
    });
  });
});
