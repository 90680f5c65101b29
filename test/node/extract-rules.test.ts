import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { extractEvents, splitSentences } from '../../src/extract/index.js';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/index.js';
import { furnitureOf } from '../../src/extract/furniture.js';

const REFERENCE = '2019-12-30';
const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const extract = (text: string): ExtractionResult => extractEvents(text, { referenceDate: REFERENCE });
const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const eventWith = (events: ExtractedEvent[], words: string): ExtractedEvent => {
  const found = events.filter((e) => e.sentence.includes(words));
  assert.equal(found.length, 1, `one event with "${words}"`);
  return found[0]!;
};

describe('sentences: Intl.Segmenter with abbreviations repaired', () => {
  const text = fixture('abbreviations.txt');

  test('abbreviations, initials and "No." do not end sentences; real ends do', () => {
    assert.deepEqual(sentencesOf(text), [
      'U.S. Envoy Meets Iraqi Leaders In Baghdad',
      'Mr. Smith, the U.S. special envoy, arrived in Baghdad on Dec. 28 for talks with Iraqi leaders.',
      'He met Dr. Jones of the U.N. mission at No. 10 Abu Nuwas St. on Dec. 29 to discuss security.',
      'The talks followed a visit by Gen. John F. Kennedy Jr. to the region on Jan. 5, 2019, according to officials.',
      'Officials said the envoy flew back to the U.S.',
      'The next day, on December 30, he briefed Congress.',
      'The meeting began at 9 a.m.',
      'Local reporters were not allowed inside.',
      'A second round was held at 10 a.m. Tuesday at the U.S. Embassy.',
    ]);
  });

  test('quotations, line breaks and "no." as a word end sentences', () => {
    assert.deepEqual(
      sentencesOf('"We are here," he said. "Today we fight."\nThe answer was no. Iran said so.'),
      ['"We are here," he said.', '"Today we fight."', 'The answer was no.', 'Iran said so.'],
    );
    assert.deepEqual(sentencesOf('He lives in the U.S.\nThe rest'), ['He lives in the U.S.', 'The rest']);
  });

  test('sentence spans are offsets into the text without surrounding white space', () => {
    const spans = splitSentences('  One. \n\n Two.  ');
    assert.deepEqual(spans, [
      { start: 2, end: 6 },
      { start: 10, end: 14 },
    ]);
  });

  test('dates written with abbreviations become events of their sentence', () => {
    const { events } = extract(text);
    assert.deepEqual(
      events.map((e) => [e.date.value, e.date.text]),
      [
        ['2019-12-28', 'Dec. 28'],
        ['2019-12-29', 'Dec. 29'],
        ['2019-01-05', 'Jan. 5, 2019'],
        ['2019-12-30', 'December 30'],
        ['2019-12-30T09:00', '9 a.m.'],
        ['2019-12-24T10:00', '10 a.m. Tuesday'],
      ],
    );
    assert.equal(eventWith(events, 'Abu Nuwas').sentence.startsWith('He met Dr. Jones'), true);
  });
});

describe('anchor: the date the main statement is about', () => {
  const { events, expressions } = extract(fixture('anchors.txt'));
  const roleOf = (text: string): string | undefined => expressions.find((x) => x.text === text)?.role;

  const eventsWith = (words: string): string[] =>
    events.filter((e) => e.sentence.includes(words)).map((e) => `${e.date.value} ${e.why.rule}`);

  test('one event per dated sentence, and one more for a date of another clause with its own past verb', () => {
    // Issue 15 (two dated events in one sentence yield one): the strikes of December 27, the founding
    // in 1991, the election in 2016, the attack on December 20 and the 2003 invasion are events a
    // reader lists too, so 9 sentences give 14 events.
    assert.equal(events.length, 14);
  });

  test('"said on December 29 that it had conducted strikes … on December 27" → the reporting date first', () => {
    assert.deepEqual(eventsWith('conducted strikes'), ['2019-12-29 main-clause', '2019-12-27 own-clause']);
  });

  test('an aside (", founded in 1991,") and a that-clause ("reopen … in March") lose to the main verb', () => {
    assert.deepEqual(eventsWith('founded in 1991'), ['2019-12-28 not-an-aside', '1991 own-clause']);
    // "would reopen … in March" has no verb in the past: a plan of the statement, not an event of its own.
    assert.equal(roleOf('March'), 'context');
  });

  test('a leading "After …," clause closes at its comma: the main clause date wins', () => {
    // "the attack on December 20": the date of an event noun, an event of its own after the anchor.
    assert.deepEqual(eventsWith('days of mourning'), ['2019-12-21 main-clause', '2019-12-20 dated-noun']);
  });

  test('a relative clause (", who was elected in 2016,") is an aside, and an event of its own', () => {
    assert.deepEqual(eventsWith('elected in 2016'), ['2019-12-26 main-clause', '2016 own-clause']);
  });

  test('"since the United States last year withdrew" → 2018', () => {
    const e = eventWith(events, 'withdrew from the nuclear agreement');
    assert.equal(e.date.value, '2018');
    assert.equal(e.date.granularity, 'year');
  });

  test('a period containing a more specific date of the sentence is context', () => {
    const e = eventWith(events, 'close its Baghdad office');
    assert.equal(e.date.text, 'March 3');
    assert.equal(e.date.granularity, 'day');
    assert.equal(roleOf('2019'), 'context');
  });

  test('a date modifying a noun ("The 2003 invasion") loses to an adverbial date', () => {
    assert.deepEqual(eventsWith('invasion was debated'), [
      '2019-12-23 adverbial-of-main-verb',
      '2003 dated-noun',
    ]);
  });

  test('a part of day of the same day refines the day: one event', () => {
    const e = eventWith(events, 'rockets had exploded');
    assert.equal(e.date.value, '2019-12-29');
    assert.equal(e.refinement?.value, '2019-12-29TEV');
    assert.equal(roleOf('the evening'), 'refinement');
    assert.equal(expressions.find((x) => x.text === 'the evening')?.eventId, e.id);
  });

  test('a date inside a quotation loses to the date the words were said', () => {
    const e = eventWith(events, 'We will respond today');
    assert.equal(e.date.value, '2019-12-24');
    assert.equal(roleOf('today'), 'context');
  });

  test('a calendar date beats a relative one in the same sentence', () => {
    const { events: abbreviated } = extract(fixture('abbreviations.txt'));
    const e = eventWith(abbreviated, 'briefed Congress');
    assert.equal(e.date.text, 'December 30');
  });
});

describe('duplicates', () => {
  const text = fixture('duplicates.txt');
  const { events } = extract(text);

  test('the same sentence three times is one event with three sources', () => {
    const e = eventWith(events, 'Protesters gather');
    assert.equal(e.sources.length, 3);
    const starts = e.sources.map((s) => s.sentence.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    for (const s of e.sources) {
      assert.equal(text.slice(s.sentence.start, s.sentence.end), e.sentence);
      assert.equal(text.slice(s.expression.start, s.expression.end), 'December 28');
    }
  });

  test('near-identical sentences of the same date merge, keeping both sources', () => {
    const e = eventWith(events, 'that 12 people were killed');
    assert.equal(e.sources.length, 2);
    const second = e.sources[1]!;
    assert.match(text.slice(second.sentence.start, second.sentence.end), /had been killed/);
  });

  test('a different fact of the same date stays a separate event', () => {
    assert.equal(events.length, 3);
    assert.equal(eventWith(events, 'pipeline deal').date.value, '2019-12-28');
  });

  test('near-identical sentences of different dates, numbers or names stay apart', () => {
    const r = extract(
      [
        'The ministry said on December 27 that 12 people were killed.',
        'The ministry said on December 28 that 12 people were killed.',
        'The ministry said on December 28 that 14 people were killed.',
        'Russia condemned the strikes on December 30.',
        'Iran condemned the strikes on December 30.',
        'Iran also condemned the strikes on December 30.',
      ].join(' '),
    );
    assert.deepEqual(
      r.events.map((e) => [e.date.value, e.sources.length]),
      [
        ['2019-12-27', 1],
        ['2019-12-28', 1],
        ['2019-12-28', 1],
        ['2019-12-30', 1],
        ['2019-12-30', 2],
      ],
    );
  });
});

describe('page furniture yields no events', () => {
  const text = fixture('furniture.txt');
  const { events, expressions, undated } = extract(text);

  test('only the news sentences are events', () => {
    assert.deepEqual(
      events.map((e) => e.sentence),
      [
        'A storm flooded three coastal towns on December 28, officials said.',
        "Users who subscribe to the town's alert service were warned on December 27, the mayor said.",
        'By Monday, the water had receded from most streets.',
      ],
    );
    assert.deepEqual(undated, []);
  });

  test('dates in bylines, time stamps, credits, sign-up and legal lines are kept as furniture expressions', () => {
    const furniture = expressions.filter((x) => x.role === 'furniture').map((x) => x.text);
    assert.deepEqual(furniture, [
      'December 30, 2019',
      'December 30, 2019 10:15 GMT',
      'December 30, 2019',
      'December 28',
      'January 2019',
      'March 2019',
      '2018',
      'May 2019',
    ]);
  });

  test('each rule kind is recognized', () => {
    const sentences = splitSentences(text);
    const kinds = new Map(
      sentences.map((s, i) => [text.slice(s.start, s.end), furnitureOf(text, sentences)[i]]),
    );
    assert.equal(kinds.get('Skip to main content'), 'navigation');
    assert.equal(kinds.get('Breaking News'), 'navigation');
    assert.equal(kinds.get('By Jane Doe, Reuters | December 30, 2019'), 'metadata');
    assert.equal(kinds.get('Published: December 30, 2019 10:15 GMT'), 'metadata');
    assert.equal(kinds.get('(Reuters/Jane Doe)'), 'credit');
    assert.equal(kinds.get('• 16x9 Image'), 'credit');
    assert.equal(kinds.get('Photo: A flooded street in Portsmouth on December 28.'), 'credit');
    assert.equal(kinds.get('To read our coverage from 2018, click here.'), 'footer');
    assert.equal(kinds.get('Copyright © 2019 Example News.'), 'footer');
    assert.equal(kinds.get('Storm Floods Coastal Towns'), undefined);
    assert.equal(kinds.get('By Monday, the water had receded from most streets.'), undefined);
  });

  test('"With reporting by" ends the article: nothing after it is news', () => {
    const r = extract(
      'Troops left on December 28.\nWith reporting by Reuters\nOfficials met on December 29.',
    );
    assert.deepEqual(
      r.events.map((e) => e.date.value),
      ['2019-12-28'],
    );
    assert.equal(r.expressions.find((x) => x.text === 'December 29')?.role, 'furniture');
  });
});

describe('undated: date mentions that cannot be placed are reported', () => {
  const { events, undated, expressions } = extract(fixture('undated.txt'));

  test('impossible dates, a quoted "today" and an unreadable date beside a good one', () => {
    assert.deepEqual(
      undated.map((u) => [u.reason, u.text, u.eventId ?? null]),
      [
        ['unrecognized', 'February 30, 2019', null],
        ['unrecognized', '13/45/2019', null],
        ['quoted-deictic', 'today', null],
        ['unrecognized', '31/02/2020', 'e1'],
      ],
    );
    for (const u of undated) assert.ok(u.sentence.includes(u.text));
    assert.match(undated[0]!.message, /"February 30, 2019" looks like a date but could not be read/);
  });

  test('the year read out of an impossible date does not make an event', () => {
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2019-12-27'],
    );
    // The normalizer does not read a lone year out of a date it refused.
    assert.equal(
      expressions.find((x) => x.text === '2019'),
      undefined,
    );
  });

  test('durations, references and sets alone make no event and are not undated', () => {
    assert.equal(expressions.find((x) => x.text === 'months')?.role, 'duration');
    assert.equal(expressions.find((x) => x.text === 'now')?.role, 'reference');
    assert.equal(expressions.find((x) => x.text === 'every Monday')?.role, 'set');
  });
});
