import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractEvents } from '../../src/extract/index.js';
import { summary, values } from './page-class-helpers.js';

// Made-up texts of the shapes the fourth development set showed, one class per block.
describe('a chronicle of a past year goes on in the paragraphs after its first full date', () => {
  const CHRONICLE =
    'The mayor looked back on her first term this week.\n\n' +
    'She was sworn in on March 2, 2015 and went to work on the budget at once.\n\n' +
    'Four days later, on March 6, she would sign her first order.\n\n' +
    'The next day she fired the police chief.\n\n' +
    'She later announced on April 9 that the zoo would close.';
  test('year-less dates, "would", "the next day" opening a paragraph and an announcement', () => {
    assert.deepEqual(values(CHRONICLE, '2020-04-01'), [
      'this week=2020-W14',
      'March 2, 2015=2015-03-02',
      'Four days later=2015-03-06',
      'March 6=2015-03-06',
      'The next day=2015-03-07',
      'April 9=2015-04-09',
    ]);
  });
  test('a paragraph that dates nothing ends the chronicle', () => {
    const text =
      'The rebels landed on Dec. 2, 1956, and won on Jan. 1, 1959.\n\n' +
      'The leader thanked the young for their part.\n\n' +
      'His niece drowned off the coast in late November.';
    assert.deepEqual(values(text, '2000-04-01').slice(-1), ['late November=1999-11']);
  });
  test('"said on December 28" close before the reference is still the telling', () => {
    const text =
      'The plant opened on May 5, 2009, after a long fight.\n\nThe owner said on March 28 that it would close.';
    assert.deepEqual(values(text, '2020-04-01').slice(-1), ['March 28=2020-03-28']);
  });
});

describe('day entries under a month heading', () => {
  const TIMELINE =
    'Key events of the case:\n\nJUNE, 1994\n\n' +
    '13--The bodies are found shortly after midnight outside the house.\n\n' +
    '17--The suspect is arrested.\n\n' +
    '22--He is held without bail. A judge is assigned to the case.\n\n' +
    '9--Prosecutors say they will not seek the death penalty.';
  test('each numbered line is that day of the month, every sentence of its line too', () => {
    assert.deepEqual(summary(TIMELINE, '1995-10-04'), [
      '1994-06-13 date-heading 13',
      '1994-06-17 date-heading 17',
      '1994-06-22 date-heading 22',
      '1994-06-22 date-heading 22',
    ]);
  });
  test('a number that runs back is a month the page does not name: no date is made up', () => {
    const events = extractEvents(TIMELINE, { referenceDate: '1995-10-04' }).events;
    assert.equal(
      events.some((e) => e.sources.some((s) => TIMELINE.slice(s.sentence.start).startsWith('9--'))),
      false,
    );
  });
});

describe('a coarse date or a name that opens a line is no entry', () => {
  test('"The 21st Century Cures Act … cleared its final hurdle Wednesday"', () => {
    assert.deepEqual(
      summary('The 21st Century Cures Act cleared its final congressional hurdle Wednesday.', '2016-12-08'),
      ['2016-12-07 most-specific Wednesday'],
    );
  });
});

describe('figures measured from a period, and pictures dated by their caption', () => {
  test('"rose 17 percent from a year earlier" is a comparison, no event of that year', () => {
    assert.deepEqual(
      summary('Revenue rose 17 percent from a year earlier, the company said.', '2008-01-23'),
      [],
    );
    assert.deepEqual(
      summary('Shipments were 22.1 million units, up about 5 percent from a year earlier.', '2008-01-23'),
      [],
    );
  });
  test('a caption that ends with the place and day of the picture makes no event of that day', () => {
    const text =
      'Shoppers walk past the store in Schaumburg, Illinois, October 22, 2007.\n\n' +
      'The company on Tuesday forecast a profit below expectations.';
    const r = extractEvents(text, { referenceDate: '2008-01-23' });
    assert.deepEqual(
      r.events.map((e) => e.date.value),
      ['2008-01-22'],
    );
    assert.equal(r.expressions.find((x) => x.text === 'October 22, 2007')?.role, 'furniture');
  });
});

describe('dated nouns of an appositive, and the main verb after it', () => {
  test('"winner of the 2016 French Open and 2017 Wimbledon titles, capped a 2021 campaign"', () => {
    assert.deepEqual(
      summary(
        'Muguruza, winner of the 2016 French Open and 2017 Wimbledon titles, capped a 2021 campaign with a title in Dubai.',
        '2021-11-19',
      ),
      ['2021 not-an-aside 2021', '2016 dated-noun 2016', '2017 dated-noun 2017'],
    );
  });
  test('the year of publication named as a state ("are the 2023 champions") is still no event', () => {
    assert.deepEqual(summary('Italy are the 2023 champions after a long wait.', '2023-11-27'), []);
  });
});

describe('the future of a weekday in a news preview', () => {
  test('"Friday\'s launch will be the 15th", "rescheduled for Wednesday"', () => {
    assert.deepEqual(values('Friday’s launch will be the 15th resupply mission.', '2018-06-28'), [
      'Friday’s=2018-06-29',
    ]);
    assert.deepEqual(values('Wednesday’s ruling will likely be appealed.', '2018-06-28'), [
      'Wednesday’s=2018-06-27',
    ]);
    assert.deepEqual(
      values('The launch has been rescheduled for Wednesday due to the weather.', '2018-06-28'),
      ['Wednesday=2018-07-04'],
    );
  });
});

describe('an entry of a timeline told in the present dates every event of its line', () => {
  test('"March 22: … steps down. Hours later, … recuses himself." — statements and scenes are not events', () => {
    const text =
      'Key events of the case:\n\n' +
      'March 8: The family asks the police to release the tapes. The neighbour is identified by police as the man who fired. He says he acted alone.\n\n' +
      'March 22: The chief steps down. Later, the prosecutor recuses himself from the case. The boy was walking home at the time.';
    assert.deepEqual(summary(text, '2012-04-11'), [
      '2012-03-08 entry-line March 8',
      '2012-03-08 date-heading March 8',
      '2012-03-22 entry-line March 22',
      '2012-03-22 date-heading March 22',
    ]);
  });
});

describe('"could" looks ahead', () => {
  test('"could get five years at sentencing Nov. 1" in a paragraph that tells of earlier years', () => {
    const text =
      'Aguilar, who was appointed in 1980, could get five years in prison at sentencing Nov. 1.\n' +
      'In 1984, a judge of Nevada was convicted of tax evasion, and in 1986, a judge of Mississippi was convicted of perjury.';
    assert.deepEqual(values(text, '1990-08-23'), [
      '1980=1980',
      'five years=P5Y',
      'Nov. 1=1990-11-01',
      '1984=1984',
      '1986=1986',
    ]);
    // "could not be reached" is no future.
    assert.deepEqual(values('The lawyer could not be reached Tuesday.', '1990-08-23'), [
      'Tuesday=1990-08-21',
    ]);
  });
});

describe('obituaries and year lists next to a story of earlier years', () => {
  test('each line of a roundup is a paragraph; "He died Jan. 5" is the recent death, not a year of the life before', () => {
    const text =
      'Jerry Moore was a comic actor who was featured in several TV series. He died Jan. 5 at his ranch in Arkansas. He made one of his earliest TV appearances in 1962 on a variety show, and starred in a comedy that aired from 1989 to 1997, one that was the best loved of the 1990s.\n' +
      'John Stone was an astronaut who walked on the moon. He died Jan. 4 at his home in Houston. He was the ninth man to walk on the moon, in 1972, and commanded the first shuttle flight in 1981.';
    assert.deepEqual(
      values(text, '2018-01-06').filter((v) => v.startsWith('Jan')),
      ['Jan. 5=2018-01-05', 'Jan. 4=2018-01-04'],
    );
  });
  test('"April 2 — Greg Willard, 54, NBA referee." in a list of the year after lines of earlier years', () => {
    const text =
      'April 1 — Nicolae Marin, 73, wrestling champion. Marin won gold at the 1972 Olympics and bronze at the 1968 Games.\n\n' +
      'April 2 — Greg Will, 54, NBA referee. Will officiated two Finals and the 2006 All-Star Game.';
    assert.deepEqual(
      values(text, '2013-12-26').filter((v) => v.startsWith('April')),
      ['April 1=2013-04-01', 'April 2=2013-04-02'],
    );
  });
});

describe('statements, schedules and terms', () => {
  test('"on Monday scheduled a hearing for Jan. 7" is Monday past; "has scheduled a news conference Thursday" ahead', () => {
    assert.deepEqual(values('The judge on Monday scheduled a hearing for Jan. 7.', '2021-12-14'), [
      'Monday=2021-12-13',
      'Jan. 7=2022-01-07',
    ]);
    assert.deepEqual(values('The prosecutor has scheduled a news conference Thursday.', '1999-05-05'), [
      'Thursday=1999-05-06',
    ]);
  });
  test('the year a quotation was told, and the end of a contract, are no events', () => {
    assert.deepEqual(summary('"It has truly been a joy for me," Kasell said in 2014.', '2018-04-17'), []);
    assert.deepEqual(summary('His current deal was set to expire in 2025.', '2023-12-23'), []);
    assert.deepEqual(summary('He signed a contract that runs through 2027.', '2023-12-23'), []);
  });
});

describe('a stamp before the lede, stamps alone on a line, and marked month entries', () => {
  test('" date 2019-01-21 Shawcor has signed a deal…": the lede is the day\'s news, titled without the stamp', () => {
    const r = extractEvents(
      ' date 2019-01-21 Pipeline company Shawcor Ltd. has signed a deal to buy ZCL Inc.',
      {
        referenceDate: '2019-01-21',
      },
    );
    assert.deepEqual(
      r.events.map((e) => [e.date.value, e.why.rule, e.title]),
      [
        [
          '2019-01-21',
          'lede-of-publication-day',
          'Pipeline company Shawcor Ltd. has signed a deal to buy ZCL Inc',
        ],
      ],
    );
  });
  test('a lede that the body tells again with its day is one event, of that day', () => {
    const text =
      'date 2017-01-25 NEW YORK (AP) — A longtime journalist who wrote a business column for 35 years has died.\n' +
      'His nephew says he died at a nursing home on Friday. He was 86.';
    assert.deepEqual(summary(text, '2017-01-25'), ['2017-01-20 only-date Friday']);
  });
  test('"2009-Oct-19 09:25:58" alone on its line is the page\'s stamp', () => {
    assert.deepEqual(summary('2009-Oct-19 09:25:58\n\nTroops exchanged fire on Sunday.', '2009-10-19'), [
      '2009-10-18 only-date Sunday',
    ]);
  });
  test('"May — BART and unions begin talks." opens an entry without a dated list', () => {
    assert.deepEqual(
      summary('April — Unions sue the agency.\nMay — The agency and unions begin talks.', '2013-12-11'),
      ['2013-04 entry-line April', '2013-05 entry-line May'],
    );
  });
  test('"91 cases for the week ending Dec. 12" and "as they were one week ago" are no events', () => {
    assert.deepEqual(summary('There were 91 cases reported for the week ending Dec. 12.', '2021-12-13'), []);
    assert.deepEqual(summary('Active cases remain the same as they were one week ago.', '2021-12-13'), []);
  });
});

describe('titles leave out the asides a headline would', () => {
  const titleOf = (text: string, referenceDate: string): string[] =>
    extractEvents(text, { referenceDate }).events.map((e) => e.title);
  test('an appositive after the subject and a pair of dashes that do not hold the date', () => {
    assert.deepEqual(
      titleOf(
        'Muguruza, winner of the 2016 French Open, capped a 2021 campaign with a title in Dubai.',
        '2021-11-19',
      )[0],
      'Muguruza capped a 2021 campaign with a title in Dubai',
    );
    assert.deepEqual(
      titleOf(
        'The Cures Act—complete with mental health language and funding for research—cleared its final hurdle Wednesday.',
        '2016-12-08',
      ),
      ['The Cures Act cleared its final hurdle'],
    );
    // A participle phrase is no appositive: the title keeps it.
    assert.deepEqual(
      titleOf('The agreement, hammered out by both sides, takes effect on Tuesday.', '2021-06-21'),
      ['The agreement, hammered out by both sides, takes effect'],
    );
  });
});

describe('a modal after a dashed aside belongs to the main clause', () => {
  test('"— the killing … during the weekend — could drive…" keeps the weekend just past', () => {
    assert.deepEqual(
      values(
        'Officials warned that the blunder — an air strike during the weekend — could drive more people to the rebels.',
        '2003-12-08',
      ),
      ['the weekend=2003-W49-WE'],
    );
  });
});

describe('tickers, live-report clock lines, game clocks and launch targets', () => {
  test('"The Boeing Co. [BA] announced…" is one sentence, titled without the ticker', () => {
    assert.deepEqual(
      extractEvents('On June 21, The Boeing Co. [BA] announced a new satellite contract with the Navy.', {
        referenceDate: '2006-06-26',
      }).events.map((e) => [e.date.value, e.title]),
      [['2006-06-21', 'The Boeing Co. announced a new satellite contract with the Navy']],
    );
  });
  test('a clock time alone on a line times the entry under it', () => {
    assert.deepEqual(
      summary('10:48 p.m.\n\nVirginia has won the first championship in school history.', '2019-04-08'),
      ['2019-04-08T22:48 date-heading 10:48 p.m.'],
    );
  });
  test('"with 4:04 to play" is a game clock, a length', () => {
    assert.deepEqual(
      values('Ward returned the fumble with 4:04 to play, and scored with 3:08 remaining.', '2016-02-08'),
      ['4:04=PT4M4S', '3:08=PT3M8S'],
    );
  });
  test('"a mission targeted for March 24" looks ahead', () => {
    assert.deepEqual(
      values('Another mission targeted for March 24 appears to be on schedule.', '2009-02-17'),
      ['March 24=2009-03-24'],
    );
  });
});

describe('a tally over a period is no event', () => {
  test('"Last year saw 19 homicides", "ended 2021 with 93 shootings", "As of Oct. 25, the city has had 17 homicides"', () => {
    assert.deepEqual(summary('Last year saw 19 homicides in the city.', '2022-10-25'), []);
    assert.deepEqual(summary('Saginaw ended 2021 with 93 non-fatal shootings.', '2022-10-25'), []);
    assert.deepEqual(summary('As of Oct. 25, Saginaw has had 17 homicides.', '2022-10-25'), []);
    // A day's count is the day's news.
    assert.deepEqual(summary('Police recorded 12 arrests on Saturday.', '2022-10-25'), [
      '2022-10-22 only-date Saturday',
    ]);
  });
});

describe('an abbreviation at the end of a line ends its sentence', () => {
  test('"… from Apple Inc.\\n\\nIn August, Google announced…" reads August in its own sentence', () => {
    assert.deepEqual(
      values(
        'Google seeks to counter competitive pressure from Apple Inc.\n\nIn August, Google announced plans to acquire Motorola.',
        '2011-10-13',
      ),
      ['August=2011-08'],
    );
  });
});

describe('a reported shooting and the lede that names it', () => {
  test('"police responded to a reported shooting" is no attribution; the lede "A shooting … has resulted in…" joins it', () => {
    const text =
      ' date 2022-10-25 SAGINAW, MI — A shooting on the East Side has resulted in one man being hospitalized.\n\n' +
      'About 3:50 a.m. on Monday, Oct. 24, police responded to a reported shooting in the 2600 block of Narloch Street.';
    const r = extractEvents(text, { referenceDate: '2022-10-25' });
    assert.deepEqual(
      r.events.map((e) => [e.date.value, e.title, e.sources.length]),
      [['2022-10-24', 'Police responded to a reported shooting in the 2600 block of Narloch…', 2]],
    );
  });
});
