import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../../../spec.js';
import { withModifier } from '../../../refiners/with-modifier.js';
import type { TimexMod } from '../../../types.js';
import { QUANTITY_MODS, alternation, keyOf } from '../lexicon.js';

/** "début", "fin", "mi-", "la fin de", "au début de" right before a date: the preposition stays out. */
const POSITION_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])((?:la\\s+|le\\s+)?(?:début|fin|milieu|mi)(?:\\s*-\\s*|\\s+)(?:de\\s+l['’]|d['’]|de\\s+|du\\s+)?)$`,
  'iu',
);
const QUANTITY_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(${alternation(Object.keys(QUANTITY_MODS))})(?:\\s+|(?<=['’]))$`,
  'iu',
);

const positionOf = (words: string): TimexMod => {
  const w = keyOf(words);
  return /début/.test(w) ? 'START' : /fin/.test(w) ? 'END' : 'MID';
};

/**
 * Takes a modifier written before an expression into it: "début" / "mi-" / "fin de" set START /
 * MID / END on dates; "environ" / "plus de" / "près de" set APPROX / MORE_THAN / LESS_THAN on
 * durations (and "vers", "environ" APPROX on dates).
 */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result: ParsingResult) => {
      const spec = specOf(result.tags());
      const before = context.text.slice(Math.max(0, result.index - 30), result.index);
      const isDuration = spec?.kind === 'literal' && spec.type === 'DURATION';
      const isSet = spec?.kind === 'literal' && spec.type === 'SET';
      if (isSet) return result;
      let mod: TimexMod | undefined;
      let match: RegExpExecArray | null = null;
      if (isDuration) {
        match = QUANTITY_BEFORE.exec(before);
        if (match) mod = QUANTITY_MODS[keyOf(match[1]!)];
      } else if ((match = POSITION_BEFORE.exec(before))) {
        // "fin" the noun ("mettre fin à"), "la fin du conflit": only before a date.
        mod = positionOf(match[1]!);
      } else if (/\d/.test(result.text) && (match = QUANTITY_BEFORE.exec(before))) {
        const word = keyOf(match[1]!);
        if (['environ', 'aux alentours de', 'autour de', 'vers'].includes(word)) mod = 'APPROX';
      }
      if (!mod || !match) return result;
      return withModifier(context, result, match[0], mod);
    });
  },
};
