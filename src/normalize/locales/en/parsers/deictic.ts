import { isWholeText, rule } from '../../../spec.js';
import { PART_OF_DAY_WORDS, alternation } from '../lexicon.js';
import type { PartOfDay } from '../../../spec.js';

/** Words that stand for the present, the past or the future as a whole (TIMEX3 *_REF values). */
const REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at this time': 'PRESENT_REF',
  'at this point': 'PRESENT_REF',
  'for the time being': 'PRESENT_REF',
  'as of now': 'PRESENT_REF',
  recently: 'PAST_REF',
  'until recently': 'PAST_REF',
  'the past': 'PAST_REF',
  formerly: 'PAST_REF',
  'in the past': 'PAST_REF',
  'once upon a time': 'PAST_REF',
  lately: 'PAST_REF',
  'the future': 'FUTURE_REF',
  'in the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  someday: 'FUTURE_REF',
  former: 'PAST_REF',
  soon: 'FUTURE_REF',
  future: 'FUTURE_REF',
  current: 'PRESENT_REF',
  'then current': 'PAST_REF',
  'then-current': 'PAST_REF',
};

const ALONE_ONLY = new Set(['former', 'soon', 'future']);

/** Words that name a day relative to the reference date. */
const DAYS: Record<string, number> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
  'this day': 0,
};

/**
 * `now`, `currently`, `recently`, `the future`; `today`, `yesterday`, `tomorrow`, `tonight`,
 * with an optional part of day ("yesterday morning", "tomorrow night", "last night", "this evening").
 */
export const referenceWordParser = rule(
  new RegExp(`(?<![\\w'-])(${alternation(Object.keys(REFERENCES))})(?![\\w-])`, 'i'),
  (m, context) => {
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    // In prose "former" names a role ("the former president") and "soon", "future" are too loose
    // to mark; on their own they stand for the past and the future.
    if (ALONE_ONLY.has(word) && !isWholeText(context, m.index, m[0].length)) return null;
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "current" dates only the noun it qualifies ("current market conditions"); the noun is not
    // time ("against the current"), nor is a current account.
    if (word === 'current' && !/^\s+(?!accounts?\b)[a-z]/i.test(after)) return null;
    if (word === 'soon' && /^\s*after\b/i.test(after)) return null;
    if ((word === 'now' || word === 'currently') && /^-/.test(after)) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: REFERENCES[word]! } };
  },
);

const POD = alternation(Object.keys(PART_OF_DAY_WORDS));

/** Whether "Today" at `[at, end)` ends an outlet's name: after "USA", or closing a short line of capitalized words. */
function isNameOfOutlet(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lead = text.slice(Math.max(lineStart, at - 40), at);
  if (/\bUSA\s+$/.test(lead)) return true;
  const rest = /^[^\n]*/.exec(text.slice(end, end + 40))?.[0] ?? '';
  return (
    at - lineStart <= 40 &&
    /^(?:[A-Z][\w.&'’-]*\s+){1,2}$/.test(text.slice(lineStart, at)) &&
    /^\s*$/.test(rest)
  );
}

export const relativeDayParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(${alternation(Object.keys(DAYS))})(?:\\s+(?:(${POD})|(?:in\\s+the|at)\\s+(${POD})))?|(tonight|overnight)|(this|last|tomorrow|yesterday)\\s+(${POD}))(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    // "The Tonight Show", "the Today programme": a capitalized name after "the" is no day.
    const next = context.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const before = context.text.slice(Math.max(0, m.index - 5), m.index);
    if (/^[A-Z]/.test(m[0]) && /\bthe\s+$/i.test(before) && /^\s+[A-Z][a-z]/.test(next)) return null;
    // "USA Today", a credit line "Florida Today": a capitalized "Today" ending a name.
    if (/^Today$/.test(m[0]) && isNameOfOutlet(context.text, m.index, m.index + m[0].length)) return null;
    if (m[4]) {
      return { spec: { kind: 'relative', unit: 'day', offset: 0, pod: 'NI' } };
    }
    if (m[5]) {
      const lead = m[5].toLowerCase();
      const pod = PART_OF_DAY_WORDS[m[6]!.toLowerCase().replace(/\s+/g, ' ')] as PartOfDay;
      // "last night" is the night before the reference day; "this morning" is the reference day's.
      if (lead === 'last' && pod !== 'NI' && pod !== 'EV') return null;
      const offset = lead === 'tomorrow' ? 1 : lead === 'yesterday' || lead === 'last' ? -1 : 0;
      return { spec: { kind: 'relative', unit: 'day', offset, pod } };
    }
    const offset = DAYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
    const podWord = (m[2] ?? m[3])?.toLowerCase().replace(/\s+/g, ' ');
    const pod = podWord ? (PART_OF_DAY_WORDS[podWord] as PartOfDay) : undefined;
    return {
      spec: pod ? { kind: 'relative', unit: 'day', offset, pod } : { kind: 'relative', unit: 'day', offset },
    };
  },
);
