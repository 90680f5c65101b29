import { isWholeText, rule } from '../../../spec.js';
import type { PartOfDay } from '../../../spec.js';
import {
  SHIFT_WORDS,
  AMBIGUOUS_MONTHS,
  MONTHS,
  ORDINAL_WORDS,
  PART_OF_DAY_WORDS,
  POSITION_MODS,
  SEASONS,
  WEEKDAYS,
  alternation,
} from '../lexicon.js';
import type { TimexMod } from '../../../types.js';
import { dayOf, formatYear, isoWeek, pad } from '../../../calendar.js';

const POSITION = alternation(Object.keys(POSITION_MODS));
const MONTH = alternation(Object.keys(MONTHS));
const modOf = (word: string | undefined): TimexMod | undefined =>
  word ? POSITION_MODS[word.toLowerCase().replace(/\s+/g, ' ')] : undefined;

/** Cues that make an ambiguous word ("May", "March") a month. */
const MONTH_CUES =
  /\b(in|of|since|until|till|by|during|through|from|to|before|after|early|late|mid|last|next|this|between|and|or|around|starting|beginning|end|throughout)\s*-?\s*$/i;

/** "May and June", "March to May": a month name paired with another is a month. */
const MONTH_PAIR_AFTER =
  /^\s*(?:and|or|to|through|-|–)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/** "August-" before "September 2011": the first month of a range. */
const MONTH_BEFORE_HYPHEN = new RegExp(`(?<![\\w'])(?:${MONTH})\\.?-$`, 'i');

/**
 * A month without a day: "January", "in May", "early March", "July 1998", "Jan. 1998",
 * "January of 1998", "mid-December". Month and day together are chrono's.
 */
export const monthParser = rule(
  new RegExp(
    // "August-September 2011": two months of a range, two expressions (as TimeML marks ranges);
    // any other hyphen before a month is refused below (chrono cuts the text before re-running).
    `(?<![\\w'])(?:(${POSITION})\\s*-?\\s*)?(${MONTH})(\\.)?(?:,?\\s+(?:of\\s+)?(?:(1[0-9]\\d\\d|20\\d\\d)(?!\\d)|(this|last|next)\\s+year)|\\s+(?:of\\s+)?(that(?:\\s+same)?\\s+year))?(?!\\w|-(?!(?:${MONTH})\\b))`,
    'i',
  ),
  (m, context) => {
    const [, position, name = '', dot, digits, relativeYear, thatYear] = m;
    const lead = context.text.slice(Math.max(0, m.index - 12), m.index);
    if (lead.endsWith('-') && !MONTH_BEFORE_HYPHEN.test(lead)) return null;
    // "July last year": the year counted from the reference.
    const yearShift = relativeYear ? SHIFT_WORDS[relativeYear.toLowerCase()]! : 0;
    const year = digits ?? (relativeYear ? String(context.refDate.getUTCFullYear() + yearShift) : undefined);
    const key = name.toLowerCase();
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = context.text.slice(Math.max(0, m.index - 20), m.index);
    // A day before the month was chrono's to read; if chrono refused it ("31 June") it is no date.
    if (/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i.test(before)) return null;
    // A day number after the month is chrono's ("December 29").
    if (!year && /^\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))/i.test(after))
      return null;
    if (!year && /^\s+\d{1,2}\s*[-–]\s*\d/.test(after)) return null;
    const short = key.length <= 4 && key !== 'may' && key !== 'june' && key !== 'july';
    if (short && !dot && !year && !position) return null;
    // The dot belongs to an abbreviation ("Jan."), not to a full name ending a sentence.
    const length = dot && !short ? m[0].length - 1 : m[0].length;
    // Capitalised or cued: "march" the verb and "may" the modal need a cue.
    const alone = isWholeText(context, m.index, m[0].length);
    if (
      !year &&
      !position &&
      AMBIGUOUS_MONTHS.has(key) &&
      !MONTH_CUES.test(before) &&
      !MONTH_PAIR_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 16)) &&
      !alone
    )
      return null;
    if (!/^[A-Z]/.test(name) && !year && !alone) return null;
    const mod = modOf(position);
    const month = MONTHS[key]!;
    const spec = year
      ? { kind: 'calendar' as const, year: Number(year), month }
      : { kind: 'calendar' as const, month, ...(thatYear ? { yearOfStory: true } : {}) };
    return { length: year || thatYear ? m[0].length : length, spec: mod ? { ...spec, mod } : spec };
  },
);

/** Seasons: "summer", "the fall of 1998", "winter 2018", "early spring"; "fall" the verb needs a cue. */
export const seasonParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(${POSITION})\\s*-?\\s*)?(?:(the)\\s+)?(${alternation(Object.keys(SEASONS))})(?:\\s+(?:of\\s+)?(1[0-9]\\d\\d|20\\d\\d)(?!\\d))?(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, position, the, name = '', year] = m;
    const before = context.text.slice(Math.max(0, m.index - 12), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const key = name.toLowerCase();
    if (
      !the &&
      !year &&
      !position &&
      !/\b(in|this|last|next|since|until|by|during|through|of|late|early|mid|before|after)\s+$/i.test(
        before,
      ) &&
      !isWholeText(context, m.index, m[0].length)
    )
      return null;
    // "the fall of the empire", "the spring in his step".
    if (!year && /^\s+of\s+(?!\d)/i.test(after)) return null;
    if (
      !/^\s*(?:-|\s)(?:time|season)\b/i.test(after) &&
      /^\s+(?:break|school|semester|session|term|collection|line|festival)\b/i.test(after)
    )
      return null;
    const mod = modOf(position);
    const code = SEASONS[key]!;
    const spec = { kind: 'subyear' as const, code, ...(year ? { year: Number(year) } : {}) };
    return { spec: mod ? { ...spec, mod } : spec };
  },
);

const ORDINAL = alternation(
  Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w]! <= 4 || w === 'last' || w === 'final'),
);

/**
 * A day of the month on its own after a preposition: "on the 29th", "by the 15th", "until the 3rd".
 * The month is the one the tense points at (resolveCalendar).
 */
export const ordinalDayParser = rule(
  /(?<![\w'-])(?:(?:on|by|until|till|since|before|after|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+)?the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*[,.;:)]|\s+(?:and|or|to|through|when|at|in)\b|\s*$)/i,
  (m, context) => {
    const offset = m[0].search(/the\s/i);
    // Without a cue word only a whole expression ("the 19th" typed alone) is a day.
    if (offset === 0 && !isWholeText(context, m.index, m[0].length)) return null;
    return { offset, spec: { kind: 'calendar', day: Number(m[1]) } };
  },
);

/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1997",
 * "Q3 2019", "the first half", "the second half of 1998", "the fiscal first quarter".
 */
export const quarterParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(?:(the)\\s+)?(?:(this|last|next)\\s+year['’]s\\s+|(1[0-9]\\d\\d|20\\d\\d)\\s+)?(?:(fiscal|calendar)\\s+)?(${ORDINAL}|1st|2nd|3rd|4th)[\\s-]+(?:(fiscal)\\s+)?(quarter|half|quarters)(?:\\s+(?:of\\s+)?(?:(fiscal)\\s+)?(?:(1[0-9]\\d\\d|20\\d\\d)(?!\\d)|(this|last|next)\\s+year))?|(Q[1-4]|H[12])(?:\\s+|[-/])?(1[0-9]\\d\\d|20\\d\\d)?)(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [
      ,
      ,
      prefixShift,
      prefixYear,
      ,
      ordinal = '',
      ,
      noun = '',
      ,
      suffixYear,
      suffixShift,
      qCode,
      qYear,
    ] = m;
    const year = prefixYear ?? suffixYear;
    const shiftWord = prefixShift ?? suffixShift;
    if (qCode) {
      const code = qCode.toUpperCase();
      return { spec: { kind: 'subyear', code, ...(qYear ? { year: Number(qYear) } : {}) } };
    }
    const n = /^\d/.test(ordinal) ? Number(ordinal[0]) : ORDINAL_WORDS[ordinal.toLowerCase()];
    if (n === undefined) return null;
    // "scored early in the second half", "a touchdown in the fourth quarter": a period of a game.
    if (!year && !shiftWord && !m[4] && !m[6] && inSportsReport(context.text, m.index)) return null;
    const isHalf = noun.toLowerCase() === 'half';
    const last = isHalf ? 2 : 4;
    const index = n === -1 ? last : n;
    if (index > last) return null;
    const code = `${isHalf ? 'H' : 'Q'}${index}`;
    if (noun.toLowerCase() === 'quarters')
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${code}` } };
    const shift = shiftWord ? SHIFT_WORDS[shiftWord.toLowerCase()] : undefined;
    return {
      spec: {
        kind: 'subyear',
        code,
        ...(year ? { year: Number(year) } : {}),
        ...(shift !== undefined ? { yearOffset: shift } : {}),
      },
    };
  },
);

/**
 * A quarter named by a month of it, as company reports write them: "the December quarter", "the
 * June-quarter results", "the September quarter of 2019" (the calendar quarter holding that month).
 */
export const monthQuarterParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(?:the)\\s+)?(${MONTH})\\.?[\\s-]+quarter(?:\\s+(?:of\\s+)?(1[0-9]\\d\\d|20\\d\\d)(?!\\d))?(?![\\w-])`,
    'i',
  ),
  (m) => {
    const [, name = '', year] = m;
    const month = MONTHS[name.toLowerCase()];
    if (month === undefined || !/^[A-Z]/.test(name)) return null;
    const code = `Q${Math.ceil(month / 3)}`;
    return { spec: { kind: 'subyear', code, ...(year ? { year: Number(year) } : {}) } };
  },
);

/** Words of match reports, near which "the second half" is a half of a game. */
const SPORTS_CUES =
  /\b(?:scor(?:e|ed|es|ing)|goals?|touchdowns?|field\s+goal|half-?time|kick-?off|penalty|innings?|rebounds|assists|quarterback|buzzer|whistle|equali[sz]er|free\s+throws?|three-pointers?|corner\s+kick|header|hat-?trick|overtime)\b/i;

function inSportsReport(text: string, at: number): boolean {
  return SPORTS_CUES.test(text.slice(Math.max(0, at - 200), at + 200));
}

/** "the quarter", "the latest quarter", "the year-earlier quarter", "the year", "the week": the period under discussion. */
export const currentPeriodParser = rule(
  /(?<![\w'-])(?:(?:(the)\s+)?(year-earlier|year-ago)(?:\s+(quarter|period))?|(the)\s+(latest\s+|current\s+|same\s+)?(quarter|period|week|weekend|month)(\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?|the\s+(?:full\s+|fiscal\s+|current\s+(?:fiscal\s+)?)?(year)(?!\s+(?:before|after|earlier|later|prior|previous|following|\d))|(?:the\s+)?(next|last|previous|coming|this)\s+fiscal\s+year)(?![\w-])/i,
  (m, context) => {
    if (m[9]) {
      return { spec: { kind: 'relative', unit: 'year', offset: SHIFT_WORDS[m[9].toLowerCase()]! } };
    }
    if (m[8]) {
      // "the Year" in a title ("Person of the Year") is no date.
      if (m[8] !== 'year') return null;
      const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "the year ended Sept. 30" is a fiscal year: a length of time whose end the text gives.
      if (/^\s+(?:ended|ending|through|to\s+date)\b/i.test(after))
        return { spec: { kind: 'literal', type: 'DURATION', value: 'P1Y' } };
      return { spec: { kind: 'current', unit: 'year' } };
    }
    if (m[2])
      return {
        spec: { kind: 'relative', unit: 'year', offset: -1, from: 'reference', comparesPeriod: true },
      };
    const qualifier = (m[5] ?? '').trim().toLowerCase();
    const noun = m[6]!.toLowerCase();
    // "the same week last year", "the same period a year ago": that period one year back.
    if (m[7]) {
      if (noun === 'week') {
        const { year, week } = isoWeek(dayOf(context.refDate));
        return { spec: { kind: 'literal', type: 'DATE', value: `${formatYear(year - 1)}-W${pad(week)}` } };
      }
      if (noun === 'month') return { spec: { kind: 'relative', unit: 'month', offset: -12 } };
      return {
        spec: { kind: 'relative', unit: 'year', offset: -1, from: 'reference', comparesPeriod: true },
      };
    }
    if (noun === 'month') return qualifier ? { spec: { kind: 'relative', unit: 'month', offset: 0 } } : null;
    if (noun === 'period' && !qualifier) return null;
    // "the week ended June 21" is a week-long period whose end the text gives, as "the year ended".
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (noun === 'week' && /^\s+end(?:ed|ing)\b/i.test(after))
      return { spec: { kind: 'literal', type: 'DURATION', value: 'P1W' } };
    if (noun === 'week') return { spec: { kind: 'relative', unit: 'week', offset: 0 } };
    // "the weekend" in a report is the one just past, or the coming one when the tense says so.
    if (noun === 'weekend') return { spec: { kind: 'weekday', weekday: 6, asWeekend: true } };
    return { spec: { kind: 'current', unit: 'quarter' } };
  },
);

/** "Friday's launch will be the 15th", "Saturday's game is scheduled…": the noun's event lies ahead. */
const FUTURE_NOUN_AFTER =
  /^\s+(?:[\p{L}-]+\s+){1,3}(?:will\s+be\s+(?:the|a|an)\b|is\s+(?:scheduled|set|expected|slated|planned|due)\b)/u;

const WEEKDAY = alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 3));
const POD = alternation(Object.keys(PART_OF_DAY_WORDS));

/** Weekdays: "on Friday", "Friday morning", "Friday's", "late Friday", "Friday night". */
export const weekdayParser = rule(
  new RegExp(`(?<![\\w'-])(?:(early|late|mid)\\s+)?(${WEEKDAY})(['’]s)?(?:\\s+(${POD}))?(?![\\w-])`, 'i'),
  (m, context) => {
    const [, edge, name = '', possessive, podWord] = m;
    if (!/^[A-Z]/.test(name)) return null;
    // "The Sunday Times", "the Monday Club": a weekday inside a capitalized name is no date.
    const next = context.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (
      !edge &&
      !possessive &&
      /\bthe\s+$/i.test(context.text.slice(Math.max(0, m.index - 5), m.index)) &&
      /^\s+[A-Z][a-z]/.test(next) &&
      !/^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(next)
    )
      return null;
    // "Wednesday's ruling" names an event already known: the past, unless the text looks ahead.
    const before = context.text.slice(Math.max(0, m.index - 24), m.index);
    const settled =
      possessive &&
      !/\b(ahead\s+of|before|upcoming|until|for|next|await\w*)\s+$/i.test(before) &&
      !FUTURE_NOUN_AFTER.test(
        next + context.text.slice(m.index + m[0].length + 16, m.index + m[0].length + 60),
      );
    const pod = podWord
      ? (PART_OF_DAY_WORDS[podWord.toLowerCase().replace(/\s+/g, ' ')] as PartOfDay)
      : undefined;
    const mod = edge
      ? ({ early: 'START', late: 'END', mid: 'MID' } as const)[edge.toLowerCase() as 'early']
      : undefined;
    return {
      spec: {
        kind: 'weekday',
        weekday: WEEKDAYS[name.toLowerCase()]!,
        ...(settled ? { settled: true } : {}),
        ...(pod ? { pod } : {}),
        ...(mod ? { mod } : {}),
      },
    };
  },
);

/** A part of day without a day: "the evening", "in the morning", "that night", "late at night". */
export const partOfDayParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(?:the|that|this|late\\s+in\\s+the|early\\s+in\\s+the)\\s+(${POD})|(?:at|by|until|around|in\\s+the)\\s+(dawn|dusk|daybreak|sunrise|sunset|nightfall|mid[-\\s]?afternoon|mid[-\\s]?morning))(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    // "the night of Nov. 3" stays: the day that follows is joined to it (combine.ts).
    if (/^\s+[Oo]f\s+(?![A-Z]|\d)/.test(after)) return null;
    if (/^\s+(?:news|shift|paper|star|edition|show|prayers?|rush|session)\b/i.test(after)) return null;
    // "at dawn" is marked without its preposition, as TimeML does.
    if (m[2]) {
      const word = m[2].toLowerCase();
      return {
        offset: m[0].length - m[2].length,
        spec: { kind: 'part-of-day', pod: PART_OF_DAY_WORDS[word] as PartOfDay },
      };
    }
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const pod = PART_OF_DAY_WORDS[word] as PartOfDay;
    const text = m[0];
    const startsWithThis = /^this\b/i.test(text);
    if (startsWithThis) return { spec: { kind: 'relative', unit: 'day', offset: 0, pod } };
    // TimeML leaves "the" out of the tag when it is "in the evening"? No: it keeps "the evening".
    return { spec: { kind: 'part-of-day', pod } };
  },
);

/** "4 in the morning", "9 o'clock at night", "10 in the evening": a clock hour told by its part of day. */
export const hourOfDayParser = rule(
  /(?<![\w'.:-])(\d{1,2})(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+night)(?![\w-])/i,
  (m) => {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) return null;
    const part = (m[2] ?? 'night').toLowerCase();
    // Morning hours are a.m. (12 in the morning is midnight); later parts are p.m. ("2 at night" is 2 a.m.).
    const pm = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6);
    const h24 = pm ? (hour % 12) + 12 : hour % 12;
    return { spec: { kind: 'calendar', hour: h24, minute: 0 } };
  },
);

/** "noon", "midnight" (clock times); "midday", the middle of the day (`TMI`, not 12:00). */
export const clockWordParser = rule(/(?<![\w'-])(?:at\s+)?(noon|midnight|midday)(?![\w-])/i, (m) => {
  const word = m[1]!.toLowerCase();
  const offset = m[0].length - m[1]!.length;
  if (word === 'midday') return { offset, spec: { kind: 'part-of-day', pod: 'MI' } };
  return { offset, spec: { kind: 'calendar', hour: word === 'midnight' ? 24 : 12, minute: 0 } };
});
