import type { TimexSpec } from '../../../spec.js';
import { isWholeText } from '../../../spec.js';
import {
  FIXED_HOLIDAYS,
  HOLIDAY_NAMES,
  L,
  MONTHS,
  ORDINAL,
  ORDINALS,
  R,
  SEASONS,
  SHIFT,
  SHIFTS,
  alternation,
  key,
} from '../lexicon.js';
import { after, before, deRule } from './de-rule.js';

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const ARTICLE = '(?:(?:der|die|das|dem|den|des)\\s+)?';

/** TIMEX3 value of a decade: 1990 → `199X`. */
const decade = (start: number): string => `${Math.floor(start / 10)}X`;

/** Words that make a bare four-digit number a year. */
const YEAR_CUES = new RegExp(
  `${L}(?:im|in|seit|bis|ab|von|vom|nach|vor|zwischen|und|oder|bzw\\.?|jahr|jahre|jahres|anfang|mitte|ende|beginn|frühjahr|frühling|sommer|herbst|winter|jahreswechsel|sommers|winters|herbstes|um|zum|ostern|weihnachten|silvester|des|dem|den|das|im jahre?|jänner|${alternation(Object.keys(MONTHS))}\\.?)\\s*[-–]?\\s*$`,
  'iu',
);
const MONTH_OR_SEASON_AFTER = new RegExp(
  `^\\s+(?:${alternation([...Object.keys(MONTHS), ...Object.keys(SEASONS)])})(?![\\p{L}])`,
  'iu',
);
/** What after a number makes it a count ("2000 Menschen", "1500 Euro"). */
const COUNT_AFTER =
  /^\s*(?:%|prozent|euro|eur|dollar|franken|chf|mio|millionen|milliarden|stück|mal|meter|kilometer|km|tonnen|tote|menschen|personen|mitarbeiter|einwohner|soldaten|stimmen|fälle|jahre|tage|punkte|seiten|plätze|sitze|\$|€)(?![\p{L}\d])/iu;

/**
 * Years: "2019", "im Jahr 2019", "2019/20"; a bare number needs a cue or must not be a count.
 * The year of a range ("2019–2021") is read on each side.
 */
export const yearParser = deRule(
  new RegExp(`(?<![\\p{L}\\d.,:/€$])(?:(Jahre?s?)\\s+)?${YEAR}(?![\\p{L}\\d]|[.,:]\\d|\\s?%)`, 'iu'),
  (m, context) => {
    const [, yearWord, written = ''] = m;
    const year = Number(written);
    const head = before(context, m);
    const tail = after(context, m, 20);
    if (/\d[\s.]*$/.test(head) || /^\s*(?:Nr\.?|No\.?)\s*$/i.test(head.slice(-4))) return null;
    if (COUNT_AFTER.test(tail)) return null;
    const cued =
      yearWord !== undefined ||
      YEAR_CUES.test(head) ||
      /(?:^|[\n(„"“–—-])\s*$/.test(head) ||
      /^\s*(?:$|[.,;:)!?"“”–—-]|und|bis|war|wurde|hatte|gab|kam|ging|ist|hat|soll|sollen|will|wird|werden)/iu.test(
        tail,
      );
    // A bare year before a noun is read as a year unless a quantifier makes it a count.
    const counted = /(?:rund|etwa|über|mehr\s+als|fast|knapp|insgesamt|bis\s+zu|ca\.)\s*$/iu.test(head);
    if (counted && /^\s+\p{Lu}/u.test(tail)) return null;
    // "2000 Demonstranten zogen …": a number before a noun is a count unless a cue makes it a year.
    if (
      !yearWord &&
      !YEAR_CUES.test(head) &&
      /^\s+\p{Lu}\p{Ll}/u.test(tail) &&
      !MONTH_OR_SEASON_AFTER.test(tail)
    )
      return null;
    if (!cued && year < 1900 && !isWholeText(context, m.index, m[0].length)) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: written } };
  },
);

const DECADE_WORDS: Record<string, number> = {
  zwanziger: 2,
  dreißiger: 3,
  vierziger: 4,
  fünfziger: 5,
  sechziger: 6,
  siebziger: 7,
  achtziger: 8,
  neunziger: 9,
};

/**
 * Decades: "die 1990er Jahre", "den 90er-Jahren", "der Neunzigerjahre", "in den Achtzigern",
 * "die 2010er". A century-less decade is the latest before the reference.
 */
export const decadeParser = deRule(
  new RegExp(
    `${L}${ARTICLE}(?:(1[5-9]|20)?(\\d)0er|(${alternation(Object.keys(DECADE_WORDS))}))(?:(n)|\\s*-?\\s*(jahren?|jahrzehnts?))?${R}`,
    'iu',
  ),
  (m, context) => {
    const [whole, century, digit, word, plural, years] = m;
    if (word && !years && !plural && !/^(?:der|die|den)\s/i.test(whole)) return null;
    const tens = word ? DECADE_WORDS[word.toLowerCase()]! : Number(digit);
    const refYear = context.refDate.getUTCFullYear();
    let start: number;
    if (century) start = Number(century) * 100 + tens * 10;
    else {
      start = Math.floor(refYear / 100) * 100 + tens * 10;
      if (start > refYear) start -= 100;
    }
    return { spec: { kind: 'literal', type: 'DATE', value: decade(start) } };
  },
);

/** Centuries: "das 20. Jahrhundert", "des 19. Jahrhunderts", "im zwanzigsten Jahrhundert", "5. Jh. v. Chr.". */
export const centuryParser = deRule(
  new RegExp(
    `${L}${ARTICLE}(?:(\\d{1,2})\\.|${ORDINAL})\\s*(?:jahrhunderts?|jh\\.)(?:\\s+(v\\.\\s?chr\\.|vor\\s+christus))?`,
    'iu',
  ),
  (m) => {
    const n = m[1] ? Number(m[1]) : ORDINALS[key(m[2] ?? '')];
    if (!n || n > 30) return null;
    return {
      spec: { kind: 'literal', type: 'DATE', value: (m[3] ? 'BC' : '') + String(n - 1).padStart(2, '0') },
    };
  },
);

const YEAR_SHIFT: Record<string, number> = {
  vergangen: -1,
  letzt: -1,
  vorig: -1,
  dies: 0,
  laufend: 0,
  kommend: 1,
  nächst: 1,
};

/** "März vergangenen Jahres", "Herbst nächsten Jahres": the year counted from the reference. */
const YEAR_AFTER = '\\s+(?:des\\s+)?(vergangen|letzt|vorig|dies|laufend|kommend|nächst)en\\s+jahres';

const MONTH_NAMES = alternation(
  Object.keys(MONTHS).filter(
    (w) => w.length > 4 || w === 'mai' || w === 'juni' || w === 'juli' || w === 'märz',
  ),
);
const MONTH_ABBR = alternation(
  Object.keys(MONTHS).filter((w) => w.length <= 4 && !['mai', 'juni', 'juli'].includes(w)),
);

/**
 * A month without a day: "im März", "März 2020", "im vergangenen Mai", "Jänner", "Sept. 2019".
 * With no year, the tense of the sentence picks the year.
 */
export const monthParser = deRule(
  new RegExp(
    `${L}(?:${SHIFT}\\s+)?(?:(${MONTH_NAMES})|(${MONTH_ABBR})\\.)(?:\\s+(?:des\\s+jahres\\s+)?${YEAR}|${YEAR_AFTER})?${R}`,
    'iu',
  ),
  (m, context) => {
    const [, shiftWord, name, abbr, written, yearShift] = m;
    const month = MONTHS[key(name ?? abbr ?? '')]!;
    // "Januar vergangenen Jahres": the year is counted from the reference.
    const year = yearShift ? String(context.refDate.getUTCFullYear() + YEAR_SHIFT[key(yearShift)]!) : written;
    if (abbr && !year) return null;
    // "Mai" and "August" are names too: a capital letter in running text, or a cue, makes them months.
    const shift = shiftWord ? SHIFTS[key(shiftWord)] : undefined;
    const spec: TimexSpec = {
      kind: 'calendar',
      month,
      ...(year ? { year: Number(year) } : {}),
      ...(shift !== undefined && !year ? { shift } : {}),
    };
    return { spec };
  },
);

/** Seasons: "im Sommer", "Frühjahr 2020", "im vergangenen Herbst", "diesen Winter", "des Sommers". */
export const seasonParser = deRule(
  new RegExp(
    `${L}(?:${SHIFT}\\s+)?(${alternation(Object.keys(SEASONS))})(?:e?s)?(?:\\s+(?:des\\s+jahres\\s+)?${YEAR}|${YEAR_AFTER})?${R}`,
    'iu',
  ),
  (m) => {
    const [, shiftWord, season = '', year, yearShift] = m;
    const shift = shiftWord ? SHIFTS[key(shiftWord)] : undefined;
    return {
      spec: {
        kind: 'subyear',
        code: SEASONS[key(season)]!,
        ...(year ? { year: Number(year) } : {}),
        ...(yearShift ? { yearOffset: YEAR_SHIFT[key(yearShift)]! } : {}),
        ...(shift !== undefined && !year && !yearShift ? { shift } : {}),
      },
    };
  },
);

/**
 * Quarters and halves: "im dritten Quartal", "das erste Halbjahr 2024", "in der zweiten
 * Jahreshälfte", "im vierten Quartal des vergangenen Jahres", "Q3 2025".
 */
export const quarterParser = deRule(
  new RegExp(
    `${L}(?:${ARTICLE}(?:(\\d)\\.|${ORDINAL})\\s*(quartals?|vierteljahr(?:es|s)?|halbjahr(?:es|s)?|jahreshälfte)|(Q|H)([1-4]))(?:\\s*(?:\\/\\s*)?(?:des\\s+jahres\\s+)?(?:${YEAR}|(\\d\\d)(?!\\d))|\\s+(?:des|dieses)\\s+(?:(vergangen|letzt|vorig|laufend|kommend|nächst)en\\s+)?jahres)?${R}`,
    'iu',
  ),
  (m) => {
    const [whole, digit, ordinal, noun = '', letter, letterN, year, shortYear, shift] = m;
    const n = letterN ? Number(letterN) : digit ? Number(digit) : ORDINALS[key(ordinal ?? '')]!;
    const half = letter ? letter.toUpperCase() === 'H' : /halb|hälfte/i.test(noun);
    if (!n || n > (half ? 2 : 4)) return null;
    if (letter && !/^[QH]/.test(whole.trim())) return null;
    const fullYear = year ? Number(year) : shortYear ? 2000 + Number(shortYear) : undefined;
    const yearOffset = shift
      ? YEAR_SHIFT[key(shift)]
      : /\sdes\s+jahres$|\sdieses\s+jahres$/i.test(whole)
        ? 0
        : undefined;
    return {
      spec: {
        kind: 'subyear',
        code: `${half ? 'H' : 'Q'}${n}`,
        ...(fullYear ? { year: fullYear } : {}),
        ...(yearOffset !== undefined && !fullYear ? { yearOffset } : {}),
      },
    };
  },
);

const HOLIDAY_WORDS = alternation([...Object.keys(HOLIDAY_NAMES), ...Object.keys(FIXED_HOLIDAYS)]);

/** Holidays: "an Weihnachten", "zu Ostern 2020", "am Tag der Deutschen Einheit", "an Silvester". */
export const holidayParser = deRule(
  new RegExp(`${L}(?:${SHIFT}\\s+)?(${HOLIDAY_WORDS})(?:\\s+${YEAR})?${R}`, 'iu'),
  (m) => {
    const [, shiftWord, name = '', year] = m;
    const word = key(name);
    const shift = shiftWord ? SHIFTS[key(shiftWord)] : undefined;
    const fixed = FIXED_HOLIDAYS[word];
    if (fixed)
      return {
        spec: {
          kind: 'calendar',
          month: fixed[0],
          day: fixed[1],
          ...(year ? { year: Number(year) } : {}),
          ...(shift !== undefined && !year ? { shift } : {}),
        },
      };
    return {
      spec: {
        kind: 'holiday',
        name: HOLIDAY_NAMES[word]!,
        ...(year ? { year: Number(year) } : {}),
        ...(shift !== undefined && !year ? { shift } : {}),
      },
    };
  },
);

/** "am 15.10.", "bis zum 3.5.": a numeric day and month without a year, which the tense places. */
export const numericDayParser = deRule(
  /(?<![\p{L}\d.,])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?!\d)/u,
  (m) => ({ spec: { kind: 'calendar', day: Number(m[1]), month: Number(m[2]) } }),
);
