import { isWholeText, rule } from '../../../spec.js';
import { ONES, ORDINAL_WORDS, POSITION_MODS, TENS, alternation } from '../lexicon.js';
import type { TimexMod } from '../../../types.js';

/**
 * TIMEX3 value of "the 1990s" as TE3 writes it: 1995 → `199X`. "The 1800s" is a century (`18`);
 * "the 2000s" stays the decade it mostly means in news.
 */
const decadeValue = (year: number): string =>
  year % 100 === 0 && year < 2000 ? String(year / 100) : `${Math.floor(year / 10)}X`;

/** Words before a bare four-digit number that make it a year. */
const YEAR_CUES =
  /\b(in|since|by|of|until|till|before|after|from|to|through|throughout|during|between|and|or|year|years|early|late|mid|fiscal|around|circa|c\.|summer|winter|spring|fall|autumn|the|end|start|beginning|middle|election|season|class|budget|census|model|calendar|as of|back in|ever since|than|for|on|at|its|their|his|her|vintage)\s*[-–]?\s*$/i;
const MONTH_DAY_BEFORE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s*$/i;
const DETERMINER_BEFORE = /(?:\b(?:a|an|the|that|this|its|their|his|her|our)|['’]s)\s+$/i;
const COUNT_NOUN_AFTER =
  /^\s*(?:%|percent|per\b|people|persons|votes|voters|troops|soldiers|residents|members|workers|employees|jobs|cases|deaths|students|copies|units|shares|cars|homes|houses|times|miles|kilometers|tons|barrels|dollars|euros|pounds|yen|acres|feet|meters|points|seats|pages|words|items|rooms|beds|patients|children|refugees|civilians|prisoners|police|officers|delegates|passengers|tourists|visitors|guests|fans|years)\b/i;
/** What after a number shows it is a count, not a year ("2003 people", "1999 votes"). */
const COUNT_AFTER =
  /^\s*(?:%|percent|per\b|(?!(?:this|thus|was|has|his|its|plus|versus|unless|always|perhaps|whereas|across|besides|afterwards|towards|sales|earnings|results|levels|figures|elections|games|olympics|negotiations|talks)\b)[a-z]{2,}s\b(?!['’]))/i;

const centuryOrdinals = alternation(Object.keys(ORDINAL_WORDS).filter((w) => !/^(last|final)$/.test(w)));

/**
 * Years and bigger: "2003", "'98", "fiscal 1998", "the 1990s", "the '90s", "mid-1990s",
 * "the 20th century", "the nineteenth century".
 */
export const yearParser = rule(
  /(?<![\w$£€#.,:'’/-])(?:(fiscal|FY)\s*)?(?:(1[0-9]\d\d|20\d\d)(s|'s)?|['’](\d\d)(s)?)(?![\w%]|-(?!(?:\d\d|1[0-9]\d\d|20\d\d)(?![\w%-]))|[.,:/]\d|['’]\d)/i,
  (m, context) => {
    const [, fiscal, full, decadeS, short, shortS] = m;
    const before = context.text.slice(Math.max(0, m.index - 24), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (full) {
      const year = Number(full);
      // "the 1960s", "the 1960's"; "1965's" is the year's possessive.
      if (decadeS && (year % 10 === 0 || decadeS === 's'))
        return { spec: { kind: 'literal', type: 'DATE', value: decadeValue(year) } };
      const rangeEnd = /^\s*[-–—]\s*(\d\d|1[0-9]\d\d|20\d\d)(?![\w%-])/.exec(after);
      if (/^\s*[-–]\s*\d/.test(after) && !(rangeEnd && rangeEndYear(year, rangeEnd[1]!))) return null;
      if (rangeEnd && rangeEnd[1]!.length === 2 && MODIFIES_NOUN.test(after.slice(rangeEnd[0].length)))
        return null;
      if (/\d\s*$/.test(before)) return null;
      // "February 30, 2019": chrono refused the day, so the year alone would be a wrong reading.
      if (MONTH_DAY_BEFORE.test(before)) return null;
      // After a determiner a modern year usually modifies a noun ("the 1992 protests", "a 1996 law",
      // "the company's 1989 results"): only plain count nouns make it a number there.
      const determined = year >= 1900 && year < 2040 && DETERMINER_BEFORE.test(before);
      const countAfter = determined ? COUNT_NOUN_AFTER.test(after) : COUNT_AFTER.test(after);
      if (!fiscal && countAfter && !/^\s*(?:'s|’s)/.test(after)) return null;
      // A bare number needs a cue: a preposition, a sentence edge, or a possessive ("1998's").
      const cued =
        fiscal ||
        determined ||
        YEAR_CUES.test(before) ||
        /^\s*(?:$|[.,;:)!?"”]|'s|’s|[-–—]\s*\d\d(?:\d\d)?\b|and\b|or\b|to\b|through\b|when\b|election|season|budget|model|census|levels?\b|period|quarter|figures?|results|crop|harvest|campaign|olympics|world cup|games)/i.test(
          after,
        ) ||
        /(^|[\n(“"])\s*$/.test(before);
      if (!cued && !isWholeText(context, m.index, m[0].length)) return null;
      if (year < 1500 && !/\b(in|year|since|of|by|circa|c\.)\s*$/i.test(before)) return null;
      return { spec: { kind: 'literal', type: 'DATE', value: full } };
    }
    const two = Number(short);
    const refYear = context.refDate.getUTCFullYear();
    const century = two + 2000 <= refYear + 10 ? 2000 : 1900;
    if (shortS) return { spec: { kind: 'literal', type: 'DATE', value: decadeValue(century + two) } };
    if (
      !/\b(in|since|of|by|until|class|summer|winter|spring|fall|from|before|after)\s*$/i.test(before) &&
      !isWholeText(context, m.index, m[0].length)
    )
      return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(century + two) } };
  },
);

/**
 * The year a range's second number names: "1957-58" → 1958, "1999-00" → 2000, "2013 - 2015" → 2015;
 * undefined unless it comes after the first within a century.
 */
export function rangeEndYear(first: number, written: string): number | undefined {
  let year = Number(written);
  if (written.length === 2) {
    year += Math.floor(first / 100) * 100;
    if (year <= first) year += 100;
  }
  return year > first && year - first < 100 ? year : undefined;
}

/**
 * "the 2023-24 school year", "the 2009-10 season": a season or school year named by its two years,
 * which annotators leave unmarked; only a range of years that stands alone is two dates.
 */
const MODIFIES_NOUN =
  /^\s+(?!(?:and|or|to|when|while|as|in|on|at|for|by|from|with|was|were|is|are|had|has)\b)[a-z]/;

/** The second year of a range the first one starts ("1957-58", "the 2009-10 season", "2013 - 2015"). */
export const rangeEndYearParser = rule(/(\d\d|1[0-9]\d\d|20\d\d)(?![\w%-]|[.,:/]\d)/, (m, context) => {
  const before = /(?<![\w$£€#.,:'’/-])(1[0-9]\d\d|20\d\d)\s*[-–—]\s*$/.exec(
    context.text.slice(Math.max(0, m.index - 12), m.index),
  );
  if (!before) return null;
  if (m[1]!.length === 2 && MODIFIES_NOUN.test(context.text.slice(m.index + 2, m.index + 24))) return null;
  const year = rangeEndYear(Number(before[1]), m[1]!);
  return year ? { spec: { kind: 'literal', type: 'DATE', value: String(year) } } : null;
});

/** "the 20th century", "the nineteenth century", "the 1800s". */
export const centuryParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?|(${centuryOrdinals}))\\s*-?\\s*century(?:\\s+(B\\.\\s?C\\.(?:\\s?E\\.)?|BCE?\\b))?(?![\\w-])`,
    'i',
  ),
  (m) => {
    const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[(m[2] ?? '').toLowerCase()];
    if (!n || n < 1 || n > 30) return null;
    // "the 3rd century BC" (300–201 BC) is written `BC02`, as TIMEX3 writes years before the era.
    const era = m[3] ? 'BC' : '';
    return { spec: { kind: 'literal', type: 'DATE', value: era + String(n - 1).padStart(2, '0') } };
  },
);

const POSITION = alternation(Object.keys(POSITION_MODS));

/** "early 1998", "mid-1990s", "the end of 2003", "late 2019": a year or decade with a position mod. */
export const positionedYearParser = rule(
  new RegExp(`(?<![\\w'-])(${POSITION})\\s*-?\\s*(?:the\\s+)?(1[0-9]\\d\\d|20\\d\\d)(s)?(?![\\w%-])`, 'i'),
  (m) => {
    const [, position = '', year = '', s] = m;
    const mod = POSITION_MODS[position.toLowerCase().replace(/\s+/g, ' ')] as TimexMod;
    const value = s ? decadeValue(Number(year)) : year;
    return { spec: { kind: 'literal', type: 'DATE', value, mod } };
  },
);

const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

/** Years spelled out, as in broadcast transcripts: "nineteen ninety-six", "two thousand and one". */
export const spelledYearParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(?:the\\s+year\\s+)?(nineteen|eighteen)\\s+(?:(${TEENS.join('|')})|(${TENS.join('|')})(?:[-\\s](${ONES.join('|')}))?)|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${ONES.concat(TEENS).join('|')}))?)(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [whole, centuryWord, teen, tens, ones, after2000] = m;
    const before = context.text.slice(Math.max(0, m.index - 16), m.index);
    if (centuryWord) {
      const century = centuryWord.toLowerCase() === 'nineteen' ? 1900 : 1800;
      const rest = teen
        ? TEENS.indexOf(teen.toLowerCase()) + 10
        : (TENS.indexOf(tens!.toLowerCase()) + 2) * 10 + (ones ? ONES.indexOf(ones.toLowerCase()) + 1 : 0);
      return { spec: { kind: 'literal', type: 'DATE', value: String(century + rest) } };
    }
    // "two thousand" alone is usually a count ("two thousand people") unless it says "the year".
    if (!/^the\s+year/i.test(whole) && !/\b(in|since|by|until|of)\s+$/i.test(before)) return null;
    const extra = after2000
      ? ONES.indexOf(after2000.toLowerCase()) + 1 || TEENS.indexOf(after2000.toLowerCase()) + 10
      : 0;
    return { spec: { kind: 'literal', type: 'DATE', value: String(2000 + extra) } };
  },
);

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/**
 * Decades after "the", which TimeML keeps in the expression: "the 1990s", "the early 2000s"; without
 * a century ("the nineties", "the '90s", "the early eighties") the latest one before the reference.
 */
export const decadeWordParser = rule(
  new RegExp(
    `(?<![\\w'-])the\\s+(?:(early|mid|late)[\\s-]+)?(?:(${Object.keys(DECADE_WORDS).join('|')})|['’]?(\\d)0['’]?s|(1[0-9]\\d|20\\d)0['’]?s)(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, edge, word, digit, century] = m;
    const refYear = context.refDate.getUTCFullYear();
    let start: number;
    if (century) start = Number(century) * 10;
    else {
      const tens = word ? DECADE_WORDS[word.toLowerCase()]! : Number(digit);
      start = Math.floor(refYear / 100) * 100 + tens * 10;
      if (start > refYear) start -= 100;
    }
    const mod = edge ? POSITION_MODS[edge.toLowerCase()] : undefined;
    return { spec: { kind: 'literal', type: 'DATE', value: decadeValue(start), ...(mod ? { mod } : {}) } };
  },
);
