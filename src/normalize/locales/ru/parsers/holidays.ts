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

/** Church holidays that move with Orthodox Easter, onto the keys of the shared holiday table. */
const MOVABLE: [string, string][] = [
  ['Пасх(?:а|и|е|у|ой)', 'orthodox easter'],
  ['Светл\\p{L}+\\s+Христов\\p{L}+\\s+Воскресени(?:е|я|ю|ем)', 'orthodox easter'],
  ['Вербн\\p{L}+\\s+воскресень(?:е|я|ю|ем)', 'orthodox palm sunday'],
  ['Троиц(?:а|ы|е|у|ей)', 'orthodox pentecost'],
  ['Маслениц(?:а|ы|е|у|ей)', 'maslenitsa'],
];

const NAMES = [...HOLIDAYS.map(([f]) => f), ...MOVABLE.map(([f]) => f)];

/** "на Новый год", "в День Победы", "к Рождеству", "на Пасху", "на Масленицу": year by tense. */
export const holidayParser = ruRule(re(`${L}(?:${NAMES.map((f) => `(${f})`).join('|')})${R}`), (m) => {
  const i = NAMES.findIndex((_, k) => m[k + 1] !== undefined);
  if (i < 0) return null;
  // "новый год" in lower case is the coming year, "троица" a trio: the holidays have their capital.
  if ((i === 1 || i >= HOLIDAYS.length) && !/^\p{Lu}/u.test(m[0])) return null;
  if (i >= HOLIDAYS.length) return { spec: { kind: 'holiday', name: MOVABLE[i - HOLIDAYS.length]![1] } };
  const [, month, day] = HOLIDAYS[i]!;
  return { spec: { kind: 'calendar', month, day } };
});
