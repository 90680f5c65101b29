import { rule } from '../../../spec.js';
import { HOLIDAYS } from '../../../holidays.js';
import { SHIFT_WORDS, alternation } from '../lexicon.js';

const NAMES = alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]");

/** Holidays: "Thanksgiving", "last Christmas", "Election Day 1998", "Easter Sunday", "Thanksgiving week". */
export const holidayParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(last|this|next)\\s+)?(${NAMES})(?:,?\\s+(1[0-9]\\d\\d|20\\d\\d)(?!\\d))?(\\s+week(?:end)?)?(?![\\w-])`,
    'i',
  ),
  (m, context) => {
    const [, shiftWord, rawName = '', year, period = ''] = m;
    const weekend = /weekend/i.test(period);
    const name = rawName.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (!(name in HOLIDAYS)) return null;
    // "the Christmas market", "a Thanksgiving recipe": the name classifies a thing, no date is meant
    // ("the Christmas holidays", "the Easter recess" and "the Easter weekend" are still the holiday's time).
    const before = context.text.slice(Math.max(0, m.index - 8), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (
      !shiftWord &&
      !year &&
      !period &&
      /\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before) &&
      /^\s+(?!(?:day|eve|weekend|holidays?|period|season|break|recess|week|vacation|morning|night|evening)\b)[a-z]/.test(
        after,
      )
    )
      return null;
    // "the Thanksgiving recess on Nov. 22": a break dated outright is that date; the holiday only
    // names it.
    if (
      !year &&
      /^\s+(?:break|recess|vacation|holidays?)\s+(?:on|from|starting|beginning|until|through)\s+(?:\d|[A-Z][a-z]{2})/.test(
        context.text.slice(m.index + m[0].length, m.index + m[0].length + 48),
      )
    )
      return null;
    // Holiday names are proper nouns: "may day" in lower case is not May Day.
    if (!/^[A-Z]/.test(rawName.replace(/^the\s+/i, ''))) return null;
    const shift = shiftWord ? SHIFT_WORDS[shiftWord.toLowerCase()] : undefined;
    return {
      spec: {
        kind: 'holiday',
        name,
        ...(year ? { year: Number(year) } : {}),
        ...(shift !== undefined ? { shift } : {}),
        ...(weekend ? { weekend: true } : period ? { week: true } : {}),
      },
    };
  },
);
