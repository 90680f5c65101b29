import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/extract/index.js';

// Made-up sentences of the shapes the third development set showed, one class per block.
const REFERENCE = '2021-06-21'; // a Monday
const extract = (text: string, referenceDate = REFERENCE): ExtractionResult =>
  extractEvents(text, { referenceDate });
/** `value why.rule why.expression` for each event. */
const summary = (text: string, referenceDate = REFERENCE): string[] =>
  extract(text, referenceDate).events.map((e) => `${e.date.value} ${e.why.rule} ${e.why.expression}`);

describe('captions that date the picture are page furniture', () => {
  test('an agency caption opening with the place and the day in capitals', () => {
    const text =
      'LYON, FRANCE - JUNE 19: Firefighters leave the warehouse after the blaze on June 19, 2021 in Lyon, France. Officials said the roof fell in.\n\nThe fire broke out at the depot on Saturday.';
    assert.deepEqual(summary(text), ['2021-06-19 only-date Saturday']);
    const r = extract(text);
    assert.equal(r.expressions.find((x) => x.text === 'June 19, 2021')?.role, 'furniture');
    // A dateline in capitals without a day and a colon is news.
    assert.deepEqual(summary('LYON, France — The fire broke out at the depot on Saturday.'), [
      '2021-06-19 only-date Saturday',
    ]);
  });

  test('"In this … photo/illustration" and "is seen here in …" date the picture, not an event', () => {
    assert.deepEqual(
      summary('In this March 3, 2020, file photo provided by the port, a ferry is pictured at the dock.'),
      [],
    );
    assert.deepEqual(summary('The old mill is seen here in 2014.'), []);
    // The same words in an event sentence stay.
    assert.deepEqual(summary('In this town, the mill closed in 2014.'), ['2014 only-date 2014']);
  });
});

describe('a date only compared with is no event', () => {
  test('"than it was in", "like it was during", "paralleled … in A and B"', () => {
    assert.deepEqual(summary('The county is better prepared than it was in 2011, the sheriff said.'), []);
    assert.deepEqual(summary('The levee held better than in 2011.'), []);
    assert.deepEqual(
      summary('It was the third-worst drop on record and paralleled steep falls in 1998 and 2002.'),
      [],
    );
    assert.deepEqual(
      summary(
        'The mayor promised Friday that the town would not be caught off guard like it was during 2011.',
      ),
      ['2021-06-18 adverbial-of-main-verb Friday'],
    );
  });

  test('a capitalized name that looks like a comparing verb is no comparison', () => {
    assert.deepEqual(summary('She wrote the Daily Mirror column from 1966.'), ['1966 only-date 1966']);
  });
});

describe('an entry of a year-in-review is the event of its date', () => {
  test('an event noun with a year inside the entry is no second event', () => {
    const text =
      'The year in review\nMarch 2: The minister testified before the committee about meddling in the 2016 vote.\nMay 5: Voters went to the polls.';
    assert.deepEqual(summary(text, '2021-12-20'), [
      '2021-03-02 entry-line March 2',
      '2021-05-05 entry-line May 5',
    ]);
  });
});

describe('dates that describe a person or a thing', () => {
  test('a century as an adjective, how far back records go, "this year" of an existential state', () => {
    assert.deepEqual(
      summary('The school is named for a 19th-century reformer whose ideas are still taught.'),
      [],
    );
    assert.deepEqual(summary('Records at the gauge go back to at least the early 1870s.'), []);
    assert.deepEqual(summary('This year there has been no shortage of chains filing for bankruptcy.'), []);
    // A century that says when something happened stays.
    assert.deepEqual(summary('The bridge was built in the 19th century.').length, 1);
  });
});

describe('a quotation that only forecasts is no event', () => {
  test('a date after "can", "could", "might" in the same quotation', () => {
    assert.deepEqual(summary('"We can save most of the houses in three days."'), []);
    // A day set in advance keeps its date.
    assert.deepEqual(summary('"The vote is going to be on July 6," she said.'), [
      '2021-07-06 only-date July 6',
    ]);
  });
});

describe('a clock time without a day is on the day the story tells', () => {
  test('the day the sentence names elsewhere, even in its attribution', () => {
    const r = extract(
      'The first call came in at around 9:40 a.m., the fire chief said at a Saturday news conference.',
    );
    assert.deepEqual(
      r.events.map((e) => `${e.date.value} ${e.why.rule}`),
      ['2021-06-19T09:40 clock-on-story-day'],
    );
    assert.equal(r.events[0]!.date.range.start, '2021-06-19T09:40:00.000Z');
  });

  test('an earlier day the story named before does not move it; a clock of what is to come stays', () => {
    assert.deepEqual(summary('The first call came in at 9:40 a.m., police said.'), [
      '2021-06-21T09:40 only-date 9:40 a.m.',
    ]);
    assert.deepEqual(summary('The hearing will start at 9:40 a.m., the clerk said at a Saturday briefing.'), [
      '2021-06-21T09:40 adverbial-of-main-verb 9:40 a.m.',
    ]);
  });
});

describe('two predicates joined by "and", each with its date, are two events', () => {
  test('a past verb or a modal after "and" takes the second date', () => {
    assert.deepEqual(
      summary('The patient fell ill last Tuesday and sought treatment at Mercy General Hospital on Friday.'),
      ['2021-06-15 first-in-sentence last Tuesday', '2021-06-18 own-clause Friday'],
    );
    assert.deepEqual(
      summary(
        'The river crested at Elm Falls on Sunday and the town of Oak Bend should see its crest Tuesday.',
      ),
      ['2021-06-20 first-in-sentence Sunday', '2021-06-22 own-clause Tuesday'],
    );
    // "and" with no verb of its own before the next date is no second predicate.
    assert.deepEqual(
      summary('The patient fell ill last Tuesday and the family at Mercy General Hospital on Friday.').length,
      1,
    );
  });
});

describe('a count from "the" event told just before', () => {
  test('an undated sentence counting from the event of a sentence before it takes the count', () => {
    assert.deepEqual(
      summary(
        'The dam failed on March 3, 2019. Crews evacuated two towns. The engineer was arrested four days after the collapse.',
      ),
      ['2019-03-03 only-date March 3, 2019', '2019-03-07 counted-from-anchor four days after'],
    );
    assert.deepEqual(
      summary('The clerk was shot in May 2019 in Dover. Two men were charged two months after the incident.'),
      ['2019-05 only-date May 2019', '2019-07 counted-from-anchor two months after'],
    );
    assert.deepEqual(
      summary('The dam failed on March 3, 2019. Crews drained the lake two weeks before the collapse.').at(
        -1,
      ),
      '2019-02-17 counted-from-anchor two weeks before',
    );
  });

  test('not without "the" and a noun phrase ending the clause, nor three sentences on', () => {
    const counted = (text: string): string[] =>
      summary(text).filter((s) => s.includes('counted-from-anchor'));
    assert.deepEqual(
      counted(
        'The dam failed on March 3, 2019. Crews left. The engineer was arrested four days after a raid.',
      ),
      [],
    );
    assert.deepEqual(
      counted(
        'The dam failed on March 3, 2019. Crews left. The engineer was arrested four days after the collapse of the dam wall.',
      ),
      [],
    );
    assert.deepEqual(
      counted(
        'The dam failed on March 3, 2019. Crews evacuated two towns. Roads closed. The engineer was arrested four days after the collapse.',
      ),
      [],
    );
  });
});
