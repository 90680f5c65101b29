import { type Day, addDays, daysInMonth, isoWeekday } from './calendar.js';

/** How a holiday's date is found in a given year. */
export type HolidayRule = (
  | { fixed: [month: number, day: number] }
  /** The nth (1-based; −1 = last) ISO weekday of a month, plus an optional day offset. */
  | { nth: [n: number, weekday: number, month: number]; offsetDays?: number }
  /** Days after Western Easter Sunday. */
  | { easter: number }
  /** Days after Orthodox Easter Sunday (the Julian computus, as a Gregorian date). */
  | { orthodoxEaster: number }
) & {
  /**
   * A holiday of several days from its date on ("Holy Week", "Maslenitsa"). A TimeML annotator
   * writes such a week as the ISO week it ends in; its interval is the days themselves.
   */
  days?: number;
};

/** Holidays common in English-language news, as data. Names are lower case, spaces as written. */
export const HOLIDAYS: Record<string, HolidayRule> = {
  "new year's day": { fixed: [1, 1] },
  "new year's eve": { fixed: [12, 31] },
  'christmas day': { fixed: [12, 25] },
  christmas: { fixed: [12, 25] },
  'christmas eve': { fixed: [12, 24] },
  'boxing day': { fixed: [12, 26] },
  "valentine's day": { fixed: [2, 14] },
  "st. patrick's day": { fixed: [3, 17] },
  "saint patrick's day": { fixed: [3, 17] },
  'independence day': { fixed: [7, 4] },
  'the fourth of july': { fixed: [7, 4] },
  'july fourth': { fixed: [7, 4] },
  halloween: { fixed: [10, 31] },
  'veterans day': { fixed: [11, 11] },
  "veterans' day": { fixed: [11, 11] },
  'armistice day': { fixed: [11, 11] },
  'remembrance day': { fixed: [11, 11] },
  'bastille day': { fixed: [7, 14] },
  'may day': { fixed: [5, 1] },
  'martin luther king day': { nth: [3, 1, 1] },
  'martin luther king jr. day': { nth: [3, 1, 1] },
  "presidents' day": { nth: [3, 1, 2] },
  'presidents day': { nth: [3, 1, 2] },
  "mother's day": { nth: [2, 7, 5] },
  "father's day": { nth: [3, 7, 6] },
  'memorial day': { nth: [-1, 1, 5] },
  'labor day': { nth: [1, 1, 9] },
  'columbus day': { nth: [2, 1, 10] },
  'thanksgiving day': { nth: [4, 4, 11] },
  thanksgiving: { nth: [4, 4, 11] },
  'black friday': { nth: [4, 4, 11], offsetDays: 1 },
  // US federal elections: the Tuesday after the first Monday of November.
  'election day': { nth: [1, 1, 11], offsetDays: 1 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'holy saturday': { easter: -1 },
  'maundy thursday': { easter: -3 },
  'holy thursday': { easter: -3 },
  'palm sunday': { easter: -7 },
  // Palm Sunday to Easter Sunday; its value is the week of Easter.
  'holy week': { easter: -7, days: 8 },
  'shrove tuesday': { easter: -47 },
  'mardi gras': { easter: -47 },
  'rose monday': { easter: -48 },
  'ash wednesday': { easter: -46 },
  'ascension day': { easter: 39 },
  'ascension thursday': { easter: 39 },
  pentecost: { easter: 49 },
  'pentecost sunday': { easter: 49 },
  whitsun: { easter: 49 },
  'whit sunday': { easter: 49 },
  'whit monday': { easter: 50 },
  'pentecost monday': { easter: 50 },
  // "Corpus Christi" alone is also a city in Texas.
  'the feast of corpus christi': { easter: 60 },
  epiphany: { fixed: [1, 6] },
  'assumption day': { fixed: [8, 15] },
  "all saints' day": { fixed: [11, 1] },
  "all souls' day": { fixed: [11, 2] },
  'orthodox christmas': { fixed: [1, 7] },
  'orthodox easter': { orthodoxEaster: 0 },
  'orthodox palm sunday': { orthodoxEaster: -7 },
  'orthodox pentecost': { orthodoxEaster: 49 },
  // The week before Great Lent, Monday to Sunday (Russian Масленица).
  maslenitsa: { orthodoxEaster: -55, days: 7 },
};

/** The date of a holiday in a year. */
export function holidayDate(rule: HolidayRule, year: number): Day {
  if ('fixed' in rule) return { year, month: rule.fixed[0], day: rule.fixed[1] };
  if ('easter' in rule) return addDays(easterSunday(year), rule.easter);
  if ('orthodoxEaster' in rule) return addDays(orthodoxEasterSunday(year), rule.orthodoxEaster);
  const [n, weekday, month] = rule.nth;
  let day: Day;
  if (n > 0) {
    const first = { year, month, day: 1 };
    day = addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  } else {
    const last = { year, month, day: daysInMonth(year, month) };
    day = addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  return addDays(day, rule.offsetDays ?? 0);
}

/** Western Easter Sunday (the Gregorian computus). */
function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar by the
 * days the two calendars differ in that century (13 from 1900 to 2099).
 */
function orthodoxEasterSunday(year: number): Day {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianLag = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays({ year, month, day }, julianLag);
}
