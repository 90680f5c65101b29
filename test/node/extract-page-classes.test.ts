import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/extract/index.js';

// Made-up sentences of the shapes the development pages showed, one class per block.
const REFERENCE = '2021-06-18'; // a Friday
const extract = (text: string, referenceDate = REFERENCE): ExtractionResult =>
  extractEvents(text, { referenceDate });
/** `value why.rule why.expression` for each event. */
const summary = (text: string, referenceDate = REFERENCE): string[] =>
  extract(text, referenceDate).events.map((e) => `${e.date.value} ${e.why.rule} ${e.why.expression}`);

describe('states: a date that says when a state held is no event', () => {
  test('"as of" with a state verb is no event; a tally as of a day keeps it', () => {
    const r = extract('As of Monday, 40 nurses remained in quarantine at the clinic.');
    assert.deepEqual(r.events, []);
    assert.equal(r.expressions.find((x) => x.text === 'Monday')?.role, 'context');
    assert.deepEqual(summary('She said she was not aware of any new cases as of Sunday.'), []);
    assert.deepEqual(summary('More than 30 people had been rescued from the mine as of late Tuesday.'), [
      '2021-06-15 only-date late Tuesday',
    ]);
  });

  test('a state of a dated event named in the subject is no event; the dated subject itself is', () => {
    assert.deepEqual(
      summary('The death toll from Monday’s flood was 12, officials in the valley counted.'),
      [],
    );
    assert.deepEqual(summary('The suspect in Tuesday’s robbery is now in custody.'), []);
    assert.deepEqual(summary('Today’s rescue package is the largest the bloc has agreed.'), [
      '2021-06-18 only-date Today',
    ]);
    // A passive is an event: the subject's date stays.
    assert.deepEqual(summary('The driver in Tuesday’s crash was charged with manslaughter.').length, 1);
  });

  test('"this year" of a present state is the frame, not an event', () => {
    assert.deepEqual(summary('Three seats on the county board are on the ballot this year.'), []);
    assert.deepEqual(summary('The club won the league this year.'), ['2021 only-date this year']);
  });
});

describe('a look back over one year', () => {
  test('the framed year is no event and year-less dates after it are of that year', () => {
    const text =
      'Here’s a look back at 2020.\n\nOn Jan. 25 the council signed the budget deal.\n\nIn March, the schools closed.';
    assert.deepEqual(summary(text, '2021-01-04'), [
      '2020-01-25 only-date Jan. 25',
      '2020-03 only-date March',
    ]);
  });

  test('without the frame, a year-less date of a January page is resolved as before', () => {
    assert.deepEqual(summary('On Jan. 25 the council signed the budget deal.', '2021-01-04'), [
      '2021-01-25 only-date Jan. 25',
    ]);
  });
});

describe('sentences without a date of their own', () => {
  test('the lede in the present perfect is the news of the publication day', () => {
    const text =
      'Twelve people have been injured in a gas explosion at a bakery in the old town.\nThe fire brigade arrived within minutes.';
    assert.deepEqual(summary(text), ['2021-06-18 lede-of-publication-day today']);
    // Not a later sentence: a present perfect there sums up.
    assert.deepEqual(
      summary('A bakery exploded on Thursday. Twelve people have been injured in the old town since then.'),
      ['2021-06-17 only-date Thursday'],
    );
  });

  test('an undated sentence that counts an event from it takes the day of the sentence before', () => {
    const text =
      'Villagers begged rescuers on Wednesday to keep digging.\n\nTwo days after a landslide buried the road, soldiers cleared it by hand.';
    const r = extract(text);
    assert.deepEqual(
      r.events.map((e) => `${e.date.value} ${e.why.rule}`),
      ['2021-06-16 only-date', '2021-06-16 date-of-previous-sentence', '2021-06-14 counted-from-anchor'],
    );
    // The expression of the context-dated event is the earlier sentence's date.
    const e = r.events[1]!;
    assert.equal(text.slice(e.source.expression.start, e.source.expression.end), 'Wednesday');
  });

  test('an undated detail after a dated sentence is no event', () => {
    assert.deepEqual(summary('The storm hit the coast on Tuesday. Power lines fell across the county.'), [
      '2021-06-15 only-date Tuesday',
    ]);
  });
});

describe('further events of one sentence', () => {
  test('dates joined by "and" with names between, before or after the anchor', () => {
    assert.deepEqual(
      summary('The shaking was stronger than the quake in Peru last year and Kobe, Japan, in 1995.'),
      ['1995 calendar-over-relative 1995', '2020 conjoined-date last year'],
    );
  });

  test('the cause after "after" right after a day is a second event of that day', () => {
    assert.deepEqual(
      summary('Shares of the retailer sank on Wednesday after the company lowered its outlook.'),
      ['2021-06-16 only-date Wednesday', '2021-06-16 cause-of-anchor-day after'],
    );
    // "after" with a noun is no clause.
    assert.deepEqual(summary('Shares of the retailer sank on Wednesday after the outlook cut.'), [
      '2021-06-16 only-date Wednesday',
    ]);
  });
});

describe('stamps and bylines over more than one line or after a date', () => {
  test('"Posted at …" with "and last updated …" on the next line is one stamp, no event', () => {
    const text =
      'Posted at 6:44 AM, Jun 14, 2021\nand last updated 2021-06-14 22:54:28-05\n\nRescuers reached the mine on Monday.';
    assert.deepEqual(summary(text), ['2021-06-14 only-date Monday']);
  });

  test('a date, a bar and a byline ("June 14, 2021|By Jane Roe …") is furniture', () => {
    const text =
      'June 14, 2021|By Jane Roe and Sam Poe, Herald correspondents. Jane Roe reported from Lima.\n\nRescuers reached the mine on Monday.';
    assert.deepEqual(summary(text), ['2021-06-14 only-date Monday']);
    assert.equal(extract(text).expressions.find((x) => x.text === 'June 14, 2021')?.role, 'furniture');
  });
});
