import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { extractEvents, toTimelineEvents, TITLE_MAX_LENGTH } from '../../src/extract/index.js';
import type { ExtractedEvent } from '../../src/extract/index.js';
import { parseEvents } from '../../src/model/parse-events.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const article = readFileSync(resolve(repoRoot, 'test/fixtures/seed/article.txt'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(repoRoot, 'test/fixtures/seed/expected.json'), 'utf8')) as {
  referenceDate: string;
  events: Array<{ value: string; granularity: string; mentions: string }>;
};
const result = extractEvents(article, { referenceDate: expected.referenceDate });
const footerStart = article.indexOf('With reporting by');

/** Lower-case words of a text; a possessive "’s" is not a word of its own. */
function titleWords(text: string): string[] {
  return [...text.replace(/['’]s\b/g, '').matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase());
}

describe('extractEvents: seed article (published 2019-12-30)', () => {
  test('yields exactly the 14 expected events, each date with its mention in the sentence', () => {
    assert.equal(result.events.length, expected.events.length);
    const unmatched = new Set<ExtractedEvent>(result.events);
    for (const want of expected.events) {
      const found = result.events.filter(
        (e) =>
          unmatched.has(e) &&
          e.date.value === want.value &&
          e.date.granularity === want.granularity &&
          e.sentence.includes(want.mentions),
      );
      assert.equal(
        found.length,
        1,
        `one event ${want.value} (${want.granularity}) mentioning "${want.mentions}"`,
      );
      unmatched.delete(found[0]!);
    }
    assert.equal(unmatched.size, 0);
  });

  test('the repeated photo caption is one event keeping both sources', () => {
    const captions = result.events.filter((e) => e.sentence.includes('air strike in Qaim'));
    assert.equal(captions.length, 1);
    const [caption] = captions;
    assert.equal(caption!.sources.length, 2);
    assert.deepEqual(caption!.source, caption!.sources[0]);
    const [first, second] = caption!.sources;
    assert.ok(second!.sentence.start > first!.sentence.end);
    for (const s of caption!.sources) {
      assert.equal(article.slice(s.sentence.start, s.sentence.end), caption!.sentence);
      assert.equal(article.slice(s.expression.start, s.expression.end), 'December 30');
    }
  });

  test('no event or undated mention comes from the footer', () => {
    assert.ok(footerStart > 0);
    for (const e of result.events) {
      for (const s of e.sources) assert.ok(s.sentence.end <= footerStart, e.sentence);
    }
    for (const u of result.undated) assert.ok(u.source.sentence.end <= footerStart, u.sentence);
  });

  test('source offsets point at the sentence and the date words in the original text', () => {
    for (const e of result.events) {
      const { sentence, expression } = e.source;
      assert.equal(article.slice(sentence.start, sentence.end), e.sentence);
      assert.equal(article.slice(expression.start, expression.end), e.date.text);
      assert.ok(sentence.start <= expression.start && expression.end <= sentence.end);
      assert.equal(e.sentence, e.sentence.trim());
    }
  });

  test('anchors: reported dates, the day of a part of day, "last year" as 2018', () => {
    const byMention = (words: string): ExtractedEvent =>
      result.events.find((e) => e.sentence.includes(words))!;
    const strikes = byMention('precision defensive strikes');
    assert.equal(strikes.date.text, 'December 29');
    const rockets = byMention('four Katyusha rockets');
    assert.equal(rockets.date.value, '2019-12-29');
    assert.equal(rockets.date.granularity, 'day');
    assert.equal(rockets.refinement?.value, '2019-12-29TEV');
    assert.equal(rockets.refinement.granularity, 'part-of-day');
    assert.equal(rockets.refinement.text, 'the evening');
    assert.deepEqual(rockets.refinement.range, {
      start: '2019-12-29T18:00:00.000Z',
      end: '2019-12-29T22:00:00.000Z',
    });
    const withdrawal = byMention('withdrew from an Iranian nuclear agreement');
    assert.equal(withdrawal.date.value, '2018');
    assert.equal(withdrawal.date.text, 'last year');
    assert.deepEqual(withdrawal.date.range, {
      start: '2018-01-01T00:00:00.000Z',
      end: '2019-01-01T00:00:00.000Z',
    });
  });

  test('durations and references are expressions, not events; quoted "today" is reported', () => {
    const months = result.expressions.find((x) => x.text === 'months');
    assert.equal(months?.role, 'duration');
    assert.equal(months.eventId, result.events.find((e) => e.date.value === '2003')!.id);
    assert.equal(result.expressions.find((x) => x.text === 'now')?.role, 'reference');
    assert.equal(result.undated.length, 1);
    const [today] = result.undated;
    assert.equal(today!.reason, 'quoted-deictic');
    assert.equal(today!.text, 'today');
    assert.match(today!.sentence, /^"We have no alternative today/);
    assert.equal(today!.eventId, undefined);
    assert.equal(result.expressions.find((x) => x.text === 'today')?.role, 'undated');
  });

  test('every expression of the article is listed once, in text order, with a role', () => {
    const starts = result.expressions.map((x) => x.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(new Set(starts).size, starts.length);
    const anchors = result.expressions.filter((x) => x.role === 'anchor');
    // 14 events, one of them read twice (the caption).
    assert.equal(anchors.length, 15);
    const ids = new Set(result.events.map((e) => e.id));
    for (const x of anchors) assert.ok(ids.has(x.eventId!));
  });

  test('titles are headlines: short, words of the sentence, no attribution, no date phrase in front', () => {
    assert.deepEqual(
      result.events.map((e) => e.id),
      result.events.map((_, i) => `e${i + 1}`),
    );
    for (const e of result.events) {
      assert.ok(e.title.length > 10 && e.title.length <= TITLE_MAX_LENGTH, e.title);
      assert.doesNotMatch(e.title, /^…/);
      assert.doesNotMatch(e.title, /\b(?:said|says|according to|quoted|told reporters)\b/, e.title);
      assert.doesNotMatch(e.title, /^(?:Later|Earlier|On|In) /, e.title);
      // Every word is a whole word of the sentence (a cut never splits one); "U.S." may stand for "United States".
      const words = new Set(titleWords(e.sentence));
      for (const w of titleWords(e.title)) {
        assert.ok(
          words.has(w) || w === 'u' || w === 's',
          `"${w}" of "${e.title}" is a word of "${e.sentence}"`,
        );
      }
    }
    // The axis shows the date; only a date that modifies a noun stays ("a December 27 rocket barrage").
    assert.deepEqual(
      result.events.filter((e) => e.title.includes(e.date.text)).map((e) => e.date.text),
      ['December 27'],
    );
    const titleOf = (words: string): string => result.events.find((e) => e.sentence.includes(words))!.title;
    assert.match(titleOf('December 27 rocket barrage'), /^It singled out a December 27 rocket barrage/);
    assert.equal(
      titleOf('precision defensive strikes'),
      'U.S. conducted "precision defensive strikes" against five targets…',
    );
    assert.equal(
      titleOf('statement released late'),
      'Militia: "Our battle with America and its mercenaries is now open…"',
    );
    assert.equal(titleOf('5,000 U.S. troops'), 'There were some 5,000 U.S. troops in Iraq');
    assert.equal(
      titleOf('25 of its fighters'),
      '25 of Kataib Hizbullah’s fighters were killed by the U.S. strikes',
    );
    assert.equal(titleOf('U.S.-led invasion'), 'The U.S.-led invasion');
    assert.match(
      titleOf('withdrew from an Iranian nuclear agreement'),
      /^U\.S\. withdrew from an Iranian nuclear agreement/,
    );
    assert.match(
      titleOf('four Katyusha rockets'),
      /^Four Katyusha rockets exploded in the evening near a base/,
    );
  });

  test('the events render in <news-timeline> as they are: every one valid, no warnings', () => {
    const inputs = toTimelineEvents(result.events);
    const parsed = parseEvents(inputs);
    assert.equal(parsed.invalid.length, 0);
    assert.deepEqual(parsed.warnings, []);
    assert.equal(parsed.events.length, 14);
    const rockets = parsed.events.find((e) => e.description?.includes('four Katyusha rockets'));
    assert.equal(rockets?.value, '2019-12-29TEV');
    assert.equal(rockets.kind, 'point');
    const invasion = parsed.events.find((e) => e.value === '2003');
    assert.equal(invasion?.kind, 'band');
    assert.deepEqual(parsed.events.map((e) => e.id).sort(), result.events.map((e) => e.id).sort());
  });
});
