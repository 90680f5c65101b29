import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';
import { summary, values } from './page-class-helpers.js';

// Made-up texts of the shapes the eighth to eleventh development sets showed, one class per block.
describe('a timeline of clock lines rebuilds the past day the text told of', () => {
  const TIMELINE =
    'Three people were hurt Saturday morning in a fire at a warehouse.\n\n' +
    '8.12am: A neighbour calls the fire brigade.\n\n' +
    '8.20am: The first engine arrives.\n\n' +
    'In this May 1, 2019 file photo, the warehouse is seen from the road.\n\n' +
    '9:40 a.m. -- The fire is declared out.';
  test('lines that open with a clock time take the day named before, not the publication day', () => {
    assert.deepEqual(values(TIMELINE, '2021-05-16'), [
      'Saturday morning=2021-05-15TMO',
      '8.12am=2021-05-15T08:12',
      '8.20am=2021-05-15T08:20',
      'May 1, 2019=2019-05-01',
      '9:40 a.m.=2021-05-15T09:40',
    ]);
  });
  test("a live report's clock lines stay on the reference day after a day ahead", () => {
    const live = 'Snow covers roads until tomorrow.\n\n15:10 Airport reopens runway\nFlights resume.';
    assert.deepEqual(values(live, '2019-12-30'), ['tomorrow=2019-12-31', '15:10=2019-12-30T15:10']);
  });
});

describe('"could" of perception tells the past', () => {
  test('"could be heard Wednesday" is the Wednesday before; "could resume Wednesday" the one after', () => {
    const text = 'Gunfire could be heard in the capital Wednesday. Talks could resume Wednesday.';
    assert.deepEqual(values(text, '1980-03-27'), ['Wednesday=1980-03-26', 'Wednesday=1980-04-02']);
  });
});

describe('the date of a wire dateline is no event', () => {
  test('a city in title case, a comma after the date and an agency with a slash', () => {
    const text = 'Vienna, Sept. 6, (dpa/AFX) - The oil producers lowered their output goals on Monday.';
    assert.deepEqual(summary(text, '2022-09-06'), ['2022-09-05 only-date Monday']);
  });
  test('a date and an agency with no city', () => {
    const text = 'March 20 (Reuters) - The carmaker recalled 40,000 vans on Tuesday.';
    assert.deepEqual(summary(text, '2024-03-20'), ['2024-03-19 only-date Tuesday']);
  });
  test('a city in capitals and a date before the lede, after a page stamp', () => {
    const text = 'date 2017-05-08 BOSTON May 8 A jury on Monday convicted a former bank manager of fraud.';
    const { events } = extractEvents(text, { referenceDate: '2017-05-08' });
    assert.deepEqual(
      events.map((e) => [e.date.value, e.why.expression, e.title]),
      [['2017-05-08', 'Monday', 'A jury convicted a former bank manager of fraud']],
    );
  });
});

describe("one person's death told twice on one day is one event", () => {
  test('"died Sunday" and "passed away Sunday afternoon" of the same name merge', () => {
    const text =
      'Former Mayor Ann Stowe died Sunday at the age of 81.\n\n' +
      'The funeral will be held on Thursday.\n\n' +
      'Stowe, who led the town for 30 years, passed away Sunday afternoon, according to officials.';
    const { events } = extractEvents(text, { referenceDate: '2020-06-29' });
    assert.deepEqual(
      events.map((e) => [e.date.value, e.sources.length]),
      [
        ['2020-06-28', 2],
        ['2020-07-02', 1],
      ],
    );
  });
  test('deaths of two people that day stay two events', () => {
    const text = 'The singer Joe Park died Jan. 5 in Ohio. The painter Lia Moss died Jan. 5 in Utah.';
    assert.equal(extractEvents(text, { referenceDate: '2018-01-08' }).events.length, 2);
  });
  test('an announcement of the death, or a quoted tribute dated by its telling, stays its own event', () => {
    const text =
      'Senator Tom Reyes died Sunday morning at 90.\n\n' +
      'His wife, Mary Reyes, announced Sunday afternoon that her husband had passed away.\n\n' +
      '"Tom Reyes has passed away," wrote his friend Ben Ode on Twitter Sunday.';
    assert.equal(extractEvents(text, { referenceDate: '2021-12-05' }).events.length, 3);
  });
});

describe('a date between the subject and its past verb dates that verb', () => {
  test('"last month gave notice of strikes in September" is last month', () => {
    const text = 'The pilots union last month gave the airline notice of three strike days in September.';
    assert.deepEqual(summary(text, '2019-09-09'), ['2019-08 adverbial-of-main-verb last month']);
  });
  test('"when Tuesday began" is the subject of its own clause and takes nothing from the rule', () => {
    const text = 'The toll was 23,000 when Tuesday began and by early Wednesday was 58,000.';
    assert.deepEqual(summary(text, '2004-12-29').slice(0, 1), ['2004-12-28 first-in-sentence Tuesday']);
  });
});

describe('a quarter named by its month', () => {
  test('"the December quarter", "the June-quarter" and "the March quarter of 2018" are calendar quarters', () => {
    const text =
      'In the December quarter, the phone maker lost the top spot. The June-quarter results beat forecasts. ' +
      'Sales fell in the March quarter of 2018.';
    assert.deepEqual(values(text, '2020-02-11'), [
      'the December quarter=2019-Q4',
      'The June-quarter=2019-Q2',
      'the March quarter of 2018=2018-Q1',
    ]);
  });
});

describe('a wire lede that "says" what happened is the news of the publication day', () => {
  test('"The drugmaker says earnings fell short" with no date of its own, titled from its first word', () => {
    const text =
      'Forty Labs says its earnings and revenue fell short of Wall Street estimates, citing weak sales.';
    const { events } = extractEvents(text, { referenceDate: '2005-04-06' });
    assert.deepEqual(
      events.map((e) => [e.date.value, e.why.rule, e.title, e.source.expression]),
      [
        [
          '2005-04-06',
          'lede-of-publication-day',
          'Forty Labs’s earnings and revenue fell short of Wall Street estimates',
          { start: 0, end: 0 },
        ],
      ],
    );
  });
  test('"says" before a present state is no news of a day', () => {
    const text = 'The city says its budget is balanced and its reserves are healthy for now.';
    assert.deepEqual(extractEvents(text, { referenceDate: '2005-04-06' }).events, []);
  });
});

describe('"Following …" opens a phrase the main clause is not in', () => {
  test('the strikes of the opening phrase are context of what is scheduled', () => {
    const text =
      'Following strikes on Monday and Tuesday, another day of industrial action is scheduled for Sept. 27.';
    assert.deepEqual(summary(text, '2019-09-09')[0], '2019-09-27 main-clause Sept. 27');
  });
});

describe('an agency in capitals and a bar before a date is a stamp', () => {
  test('"REUTERS | 09.09.2019 - 10:50" dates nothing', () => {
    const text =
      'REUTERS | 09.09.2019 - 10:50\nBritish Airways pilots began a 48-hour strike on Monday, grounding its flights.';
    assert.deepEqual(summary(text, '2019-09-09'), ['2019-09-09 only-date Monday']);
  });
});

describe('a directive looks ahead', () => {
  test('"has directed that flags be flown … on Friday" and "ordered all state flags to be lowered on Friday"', () => {
    const text =
      'The governor has directed that flags be flown at half-staff on Friday. ' +
      'The mayor ordered all city flags to be lowered on Friday.';
    assert.deepEqual(values(text, '2021-05-27'), ['Friday=2021-05-28', 'Friday=2021-05-28']);
  });
  test('a noun "order" before a past verb does not', () => {
    const text = 'People were told to leave. That order was reduced to Level 2 on Friday.';
    assert.deepEqual(values(text, '2021-05-27'), ['Friday=2021-05-21']);
  });
});

describe('a participle joined by a hyphen is an adjective, not a past verb', () => {
  test('"will play 93rd-ranked Copil on Sunday" looks ahead', () => {
    const text = 'Seeking a ninth title at home, the champion will play 93rd-ranked Marius Copil on Sunday.';
    assert.deepEqual(values(text, '2018-10-27'), ['Sunday=2018-10-28']);
  });
});

describe('a city in capitals, a date and an agency make a dateline', () => {
  test('"KINSHASA MAY 30, 2017 (CISA) –" dates nothing; the lede\'s own date does', () => {
    const text = 'KINSHASA MAY 30, 2017 (CISA) – The health ministry on May 29 approved a new vaccine.';
    assert.deepEqual(summary(text, '2017-05-30'), ['2017-05-29 only-date May 29']);
  });
});

describe("a date that frames the clause after its comma takes that clause's tense", () => {
  test('"On May 24, he possessed a rifle" is the May before; "On May 24, the council will vote" the one ahead', () => {
    assert.deepEqual(values('He admitted that on May 24, he possessed a rifle.', '2022-04-19'), [
      'May 24=2021-05-24',
    ]);
    assert.deepEqual(values('On May 24, the council will vote.', '2022-04-19'), ['May 24=2022-05-24']);
  });
});

describe('after a page stamp, a weekday opens the lede; a clock time or a date belongs to the stamp or the dateline', () => {
  test('" date 2019-08-26 Sunday a fire broke out…" is Sunday\'s fire', () => {
    const text = ' date 2019-08-26 Sunday a fire broke out in an apartment complex and spread quickly.';
    assert.deepEqual(summary(text, '2019-08-26'), ['2019-08-25 only-date Sunday']);
  });
  test('" date 2014-10-05 Oct 5 International agencies…" repeats the stamp', () => {
    const text = ' date 2014-10-05 Oct 5 International agencies are fighting to contain the epidemic.';
    assert.deepEqual(summary(text, '2014-10-05'), []);
  });
});

describe('the present of a fixture or of what goes on looks ahead', () => {
  test('"announcements continue with physics Tuesday", "They play Gremio in the final in February"', () => {
    assert.deepEqual(values('Prize announcements continue with physics Tuesday.', '2013-10-07'), [
      'Tuesday=2013-10-08',
    ]);
    assert.deepEqual(values('They play Gremio in the cup final in February.', '2021-01-30'), [
      'February=2021-02',
    ]);
    assert.deepEqual(values('Protests continued Tuesday.', '2013-10-07'), ['Tuesday=2013-10-01']);
  });
});

describe('a state that goes on dates no event', () => {
  test('"still had no power Wednesday" and "remain without power Thursday" are context', () => {
    assert.deepEqual(
      summary('About 468,000 homes still had no power Wednesday in the state.', '2007-12-12'),
      [],
    );
    assert.deepEqual(summary('More than 100,000 people remain without power Thursday.', '2013-12-26'), []);
  });
  test('a change before the state, a date in another clause and "remained hospitalized" stay events', () => {
    assert.deepEqual(summary('Thousands lost power Wednesday and still had no heat.', '2007-12-12'), [
      '2007-12-12 only-date Wednesday',
    ]);
    assert.deepEqual(summary('Two of them remained hospitalized Saturday afternoon.', '2023-05-07'), [
      '2023-05-06TAF only-date Saturday afternoon',
    ]);
  });
});

describe('page furniture and figures that date nothing', () => {
  test('a video length in brackets alone on its line', () => {
    const text = 'Club signs striker\n\n(0:56)\n\nThe forward arrived on Saturday.';
    assert.deepEqual(summary(text, '2025-07-26'), ['2025-07-26 only-date Saturday']);
  });
  test('an outlet named "… Today"', () => {
    assert.deepEqual(values('Florida Today\nThe report ran in USA Today on Monday.', '2013-11-18'), [
      'Monday=2013-11-18',
    ]);
    assert.deepEqual(values('Police Arrest Suspect Today', '2013-11-18'), ['Today=2013-11-18']);
  });
  test('"a 98% drop from October 16" is what a change is measured from', () => {
    assert.deepEqual(summary('Shares tumble to 65 cents, a 98% drop from October 16.', '2005-11-30'), []);
  });
});

describe('a founding year is background, no story', () => {
  test('"Founded in 1945, the company…" leaves the next paragraph in the reference\'s time', () => {
    const text =
      'Founded in 1945, the company owns about 1,000 stores.\n\n' +
      'The trigger was a profit warning for the second quarter.';
    assert.deepEqual(values(text, '2017-07-25'), ['1945=1945', 'the second quarter=2017-Q2']);
  });
});

describe("an embedded post's signature is a stamp", () => {
  test('"— Name (@handle) January 24, 2018" dates nothing', () => {
    const text =
      'Thank you for this opportunity to serve. pic.twitter.com/Abc123 — Ann Lee (@annlee) January 24, 2018';
    assert.deepEqual(summary(text, '2018-01-25'), []);
  });
});

describe('a dateline a day off the page stamp', () => {
  test('" date 2020-05-11 May 10 (Reuters) - …" dates nothing; the lede\'s own date does', () => {
    const text = ' date 2020-05-11 May 10 (Reuters) - The retailer filed for bankruptcy on Sunday.';
    assert.deepEqual(summary(text, '2020-05-11'), ['2020-05-10 only-date Sunday']);
  });
});

describe('a date and a label in capitals head the paragraph below', () => {
  test('"AUG 12: COMPLAINT FILED" dates the sentence under it, and is no event of its own', () => {
    const text =
      'Here is a chronology of events:\n\nAUG 12: COMPLAINT FILED\n\n' +
      'An official files an internal complaint about the call.\n\nSEP 11: MONEY RELEASED\n\n' +
      'The aid is released by the White House.';
    assert.deepEqual(summary(text, '2019-12-19'), [
      '2019-08-12 date-heading AUG 12',
      '2019-09-11 date-heading SEP 11',
    ]);
  });
});

describe('a range of two months', () => {
  test('"August-September 2011" is two expressions of 2011, as TimeML marks ranges', () => {
    assert.deepEqual(values('Sales rose in August-September 2011.', '2016-03-17'), [
      'August=2011-08',
      'September 2011=2011-09',
    ]);
    assert.deepEqual(values('The mid-March meeting and an April-like day.', '2016-03-17'), [
      'The mid-March=2016-03',
    ]);
  });
  test('as a heading it dates the paragraphs below with the year that holds both months', () => {
    const text =
      'July 2011\n\nRebels found an army.\n\nAugust-September 2011\n\nEnvoys recall their ambassadors.';
    assert.deepEqual(summary(text, '2016-03-17'), [
      '2011-07 date-heading July 2011',
      '2011 date-heading August-September 2011',
    ]);
  });
});

describe('an appointment looks ahead when no verb says otherwise', () => {
  test('"battle Amory on Friday at 11 a.m." is the coming Friday; "arrived on Friday at 4 p.m." the last', () => {
    const text = 'The Jaguars battle Amory on Friday at 11 a.m. Police arrived on Friday at 4 p.m.';
    assert.deepEqual(values(text, '2021-11-27'), [
      'Friday at 11 a.m.=2021-12-03T11:00',
      'Friday at 4 p.m.=2021-11-26T16:00',
    ]);
  });
});

describe("the participle of an infinitive's have is what is to be done", () => {
  test('"expects to have the fire fully contained by Thursday" looks ahead; "had the fire contained" back', () => {
    const text =
      'Officials expect to have the fire fully contained by Thursday. Crews had the fire contained by Thursday.';
    assert.deepEqual(values(text, '2020-08-31'), ['Thursday=2020-09-03', 'Thursday=2020-08-27']);
  });
});

describe('the year figures are given for dates no event', () => {
  test('"reduced earnings estimates for this year and next", "forecasts for the rest of this year"', () => {
    assert.deepEqual(summary('An analyst reduced earnings estimates for this year.', '2001-09-26'), []);
    assert.deepEqual(
      summary(
        'The retailer said it expects to meet profit forecasts for the rest of this year.',
        '2001-09-26',
      ),
      [],
    );
  });
  test('a day after "for" still dates its event', () => {
    assert.deepEqual(summary('The vote was set for Tuesday.', '2001-09-26'), [
      '2001-10-02 only-date Tuesday',
    ]);
  });
});

describe('a century before its noun describes it', () => {
  test('"an 18th century church" dates nothing; "In the 18th century the town grew" does', () => {
    assert.deepEqual(summary('Crowds attended a service at an 18th century church.', '2005-12-27'), []);
    assert.deepEqual(summary('In the 18th century the town grew.', '2005-12-27'), [
      '17 only-date the 18th century',
    ]);
  });
  test('a video length closing a caption line is a player clock', () => {
    const text = 'A pundit reacts to the signing. (0:56)\n\nThe forward arrived on Saturday.';
    assert.deepEqual(summary(text, '2025-07-26'), ['2025-07-26 only-date Saturday']);
  });
});

describe('"and they" starts a clause of its own', () => {
  test('"won the title in August and they play the final in February": August is the past one', () => {
    const text = 'The club won the state title in August and they play Gremio in the cup final in February.';
    assert.deepEqual(values(text, '2021-01-30'), ['August=2020-08', 'February=2021-02']);
  });
});

describe('a no-comment dates the reporting, not the news', () => {
  test('"did not immediately reply to a request early Sunday for comment" is no event, and no story day', () => {
    const text =
      'A gunman fired on a rally on Saturday. The school did not immediately reply to a request early Sunday for comment. ' +
      'In a news conference earlier in the evening, an agent said the motive was unknown.';
    assert.deepEqual(summary(text, '2024-07-15'), [
      '2024-07-13 only-date Saturday',
      '2024-07-13TEV only-date the evening',
    ]);
  });
  test('"was arrested Monday and declined to comment" keeps its arrest', () => {
    assert.deepEqual(summary('He was arrested Monday and declined to comment.', '2021-02-23'), [
      '2021-02-22 only-date Monday',
    ]);
  });
});
