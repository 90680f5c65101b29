import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf } from '../../spec.js';
import { withModifier } from '../../refiners/with-modifier.js';
import type { TimexMod } from '../../types.js';
import { POSITION_MODS, QUANTITY_MODS, fold, words } from './lexicon.js';

const POSITION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:a\s+)?(${words(Object.keys(POSITION_MODS))})\s+(?:de(?:l)?|de\s+l[oa]s)\s+$`,
  'iu',
);
const QUANTITY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(${words(Object.keys(QUANTITY_MODS))})\s+$`,
  'iu',
);
const APPROX_DATE = new Set(['alrededor de', 'cerca de', 'aproximadamente', 'hacia']);

/**
 * Takes a modifier written before an expression into it: "principios de", "mediados de",
 * "finales de" set START / MID / END on dates; "más de", "casi", "unos" set MORE_THAN /
 * LESS_THAN / APPROX on durations. A preposition before the modifier stays out ("a finales de").
 */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result: ParsingResult) => {
      const spec = specOf(result.tags());
      const before = context.text.slice(Math.max(0, result.index - 30), result.index);
      const isDuration = spec?.kind === 'literal' && spec.type === 'DURATION';
      let mod: TimexMod | undefined;
      let match = isDuration ? QUANTITY_BEFORE.exec(before) : POSITION_BEFORE.exec(before);
      if (match) mod = (isDuration ? QUANTITY_MODS : POSITION_MODS)[fold(match[1]!)];
      // "alrededor de las 5:40": a clock time is approximate like a date.
      else if (!isDuration && /\d/.test(result.text) && (match = QUANTITY_BEFORE.exec(before))) {
        mod = APPROX_DATE.has(fold(match[1]!)) ? 'APPROX' : undefined;
      }
      if (!mod || !match) return result;
      return withModifier(context, result, match[0], mod);
    });
  },
};
