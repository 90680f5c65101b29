import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimexes, isTimexValue, resolve } from '../../src/normalize/index.js';
import type { Preference } from '../../src/normalize/types.js';

/**
 * Seeded property test: any mix of date words, numbers of any size and punctuation, against any
 * reference date from year 1 to 9999, gives well-formed TIMEX3 values, ranges that are real
 * intervals and offsets that point at the text. Set NORMALIZE_PROPERTY_SEED to replay a failure.
 */
const CASES = 10_000;
const SEED = Number(process.env.NORMALIZE_PROPERTY_SEED ?? 20261201);

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, deterministic, good enough to pick words.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const WORDS = [
  'in',
  'on',
  'at',
  'the',
  'of',
  'last',
  'next',
  'this',
  'that',
  'following',
  'previous',
  'ago',
  'later',
  'earlier',
  'before',
  'after',
  'from',
  'now',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'since',
  'until',
  'early',
  'late',
  'mid',
  'end',
  'beginning',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'millennium',
  'hours',
  'minutes',
  'quarter',
  'half',
  'Q3',
  'H1',
  'fiscal',
  'spring',
  'summer',
  'fall',
  'winter',
  'morning',
  'evening',
  'night',
  'noon',
  'midnight',
  'midday',
  'January',
  'Feb.',
  'March',
  'May',
  'Sept.',
  'December',
  'Monday',
  'Friday',
  'Sunday',
  'weekend',
  'Christmas',
  'Thanksgiving',
  'Easter',
  'BC',
  'BCE',
  'AD',
  'a.m.',
  'p.m.',
  'UTC',
  'EST',
  'GMT',
  'th',
  'st',
  "'s",
  's',
  'every',
  'per',
  'a',
  'two',
  'several',
  'thousand',
  'million',
  'billion',
  'and',
  'to',
  '-',
  '–',
  '/',
  ',',
  '.',
  ':',
  '(',
  ')',
  '\n',
  '\n\n',
];

function numberOf(next: () => number): string {
  const r = next();
  if (r < 0.3) return String(Math.floor(next() * 32));
  if (r < 0.55) return String(1000 + Math.floor(next() * 1100));
  if (r < 0.7) return String(Math.floor(next() * 10_000));
  if (r < 0.8) return String(Math.floor(next() * 100)).padStart(2, '0');
  if (r < 0.9) return `${Math.floor(next() * 13)}:${String(Math.floor(next() * 70)).padStart(2, '0')}`;
  // Numbers far past any calendar: 6 to 25 digits.
  let s = String(1 + Math.floor(next() * 9));
  const digits = 5 + Math.floor(next() * 20);
  while (s.length < digits) s += String(Math.floor(next() * 10));
  return s;
}

function textOf(next: () => number): string {
  const n = 1 + Math.floor(next() * 9);
  const parts: string[] = [];
  for (let i = 0; i < n; i++)
    parts.push(next() < 0.35 ? numberOf(next) : WORDS[Math.floor(next() * WORDS.length)]!);
  return parts.join(next() < 0.85 ? ' ' : '');
}

function referenceOf(next: () => number): string {
  const r = next();
  const year =
    r < 0.6
      ? 1990 + Math.floor(next() * 40)
      : r < 0.8
        ? 1 + Math.floor(next() * 9999)
        : [1, 50, 99, 100, 9999][Math.floor(next() * 5)]!;
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return next() < 0.3
    ? `${date}T${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`
    : date;
}

const PREFERENCES: Preference[] = ['auto', 'past', 'future', 'nearest'];

test(`${CASES} generated texts give well-formed TIMEX3 values (seed ${SEED})`, () => {
  const next = random(SEED);
  for (let i = 0; i < CASES; i++) {
    const text = textOf(next);
    const referenceDate = referenceOf(next);
    const prefer = PREFERENCES[Math.floor(next() * 4)]!;
    const replay = `case ${i} of seed ${SEED}: ${JSON.stringify(text)} at ${referenceDate}, prefer ${prefer}`;
    const found =
      i % 2
        ? findTimexes(text, { referenceDate, prefer })
        : [resolve(text, { referenceDate, prefer })].filter((t) => t !== undefined);
    for (const t of found) {
      assert.ok(
        isTimexValue(t.value),
        `malformed value ${JSON.stringify(t.value)} for "${t.text}" — ${replay}`,
      );
      assert.equal(text.slice(t.start, t.end), t.text, `offsets — ${replay}`);
      if (t.range) {
        const start = Date.parse(t.range.start);
        const end = Date.parse(t.range.end);
        assert.ok(start < end, `range ${t.range.start}..${t.range.end} of ${t.value} — ${replay}`);
      }
    }
  }
});

test('isTimexValue accepts the value forms and refuses junk', () => {
  for (const v of [
    '2019',
    '199X',
    '19',
    'BC0218',
    'BC02',
    '1',
    '2019-12',
    '2019-12-29',
    '2019-W52',
    '2019-W52-WE',
    '2019-Q3',
    '2019-H1',
    '2019-SU',
    '2019-12-29TEV',
    '2019-12-29T15:30',
    '2019-12-29T16:08Z',
    '2019-12-29T15:00-05:00',
    'P3Y',
    'P1Y6M',
    'PT48H',
    'P2.5D',
    'PXY',
    'P1DE',
    'P1CE',
    'P1WE',
    'P2L',
    'PRESENT_REF',
    'XXXX-12-25',
    '2020-02-29',
  ])
    assert.ok(isTimexValue(v), v);
  for (const v of [
    '',
    '0NaN-NaN-NaN',
    '-0041-12',
    'P8.97e+21Y',
    'P1000000000000000Y',
    '2019-13',
    '2019-02-30',
    '2019-02-29',
    '20190',
    '2019-12-29T25:00',
    '2019-12-29T10:61',
    'P',
    'PT',
    'P3',
    'NaN',
    '2019-W54',
    'today',
  ])
    assert.ok(!isTimexValue(v), v);
});
