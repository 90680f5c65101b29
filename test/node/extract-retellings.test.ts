import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';
import { inDatedNounPhrase } from '../../src/extract/restatements.js';
import { isToldState } from '../../src/extract/told-states.js';

// Made-up sentences of the classes the second development set showed.
const REFERENCE = '2021-06-20'; // a Sunday
const events = (text: string): string[] =>
  extractEvents(text, { referenceDate: REFERENCE }).events.map((e) => `${e.date.value} ${e.sources.length}`);

describe('restatements: an event told again through a dated noun phrase is one event', () => {
  test('a definite noun phrase the day closes, a day before a noun, a possessive day', () => {
    const at = (s: string, date: string): boolean =>
      inDatedNounPhrase(s, s.indexOf(date), s.indexOf(date) + date.length);
    assert.equal(at('The fire Thursday forced 300 people from their homes.', 'Thursday'), true);
    assert.equal(at("The index's fall Thursday was its worst in a year.", 'Thursday'), true);
    assert.equal(
      at('A feud between neighbors led to the Thursday evening stabbing.', 'Thursday evening'),
      true,
    );
    assert.equal(at('The chief spoke at a Thursday briefing.', 'Thursday'), true);
    assert.equal(at('Thursday’s fire spread fast.', 'Thursday’s'), true);
    // The verb's own date, a day that opens a clause, a statement after the named event.
    assert.equal(at('The council voted Thursday to close the pool.', 'Thursday'), false);
    assert.equal(at('The mayor says Thursday will be hot.', 'Thursday'), false);
    assert.equal(at('On the Thursday, he left.', 'Thursday'), false);
    assert.equal(at('In a statement after Thursday’s vote, she thanked staff.', 'Thursday’s'), false);
  });

  test('the retelling becomes a source of the earlier event of that day', () => {
    const text =
      'A gunman opened fire at a bus depot Thursday, wounding four people. ' +
      'The attack Thursday resulted in a lockdown of three schools. ' +
      'Police said a dispute over a parking space led to the Thursday morning shooting. ' +
      'The suspect was arrested Friday. ' +
      '“We are grateful,” the chief said during a Friday news conference.';
    assert.deepEqual(events(text), ['2021-06-17 3', '2021-06-18 2']);
  });

  test('a dated noun in the lede becomes a source of the later sentence that tells the event', () => {
    const text =
      'Townspeople woke up Saturday to the toll of the attacks of the previous evening. ' +
      'Gunmen staged the attacks at three cafes late Friday.';
    const r = extractEvents(text, { referenceDate: REFERENCE });
    assert.deepEqual(
      r.events.map((e) => `${e.date.value} ${e.why.rule} ${e.sources.length}`),
      ['2021-06-19 calendar-over-relative 1', '2021-06-18 only-date 2'],
    );
  });

  test('with no earlier event of the day, a dated noun phrase keeps its event', () => {
    assert.deepEqual(events('The storm Thursday knocked out power to 20,000 homes.'), ['2021-06-17 1']);
  });
});

describe('attribution over a state: a day that only dates the telling of a state is no event', () => {
  const told = (s: string): boolean => isToldState(s, s.indexOf('Friday'), s.indexOf('Friday') + 6);

  test('a present state after "said <day>" is no event', () => {
    assert.equal(told('Deputies said Friday the man is wanted in two counties.'), true);
    assert.equal(told('The agency said on Friday that the two patients remain in stable condition.'), true);
    assert.equal(told('Investigators said Friday they have no suspects.'), true);
    assert.deepEqual(events('Deputies said Friday the man is wanted in two counties.'), []);
  });

  test('a plan or a change after "said <day>" stays an event', () => {
    assert.equal(told('The chain said Friday it will close 40 stores.'), false);
    assert.equal(told('The chain said Friday it had fired its chief executive.'), false);
    assert.equal(told('The chain said Friday it has fired its chief executive.'), false);
    assert.equal(told('The chain said Friday it is closing 40 stores.'), false);
    assert.equal(told('The chain said Friday it is to close 40 stores.'), false);
    assert.equal(told('Deputies arrested a man Friday who is wanted in two counties.'), false);
    assert.deepEqual(events('The chain said Friday it will close 40 stores.'), ['2021-06-18 1']);
  });
});

describe('update stamps: a line opening with "Update" and a date', () => {
  test('the stamp is furniture and the line’s days count from it', () => {
    const text =
      'Update June 21st, 7:05PM ET: The second ferry sailed today with 40 passengers.\n\n' +
      'The first ferry left the harbor on Saturday.';
    const r = extractEvents(text, { referenceDate: REFERENCE });
    assert.deepEqual(
      r.events.map((e) => `${e.date.value} ${e.why.expression}`),
      ['2021-06-21 today', '2021-06-19 Saturday'],
    );
    assert.equal(r.expressions.find((x) => x.text.startsWith('June 21st'))?.role, 'furniture');
  });
});

describe('the same day named twice side by side is one date', () => {
  test('"tomorrow, June 21 at 5:31PM PT" is one event; "in 1998 and 2006" stays two', () => {
    // 5:31PM PT on the 21st is the 22nd in UTC: the day as written decides.
    assert.deepEqual(events('The crew will try again tomorrow, June 21 at 5:31PM PT.'), [
      '2021-06-21T17:31-07:00 1',
    ]);
    assert.deepEqual(events('The team won the cup in 1998 and 2006.').length, 2);
  });
});

describe('an update stamp dates the news its line adds', () => {
  test('a past event after "Update <date>:" with no date of its own takes the stamp’s day', () => {
    const r = extractEvents('Update June 21st, 11:40PM ET: The launch was scrubbed after a valve failed.', {
      referenceDate: REFERENCE,
    });
    assert.deepEqual(
      r.events.map((e) => `${e.date.value} ${e.why.rule}`),
      ['2021-06-21 update-stamp'],
    );
  });
  test('a stamp alone, or a byline stamp, dates no event', () => {
    assert.deepEqual(events('Updated June 21st, 11:40PM ET'), []);
  });
});

describe('the end of a span of years is an event of its own', () => {
  const rules = (text: string): string[] =>
    extractEvents(text, { referenceDate: REFERENCE }).events.map((e) => `${e.date.value} ${e.why.rule}`);
  test('"from 1981 to 1994", "from 1981-1994" give both years; a span of days stays one event', () => {
    assert.deepEqual(rules('She sat on the county bench from 1981 to 1994.'), [
      '1981 first-in-sentence',
      '1994 end-of-years',
    ]);
    assert.deepEqual(rules('She sat on the county bench from 1981-1994.').length, 2);
    assert.deepEqual(rules('He stayed at the clinic from April 29 through May 7.').length, 1);
    assert.deepEqual(rules('Prices rose between 1998 and 2006.').length, 1);
  });
});
