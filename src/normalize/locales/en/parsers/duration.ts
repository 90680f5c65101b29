import { isWholeText, rule } from '../../../spec.js';
import {
  MONTHS,
  NUMBER_PATTERN,
  SEASONS,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  alternation,
  readNumber,
  type UnitKey,
} from '../lexicon.js';
import { durationValue } from '../../../duration-value.js';
import { pad } from '../../../calendar.js';

const UNIT = `(${alternation(Object.keys(UNITS))})`;
const PLURAL_UNITS = 'seconds|minutes|hours|days|weeks|months|years|decades|centuries';
const VAGUE = alternation(
  VAGUE_QUANTITIES.concat([
    'recent',
    'the past few',
    'the last few',
    'the next few',
    'the past several',
    'the last several',
    'the next several',
    'the coming',
    'the past',
    'the last',
    'the next',
    'the first',
    'the final',
    'the remaining',
  ]),
);

/** What follows the quantity of a rate: "(six days) a week", "(10 hours) per day". */
const RATE_AFTER = new RegExp(
  `^\\s+(?:a|an|per)\\s+${UNIT}(?![\\w-])(?!\\s+(?:ago|later|earlier|old)\\b)`,
  'i',
);

/**
 * Counted durations: "three years", "48 hours", "a decade", "two-year", "the past two weeks",
 * "the first nine months", "the next 14 months", "30-day".
 */
export const countedDurationParser = rule(
  new RegExp(
    `(?<![\\w'$£€-])(?:(the\\s+(?:past|last|next|coming|first|final|previous|remaining|following)|the(?=\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:months|weeks|days|years|quarters)\\s+(?:ended|ending|to|through|since|before|after|of)\\b)|each\\s+of\\s+the\\s+(?:past|last|next))\\s+)?(${NUMBER_PATTERN}|a|an|another)(\\s+(?:(?:straight|consecutive|successive|full|whole|more|additional|further|long|single)\\s+)?|-)${UNIT}(?:(-|\\s+)(long|old))?(?![\\w])`,
    'i',
  ),
  (m, context) => {
    const [, lead, countWord = '', , unitWord = '', , tail] = m;
    const before = context.text.slice(Math.max(0, m.index - 12), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const count = /^another$/i.test(countWord) ? 1 : readNumber(countWord);
    const unit = UNITS[unitWord.toLowerCase()]!;
    if (Number.isNaN(count)) return null;
    // "a second time", "one day he…", "a day after": not lengths of time.
    if (/^an?$/i.test(countWord) && unit === 'second' && !lead) return null;
    if (/^(?:an?|another)$/i.test(countWord) && /s$/i.test(unitWord)) return null;
    if (
      /^(one|a)$/i.test(countWord) &&
      unit === 'day' &&
      !lead &&
      m[3] !== '-' &&
      !/\b(for|in|within|than|about|nearly|only|just)\s*$/i.test(before)
    )
      return null;
    if (/^\s*(?:'s|’s)\s/.test(after) && !lead) return null;
    // "waiting for a night like this", "a day when…": one occasion, not a length of time.
    if (/^an?$/i.test(countWord) && !lead && /^\s+(?:like|when|where)\b/i.test(after)) return null;
    // "six days a week": the quantity of a rate, not a length of time (rateSetParser).
    if (!lead && RATE_AFTER.test(context.text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
      return null;
    // "600 year-round residents": the unit is part of another adjective.
    if (!tail && /^-[a-z]/i.test(after)) return null;
    if (/\d\s*$/.test(before) || /^[.,]\d/.test(after)) return null;
    // "the 1988 quarter" names a year, not 1,988 quarters.
    if (/^(?:1[5-9]|20)\d\d$/.test(countWord) && unit !== 'year' && unit !== 'day') return null;
    // "fell by about a quarter" is a fraction; a quarter of a year is "for a quarter", "in a quarter".
    if (
      unit === 'quarter' &&
      /^an?$/i.test(countWord) &&
      !lead &&
      !/\b(?:for|in|within|over|than|each|every)\s*$/i.test(before)
    )
      return null;
    // "three-quarters of the vote" is a fraction.
    if (unit === 'quarter' && ((/^quarters$/i.test(unitWord) && m[3] === '-') || /^\s+of\b/i.test(after)))
      return null;
    // Ages ("a 6-year-old", "47 years old") describe people, not time in the story.
    if (tail && tail.toLowerCase() === 'old') return null;
    return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(count, unit) } };
  },
);

/** Vague durations: "for months", "several years", "recent weeks", "the past few days", "decades". */
export const vagueDurationParser = rule(
  new RegExp(`(?<![\\w'-])(?:(${VAGUE})\\s+)?(${PLURAL_UNITS})(?:(-)long)?(?![\\w-])`, 'i'),
  (m, context) => {
    const [, quantity, unitWord = ''] = m;
    const before = context.text.slice(Math.max(0, m.index - 20), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const unit = UNITS[unitWord.toLowerCase()]!;
    // Bare plurals count only after a preposition of duration ("for months", "in years", "over
    // decades") or before "later"/"earlier" ("Hours later, …": a length whose start is not told).
    if (
      !quantity &&
      !/^\s+(?:later|earlier)\b/i.test(after) &&
      !/\b(for|over|in|within|after|during|lasting|lasted|took|take|takes|spent|spend|than|with|waited|wait|waiting)\s+$/i.test(
        before,
      ) &&
      !isWholeText(context, m.index, m[0].length)
    )
      return null;
    if (/^\s+(?:of|old|ago|earlier|later)\b/i.test(after) && !/-long/i.test(m[0])) {
      if (/^\s+ago\b/i.test(after)) return null;
      if (/^\s+of\b/i.test(after)) return null;
    }
    return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(NaN, unit) } };
  },
);

/**
 * Lengths written as adjectives without a number: "a day-long meeting" (`P1D`), "a months-long
 * inquiry", "a several-year tenure", "a multiyear deal" (`PXM`, `PXY`).
 */
export const lengthAdjectiveParser = rule(
  new RegExp(`(?<![\\w'-])(?:(several-|multi-?)${UNIT}|${UNIT}-long)(?![\\w-])`, 'i'),
  (m) => {
    const unitWord = (m[2] ?? m[3] ?? '').toLowerCase();
    const unit = UNITS[unitWord]!;
    const vague = m[1] !== undefined || /s$/.test(unitWord);
    if (m[1] && /s$/.test(unitWord)) return null;
    return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(vague ? NaN : 1, unit) } };
  },
);

/**
 * Geological and historical spans: "about 4 million years" (`P4000000Y`), "two thousand years"
 * (`P2L`), "millions of years" (`PXY`).
 */
export const largeYearsParser = rule(
  /(?<![\w'-])(?:(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions|billions)\s+(?:(thousand|million|billion)\s+years|of\s+years)|(hundreds|thousands|millions|billions)\s+of\s+years)(?![\w-])(?!\s+ago\b)/i,
  (m) => {
    const [, count = '', scale, plural] = m;
    if (plural || !scale) return { spec: { kind: 'literal', type: 'DURATION', value: 'PXY' } };
    const count1 = readNumber(count);
    if (!Number.isFinite(count1)) return null;
    // Thousands of years are millennia (`P2L`), as TimeML writes them; larger spans stay in years.
    if (/^thousand$/i.test(scale))
      return { spec: { kind: 'literal', type: 'DURATION', value: `P${count1}L` } };
    const n = count1 * (/^million$/i.test(scale) ? 1e6 : 1e9);
    return { spec: { kind: 'literal', type: 'DURATION', value: `P${Math.round(n)}Y` } };
  },
);

/** "half an hour", "a year and a half", "an hour and a half", "two and a half years", "1½ years". */
export const fractionDurationParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(?:the\\s+(?:past|last|next|previous)\\s+)?(half\\s+an?|a\\s+half|half-)\\s*${UNIT}|(an?|one|two|three|four|five|six|\\d+)\\s+${UNIT}\\s+and\\s+a\\s+half|(\\d+)(?:(?:\\s+|-)1\\/2|\\s?½)\\s*-?\\s*${UNIT}|(${NUMBER_PATTERN})(?:\\s+|-)and(?:\\s+|-)a(?:\\s+|-)half(?:\\s+|-)${UNIT})(?![\\w-])`,
    'i',
  ),
  (m) => {
    const unitWord = (m[2] ?? m[4] ?? m[6] ?? m[8] ?? '').toLowerCase();
    const whole = m[1] ? 0 : readNumber(m[3] ?? m[5] ?? m[7] ?? '');
    if (Number.isNaN(whole)) return null;
    return { spec: { kind: 'literal', type: 'DURATION', value: halfDurationValue(whole, UNITS[unitWord]!) } };
  },
);

/** The next smaller unit and how many of it make half a unit: a year and a half is `P1Y6M`. */
const HALVES: Partial<Record<UnitKey, [string, number, boolean]>> = {
  year: ['M', 6, false],
  month: ['D', 15, false],
  week: ['D', 3.5, false],
  day: ['H', 12, true],
  hour: ['M', 30, true],
  minute: ['S', 30, true],
};

/** TIMEX3 value of `whole` units and a half ("2 1/2 years" → `P2Y6M`, "half an hour" → `PT30M`). */
function halfDurationValue(whole: number, unit: UnitKey): string {
  // ISO 8601 writes weeks alone: "two and a half weeks" is `P17.5D`, not `P2W3.5D`.
  if (unit === 'week' && whole > 0) return durationValue((whole + 0.5) * 7, 'day');
  const half = HALVES[unit];
  if (!half) return durationValue(whole + 0.5, unit);
  const [letter, amount, timePart] = half;
  const wholePart = whole > 0 ? durationValue(whole, unit).slice(1) : '';
  if (timePart) {
    const date = wholePart.startsWith('T') ? '' : wholePart;
    const time = wholePart.startsWith('T') ? wholePart.slice(1) : '';
    return `P${date}T${time}${amount}${letter}`;
  }
  return `P${wholePart}${amount}${letter}`;
}

const FREQUENCY_ADVERBS: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
  'every day': 'P1D',
  'every night': 'P1D',
  'each day': 'P1D',
};

/**
 * How often, counted in time: "six days a week", "10 hours a day", "three nights per week". The
 * "a week" is the set; the count before it is what happens in each one, not a length of its own.
 * Rates of money or things ("$400,000 a year") are left alone, as TimeBank leaves them.
 */
export const rateSetParser = rule(
  new RegExp(
    `(?<![\\w'-])${NUMBER_PATTERN}\\s+(?:days|nights|hours|minutes|weeks|months|times|shifts|games)\\s+((?:a|an|per)\\s+${UNIT})(?![\\w-])(?!\\s+(?:ago|later|earlier|before|after|old|from)\\b)`,
    'i',
  ),
  (m) => ({
    offset: m[0].length - m[1]!.length,
    spec: { kind: 'literal', type: 'SET', value: durationValue(1, UNITS[m[2]!.toLowerCase()]!) },
  }),
);

/** Frequency words that are also adjectives ("annually" is only an adverb). */
const FREQUENCY_ADJECTIVE = /^(?:daily|nightly|(?:bi)?weekly|monthly|quarterly|yearly|hourly)$/i;

/**
 * Sets: "every week", "each year", "every two years", "annually", "daily", "every Monday",
 * "each July", "twice a year" (the "a year" part), "per month".
 */
export const setParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(every|each)\\s+(other\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(${alternation(Object.keys(UNITS))}|${alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 3))}|${alternation(Object.keys(MONTHS).filter((w) => w.length > 3))}|${alternation(Object.keys(SEASONS))})|(${alternation(Object.keys(FREQUENCY_ADVERBS))})|(?:(?:once|twice|thrice|times)\\s+)(a|an|per|each|every)\\s+(${alternation(Object.keys(UNITS))}))(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, , other, countWord, noun, adverb, perWord, perUnit] = m;
    if (adverb) {
      const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the daily newspaper", "its quarterly dividend": an adjective classifies its noun and is
      // no set; "on a daily basis" is the one noun that makes it the frequency it names.
      if (FREQUENCY_ADJECTIVE.test(adverb) && /^\s+(?!basis\b)[a-z]/.test(after)) return null;
      return {
        spec: {
          kind: 'literal',
          type: 'SET',
          value: FREQUENCY_ADVERBS[adverb.toLowerCase().replace(/\s+/g, ' ')]!,
        },
      };
    }
    if (perWord && perUnit) {
      const offset = m[0].search(/\b(?:a|an|per|each|every)\s+\S+$/i);
      return {
        offset,
        spec: { kind: 'literal', type: 'SET', value: durationValue(1, UNITS[perUnit.toLowerCase()]!) },
      };
    }
    const word = (noun ?? '').toLowerCase();
    if (word in WEEKDAYS)
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-WXX-${WEEKDAYS[word]}` } };
    if (word in SEASONS) return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${SEASONS[word]}` } };
    if (word in MONTHS)
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${pad(MONTHS[word]!)}` } };
    const unit = UNITS[word]!;
    const n = countWord ? readNumber(countWord) : other ? 2 : 1;
    if (Number.isNaN(n)) return null;
    return { spec: { kind: 'literal', type: 'SET', value: durationValue(n, unit) } };
  },
);

/**
 * Elapsed times written as a clock ("his 2:00:35 finish", "won in 2:13:44", "a time of 1:02:11"):
 * a race's or a record's length, not a time of day. Read as a duration only where the words around
 * it say so; "at 10:32:15" and "2:00:35 p.m." stay clock times.
 */
export const elapsedTimeParser = rule(
  /(?<![\w:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\w:]|\.\d)/,
  (m, context) => {
    const before = context.text.slice(Math.max(0, m.index - 24), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/^\s*(?:[ap]\.?m\b|o['’]clock|local|GMT|UTC|[ECMP][SD]?T\b)/i.test(after)) return null;
    if (/\b(?:at|from|until|till|by|since|around|about|shortly\s+(?:before|after))\s*$/i.test(before))
      return null;
    const elapsed =
      /(?:\b(?:his|her|their|its|my|our|your|a|winning|record|best|time\s+of|in|under|than|of|clocked|clocking|finished\s+in)|['’]s)\s+$/i.test(
        before,
      ) ||
      /^\s*(?:finish|time|clocking|victory|win|mark|record|run|performance|effort|lap|race)\b/i.test(after);
    if (!elapsed) return null;
    const [hours, minutes, seconds] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return { spec: { kind: 'literal', type: 'DURATION', value: clockLength(hours, minutes, seconds) } };
  },
);

/**
 * A game clock ("with 4:04 to play", "3:08 remaining", "1:12 left in the half"): the time left in a
 * period of play, a length, not a time of day.
 */
export const gameClockParser = rule(
  /(?<![\w:.])(\d{1,2}):([0-5]\d)(?=\s+(?:to\s+play|to\s+go|remaining|left)\b)/,
  (m) => {
    const [minutes, seconds] = [m[1], m[2]].map(Number) as [number, number];
    return { spec: { kind: 'literal', type: 'DURATION', value: clockLength(0, minutes, seconds) } };
  },
);

/** A length read off a clock ("2:00:35", "4:04") as a TIMEX3 duration: `PT2H35S`, `PT4M4S`. */
function clockLength(hours: number, minutes: number, seconds: number): string {
  const parts = [hours ? `${hours}H` : '', minutes ? `${minutes}M` : '', seconds ? `${seconds}S` : ''].join(
    '',
  );
  return `PT${parts || '0S'}`;
}
