import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents, splitSentences } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/extract/index.js';

// Made-up sentences of the shapes real news pages take (issue 15), one class per block.
const REFERENCE = '2021-06-18'; // a Friday
const extract = (text: string, referenceDate = REFERENCE): ExtractionResult =>
  extractEvents(text, { referenceDate });
/** `value why.rule why.expression` for each event. */
const summary = (text: string, referenceDate = REFERENCE): string[] =>
  extract(text, referenceDate).events.map((e) => `${e.date.value} ${e.why.rule} ${e.why.expression}`);

describe('anchor: the adverbial of the clause’s own verb', () => {
  test("a noun-modifier year loses to the adverbial day (and an event noun's date is an event of its own)", () => {
    assert.deepEqual(summary('A jury convicted the driver Thursday over the 2011 crash.'), [
      '2021-06-17 adverbial-of-main-verb Thursday',
      '2011 dated-noun 2011',
    ]);
    assert.deepEqual(summary('The mayor was cleared on Monday of the 2015 Riverside Park fraud.'), [
      '2021-06-14 adverbial-of-main-verb Monday',
    ]);
  });

  test('a limit date loses to the event, and a span end alone is no event', () => {
    assert.deepEqual(summary('The council voted late Tuesday to extend the curfew through July 31.'), [
      '2021-06-15 adverbial-of-main-verb late Tuesday',
    ]);
    const r = extract('The state closed all of its beaches through July 31.');
    assert.deepEqual(r.events, []);
    assert.equal(r.expressions.find((x) => x.text === 'July 31')?.role, 'context');
  });

  test('a fiscal period describing figures loses to the day, and alone is no event', () => {
    assert.deepEqual(summary('Shares of the chain fell after it posted second-quarter results on Monday.'), [
      '2021-06-14 adverbial-of-main-verb Monday',
    ]);
    assert.deepEqual(summary('The chain posted third-quarter earnings that beat forecasts.'), []);
    // A quarter without its year is the period of the figures; with its year it is a date.
    assert.deepEqual(summary('Sales rose 4% during the quarter.'), []);
    assert.deepEqual(summary('Sales rose 4% in the first quarter of 2020.'), [
      '2020-Q1 only-date the first quarter of 2020',
    ]);
  });
});

describe('entry lines of a timeline', () => {
  test('a line that opens with a date and a colon is an event of its own; a clock time keeps its own line', () => {
    const text = 'The driver was taken to hospital at 11:40 p.m.\nMay 3, 2021: Vigils begin in the square.';
    const r = extract(text);
    assert.deepEqual(
      r.events.map((e) => [e.date.value, e.why.rule, e.sentence]),
      [
        ['2021-06-18T23:40', 'only-date', 'The driver was taken to hospital at 11:40 p.m.'],
        ['2021-05-03', 'entry-line', 'May 3, 2021: Vigils begin in the square.'],
      ],
    );
    assert.ok(r.expressions.every((x) => !x.text.includes('\n')));
  });

  test('entries without a colon, a year-less entry takes the year the list last named', () => {
    const text =
      '4 March 2007 The port strike begins\n\n20 April The strikers return to work\n\nJune 2008 A new contract is signed\n\nOctober The union calls a new strike';
    assert.deepEqual(summary(text, '2010-01-05'), [
      '2007-03-04 entry-line 4 March 2007',
      '2007-04-20 entry-line 20 April',
      '2008-06 entry-line June 2008',
      '2008-10 entry-line October',
    ]);
    // Outside a list, a month name before a capital is no entry ("April Ryan said…").
    assert.notEqual(
      extract('April Ryan said on Monday that she would run.').events[0]?.why.rule,
      'entry-line',
    );
  });

  test('a line that is only a date heads the paragraphs under it', () => {
    const text = [
      'A look back at the year',
      '',
      'January',
      '',
      'A ferry sinks off the northern coast. Divers search for weeks.',
      '',
      'Floods cut the railway to the capital.',
      '',
      'March',
      '',
      'The central bank raises rates for the first time in a decade.',
    ].join('\n');
    assert.deepEqual(summary(text, '2021-12-28'), [
      '2021-01 date-heading January',
      '2021-01 date-heading January',
      '2021-03 date-heading March',
    ]);
  });
});

describe('a length counted from a heading', () => {
  test('"eight months after …" under a month heading is the month eight months before', () => {
    const text = 'February\n\nThe two leaders meet in Hanoi, eight months after their first summit.';
    assert.deepEqual(summary(text, '2021-12-28'), [
      '2021-02 date-heading February',
      '2020-06 counted-from-anchor eight months after',
    ]);
  });
});

describe('page furniture and captions', () => {
  const page = [
    'date 2021-06-14 LONDON (Wire) - A jury found the trader guilty on Wednesday.',
    'By Jane Doe | June 14, 2021',
    'By Jane Doe, Staff Writer · Updated 3:10 p.m. ET',
    'Updated at 3:10 p.m. ET Tuesday',
    'Published June 14, 2021 at 9:02 a.m.',
    'June 14, 2021',
    'June 14, 2021, 9:02 AM EDT / Updated June 14, 2021, 11:15 AM EDT',
    'Watch: Police clear the square on Monday',
    '0:00',
    '1:12 / 3:45',
    'Listen to this article 0:00 / 4:12',
    'Chicago Ledger (Monday)',
    'Copyright 2021 Example Media. All rights reserved.',
    'Protesters march through the city centre on Monday. (Jane Doe / Agency)',
    'Protesters marched through the city centre on Monday, police said.',
    'A trader leaves the court in London, Wednesday, June 16, 2021.',
    'Related: Ex-Trader Charged In 2019 Fraud Case',
  ].join('\n');
  const r = extract(page, '2021-06-18');

  test('only the news makes events; captions merge into the body event of their date', () => {
    assert.deepEqual(
      r.events.map((e) => [e.date.value, e.sources.length, e.sentence]),
      [
        ['2021-06-16', 2, 'date 2021-06-14 LONDON (Wire) - A jury found the trader guilty on Wednesday.'],
        ['2021-06-14', 2, 'Protesters marched through the city centre on Monday, police said.'],
      ],
    );
  });

  test('stamps, bylines, player clocks, datelines and copyright dates are furniture expressions', () => {
    const furniture = r.expressions.filter((x) => x.role === 'furniture').map((x) => x.text);
    for (const t of ['2021-06-14', 'June 14, 2021', '3:10 p.m. ET Tuesday', '0:00', 'Monday'])
      assert.ok(furniture.includes(t), `"${t}" is furniture`);
  });
});

describe('captions without a credit', () => {
  test('a present-tense line that repeats a body event of its day merges into it; another stays an event', () => {
    const text = [
      'Rescuers search the rubble of a hotel in Manta on Monday.',
      '',
      'Rescuers searched the rubble of the Manta hotel on Monday for survivors, officials said.',
      '',
      'The headquarters of the port authority is seen after a fire on Monday.',
    ].join('\n');
    assert.deepEqual(
      extract(text).events.map((e) => [e.sources.length, e.sentence.slice(0, 28)]),
      [
        [2, 'Rescuers searched the rubble'],
        [1, 'The headquarters of the port'],
      ],
    );
  });
});

describe('two dated events in one sentence', () => {
  test('"on Thursday, two days after …" is two events', () => {
    assert.deepEqual(summary('She took office on Thursday, two days after her party won the runoff.'), [
      '2021-06-17 only-date Thursday',
      '2021-06-15 counted-from-anchor two days after',
    ]);
  });

  test('a date of a relative clause with its own past verb is an event; a state with "was" is not', () => {
    assert.deepEqual(summary('Smith, who was born in 1935, died on Monday.'), [
      '2021-06-14 main-clause Monday',
      '1935 own-clause 1935',
    ]);
    // A weekday, like a calendar date, does not depend on another date of the story: it wins that way.
    assert.deepEqual(summary('A vote will come Monday; she was seen as the favourite last year.'), [
      '2021-06-21 calendar-over-relative Monday',
    ]);
  });

  test('"on Monday, three hours after the shooting" is two events of that Monday', () => {
    assert.deepEqual(summary('Police arrested him on Monday, three hours after the shooting.'), [
      '2021-06-14 only-date Monday',
      '2021-06-14 counted-from-anchor three hours after',
    ]);
  });

  test('"in 1998 and 2006" is two events; "between 1998 and 2006" is one span', () => {
    assert.deepEqual(summary('The club won the cup in 1998 and 2006.'), [
      '1998 first-in-sentence 1998',
      '2006 conjoined-date 2006',
    ]);
    assert.equal(extract('Prices rose between 1998 and 2006.').events.length, 1);
  });

  test('"on May 1 and three days later …" is two events', () => {
    assert.deepEqual(summary('He robbed the bank on May 1 and three days later fled the country.'), [
      '2021-05-01 calendar-over-relative May 1',
      '2021-05-04 conjoined-date three days later',
    ]);
  });

  test('a quoted "on Wednesday" that narrows "last week" is still a date', () => {
    assert.deepEqual(summary('The coach said the team "met last week, on Wednesday," to vote.'), [
      '2021-06-09 only-date last week, on Wednesday',
    ]);
  });
});

describe('sentence splitting', () => {
  test('Inc., Corp., Co. and Ltd. inside a sentence do not end it', () => {
    const text =
      'Acme Inc. on Tuesday agreed to buy Widget Corp. for cash. Gadget Co. and Parts Ltd. in May said no.';
    assert.deepEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end)),
      [
        'Acme Inc. on Tuesday agreed to buy Widget Corp. for cash.',
        'Gadget Co. and Parts Ltd. in May said no.',
      ],
    );
  });

  test('a clock time goes on before a zone name; a hand-wrapped line goes on in lower case', () => {
    const text =
      'At 2:05 p.m. Eastern time, the probe landed.\nThe judge jailed him for his role in a fraud\nin 2002.';
    assert.deepEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end)),
      [
        'At 2:05 p.m. Eastern time, the probe landed.',
        'The judge jailed him for his role in a fraud\nin 2002.',
      ],
    );
  });
});
