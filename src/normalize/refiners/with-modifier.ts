import type { ParsingResult } from 'chrono-node/en';
import { specOf, withSpec } from '../spec.js';
import type { TimexMod } from '../types.js';

/**
 * A result with the modifier written just before it taken in ("early" + "March", "más de" +
 * "tres años"): the words join the expression's text, as TimeML marks them, and `mod` goes on its
 * spec (or on a tag, for chrono's own results). A spec that already has a modifier keeps it.
 * Each language's refiner finds the words; this is what they all do with them.
 *
 * @param modifier - the words before the result (a match that ends where the result starts)
 */
export function withModifier(
  context: { text: string },
  result: ParsingResult,
  modifier: string,
  mod: TimexMod,
): ParsingResult {
  const spec = specOf(result.tags());
  if (spec && 'mod' in spec && spec.mod) return result;
  const extended = result.clone();
  extended.index = result.index - modifier.length;
  extended.text = context.text.slice(extended.index, result.index + result.text.length);
  if (spec) {
    extended.tags().clear();
    return withSpec(extended, { ...spec, mod });
  }
  extended.addTag(`news-timeline-mod:${mod}`);
  return extended;
}
