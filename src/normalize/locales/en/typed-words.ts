import { HOLIDAYS } from '../../holidays.js';
import type { TypedText } from '../../typed.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';

/**
 * Shorthand people type in search boxes, date fields and chat, and the words it stands for.
 * Only `resolve` reads these: in running text "sat" and "mon" are words.
 */
export const TYPED_WORDS: Record<string, string> = {
  tmr: 'tomorrow',
  tmrw: 'tomorrow',
  tmw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tdy: 'today',
  tod: 'today',
  yday: 'yesterday',
  yest: 'yesterday',
  ystrdy: 'yesterday',
  eod: 'today',
  cob: 'today',
  eow: 'this week',
  eom: 'this month',
  eoy: 'this year',
  yr: 'year',
  yrs: 'years',
  qtr: 'quarter',
  qtrs: 'quarters',
  wk: 'week',
  wks: 'weeks',
  wknd: 'weekend',
  mo: 'month',
  mos: 'months',
  mth: 'month',
  mths: 'months',
  hr: 'hour',
  hrs: 'hours',
  min: 'minutes',
  mins: 'minutes',
  nxt: 'next',
  'day after tomorrow': 'the day after tomorrow',
  'day before yesterday': 'the day before yesterday',
};

/** Proper nouns typed in lower (or upper) case: weekdays, months, holidays, written as in prose. */
const PROPER = new Map<string, string>();
const titleCase = (s: string): string =>
  s.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
for (const w of Object.keys(WEEKDAYS)) PROPER.set(w, titleCase(w.length <= 4 ? fullWeekday(w) : w));
for (const w of Object.keys(MONTHS)) if (w !== 'may') PROPER.set(w, titleCase(w));
for (const h of Object.keys(HOLIDAYS)) PROPER.set(h, titleCase(h));
PROPER.set('new years eve', "New Year's Eve");
PROPER.set('new years day', "New Year's Day");
PROPER.set('new years', "New Year's Day");
PROPER.set('valentines day', "Valentine's Day");
PROPER.set('mothers day', "Mother's Day");
PROPER.set('fathers day', "Father's Day");

function fullWeekday(abbreviation: string): string {
  const n = WEEKDAYS[abbreviation]!;
  return Object.keys(WEEKDAYS).find((w) => WEEKDAYS[w] === n && w.endsWith('day'))!;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?");
const PHRASES = [...new Set([...Object.keys(TYPED_WORDS), ...PROPER.keys()])].sort(
  (a, b) => b.length - a.length,
);
const PHRASE = new RegExp(`(?<![\\w'’])(?:${PHRASES.map(escape).join('|')})\\.?(?![\\w'’])`, 'gi');

/**
 * Rewrites what someone typed into the prose the parsers read: shorthand spelled out ("tmrw" →
 * "tomorrow", "next qtr" → "next quarter", "sat" → "Saturday"), weekdays, months and holidays
 * capitalized ("thanksgiving" → "Thanksgiving"). Offsets map back to the original.
 */
export function prepareTyped(input: string): TypedText {
  let text = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let at = 0;
  const copy = (to: number): void => {
    for (; at < to; at++) {
      text += input.charAt(at);
      startOf.push(at);
      endOf.push(at + 1);
    }
  };
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(input); m; m = PHRASE.exec(input)) {
    const raw = m[0];
    const dot = raw.endsWith('.') ? 1 : 0;
    const key = raw
      .slice(0, raw.length - dot)
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/\s+/g, ' ');
    const keyNoApostrophe = key.replace(/'/g, '');
    const replacement = TYPED_WORDS[key] ?? PROPER.get(key) ?? PROPER.get(keyNoApostrophe);
    // "mo" and "min" are shorthand only after a count or a shift word ("next mo", "20 min").
    if (
      replacement === undefined ||
      (/^(?:mo|mos|min|mins|hr|hrs)$/.test(key) &&
        !/(?:\d|next|last|this|a|an)\s*$/i.test(input.slice(0, m.index)))
    )
      continue;
    copy(m.index);
    const end = m.index + raw.length - dot;
    for (const ch of replacement) {
      text += ch;
      startOf.push(m.index);
      endOf.push(end);
    }
    at = end;
  }
  copy(input.length);
  startOf.push(input.length);
  return { text, startOf, endOf };
}
