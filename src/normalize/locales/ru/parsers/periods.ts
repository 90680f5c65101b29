import type { PartOfDay } from '../../../spec.js';
import {
  L,
  R,
  MONTH,
  monthOf,
  POD,
  podOf,
  SEASON,
  seasonOf,
  SHIFT,
  shiftOf,
  tailYear,
  WEEKDAY,
  weekdayOf,
  YEAR_TAIL,
} from '../lexicon.js';
import { re, refYear, ruRule } from './rule.js';

/**
 * Months without a day: "в январе", "января 2019 года", "январе прошлого года", "март". A day
 * before the month is chrono's ("2 января").
 */
export const monthParser = ruRule(
  re(`${L}(${MONTH})(?:${YEAR_TAIL}|\\s+(\\d{4})${R}|\\s+(того\\s+же|того)\\s+года${R})?(?!\\p{L})`),
  (m, context) => {
    const before = context.text.slice(Math.max(0, m.index - 6), m.index);
    if (/\d\s*$/u.test(before)) return null;
    const month = monthOf(m[1]!);
    if (!month) return null;
    // "мая" alone is a month; "Мая" with a capital after a stop-less word is a name (rare): keep.
    const year = tailYear(m[2], m[3], m[4], refYear(context)) ?? (m[5] ? Number(m[5]) : undefined);
    if (m[6]) return { spec: { kind: 'calendar', month, yearOfStory: true } };
    return { spec: { kind: 'calendar', month, ...(year !== undefined ? { year } : {}) } };
  },
);

/** Seasons: "зимой", "летом 2019 года", "этой весной", "прошлой осенью", "осенью прошлого года". */
export const seasonParser = ruRule(
  re(`${L}(?:(${SHIFT})\\s+)?(${SEASON})(?:${YEAR_TAIL})?${R}`),
  (m, context) => {
    const code = seasonOf(m[2]!);
    if (!code) return null;
    const year = tailYear(m[3], m[4], m[5], refYear(context));
    if (year !== undefined) {
      // "зимой 2019 года" is the winter that began in December 2018 only when the text says so;
      // TimeML writes the year named.
      return { spec: { kind: 'subyear', code, year } };
    }
    if (m[1]) return { spec: { kind: 'subyear', code, shift: shiftOf(m[1]) } };
    // "лета" is also a word of old prose ("с лета"): a bare genitive needs a preposition.
    if (
      /^лета$/iu.test(m[2]!) &&
      !/(?:с|до|середины|начала|конца)\s+$/iu.test(context.text.slice(Math.max(0, m.index - 10), m.index))
    )
      return null;
    return { spec: { kind: 'subyear', code } };
  },
);

const ORDINAL_Q =
  '(перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*|[1-4](?:-?(?:м|й|го|ом))?|I{1,3}|IV)';

/** Quarters and halves: "в третьем квартале 2019 года", "I квартал", "первом полугодии", "второй половине года". */
export const quarterParser = ruRule(
  re(
    `${L}${ORDINAL_Q}\\s+(квартал(?:а|е|у|ом)?|полугоди(?:е|я|и|ю|ем)|половин(?:а|ы|е|у|ой)(?=\\s+(?:\\d{4}\\s*(?:года|г)|${SHIFT}\\s+года|года)))(?:${YEAR_TAIL}|\\s+(года))?${R}`,
  ),
  (m, context) => {
    const word = m[1]!.toLowerCase();
    const n = /^перв|^[1i](?![iv])/iu.test(word)
      ? 1
      : /^втор|^2|^ii(?!i)/iu.test(word)
        ? 2
        : /^трет|^3|^iii/iu.test(word)
          ? 3
          : 4;
    const half = !/^квартал/iu.test(m[2]!);
    if (half && n > 2) return null;
    const code = (half ? 'H' : 'Q') + String(n);
    const year = tailYear(m[3], m[4], m[5], refYear(context)) ?? (m[6] ? refYear(context) : undefined);
    return { spec: { kind: 'subyear', code, ...(year !== undefined ? { year } : {}) } };
  },
);

/**
 * Weekdays: "в понедельник", "в прошлую среду", "в следующий вторник", "в пятницу вечером",
 * "понедельника". Tense places a bare one.
 */
export const weekdayParser = ruRule(
  re(`${L}(?:(${SHIFT})\\s+)?(${WEEKDAY})(?:\\s*,?\\s+(${POD})${R})?${R}`),
  (m) => {
    const weekday = weekdayOf(m[2]!);
    if (!weekday) return null;
    const pod = m[3] ? podOf(m[3]) : undefined;
    const shift = m[1] ? shiftOf(m[1]) : undefined;
    return {
      spec: {
        kind: 'weekday',
        weekday,
        ...(shift !== undefined ? { shift } : {}),
        ...(pod ? { pod: pod as PartOfDay } : {}),
      },
    };
  },
);

const POD_ADVERB = '(утром|дн[её]м|вечером|ночью)';

/** "в ночь на субботу": the night that ends on that day, the evening of the day before. */
export const nightBeforeParser = ruRule(
  re(`${L}ночь\\s+на\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)${R}`),
  (m) => {
    const weekday = weekdayOf(m[1]!);
    return weekday
      ? { spec: { kind: 'weekday', weekday: weekday === 1 ? 7 : weekday - 1, pod: 'NI' } }
      : null;
  },
);

/** "утром понедельника", "к утру вторника", "вечер пятницы": a part of a weekday. */
export const partOfWeekdayParser = ruRule(
  re(
    `${L}(утр(?:о|а|ом|у)|вечер(?:а|ом|у)?|ноч(?:ь|и|ью))\\s+(понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)${R}`,
  ),
  (m) => {
    const pod = podOf(m[1]!);
    const weekday = weekdayOf(m[2]!);
    return pod && weekday ? { spec: { kind: 'weekday', weekday, pod } } : null;
  },
);

/** A part of day alone ("утром", "вечером"): the day the sentence is about. */
export const partOfDayParser = ruRule(re(`${L}${POD_ADVERB}${R}`), (m) => {
  const pod = podOf(m[1]!);
  return pod ? { spec: { kind: 'part-of-day', pod } } : null;
});

/**
 * Clock times: "в 15:00", "в 9.30 утра", "в 18 часов", "в 8 утра", "в полдень", "в полночь".
 * A dotted time needs a cue around it ("в", "утра", "по московскому времени"): "15.30" alone is a number.
 */
export const clockParser = ruRule(
  re(
    `${L}(?:(\\d{1,2})(?:([:.])(\\d{2}))?(?:\\s*(час(?:а|ов)?|ч\\.))?(?:\\s+(утра|дня|вечера|ночи))?(\\s*(?:мск|по\\s+(?:московскому|местному)\\s+времени))?(?![\\d\\p{L}]|[.,:]\\d)|(полдень|полудня|полночь|полуночи))`,
  ),
  (m, context) => {
    if (m[7]) {
      const noon = /^полд/iu.test(m[7]);
      return { spec: { kind: 'calendar', hour: noon ? 12 : 24, minute: 0 } };
    }
    const hour = Number(m[1]);
    const minute = m[3] ? Number(m[3]) : 0;
    if (hour > 24 || minute > 59) return null;
    const before = context.text.slice(Math.max(0, m.index - 8), m.index);
    const prep = /(?:^|[^\p{L}])(?:в|во|с|со|до|к|около|по|примерно)\s+$/iu.test(before);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const zone = m[6] !== undefined || /^\s*(?:по\s+(?:московскому|местному|киевскому)|мск)/iu.test(after);
    // "3 дня" is three days unless a preposition makes it 3 p.m. ("в 3 часа дня", "к 3 дня").
    if (!m[3] && /^дня$/iu.test(m[5] ?? '') && !m[4] && !prep) return null;
    if (m[3]) {
      if (m[2] === '.' && !prep && !zone && !m[4] && !m[5]) return null;
    } else if (!m[5]) {
      // "в 18 часов" is a time; "18 часов", "около 2 часов" are spans.
      const strictPrep = /(?:^|[^\p{L}])(?:в|во|к|до|с|со)\s+$/iu.test(before);
      const typedAlone = strictPrep && context.text.length <= 40 && /^\s*$/.test(after);
      // "с 10 до 18 часов": the first hour of a range of clock times.
      const rangeStart = strictPrep && /^\s*(?:до|-|–|—)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:час|ч\.)/iu.test(after);
      if (!(m[4] && strictPrep) && !typedAlone && !rangeStart) return null;
    }
    let h = hour;
    const part = m[5]?.toLowerCase();
    if ((part === 'вечера' || part === 'дня') && h < 12) h += 12;
    if (part === 'ночи' && h === 12) h = 0;
    const open = !part && !m[3] && h >= 1 && h <= 12;
    return { spec: { kind: 'calendar', hour: h, minute, ...(open ? { openMeridiem: true } : {}) } };
  },
);
