import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findTimexes, resolve } from '../../src/normalize/index.js';
import { DEFAULT_SET, scoreTyped, type TypedItem } from '../../scripts/eval-typed.js';

const REF = '2026-03-11T14:30:00Z';
const value = (text: string, extra: Record<string, unknown> = {}): string | undefined =>
  resolve(text, { referenceDate: REF, prefer: 'future', ...extra })?.value;

describe('resolve() on what people type', () => {
  test('the development set stays at its figure', () => {
    const items = JSON.parse(readFileSync(DEFAULT_SET, 'utf8')) as TypedItem[];
    const score = scoreTyped(items, resolve);
    assert.ok(score.right >= 305, `${score.right}/${score.items} exact values (was 305/323)`);
  });
  test('case, shorthand and offsets into the original', () => {
    assert.equal(value('NEXT FRIDAY'), '2026-03-13');
    assert.equal(value('thanksgiving'), '2026-11-26');
    assert.equal(value('tmrw'), '2026-03-12');
    assert.equal(value('next qtr'), '2026-Q2');
    assert.equal(value('last yr', { prefer: 'past' }), '2025');
    const t = resolve('book haircut for sat', { referenceDate: REF, prefer: 'future' })!;
    assert.deepEqual([t.text, t.start, t.end, t.value], ['sat', 17, 20, '2026-03-14']);
  });
  test('numeric dates follow dateOrder, else the locale, else MDY', () => {
    assert.equal(value('4/3/2026'), '2026-04-03');
    assert.equal(value('4/3/2026', { dateOrder: 'DMY' }), '2026-03-04');
    assert.equal(value('4/3/2026', { locale: 'en-GB' }), '2026-03-04');
    assert.equal(value('26/03/04', { dateOrder: 'YMD' }), '2026-03-04');
    assert.equal(value('2018Q4'), '2018-Q4');
    assert.equal(value('2014-10'), '2014-10');
    assert.throws(() => resolve('4/3', { referenceDate: REF, dateOrder: 'XYZ' as 'MDY' }), TypeError);
  });
  test('counts name the day, clock times their next occurrence', () => {
    assert.equal(value('in two weeks'), '2026-03-25');
    assert.equal(value('in 3 days'), '2026-03-14');
    assert.equal(value('10am'), '2026-03-12T10:00');
    assert.equal(value('at 3:15'), '2026-03-11T15:15');
  });
  test('weekdays settle the month or year; days inside periods', () => {
    assert.equal(value('Tuesday the 19th'), '2026-05-19');
    assert.equal(value('Fri, Jul 18'), '2025-07-18');
    assert.equal(value('March after next', { referenceDate: '2025-12-30' }), '2027-03');
    assert.equal(value('20th of next month'), '2026-04-20');
    assert.equal(value('thanksgiving of next year'), '2027-11-25');
    assert.equal(value('the last friday of the month'), '2026-03-27');
  });
  test('running text keeps its caution', () => {
    const found = findTimexes('We sat down on mon ami 12/25 and talked.', { referenceDate: REF });
    assert.deepEqual(found, []);
  });
});
