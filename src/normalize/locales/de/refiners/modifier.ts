import type { ParsingResult, Refiner } from 'chrono-node/en';
import { POSITIONS, QUANTITIES, alternation } from '../lexicon.js';
import { specOf } from '../../../spec.js';
import { withModifier } from '../../../refiners/with-modifier.js';
import type { TimexMod } from '../../../types.js';

const POSITION_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(${alternation(Object.keys(POSITIONS))})\\s+(?:(?:des|der)\\s+(?=\\p{L}))?$`,
  'iu',
);
const QUANTITY_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${alternation(Object.keys(QUANTITIES))})\\s+$`, 'iu');
const APPROX_WORDS = new Set(['rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'zirka', 'gegen']);

/**
 * Takes a modifier written before an expression into it: "Anfang" / "Mitte" / "Ende" set START /
 * MID / END on dates ("Ende März", "Mitte der 1990er Jahre", "Anfang 2020"); "rund" / "mehr als" /
 * "fast" set APPROX / MORE_THAN / LESS_THAN on lengths, and "rund 2019" is approximate.
 */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result: ParsingResult) => {
      const spec = specOf(result.tags());
      if (spec && 'mod' in spec && spec.mod) return result;
      const before = context.text.slice(Math.max(0, result.index - 30), result.index);
      const isDuration = spec?.kind === 'literal' && spec.type === 'DURATION';
      const isSet = spec?.kind === 'literal' && spec.type === 'SET';
      if (isSet) return result;
      let mod: TimexMod | undefined;
      let match: RegExpExecArray | null = null;
      if (isDuration) {
        match = QUANTITY_BEFORE.exec(before);
        if (match) mod = QUANTITIES[match[1]!.toLowerCase()];
      } else {
        match = POSITION_BEFORE.exec(before);
        if (match) mod = POSITIONS[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
        else if ((match = QUANTITY_BEFORE.exec(before)) && APPROX_WORDS.has(match[1]!.toLowerCase()))
          mod = 'APPROX';
        else match = null;
      }
      if (!mod || !match) return result;
      return withModifier(context, result, match[0], mod);
    });
  },
};
