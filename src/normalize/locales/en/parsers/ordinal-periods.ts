import { isWholeText, rule } from '../../../spec.js';
import { MONTHS, ORDINAL_WORDS, WEEKDAYS, alternation } from '../lexicon.js';
import { HOLIDAYS } from '../../../holidays.js';

const WEEKDAY = alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')));
const MONTH = alternation(Object.keys(MONTHS).filter((w) => w.length > 3 || w === 'may'));
const ORDINAL = `${alternation(Object.keys(ORDINAL_WORDS).filter((w) => !/^(final)$/.test(w)))}|[1-5](?:st|nd|rd|th)`;
const NUMBERED_DAY = String.raw`([1-9]|[12]\d|3[01])(?:st|nd|rd|th)`;
const HOLIDAY = alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]");

const ordinalOf = (word: string): number =>
  /^last$/i.test(word) ? -1 : (ORDINAL_WORDS[word.toLowerCase()] ?? Number(word.replace(/\D/g, '')));

/**
 * "March after next", "the Monday after next", "the week after next": one more step than "next".
 */
export const afterNextParser = rule(
  new RegExp(
    String.raw`(?<![\w'-])(?:the\s+)?(${MONTH}|${WEEKDAY}|week|month|year)\s+after\s+next(?![\w-])`,
    'i',
  ),
  (m) => {
    const word = m[1]!.toLowerCase();
    if (word in WEEKDAYS)
      return { spec: { kind: 'weekday', weekday: WEEKDAYS[word]!, shift: 1, afterNext: true } };
    if (word in MONTHS)
      return { spec: { kind: 'calendar', month: MONTHS[word]!, shift: 1, afterNext: true } };
    return { spec: { kind: 'relative', unit: word as 'week' | 'month' | 'year', offset: 2 } };
  },
);

/**
 * Days counted inside a period: "the 20th of next month", "the first Monday of next month", "the
 * last Friday of the month", "the third Thursday in April", "the first day of next year", "the last
 * day of February", "Thanksgiving of next year".
 */
export const ordinalInPeriodParser = rule(
  new RegExp(
    String.raw`(?<![\w'-])(?:the\s+)?(?:${NUMBERED_DAY}|(${ORDINAL}|last)\s+(${WEEKDAY}|day)|(${HOLIDAY}))\s+(?:of|in)\s+(?:(?:(the|this|next|last)\s+(month|year))|(${MONTH}))(?![\w-])`,
    'i',
  ),
  (m, context) => {
    const [, dom, nth, what = '', holiday, shiftWord, unit, monthName] = m;
    const shift = ({ the: 0, this: 0, next: 1, last: -1 } as Record<string, -1 | 0 | 1>)[
      (shiftWord ?? '').toLowerCase()
    ];
    if (holiday) {
      if (unit?.toLowerCase() !== 'year') return null;
      const name = holiday.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      if (!(name in HOLIDAYS)) return null;
      return { spec: { kind: 'holiday', name, yearShift: shift ?? 0 } };
    }
    // In prose "the 20th of the month" needs no help; a lone "the first day of" is fine anywhere.
    if (monthName && !/^[A-Z]/.test(monthName) && !isWholeText(context, m.index, m[0].length)) return null;
    const n = dom ? Number(dom) : ordinalOf(nth!);
    if (!n) return null;
    const weekday = dom || what.toLowerCase() === 'day' ? undefined : WEEKDAYS[what.toLowerCase()];
    return {
      spec: {
        kind: 'nth',
        n,
        ...(weekday ? { weekday } : {}),
        ...(dom ? { dayOfMonth: true } : {}),
        ...(monthName
          ? { month: MONTHS[monthName.toLowerCase()]! }
          : { unit: unit!.toLowerCase() as 'month' | 'year', shift: shift ?? 0 }),
      },
    };
  },
);
