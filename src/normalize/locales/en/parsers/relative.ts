import { rule } from '../../../spec.js';
import type { PartOfDay, TimexSpec } from '../../../spec.js';
import type { TimexMod } from '../../../types.js';
import {
  MONTHS,
  POSITION_MODS,
  NUMBER_PATTERN,
  SEASONS,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  SHIFT_WORDS,
  alternation,
  readNumber,
} from '../lexicon.js';
import { durationValue } from '../../../duration-value.js';

const CALENDAR_UNITS = 'year|month|week|weekend|quarter|decade|century';
const WEEKDAY_NAMES = alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 3));
const MONTH_NAMES = alternation(Object.keys(MONTHS).filter((w) => w.length > 3 || w === 'may'));
const SEASON_NAMES = alternation(Object.keys(SEASONS));

/**
 * "last year", "this month", "next week", "the following year", "that year", "last summer",
 * "next Friday", "last January", "earlier this month", "later this week".
 */
export const shiftedPeriodParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(earlier|later|late|early)\\s+)?(?:(the)\\s+)?(this\\s+past|this\\s+coming|last|past|previous|this|current|present|next|coming|following|same|that)\\s+(${CALENDAR_UNITS}|${SEASON_NAMES}|${WEEKDAY_NAMES}|${MONTH_NAMES})(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, edge, the, shiftWord = '', noun = ''] = m;
    // "this past weekend" is the last one; "this coming spring" the next.
    const shift = shiftWord
      .toLowerCase()
      .replace(/^this\s+past$/, 'last')
      .replace(/^this\s+coming$/, 'next');
    const word = noun.toLowerCase();
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "this year's" is fine; "the last year of his term" is not a deictic date.
    if (the && (shift === 'last' || shift === 'past' || shift === 'next') && /^\s+of\b/i.test(after))
      return null;
    const mod = edge
      ? /^(late|early)$/i.test(edge)
        ? edge.toLowerCase() === 'late'
          ? 'END'
          : 'START'
        : undefined
      : undefined;
    const withMod = <T extends TimexSpec>(s: T): T => (mod ? { ...s, mod } : s);
    const anchored =
      shift === 'same' ||
      shift === 'that' ||
      (the !== undefined && (shift === 'following' || shift === 'previous'));
    const offset = shift === 'same' || shift === 'that' ? 0 : SHIFT_WORDS[shift]!;
    if (word in UNITS) {
      // "the past year" is a stretch of time, not a calendar year.
      if (the && (shift === 'past' || shift === 'last' || shift === 'next' || shift === 'coming')) {
        return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(1, UNITS[word]!) } };
      }
      if (shift === 'past')
        return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(1, UNITS[word]!) } };
      // "the following decade" after an event is ten years from it, not a calendar decade.
      if (anchored && (word === 'decade' || word === 'century')) {
        return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(1, UNITS[word]!) } };
      }
      return {
        spec: withMod({
          kind: 'relative',
          unit: UNITS[word]!,
          offset,
          ...(anchored ? { from: 'anchor' as const } : {}),
        }),
      };
    }
    if (word in SEASONS) {
      return {
        spec: withMod({
          kind: 'subyear',
          code: SEASONS[word]!,
          shift: offset === 0 ? 0 : offset > 0 ? 1 : -1,
          ...(anchored ? { ofStory: true } : {}),
        }),
      };
    }
    if (word in WEEKDAYS) {
      // "the following Monday" counts from the story's day; "that Monday" is left to chrono.
      if (anchored && (shift === 'following' || shift === 'previous'))
        return shift === 'following'
          ? { spec: withMod({ kind: 'weekday', weekday: WEEKDAYS[word]!, from: 'anchor' as const }) }
          : null;
      if (anchored) return null;
      return {
        spec: withMod({
          kind: 'weekday',
          weekday: WEEKDAYS[word]!,
          shift: offset > 0 ? 1 : offset < 0 ? -1 : 0,
        }),
      };
    }
    if (word in MONTHS) {
      // Month names are proper nouns: "this march" is a march.
      if (!/^[A-Z]/.test(noun)) return null;
      if (anchored || shift === 'past') return null;
      return {
        spec: withMod({
          kind: 'calendar',
          month: MONTHS[word]!,
          shift: offset > 0 ? 1 : offset < 0 ? -1 : 0,
        }),
      };
    }
    return null;
  },
);

/** "two and a half", "two-and-a-half", "1½", "2 1/2", "half a": a count with a half, before its unit. */
const HALF_COUNT = `(?:${NUMBER_PATTERN}|a|an|one)(?:\\s+|-)and(?:\\s+|-)a(?:\\s+|-)half|\\d+\\s?½|\\d+(?:\\s+|-)1\\/2|½|half\\s+an?`;
const COUNT = `(${HALF_COUNT}|${NUMBER_PATTERN}|a|an|${alternation(VAGUE_QUANTITIES)})`;
const HALF_WORDS = new RegExp(`^(?:${HALF_COUNT})$`, 'i');
/** "a week and a half": the half after the unit. */
const AND_A_HALF = `(\\s+and\\s+a\\s+half)?`;

/** The count of "two and a half years ago", "1½ years", "a week and a half" (`andAHalf`), "2.5 weeks". */
function readCount(raw: string, andAHalf = false): number {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const spelled = /^(.+?)[ -]and[ -]a[ -]half$/.exec(s);
  const digits = /^(\d*) ?-?(?:½|1\/2)$/.exec(s);
  const n = /^half an?$/.test(s)
    ? 0.5
    : spelled
      ? readNumber(spelled[1]!) + 0.5
      : digits
        ? Number(digits[1] || 0) + 0.5
        : readNumber(s);
  return andAHalf ? n + 0.5 : n;
}
const UNIT = `(${alternation(Object.keys(UNITS))})`;

/** "two years ago", "a week earlier", "three days later", "six months from now". */
/** Words that open a date or time: what "three days after" may count from and still be a date. */
const TEMPORAL_START =
  /^\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|noon|midnight|that\s+(?:day|date|week|month|year)|then\b)/i;

export const agoParser = rule(
  new RegExp(
    `(?<![\\w'-])${COUNT}(?:\\s+|-)${UNIT}${AND_A_HALF}\\s+(ago|earlier|before|later|after(?:wards)?|from\\s+now|hence|back)(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, countWord = '', unitWord = '', andAHalf, direction = ''] = m;
    const dir = direction.toLowerCase();
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "two days after the vote", "five hours before kickoff": counted from an event, not from a
    // date, so only the length is known ("a year before," still counts from the day in the story).
    // "50 minutes later than last year" compares two times: only the length is a temporal expression.
    const comparison = (dir === 'later' || dir === 'earlier') && /^\s+than\b/i.test(after);
    if (
      comparison ||
      ((dir === 'before' || dir === 'after') && /^\s+\w/.test(after) && !TEMPORAL_START.test(after))
    ) {
      return {
        length: m[0].length - direction.length - 1,
        spec: {
          kind: 'literal',
          type: 'DURATION',
          value: durationValue(readCount(countWord, !!andAHalf), UNITS[unitWord.toLowerCase()]!),
        },
      };
    }
    let n = readCount(countWord, !!andAHalf);
    let unit = UNITS[unitWord.toLowerCase()]!;
    // "a decade later" names a year ten years on (1980 → 1990), as TimeML annotators write it.
    if (unit === 'decade') [unit, n] = ['year', n * 10];
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'back' ? -1 : 1;
    if (Number.isNaN(n)) {
      return { spec: { kind: 'literal', type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
    }
    const from =
      dir === 'ago' || dir.startsWith('from') || dir === 'hence' || dir === 'back' ? 'reference' : 'anchor';
    // "a minute and a half later" is marked as its length alone, as the duration rule reads it.
    if (from === 'anchor' && (andAHalf || HALF_WORDS.test(countWord))) return null;
    const comparesPeriod = unit === 'year' && n === 1 && sign < 0;
    return {
      spec: {
        kind: 'relative',
        unit,
        offset: sign * n,
        from,
        counted: true,
        ...(comparesPeriod
          ? { comparesPeriod }
          : from === 'anchor'
            ? { durationWithoutAnchor: durationValue(n, unit) }
            : {}),
      },
    };
  },
);

/** "in three days", "within two weeks": a date ahead in future sentences, else a duration. */
export const inUnitsParser = rule(
  new RegExp(`(?<![\\w'-])(in|within)\\s+${COUNT}\\s+${UNIT}${AND_A_HALF}(?![\\w-])`, 'i'),
  (m, context) => {
    const [, prep = '', countWord = '', unitWord = '', andAHalf] = m;
    const unit = UNITS[unitWord.toLowerCase()]!;
    const n = readCount(countWord, !!andAHalf);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // TimeML leaves the preposition out of the expression.
    const offset = m[0].indexOf(countWord, prep.length);
    // "the first time in 12 years", "the highest level in a decade": a span counted back, not a date.
    const before = context.text.slice(Math.max(0, m.index - 48), m.index);
    const superlative =
      /\b(?:first|last|only|best|worst|highest|lowest|biggest|largest|smallest|longest|most|least|\w+est)\b[^.;]*$/i.test(
        before,
      );
    if (
      Number.isNaN(n) ||
      prep.toLowerCase() === 'within' ||
      superlative ||
      /^\s*(?:'s|’s|of|time)\b/i.test(after)
    ) {
      return { offset, spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) } };
    }
    return {
      offset,
      spec: {
        kind: 'relative',
        unit,
        offset: n,
        from: 'reference',
        counted: true,
        durationUnlessFuture: durationValue(n, unit),
      },
    };
  },
);

const DAY_SHIFTS: Record<string, number> = {
  following: 1,
  next: 1,
  previous: -1,
  prior: -1,
  same: 0,
  that: 0,
};
const DAY_NOUNS = 'day|morning|afternoon|evening|night';
const POD_OF: Record<string, PartOfDay | undefined> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/**
 * Days counted from the day the story is about: "the next day", "the following morning",
 * "the previous night", "the same day", "the day before", "the day after".
 */
export const anchoredDayParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(?:the\\s+)?(following|next|previous|prior|same|that)\\s+(${DAY_NOUNS})|the\\s+(day|night)\\s+(before|after|earlier|later))(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, shiftWord, noun, noun2, direction] = m;
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "the day after the vote", "the day after Hurricane Katrina" count from an event, not a date
    // we know: only a "day after" that ends its phrase is read.
    if (direction && !/^\s*(?:[.,;:!?)"”]|$|(?:and|but|when|while|as)\b)/i.test(after)) return null;
    // "that day" without "the" is already a part-of-day or chrono match; "next day" alone is fine.
    if (shiftWord?.toLowerCase() === 'that' && noun?.toLowerCase() !== 'day') return null;
    const offset = shiftWord
      ? DAY_SHIFTS[shiftWord.toLowerCase()]!
      : /before|earlier/i.test(direction ?? '')
        ? -1
        : 1;
    const pod = POD_OF[(noun ?? noun2 ?? '').toLowerCase()];
    return { spec: { kind: 'relative', unit: 'day', offset, from: 'anchor', ...(pod ? { pod } : {}) } };
  },
);

const POSITION = alternation(Object.keys(POSITION_MODS));

/** "the end of the year", "the beginning of next month", "the middle of this week", "year-end". */
export const positionedPeriodParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(${POSITION})\\s+(the|this|last|next)\\s+(year|month|week|quarter|decade|century)|(year)[-\\s](?:end)|(year)['’]s\\s+end)(?![\\w-])`,
    'i',
  ),
  (m) => {
    const [, position, which, unitWord] = m;
    if (!position) return { spec: { kind: 'relative', unit: 'year', offset: 0, mod: 'END' } };
    const offset = ({ the: 0, this: 0, last: -1, next: 1 } as Record<string, number>)[which!.toLowerCase()]!;
    const mod = POSITION_MODS[position.toLowerCase().replace(/\s+/g, ' ')] as TimexMod;
    const ofThe = which!.toLowerCase() === 'the';
    return {
      spec: {
        kind: 'relative',
        unit: UNITS[unitWord!.toLowerCase()]!,
        offset,
        mod,
        ...(ofThe ? { ofThe } : {}),
      },
    };
  },
);
