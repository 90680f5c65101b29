import { rule } from '../spec.js';
import { HOLIDAYS } from '../holidays.js';
import { alternation } from '../lexicon.js';

const NAMES = alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]");

/** Holidays: "Thanksgiving", "last Christmas", "Election Day 1998", "Easter Sunday". */
export const holidayParser = rule(
  new RegExp(
    `(?<![\\w'-])(?:(last|this|next)\\s+)?(${NAMES})(?:,?\\s+(1[0-9]\\d\\d|20\\d\\d)(?!\\d))?(?![\\w-])`,
    'i',
  ),
  (m) => {
    const [, shiftWord, rawName = '', year] = m;
    const name = rawName.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (!(name in HOLIDAYS)) return null;
    // Holiday names are proper nouns: "may day" in lower case is not May Day.
    if (!/^[A-Z]/.test(rawName.replace(/^the\s+/i, ''))) return null;
    const shift = shiftWord
      ? ({ last: -1, this: 0, next: 1 } as const)[shiftWord.toLowerCase() as 'last']
      : undefined;
    return {
      spec: {
        kind: 'holiday',
        name,
        ...(year ? { year: Number(year) } : {}),
        ...(shift !== undefined ? { shift } : {}),
      },
    };
  },
);
