import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { extractEvents, TITLE_MAX_LENGTH } from '../../src/extract/index.js';
import type { ExtractOptions } from '../../src/extract/index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const article = readFileSync(resolve(repoRoot, 'test/fixtures/seed/article.txt'), 'utf8');
const body = article.slice(0, article.indexOf('With reporting by'));
const REFERENCE = { referenceDate: '2019-12-30' };

describe('extractEvents: bad input', () => {
  test('a missing referenceDate is a TypeError naming it', () => {
    assert.throws(
      () => extractEvents('It rained on Monday.', {} as ExtractOptions),
      (e: unknown) => e instanceof TypeError && /referenceDate is required/.test(e.message),
    );
  });

  test('missing options are a TypeError naming referenceDate', () => {
    assert.throws(
      () => extractEvents('It rained on Monday.', undefined as unknown as ExtractOptions),
      (e: unknown) => e instanceof TypeError && /referenceDate/.test(e.message),
    );
  });

  test('an invalid referenceDate is a TypeError naming it, also for empty text', () => {
    for (const referenceDate of ['2019-13-45', 'yesterday', '2019-02-30']) {
      for (const text of ['It rained on Monday.', '']) {
        assert.throws(
          () => extractEvents(text, { referenceDate }),
          (e: unknown) => e instanceof TypeError && e.message.includes(`referenceDate "${referenceDate}"`),
          referenceDate,
        );
      }
    }
    assert.throws(
      () => extractEvents('x', { referenceDate: new Date(Number.NaN) }),
      (e: unknown) => e instanceof TypeError && /referenceDate is an invalid Date/.test(e.message),
    );
  });

  test('an unknown prefer is a TypeError naming it', () => {
    assert.throws(
      () => extractEvents('x', { referenceDate: '2019-12-30', prefer: 'sideways' as 'past' }),
      (e: unknown) => e instanceof TypeError && /prefer/.test(e.message),
    );
  });

  test('text that is not a string is a TypeError naming it', () => {
    assert.throws(
      () => extractEvents(42 as unknown as string, REFERENCE),
      (e: unknown) => e instanceof TypeError && /text must be a string, got number/.test(e.message),
    );
  });

  test('empty and blank text give an empty result', () => {
    const empty = { events: [], undated: [], expressions: [] };
    assert.deepEqual(extractEvents('', REFERENCE), empty);
    assert.deepEqual(extractEvents(' \n\n\t ', REFERENCE), empty);
    assert.deepEqual(extractEvents('No dates here. None at all.', REFERENCE), empty);
  });

  test('a Date reference and prefer are passed on to the normalizer', () => {
    const text = 'The vote is in January.';
    const byDate = extractEvents(text, { referenceDate: new Date('2019-12-30T00:00:00Z'), prefer: 'past' });
    assert.equal(byDate.events[0]?.date.value, '2019-01');
    const future = extractEvents(text, { referenceDate: '2019-12-30', prefer: 'future' });
    assert.equal(future.events[0]?.date.value, '2020-01');
  });
});

describe('extractEvents: huge and hostile input does not throw', () => {
  test('the article body 300 times (1.7 MB) still gives 14 events, each with 300 sources', () => {
    const text = body.repeat(300);
    const { events, undated } = extractEvents(text, REFERENCE);
    assert.equal(events.length, 14);
    const caption = events.find((e) => e.sentence.includes('air strike in Qaim'))!;
    assert.equal(caption.sources.length, 600);
    for (const e of events) {
      if (e !== caption) assert.equal(e.sources.length, 300, e.sentence);
    }
    assert.equal(undated.length, 300);
    const last = caption.sources.at(-1)!;
    assert.equal(text.slice(last.sentence.start, last.sentence.end), caption.sentence);
  });

  test('one 2 MB word, a line of 500,000 quotation marks, 200,000 "U.S."', () => {
    assert.deepEqual(extractEvents('x'.repeat(2_000_000), REFERENCE).events, []);
    const quotes = extractEvents(`${'"'.repeat(500_000)} on December 29`, REFERENCE);
    assert.equal(quotes.events.length, 1);
    assert.ok(quotes.events[0]!.title.length <= TITLE_MAX_LENGTH);
    assert.deepEqual(extractEvents('U.S. '.repeat(200_000), REFERENCE).events, []);
  });

  test('100,000 dates without punctuation: bounded sentences, every date accounted for', () => {
    const text = 'on December 29 '.repeat(100_000);
    const { events, undated, expressions } = extractEvents(text, REFERENCE);
    assert.ok(events.length >= 1);
    for (const e of events) {
      assert.equal(e.date.value, '2019-12-29');
      assert.ok(e.title.length <= TITLE_MAX_LENGTH);
    }
    const used = expressions.filter((x) => x.role === 'anchor' || x.role === 'context').length;
    const fragments = expressions.filter((x) => x.role === 'fragment').length;
    assert.equal(used + fragments, expressions.length);
    // Any date the normalizer read only in part is reported.
    assert.equal(undated.length, fragments);
  });

  test('20,000 distinct statements of one date stay 20,000 events', () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `Officer ${i} said on December 29 that case ${i * 7} was closed.`,
    ).join(' ');
    const { events } = extractEvents(text, REFERENCE);
    assert.equal(events.length, 20_000);
    assert.equal(events[19_999]!.id, 'e20000');
  });

  test('text is never interpreted: markup stays literal in sentences and titles', () => {
    const { events } = extractEvents(
      '<img src=x onerror=alert(1)> fell on December 29 </script>.',
      REFERENCE,
    );
    assert.equal(events[0]!.sentence, '<img src=x onerror=alert(1)> fell on December 29 </script>.');
    assert.equal(events[0]!.title, '<img src=x onerror=alert(1)> fell </script>');
  });
});
