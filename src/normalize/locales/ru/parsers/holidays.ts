import { L, R } from '../lexicon.js';
import { re, ruRule } from './rule.js';

/** Russian public and church holidays as the days they fall on (Orthodox Christmas on 7 January). */
const HOLIDAYS: [string, number, number][] = [
  ['канун\\p{L}*\\s+Нового\\s+года', 12, 31],
  ['Нов(?:ый|ого|ому|ым|ом)\\s+год(?:а|у|ом|е)?', 1, 1],
  ['Рождеств(?:о|а|у|ом|е)(?:\\s+Христов\\p{L}*)?', 1, 7],
  ['Крещени(?:е|я|ю|ем)', 1, 19],
  ['Татьянин\\p{L}*\\s+д(?:ень|ня|ню|нём|нем)', 1, 25],
  ['Д(?:ень|ня|ню|нём|нем)\\s+защитника\\s+Отечества', 2, 23],
  ['(?:Международн\\p{L}+\\s+)?женск\\p{L}+\\s+д(?:ень|ня|ню|нём|нем)', 3, 8],
  ['Д(?:ень|ня|ню|нём|нем)\\s+Победы', 5, 9],
  ['Д(?:ень|ня|ню|нём|нем)\\s+России', 6, 12],
  ['Д(?:ень|ня|ню|нём|нем)\\s+знаний', 9, 1],
  ['Д(?:ень|ня|ню|нём|нем)\\s+народного\\s+единства', 11, 4],
];

/** "на Новый год", "в День Победы", "к Рождеству": a day of the calendar, year by tense. */
export const holidayParser = ruRule(re(`${L}(?:${HOLIDAYS.map(([f]) => `(${f})`).join('|')})${R}`), (m) => {
  const i = HOLIDAYS.findIndex((_, k) => m[k + 1] !== undefined);
  if (i < 0) return null;
  // "новый год" in lower case is the coming year, not the holiday.
  if (i === 1 && !m[0].startsWith('Н')) return null;
  const [, month, day] = HOLIDAYS[i]!;
  return { spec: { kind: 'calendar', month, day } };
});
