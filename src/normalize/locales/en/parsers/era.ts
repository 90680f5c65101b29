import { rule } from '../../../spec.js';
import { ORDINAL_WORDS, alternation } from '../lexicon.js';
import { formatYear } from '../../../calendar.js';

/** How a text marks the era: "218 BC", "44 B.C.E.", "AD 79", "79 CE". */
const BEFORE_ERA = String.raw`B\.\s?C\.(?:\s?E\.)?|BCE|BC`;
const COMMON_ERA = String.raw`A\.\s?D\.|AD|C\.\s?E\.|CE`;
const ERA_END = String.raw`(?!\w)`;

/**
 * Years with their era: "218 BC" → `BC0218`, "in 44 B.C.E." → `BC0044`, "AD 79" / "79 CE" → `0079`.
 * The era mark makes any number of up to four digits a year.
 */
export const eraYearParser = rule(
  new RegExp(
    String.raw`(?<![\w$£€#.,:'’\/-])(?:(\d{1,4})\s*(${BEFORE_ERA}|${COMMON_ERA})|(?:A\.\s?D\.|AD)\s*(\d{1,4}))(?:${ERA_END})`,
    'i',
  ),
  (m) => {
    const [, number, era = '', afterAD] = m;
    const n = Number(number ?? afterAD);
    if (!n) return null;
    // Upper case only: "5 ad" and "3 ce" in prose are rarely eras.
    if (!/^[ABC]/.test(era || 'A')) return null;
    const before = /^B/i.test(era);
    return { spec: { kind: 'literal', type: 'DATE', value: formatYear(before ? 1 - n : n) } };
  },
);

const ORDINALS = alternation(Object.keys(ORDINAL_WORDS).filter((w) => !/^(last|final)$/.test(w)));

/**
 * Millennia: "the second millennium" → `1` (1000–1999), "the first millennium BC" → `BC0`,
 * "the 3rd millennium" → `2`.
 */
export const millenniumParser = rule(
  new RegExp(
    String.raw`(?<![\w'-])(?:the\s+)?(?:(\d)(?:st|nd|rd|th)|(${ORDINALS}))\s*-?\s*millenn?i(?:um|a)(?:\s+(${BEFORE_ERA}))?(?:${ERA_END})`,
    'i',
  ),
  (m) => {
    const n = m[1] ? Number(m[1]) : ORDINAL_WORDS[(m[2] ?? '').toLowerCase()];
    if (!n || n < 1 || n > 10) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: (m[3] ? 'BC' : '') + String(n - 1) } };
  },
);
