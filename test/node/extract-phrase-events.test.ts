import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';

// Made-up sentences, one class per block: further events of phrases without a finite verb of
// their own, and dates that tell no event at all.
const REFERENCE = '2021-06-18'; // a Friday
/** `value[/refinement] why.rule why.expression` for each event. */
const summary = (text: string): string[] =>
  extractEvents(text, { referenceDate: REFERENCE }).events.map(
    (e) => `${e.date.value}${e.refinement ? `/${e.refinement.value}` : ''} ${e.why.rule} ${e.why.expression}`,
  );

describe('"since" a date: the start of a state, or the last time, is an event of its own', () => {
  test('beside the anchor, the date after "since" is a second event', () => {
    assert.deepEqual(summary('The mill had been shut since 2015 and was demolished on Tuesday.'), [
      '2021-06-15 adverbial-of-main-verb Tuesday',
      '2015 since-date 2015',
    ]);
    assert.deepEqual(summary('The club won its first league title since 1994 on Sunday.'), [
      '2021-06-13 adverbial-of-main-verb Sunday',
      '1994 since-date 1994',
    ]);
  });

  test('a date after "since" that another sentence also dates is that event mentioned again', () => {
    const text = 'The club won its first title since 1994 on Sunday. It had never won it other than in 1994.';
    const { events } = extractEvents(text, { referenceDate: REFERENCE });
    assert.deepEqual(
      events.map((e) => `${e.date.value} ${e.why.rule}`),
      ['2021-06-13 adverbial-of-main-verb', '1994 only-date'],
    );
    assert.equal(events[1]!.sources.length, 2);
    const twice =
      'Stocks had their worst day since Sept. 17, 2001, on Monday. That, too, was the biggest sell-off since Sept. 17, 2001.';
    assert.deepEqual(summary(twice), [
      '2021-06-14 adverbial-of-main-verb Monday',
      '2001-09-17 since-date Sept. 17, 2001',
    ]);
  });

  test('alone, it anchors its sentence; the start of a span "from … through …" is no second event', () => {
    assert.deepEqual(summary('The road has been closed since March.'), ['2021-03 only-date March']);
    assert.deepEqual(summary('Prices rose from May 3 through May 9.'), [
      '2021-05-03 adverbial-of-main-verb May 3',
    ]);
  });
});

describe('the date of an event noun is an event of its own', () => {
  test('a possessive day ("last Friday’s stabbing") and an event noun before the date ("the deal from 4 May")', () => {
    assert.deepEqual(summary('Police charged a man on Wednesday over last Friday’s stabbing.'), [
      '2021-06-16 adverbial-of-main-verb Wednesday',
      '2021-06-11 dated-noun last Friday',
    ]);
    assert.deepEqual(summary('The union on Thursday rejected the pay deal from 4 May.'), [
      '2021-06-17 adverbial-of-main-verb Thursday',
      '2021-05-04 dated-noun 4 May',
    ]);
  });

  test('a year before an event noun is one; before a noun of a thing ("a 2017 report") it is not', () => {
    assert.deepEqual(summary('Voters on Monday overturned the 2019 referendum.'), [
      '2021-06-14 adverbial-of-main-verb Monday',
      '2019 dated-noun 2019',
    ]);
    assert.deepEqual(summary('The ministry on Monday cited a 2017 report on water quality.'), [
      '2021-06-14 adverbial-of-main-verb Monday',
    ]);
  });

  test('a coarse dated noun that another sentence dates finer is that event again: one event', () => {
    const text =
      'The 2013 flood was recalled by the mayor on Tuesday. The river rose on June 3, 2013, and swept away the bridge.';
    const { events } = extractEvents(text, { referenceDate: REFERENCE });
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2021-06-15', '2013-06-03'],
    );
    // The flood's year is kept as a source of the June 3 event.
    assert.equal(events[1]!.sources.length, 2);
    assert.equal(text.slice(events[1]!.sources[1]!.expression.start).startsWith('2013 flood'), true);
  });
});

describe('a date in an infinitive clause after the anchor is an event of its own', () => {
  test('"ordered … on Monday to repay money it took … in 2016" is two events', () => {
    assert.deepEqual(
      summary('A court ordered the firm on Monday to repay money it took from the pension fund in 2016.'),
      ['2021-06-14 most-specific Monday', '2016 non-finite-clause 2016'],
    );
  });

  test('"to" before a plural noun is a preposition: no infinitive, no second event', () => {
    assert.deepEqual(summary('The firm paid a dividend on June 1 to shareholders of record on May 20.'), [
      '2021-06-01 first-in-sentence June 1',
    ]);
  });
});

describe('an apposition naming the date again with its own past verb is a second event of that date', () => {
  test('"in 1932, the year the dam was finished"', () => {
    assert.deepEqual(summary('The bridge opened in 1932, the year the dam was finished.'), [
      '1932 calendar-over-relative 1932',
      '1932 same-date-apposition the year',
    ]);
    assert.deepEqual(summary('The bridge opened in 1932, the year of the great drought.').length, 1);
  });
});

describe('dates that tell no event', () => {
  test('a date inside a comparison ("as with much of the 2016 race") dates what is compared', () => {
    assert.deepEqual(summary('The recount, as with much of the 2016 race, drew crowds.'), []);
  });

  test('a date between an ordinal and an infinitive is the period of a count', () => {
    assert.deepEqual(summary('She became the third rider this year to win the stage.'), []);
    assert.deepEqual(summary('She won the stage this year.'), ['2021 only-date this year']);
  });

  test('a weekday inside a name ("another First Friday") is no day', () => {
    assert.deepEqual(summary('If another First Friday falls on July 2, the market will stay open late.'), [
      '2021-07-02 adverbial-of-main-verb July 2',
    ]);
  });

  test('an "-ed" word after "more" is an adjective: "was seen as the more favoured …" is a state', () => {
    assert.deepEqual(
      summary('A vote will come Monday; she was seen as the more favoured candidate next year.'),
      ['2021-06-21 calendar-over-relative Monday'],
    );
  });
});

describe('anchor choice', () => {
  test('a weekday does not depend on another date of the story: it beats a year by being finer', () => {
    // Before, "in 2012" won as a calendar date over a "relative" weekday.
    assert.deepEqual(summary('A judge sentenced him Monday for a fraud scheme in 2012.'), [
      '2021-06-14 most-specific Monday',
    ]);
  });

  test('a night runs past midnight and still refines the day it starts on', () => {
    assert.deepEqual(summary('Fans will gather on July 2 and march that night.'), [
      '2021-07-02/2021-07-02TNI only-date July 2',
    ]);
  });
});

describe('events to come, in a clause of their own', () => {
  test('"said Monday that the bridge will reopen on July 9": the scheduled date is a second event', () => {
    assert.deepEqual(summary('Officials said Monday that the bridge will reopen on July 9.'), [
      '2021-06-14 main-clause Monday',
      '2021-07-09 scheduled-clause July 9',
    ]);
    assert.deepEqual(
      summary('The minister, who is set to visit Paris on June 30, said Thursday that talks had stalled.'),
      ['2021-06-17 main-clause Thursday', '2021-06-30 scheduled-clause June 30'],
    );
  });

  test('"would" in reported speech is a plan of the statement; a date naming figures is none', () => {
    assert.deepEqual(summary('The ministry said on Monday that it would reopen its embassy in March.'), [
      '2021-06-14 main-clause Monday',
    ]);
    assert.deepEqual(summary('Traders said Monday that they will watch the July 2 jobs report closely.'), [
      '2021-06-14 main-clause Monday',
    ]);
  });
});

describe('lengths counted from a date', () => {
  test('a present-tense "It is … since" with no date counts back from the reference date', () => {
    assert.deepEqual(
      summary('It is almost four years since the first credit crunch, and again the economy is in trouble.'),
      ['2017 counted-from-publication almost four years since'],
    );
    assert.deepEqual(summary('It was a year of floods since the dam burst.'), []);
  });

  test('years counted from a day give a year; "for two years before" is a length, not a count', () => {
    assert.deepEqual(summary('Police arrested him on May 3, two years after the shooting.'), [
      '2021-05-03 only-date May 3',
      '2019 counted-from-anchor two years after',
    ]);
    assert.deepEqual(summary('The board studied the plan for two years before the vote on May 3.'), [
      '2021-05-03 only-date May 3',
    ]);
  });
});

describe('the same event told again with a clock time is one event', () => {
  test('the same past verb and object on the same day: the clock time refines the first telling', () => {
    const text =
      'The storm made landfall early on Tuesday near the port. The storm made landfall at 2:10 a.m., forecasters said.';
    const { events } = extractEvents(text, { referenceDate: REFERENCE });
    assert.deepEqual(
      events.map((e) => `${e.date.value}/${e.refinement?.value}`),
      ['2021-06-15/2021-06-15T02:10'],
    );
    assert.equal(events[0]!.sources.length, 2);
  });

  test('another object of the same verb is another event', () => {
    assert.deepEqual(
      summary('Police arrested a man on Tuesday. Police arrested a second suspect at 4 p.m. Tuesday.'),
      ['2021-06-15 only-date Tuesday', '2021-06-15T16:00 only-date 4 p.m. Tuesday'],
    );
  });
});

describe('a deictic date inside a quotation spoken on the reference day', () => {
  const quote = '“We will finish the budget this week,” the mayor said Friday.';

  test('said on the reference day: the quoted date counts from it and is an event of its own', () => {
    assert.deepEqual(summary(quote), [
      '2021-06-18 only-date Friday',
      '2021-W24 quoted-on-speaking-day this week',
    ]);
  });

  test('said on another day than the reference date: the quoted date cannot be placed', () => {
    const { events } = extractEvents(quote, { referenceDate: '2021-06-19' });
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2021-06-18'],
    );
  });
});

describe('a caption under a credit line repeats the body event of its day', () => {
  const caption = 'A crane lifts debris from the collapsed bridge today.';
  const body = 'The city closed three roads today as engineers inspected the river crossing.';

  test('"Reuters photo" on the line above: the caption becomes a source of the body event', () => {
    const { events } = extractEvents(`Reuters photo\n\n${caption}\n\n${body}`, { referenceDate: REFERENCE });
    assert.equal(events.length, 1);
    assert.equal(events[0]!.sentence, body);
    assert.equal(events[0]!.sources.length, 2);
  });

  test('"(Full-size photo)" on the line under it does the same; without either, two events', () => {
    const text = `${caption}\n(Full-size photo)(All photos)\n\n${body}`;
    assert.equal(extractEvents(text, { referenceDate: REFERENCE }).events.length, 1);
    assert.equal(extractEvents(`${caption}\n\n${body}`, { referenceDate: REFERENCE }).events.length, 2);
  });
});

describe('a relative clause without "that" and with its own past verb', () => {
  test('"a stroke she suffered in March", "the house they bought in 2010" are events of their own', () => {
    assert.deepEqual(summary('Her son said she died on Sunday of a stroke she suffered in March.'), [
      '2021-06-13 most-specific Sunday',
      '2021-03 own-clause March',
    ]);
    assert.deepEqual(summary('He sold on Monday the house they bought in 2010.'), [
      '2021-06-14 most-specific Monday',
      '2010 own-clause 2010',
    ]);
  });

  test('a present verb after the pronoun is no event of its own', () => {
    assert.deepEqual(summary('He said on Monday the plan they have in mind for 2010 is good.'), [
      '2021-06-14 adverbial-of-main-verb Monday',
    ]);
  });
});

describe('a lede whose only date is a year naming an event', () => {
  test('"found … guilty of a scheme to sway the 2016 election": the day’s news, and the election', () => {
    assert.deepEqual(summary('A jury found the mayor guilty of a scheme to sway the 2016 election.'), [
      '2021-06-18 lede-of-publication-day today',
      '2016 dated-noun 2016',
    ]);
  });

  test('later in the article the year stays the sentence’s date; in a lede of a state it does too', () => {
    const text =
      'The council met on Monday.\n\nA jury found the mayor guilty of a scheme to sway the 2016 election.';
    assert.deepEqual(summary(text), ['2021-06-14 only-date Monday', '2016 only-date 2016']);
    assert.deepEqual(summary('The 2016 election remains a sore point for the party.'), [
      '2016 only-date 2016',
    ]);
  });
});
