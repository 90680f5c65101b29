import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTimexes, resolve } from '../../src/normalize/index.js';
import { expectTimex, expectNoTimex } from './normalize-helpers.js';

const values = (text: string, referenceDate = '2019-12-30'): string[] =>
  findTimexes(text, { referenceDate }).map((t) => `${t.text}=${t.value}`);

describe('ranges and small gaps', () => {
  test('"March 19-April 30" is two days, never 19 April 2030', () => {
    assert.deepEqual(values('The exhibit ran from March 19-April 30, 2018.'), [
      'March 19=2018-03-19',
      'April 30, 2018=2018-04-30',
    ]);
  });
  test('ranges of years are two years', () => {
    assert.deepEqual(values('He led the team 2013 - 2015.'), ['2013=2013', '2015=2015']);
    assert.deepEqual(values('The drought of 1957-58 was severe.'), ['1957=1957', '58=1958']);
    assert.deepEqual(values('It happened in 1999-00, he said.'), ['1999=1999', '00=2000']);
  });
  test('a season named by two years is one span, not a wrong month', () => {
    const t = expectTimex('They won the 2009-10 season opener.', ['2009-10', '2009']);
    assert.equal(t.range?.end, '2011-01-01T00:00:00.000Z');
  });
  test('"1965\'s" is the year, "the 1960\'s" the decade', () => {
    expectTimex("1965's harvest was poor.", ["1965's", '1965']);
    expectTimex("In the 1960's it grew.", ["the 1960's", '196X']);
  });
});

describe('years before the common era, centuries and millennia', () => {
  test('BC and BCE years', () => {
    expectTimex('Hannibal crossed the Alps in 218 BC.', ['218 BC', 'BC0218']);
    expectTimex('Caesar died in 44 B.C.E. in Rome.', ['44 B.C.E.', 'BC0044']);
    expectTimex('Vesuvius erupted in AD 79.', ['AD 79', '0079']);
    expectTimex('It fell in 41 BC December.', ['41 BC December', 'BC0041-12']);
    const t = resolve('218 BC', { referenceDate: '2019-12-30' })!;
    assert.deepEqual(t.range, { start: '-000217-01-01T00:00:00.000Z', end: '-000216-01-01T00:00:00.000Z' });
  });
  test('centuries BC and millennia', () => {
    expectTimex('Rome grew in the 3rd century BC.', ['the 3rd century BC', 'BC02']);
    expectTimex('By the second millennium it was gone.', ['the second millennium', '1']);
    expectTimex('In the first millennium BC they farmed.', ['the first millennium BC', 'BC0']);
    assert.equal(
      resolve('the 3rd millennium', { referenceDate: '2019-12-30' })?.range?.start,
      '2000-01-01T00:00:00.000Z',
    );
  });
  test('"12 CEOs" is no era', () => expectNoTimex('He met 12 CEOs.', '12 CEOs'));
});

describe('time zones', () => {
  test('the zone is kept in the value and in the range', () => {
    const utc = expectTimex('The launch came at 16:08 UTC on Friday.', [
      '16:08 UTC on Friday',
      '2019-12-27T16:08Z',
    ]);
    assert.equal(utc.range?.start, '2019-12-27T16:08:00.000Z');
    const est = expectTimex('Trading resumes Friday at 3 p.m. EST.', [
      'Friday at 3 p.m. EST',
      '2020-01-03T15:00-05:00',
    ]);
    assert.equal(est.range?.start, '2020-01-03T20:00:00.000Z');
  });
});

describe('hours against a date-only reference', () => {
  test('"48 hours ago" is two days back', () => {
    expectTimex('The fire started 48 hours ago.', ['48 hours ago', '2019-12-28']);
    expectTimex('It began 5000 hours ago.', ['5000 hours ago', '2019-06-05']);
    expectTimex('The polls close in 500 hours.', ['500 hours', '2020-01-20'], {});
    expectTimex('He left 3 hours ago.', ['3 hours ago', '2019-12-30']);
  });
});

describe('references before the year 100', () => {
  test('"0050-06-15" is the year 50', () => {
    assert.equal(resolve('last year', { referenceDate: '0050-06-15' })?.value, '0049');
    assert.equal(resolve('in March', { referenceDate: '0050-06-15', prefer: 'past' })?.value, '0050-03');
  });
});
