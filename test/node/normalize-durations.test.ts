import { describe, it } from 'node:test';
import { expectTimex, expectNoTimex } from './normalize-helpers.js';

describe('durations', () => {
  it('reads counted durations', () => {
    expectTimex('The siege lasted three years.', ['three years', 'P3Y', 'DURATION']);
    expectTimex('for 48 hours', ['48 hours', 'PT48H', 'DURATION']);
    expectTimex('a decade of war', ['a decade', 'P10Y']);
    expectTimex('a two-year contract', ['two-year', 'P2Y']);
    expectTimex('during the past two weeks', ['the past two weeks', 'P2W']);
    expectTimex('in the first nine months', ['the first nine months', 'P9M']);
    expectTimex('half an hour', ['half an hour', 'PT30M']);
    expectTimex('Shares rose for three straight months.', ['three straight months', 'P3M']);
  });
  it('reads vague durations', () => {
    expectTimex('Iraq has been shaken by protests for months.', ['months', 'PXM', 'DURATION']);
    expectTimex('It took several years.', ['several years', 'PXY']);
    expectTimex('in recent weeks', ['recent weeks', 'PXW']);
  });
  it('reads a race time written like a clock as its length, a clock time as a time', () => {
    expectTimex("The runner's 2:00:35 finish broke the record.", ['2:00:35', 'PT2H35S', 'DURATION']);
    expectTimex('She won the race in 2:13:44 on Sunday.', ['2:13:44', 'PT2H13M44S', 'DURATION']);
    expectTimex('a world record time of 1:02:11', ['1:02:11', 'PT1H2M11S', 'DURATION']);
    expectTimex('The first blast came at 10:32:15 a.m.', ['10:32:15 a.m.', '2019-12-30T10:32:15', 'TIME']);
    expectTimex('The first call came in at 2:14:05.', ['2:14:05', '2019-12-30T02:14:05', 'TIME']);
  });
  it('takes quantity modifiers in', () => {
    expectTimex('It took about three years.', ['about three years', 'P3Y', 'DURATION', 'APPROX']);
    expectTimex('more than two years', ['more than two years', 'P2Y', 'DURATION', 'MORE_THAN']);
    expectTimex('nearly five months', ['nearly five months', 'P5M', 'DURATION', 'LESS_THAN']);
    expectTimex('at least 20 years', ['at least 20 years', 'P20Y', 'DURATION', 'EQUAL_OR_MORE']);
  });
  it('takes position modifiers in', () => {
    expectTimex('late last year', ['late last year', '2018', 'DATE', 'END']);
    expectTimex('in early 1998', ['early 1998', '1998', 'DATE', 'START']);
    expectTimex('by the end of 2019', ['the end of 2019', '2019', 'DATE', 'END']);
  });
  it('keeps "two days later" a length of time until a day is named', () => {
    expectTimex('Two days later, it resumed.', ['Two days later', 'P2D', 'DURATION']);
    expectTimex('On December 20 talks began. Two days later, they broke down.', [
      'Two days later',
      '2019-12-22',
      'DATE',
    ]);
  });
  it('ignores ages and "a second time"', () => {
    expectNoTimex('a 6-year-old boy', '6-year-old');
    expectNoTimex('He is 47 years old.', '47 years old');
    expectNoTimex('She tried a second time.', 'a second');
  });
});

describe('sets', () => {
  it('reads recurring times', () => {
    expectTimex('They meet every week.', ['every week', 'P1W', 'SET']);
    expectTimex('The report is published annually.', ['annually', 'P1Y', 'SET']);
    expectTimex('each year', ['each year', 'P1Y', 'SET']);
    expectTimex('every Monday', ['every Monday', 'XXXX-WXX-1', 'SET']);
    expectTimex('twice a year', ['a year', 'P1Y', 'SET']);
    expectTimex('The festival is held each summer.', ['each summer', 'XXXX-SU', 'SET']);
    expectTimex('She works six days a week.', ['a week', 'P1W', 'SET']);
    expectNoTimex('She works six days a week.', 'six days');
    expectNoTimex('The change would save about $400,000 a year.', 'a year');
  });
  it('reads spans counted back from a superlative as lengths', () => {
    expectTimex('For the first time in 12 years, voters will choose a new mayor.', [
      '12 years',
      'P12Y',
      'DURATION',
    ]);
    expectTimex('Prices hit their highest level in three years.', ['three years', 'P3Y', 'DURATION']);
    expectTimex('The plant will open in three years.', ['three years', '2022']);
    expectTimex('bitcoin fell by nearly half in a single day', ['a single day', 'P1D']);
    expectTimex('over the past half-century', ['the past half-century', 'P50Y']);
    expectNoTimex('The island had about 600 year-round residents.', '600 year');
    expectNoTimex("We've been waiting six years for a night like this.", 'a night');
    expectTimex('The fighting could last another decade.', ['another decade', 'P10Y', 'DURATION']);
    expectTimex('Shares rose in the week ended June 21.', ['the week', 'P1W', 'DURATION']);
    expectTimex('Revenue for the three months ended Sept. 30 fell.', ['the three months', 'P3M']);
    expectTimex('Fans lined up more than five hours before kickoff.', [
      'more than five hours',
      'PT5H',
      'DURATION',
      'MORE_THAN',
    ]);
    expectTimex('He arrived two days before the vote.', ['two days', 'P2D', 'DURATION']);
  });
  it('reads geological and historical spans, and bare plurals after a verb of waiting', () => {
    expectTimex('The fossils are about 4 million years old.', [
      'about 4 million years',
      'P4000000Y',
      'DURATION',
      'APPROX',
    ]);
    expectTimex('a process that unfolded over millions of years', ['millions of years', 'PXY']);
    expectTimex('secrets kept for more than two thousand years', ['more than two thousand years', 'P2L']);
    expectTimex('Investors have waited months for a move.', ['months', 'PXM']);
    expectTimex('The bell will ring 50 minutes later than it did last year.', [
      '50 minutes',
      'PT50M',
      'DURATION',
    ]);
    expectTimex('Talks stretched over three days.', ['three days', 'P3D']);
    expectNoTimex('Sales have fallen by about a quarter.', 'a quarter');
  });
  it('reads lengths written as adjectives', () => {
    expectTimex("ahead of Albright's one-day trip", ['one-day', 'P1D', 'DURATION']);
    expectTimex('their third day-long meeting', ['day-long', 'P1D']);
    expectTimex('a months-long inquiry', ['months-long', 'PXM']);
    expectTimex('after a several-year tenure', ['several-year', 'PXY']);
    expectTimex('signed a multiyear contract', ['multiyear', 'PXY']);
    expectNoTimex('a multimedia show', 'multimedia');
    expectTimex('Leads come in on a daily basis.', ['daily', 'P1D', 'SET']);
    expectTimex('Rates are reset quarterly.', ['quarterly', 'P3M', 'SET']);
    expectNoTimex('The board raised its quarterly dividend.', 'quarterly');
    expectNoTimex('Sign up for our daily newsletter.', 'daily');
  });
});
