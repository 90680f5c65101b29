import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectTimex, expectNoTimex } from './normalize-helpers.js';
import { findTimexes } from '../../src/normalize/index.js';

describe('years, decades, centuries', () => {
  it('reads bare years after a cue', () => {
    expectTimex('the U.S.-led invasion in 2003 as well as Iranian influence', ['2003', '2003', 'DATE']);
    expectTimex('Sales fell in 1998.', ['1998', '1998']);
    expectTimex("The class of '98 met again.", ["'98", '1998']);
  });
  it('reads decades and centuries', () => {
    expectTimex('Prices rose in the 1990s.', ['the 1990s', '199X']);
    expectTimex('since the mid-1990s', ['the mid-1990s', '199X', 'DATE', 'MID']);
    expectTimex('It was built in the 20th century.', ['the 20th century', '19']);
    expectTimex('in nineteen ninety-six', ['nineteen ninety-six', '1996']);
  });
  it('leaves counts, money and scores alone', () => {
    expectNoTimex('About 2003 people were evacuated.', '2003');
    expectNoTimex('It cost $1999 in total.', '1999');
    expectNoTimex('The score was 2-1 at halftime.', '2-1');
    expectNoTimex('It ended on 31 June 2019.', '31 June 2019');
    expectNoTimex('It ended February 30, 2019.', 'February 30, 2019');
  });
});

describe('seasons, quarters and halves', () => {
  it('resolves quarters to the latest one begun', () => {
    expectTimex('Profit rose in the third quarter.', ['the third quarter', '2019-Q3']);
    expectTimex('third-quarter earnings beat forecasts', ['third-quarter', '2019-Q3']);
    expectTimex('the fourth quarter of 1997', ['the fourth quarter of 1997', '1997-Q4']);
    expectTimex('in the first half of 2018', ['the first half of 2018', '2018-H1']);
  });
  it('reads no quarter or half of a year in a match report', () => {
    expectNoTimex('Ortiz tied the score early in the second half with a low shot.', 'second half');
    expectNoTimex('He threw a touchdown pass in the fourth quarter.', 'fourth quarter');
  });
  it('compares "a year earlier" with the quarter reported, not one still ahead', () => {
    expectTimex(
      'Profit rose in the third quarter. It predicted growth in the fourth quarter. Revenue was $2.3 billion, down from $2.7 billion a year earlier.',
      ['a year earlier', '2022-Q3'],
      { referenceDate: '2023-10-25' },
    );
  });
  it('reads a quarter ahead when the sentence looks ahead, the one just closed when it is reported on', () => {
    const ref = { referenceDate: '2023-09-18' };
    expectTimex(
      'The deal is expected to close in the fourth quarter.',
      ['the fourth quarter', '2023-Q4'],
      ref,
    );
    expectTimex('The deal will close in the second quarter.', ['the second quarter', '2024-Q2'], ref);
    expectTimex('It expects deliveries to pick up in the second half.', ['the second half', '2023-H2'], ref);
    expectTimex('Profit rose in the fourth quarter.', ['the fourth quarter', '2022-Q4'], ref);
    expectTimex('The bank will report third-quarter results.', ['third-quarter', '2023-Q3'], {
      referenceDate: '2023-10-20',
    });
  });
  it('resolves seasons by tense and by shift', () => {
    expectTimex('Talks stalled last summer.', ['last summer', '2019-SU']);
    expectTimex('in the fall of 2018', ['the fall of 2018', '2018-FA']);
    expectTimex('The team will tour next spring.', ['next spring', '2020-SP']);
  });
  it('does not read "fall" the verb as a season', () => {
    expectNoTimex('Prices could fall sharply.', 'fall');
    expectNoTimex('the fall of Rome', 'fall');
  });
});

describe('months, days and weekdays', () => {
  it('resolves a bare month by tense (news past, future with will)', () => {
    expectTimex('In January, Pompeo said there were some 5,000 troops.', ['January', '2019-01', 'DATE']);
    expectTimex('The talks will resume in January.', ['January', '2020-01']);
    expectTimex('attacks on Saudi oil facilities in September that affected supplies', [
      'September',
      '2019-09',
    ]);
    expectTimex('Colonel Collins will be named commander for a mission in March.', ['March', '2020-03']);
    expectTimex('The airline will double its flights to India by August.', ['August', '2020-08']);
    expectTimex('The talks are supposed to conclude by May.', ['May', '2020-05']);
  });
  it('reads the verb that governs the date, not a participle or a later adjective', () => {
    expectTimex('The increased dividend will be paid Feb. 14 to holders.', ['Feb. 14', '2020-02-14']);
    expectTimex('The company agreed to buy the unit for $22 million in February.', ['February', '2020-02']);
    expectTimex('It announced an agreement to acquire the bank in March.', ['March', '2020-03']);
    expectTimex('The bank bought the unit for $22 million in February.', ['February', '2019-02']);
    expectTimex(
      'It said it would open a store in India in January and that a redesigned watch would follow.',
      ['January', '2020-01'],
    );
    expectTimex('Protesters planned a large rally on Saturday.', ['Saturday', '2020-01-04']);
    expectTimex('The airline will add flights by August in markets untouched by the slump.', [
      'August',
      '2020-08',
    ]);
  });
  it('reads a participle after "remain" or "stay" as no past verb', () => {
    const ref = { referenceDate: '2021-03-04' };
    expectTimex('The border will remain closed until June.', ['June', '2021-06'], ref);
    expectTimex('The border remained closed until June.', ['June', '2020-06'], ref);
  });
  it('reads a participle after "is" or "are" and adverbs as a state, not the past', () => {
    expectTimex('Old-town hotels are already heavily booked for Christmas.', ['Christmas', '2018-12-25'], {
      referenceDate: '2018-12-01',
    });
  });
  it('reads "November of that year" in the year the story is about', () => {
    expectTimex('He was arrested in 2014. In November of that year he was charged.', [
      'November of that year',
      '2014-11',
    ]);
  });
  it('reads "a decade later" as the year ten years on from the year in the story', () => {
    expectTimex('In 1980 he founded the firm. A decade later he sold it.', ['A decade later', '1990']);
    expectTimex('Two decades ago, the city was small.', ['Two decades ago', '1999']);
  });
  it('keeps holiday names that classify a thing out', () => {
    expectNoTimex('The Christmas market opens on the square.', 'Christmas');
    expectTimex('Stores were busy over the Christmas holidays.', ['Christmas', '2019-12-25']);
  });
  it('stamps a clock time that opens a line of a live report with the reference day', () => {
    const live = 'Snow covers roads until tomorrow.\n\n15:10 Airport reopens runway\nFlights resume.';
    expectTimex(live, ['15:10', '2019-12-30T15:10', 'TIME']);
  });
  it('reads what is asked for, and what comes next, as ahead', () => {
    const ref = { referenceDate: '2025-01-25' };
    expectTimex('The union urged passengers to avoid travel on Monday.', ['Monday', '2025-01-27'], ref);
    expectTimex('The bank holds its next meeting in June.', ['June', '2025-06'], ref);
  });
  it('reads the present of a scheduled event and modals of obligation as ahead', () => {
    const ref = { referenceDate: '2025-03-20' };
    expectTimex('Early voting begins Monday at City Hall.', ['Monday', '2025-03-24'], ref);
    expectTimex('The two leaders meet Friday in Geneva.', ['Friday', '2025-03-21'], ref);
    expectTimex('He must surrender his passport by Friday, the judge said.', ['Friday', '2025-03-21'], ref);
    expectTimex('Sun found it hard to meet demand on Monday.', ['Monday', '2025-03-17'], ref);
  });
  it('counts "the following year" from the story, not from the day a quote was given', () => {
    expectTimex(
      'In 1991 she bought it. "We knew," she said last week. The following year, a fire closed it.',
      ['The following year', '1992'],
    );
  });
  it('leaves a verb of another clause, past a comma, to the nearer one', () => {
    expectTimex(
      'The deal, hammered out in a meeting that lasted four hours on Monday night, would keep spending flat.',
      ['Monday night', '2019-11-04TNI'],
      { referenceDate: '2019-11-05' },
    );
    expectTimex('Until Thursday, they had not called him a suspect.', ['Thursday', '2019-10-31'], {
      referenceDate: '2019-11-05',
    });
  });
  it('reads the verb after "due to" as the future it announces, and a plan seen from the past as past', () => {
    expectTimex('Work is due to begin in the spring.', ['the spring', '2021-SP'], {
      referenceDate: '2020-10-08',
    });
    expectTimex('The offer had been due to expire Friday evening.', ['Friday evening', '2019-12-27TEV']);
    expectTimex('The bus, which used to cross in five minutes, now takes longer.', [
      'five minutes',
      'PT5M',
      'DURATION',
    ]);
  });
  it('reads a date a deadline was moved to as ahead', () => {
    expectTimex('The group extended to Jan. 20 its offer for the shares.', ['Jan. 20', '2020-01-20']);
    expectTimex('The vote was postponed until March.', ['March', '2020-03']);
  });
  it('reads months with years and position modifiers', () => {
    expectTimex('in July 1998', ['July 1998', '1998-07']);
    expectTimex('by early March the plan was dead', ['early March', '2019-03', 'DATE', 'START']);
  });
  it('reads explicit days in several formats', () => {
    expectTimex('The United States said on December 29 that it struck.', ['December 29', '2019-12-29']);
    expectTimex('signed on Dec. 29, 2019.', ['Dec. 29, 2019', '2019-12-29']);
    expectTimex('filed on 29/12/2019 in court', ['29/12/2019', '2019-12-29']);
    expectTimex('It happened on 29 December 2018.', ['29 December 2018', '2018-12-29']);
  });
  it('reads a day of the month on its own in the month the tense points at', () => {
    expectTimex('He was arrested on the 29th.', ['the 29th', '2019-12-29']);
    expectTimex('He left on the 3rd, officials said.', ['the 3rd', '2019-12-03']);
    expectTimex('Payment is due by the 15th.', ['the 15th', '2020-01-15']);
    expectNoTimex('The office is on the 5th floor.', '5th');
  });
  it('reads "the 1800s" as a century and "the 2000s" as a decade', () => {
    expectTimex('Mills opened in the 1800s.', ['the 1800s', '18']);
    expectTimex('Prices rose in the 2000s.', ['the 2000s', '200X']);
  });
  it('ends a sentence after "p.m." when a new one begins', () => {
    expectTimex('Riverside will host Portland on Saturday at 7 p.m. Ortiz missed the game.', [
      'Saturday at 7 p.m.',
      '2020-01-04T19:00',
    ]);
  });
  it('splits ranges into their two dates', () => {
    expectTimex('Talks ran December 27-29.', ['December 27', '2019-12-27']);
    expectTimex('Talks ran December 27-29.', ['29', '2019-12-29']);
    expectTimex('from Jan. 3 to Jan. 5, 2019', ['Jan. 3', '2019-01-03']);
  });
  it('puts the two ends of a range of months or days in order', () => {
    const ref = { referenceDate: '2021-03-05' };
    expectTimex('Sales rose from January to March 2019.', ['January', '2019-01'], ref);
    expectTimex('Sales rose between March and May.', ['March', '2020-03'], ref);
    expectTimex('Sales fell between November and January.', ['November', '2020-11'], ref);
    expectTimex('Prices rose from March 2019 to January.', ['January', '2020-01'], ref);
    expectTimex('The festival will run from November to January.', ['January', '2022-01'], ref);
  });
  it('takes the year that frames the sentence', () => {
    expectTimex('In 2017, the company announced on March 3 that it would merge.', ['March 3', '2017-03-03']);
    expectTimex('He visited on January 5.', ['January 5', '2019-01-05']);
  });
  it('resolves weekdays to the nearest one in the sentence tense', () => {
    expectTimex('Officials met on Friday.', ['Friday', '2019-12-27']);
    expectTimex('Officials will meet on Friday.', ['Friday', '2020-01-03']);
    expectTimex('The vote was last Tuesday.', ['last Tuesday', '2019-12-24']);
    expectTimex('Saturday, Dec. 28, was quiet.', ['Saturday, Dec. 28', '2019-12-28']);
    expectTimex("They will look for ways around Wednesday's ruling.", ["Wednesday's", '2019-12-25']);
    expectTimex("Campaigning goes on ahead of Sunday's election.", ["Sunday's", '2020-01-05']);
    // Irregular pasts are past, and "would have been" looks back, not ahead.
    expectTimex('The champion on Sunday ran the marathon in what would have been an unthinkable time.', [
      'Sunday',
      '2019-12-29',
    ]);
    expectTimex('Rebels on Friday shot down a drone.', ['Friday', '2019-12-27']);
  });
  it('names weeks in ISO form', () => {
    expectTimex('Shares fell last week.', ['last week', '2019-W52']);
    expectTimex('The board meets this week.', ['this week', '2020-W01']);
    expectTimex('over the weekend', ['the weekend', '2019-W52-WE']);
  });
  it('reads holiday weeks and weekends as the week and the weekend of the holiday', () => {
    expectTimex('Traffic is heavy on Labor Day weekend.', ['Labor Day weekend', '2019-W36-WE']);
    expectTimex('Congress will leave town for Thanksgiving week.', ['Thanksgiving week', '2020-W48']);
    expectTimex('Stores were busy during Christmas week.', ['Christmas week', '2019-W52']);
  });
  it('reads holidays', () => {
    expectTimex('Stores were busy on Thanksgiving Day.', ['Thanksgiving Day', '2019-11-28']);
    expectTimex('He spoke on Christmas Eve.', ['Christmas Eve', '2019-12-24']);
  });
  it('keeps weekdays and deictic words inside names out', () => {
    expectNoTimex('The Sunday Times first reported the story.', 'Sunday');
    expectNoTimex('He appeared on The Tonight Show.', 'Tonight');
    expectTimex('Yesterday President Biden spoke.', ['Yesterday', '2019-12-29']);
    expectTimex('The Monday meeting was cancelled.', ['Monday', '2019-12-30']);
  });
  it('keeps "May" the modal and "march" the verb out', () => {
    expectNoTimex('Officials may resign.', 'may');
    expectNoTimex('May I ask a question?', 'May');
    expectNoTimex('Protesters will march on the capital.', 'march');
    assert.equal(findTimexes('He may march in March.', { referenceDate: '2019-12-30' }).length, 1);
  });
});

describe('relative and deictic expressions', () => {
  it('counts from the reference date', () => {
    expectTimex('Tensions have grown since the United States last year withdrew.', [
      'last year',
      '2018',
      'DATE',
    ]);
    expectTimex('Pompeo earlier this month accused Iran.', ['earlier this month', '2019-12']);
    expectTimex('It happened yesterday.', ['yesterday', '2019-12-29']);
    expectTimex('It opens tomorrow.', ['tomorrow', '2019-12-31']);
    expectTimex('today', ['today', '2019-12-30']);
    expectTimex('the firm was founded two years ago', ['two years ago', '2017']);
    expectTimex('six months ago', ['six months ago', '2019-06']);
    expectTimex('three days ago', ['three days ago', '2019-12-27']);
    expectTimex('next month', ['next month', '2020-01']);
    expectTimex('The plant will open in three days.', ['three days', '2020-01-02']);
  });
  it('reads references to the present, past and future', () => {
    expectTimex('Our battle is now open.', ['now', 'PRESENT_REF']);
    expectTimex('He is currently abroad.', ['currently', 'PRESENT_REF']);
    expectTimex('She recently left.', ['recently', 'PAST_REF']);
    expectTimex('plans for the future', ['the future', 'FUTURE_REF']);
    expectTimex('because of current market conditions', ['current', 'PRESENT_REF']);
    expectTimex('at the then current market price', ['then current', 'PAST_REF']);
    expectNoTimex('They swam against the current.', 'current');
    expectNoTimex('The current account deficit widened.', 'current');
  });
  it('reads the same period a year back, and fiscal years counted from this one', () => {
    const ref = { referenceDate: '2021-11-17' };
    expectTimex('Cases were up from the same week last year.', ['the same week last year', '2020-W46'], ref);
    expectTimex(
      'Sales were flat from the same month a year ago.',
      ['the same month a year ago', '2020-11'],
      ref,
    );
    expectTimex('The plan takes effect in the next fiscal year.', ['the next fiscal year', '2022'], ref);
    expectTimex('"May and June were our strongest months," she said.', ['May', '2021-05'], ref);
  });
  it('reads "the year" of a report as the current year, or a fiscal year as its length', () => {
    expectTimex('Sales for the full year were $6.6 billion.', ['the full year', '2019', 'DATE']);
    expectTimex('It expects a loss in the current fiscal year.', ['the current fiscal year', '2019']);
    expectTimex('For the year ended Sept. 30, it earned $4 million.', ['the year', 'P1Y', 'DURATION']);
    expectNoTimex('She was named Person of the Year.', 'the Year');
    expectTimex('In 2003, the year the war began, prices rose.', ['the year', '2003']);
    expectNoTimex('the year before, sales fell', 'the year');
  });
  it('counts days from the day the story is about', () => {
    expectTimex('On December 20 they met. The next day, they left.', ['The next day', '2019-12-21']);
    expectTimex('On Friday he arrived. The following morning he spoke.', [
      'The following morning',
      '2019-12-28TMO',
    ]);
    expectTimex('Profits will rise by the end of the year.', ['the end of the year', '2019', 'DATE', 'END']);
    expectTimex('at the beginning of next month', [
      'the beginning of next month',
      '2020-01',
      'DATE',
      'START',
    ]);
  });
  it('anchors "a year earlier" to the quarter under discussion', () => {
    expectTimex('Profit rose in the third quarter, up from $2 a share a year earlier.', [
      'a year earlier',
      '2018-Q3',
    ]);
  });
});
