import type { ParsingResult, Refiner } from 'chrono-node/en';
import { POSITION_MODS, QUANTITY_MODS, alternation } from '../lexicon.js';
import { specOf } from '../../../spec.js';
import { withModifier } from '../../../refiners/with-modifier.js';
import type { TimexMod } from '../../../types.js';

const POSITION_BEFORE = new RegExp(
  `(?<![\\w-])(${alternation(Object.keys(POSITION_MODS))})(?:\\s+|\\s*-\\s*)(?:of\\s+|on\\s+|in\\s+)?$`,
  'i',
);
const QUANTITY_BEFORE = new RegExp(`(?<![\\w-])(${alternation(Object.keys(QUANTITY_MODS))})\\s+$`, 'i');

/**
 * Takes a modifier written before an expression into it: "early" / "late" / "the end of" set
 * START / END on dates; "about" / "more than" / "nearly" set APPROX / MORE_THAN / LESS_THAN on
 * durations and dates. The modifier becomes part of the expression's text, as TimeML marks it.
 */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result: ParsingResult) => {
      const spec = specOf(result.tags());
      const before = context.text.slice(Math.max(0, result.index - 30), result.index);
      const isDuration = spec?.kind === 'literal' && spec.type === 'DURATION';
      let mod: TimexMod | undefined;
      // "over" and "about" count a number of units ("over two years"), not "the next two years".
      const counted = !/^the\b/i.test(result.text);
      let match = isDuration ? (counted ? QUANTITY_BEFORE.exec(before) : null) : POSITION_BEFORE.exec(before);
      // "over" is "more than" before a count ("over a week", "over 10 years"); before a vague
      // span it is the preposition "during" ("over several years", "over millions of years").
      if (match && isDuration && /^over$/i.test(match[1]!) && !/^(?:an?|\d)/i.test(result.text)) match = null;
      if (match) {
        const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
        mod = isDuration ? QUANTITY_MODS[word] : POSITION_MODS[word];
      } else if (!isDuration && /\d/.test(result.text) && (match = QUANTITY_BEFORE.exec(before))) {
        // "around 1998" is approximate; "get around Wednesday's ruling" is not.
        const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
        if (['about', 'around', 'approximately', 'roughly', 'nearly', 'almost'].includes(word)) {
          mod = QUANTITY_MODS[word];
          if (mod === 'LESS_THAN') mod = 'APPROX';
        }
      }
      if (!mod || !match) return result;
      return withModifier(context, result, match[0], mod);
    });
  },
};
