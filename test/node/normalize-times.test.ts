import { describe, it } from 'node:test';
import { expectTimex, expectNoTimex } from './normalize-helpers.js';

describe('parts of day and clock times', () => {
  it('anchors a part of day to the day named earlier in the sentence', () => {
    expectTimex(
      'Later on December 29, AFP quoted an official as saying four rockets had exploded in the evening near a base.',
      ['the evening', '2019-12-29TEV', 'TIME'],
    );
  });
  it('uses the reference date when the sentence names no day', () => {
    expectTimex('Rockets hit the base this morning.', ['this morning', '2019-12-30TMO', 'TIME']);
    expectTimex('Crowds gathered last night.', ['last night', '2019-12-29TNI']);
    expectTimex('The vote is tonight.', ['tonight', '2019-12-30TNI']);
  });
  it('joins weekdays with parts of day and clock times', () => {
    expectTimex('They met Friday morning.', ['Friday morning', '2019-12-27TMO', 'TIME']);
    expectTimex('The blast came at 3:30 p.m. on December 29.', [
      '3:30 p.m. on December 29',
      '2019-12-29T15:30',
      'TIME',
    ]);
    expectTimex('He left yesterday at noon.', ['yesterday at noon', '2019-12-29T12:00', 'TIME']);
  });
  it('does not anchor clock times to the end of a reporting period', () => {
    expectTimex(
      'Revenue for the three months ended Sept. 30 fell. Results came out after the market closed at 4 p.m.',
      ['4 p.m.', '2019-12-30T16:00'],
    );
  });
  it('counts minutes and hours later from the clock time the story last named', () => {
    const text =
      'The outage began at 9:14 a.m. on Tuesday. About 40 minutes later, engineers restarted servers. Service returned at 10:31 a.m. By midafternoon, most users were back.';
    expectTimex(text, ['About 40 minutes later', '2019-12-24T09:54', 'TIME', 'APPROX']);
    expectTimex(text, ['10:31 a.m.', '2019-12-24T10:31']);
    expectTimex(text, ['midafternoon', '2019-12-24TAF']);
    expectTimex('Hours later, he left.', ['Hours', 'PTXH', 'DURATION']);
  });
  it('joins "the night of" with the day it names', () => {
    expectTimex('Results are expected on the night of Nov. 3.', [
      'the night of Nov. 3',
      '2019-11-03TNI',
      'TIME',
    ]);
    expectTimex('They met on the evening of Friday.', ['the evening of Friday', '2019-12-27TEV']);
    expectNoTimex('He watched The Night of the Hunter.', 'Night');
  });
  it('reads hours told by their part of day', () => {
    expectTimex('The blast came at 4 in the morning.', ['4 in the morning', '2019-12-30T04:00', 'TIME']);
    expectTimex("On December 29 at 9 o'clock in the evening", [
      "December 29 at 9 o'clock in the evening",
      '2019-12-29T21:00',
    ]);
    expectTimex('on December 29 in the evening', ['the evening', '2019-12-29TEV']);
  });
  it('reads clock times on the reference day', () => {
    expectTimex('The market closed at 4 p.m.', ['4 p.m.', '2019-12-30T16:00', 'TIME']);
    expectTimex('Polls close at midnight.', ['midnight', '2019-12-30T24:00', 'TIME']);
  });
  it('does not read prices or scores as times', () => {
    expectTimex('shares rose to 8.75 a share in 2019', ['2019', '2019']);
  });
});
