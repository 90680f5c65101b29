import type { ParsingResult, Refiner } from 'chrono-node/en';
import { alternation } from '../../../word-pattern.js';
import { specOf, withSpec } from '../../../spec.js';
import type { TimexMod } from '../../../types.js';
import { POSITION, positionOf, QUANTITY_MODS } from '../lexicon.js';

const POSITION_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${POSITION})\\s+$`, 'iu');
const QUANTITY_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${alternation(Object.keys(QUANTITY_MODS))})\\s+$`, 'iu');
const APPROX_WORDS = new Set(['около', 'примерно', 'приблизительно', 'порядка']);
/** "2 января 2019" is written "2 января 2019 года" or "2 января 2019 г.": the word is part of the date. */
const YEAR_WORD_AFTER = /^\s*(?:года|г\.|г(?![\p{L}]))/u;

/**
 * Takes a position ("начале", "середине", "конце") or quantity ("около", "более", "почти")
 * written before an expression into it, as TimeML marks it, and the "года" after chrono's
 * dates with a year.
 */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result: ParsingResult) => {
      let r = result;
      const spec = specOf(r.tags());
      if (!spec && /\d{4}$/u.test(r.text)) {
        const tail = YEAR_WORD_AFTER.exec(
          context.text.slice(r.index + r.text.length, r.index + r.text.length + 8),
        );
        if (tail) {
          r = r.clone();
          r.text = context.text.slice(r.index, r.index + r.text.length + tail[0].length);
        }
      }
      const before = context.text.slice(Math.max(0, r.index - 30), r.index);
      const isDuration = spec?.kind === 'literal' && spec.type === 'DURATION';
      let mod: TimexMod | undefined;
      let match: RegExpExecArray | null = null;
      if (isDuration) {
        match = QUANTITY_BEFORE.exec(before);
        if (match) mod = QUANTITY_MODS[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
      } else if ((match = POSITION_BEFORE.exec(before))) {
        mod = positionOf(match[1]!);
      } else if ((/\d/.test(r.text) || spec?.kind === 'relative') && (match = QUANTITY_BEFORE.exec(before))) {
        const word = match[1]!.toLowerCase();
        mod = APPROX_WORDS.has(word) ? 'APPROX' : undefined;
      }
      if (!mod || !match) return r;
      if (spec && 'mod' in spec && spec.mod) return r;
      const extended = r.clone();
      extended.index = r.index - match[0].length;
      extended.text = context.text.slice(extended.index, r.index + r.text.length);
      if (spec) {
        extended.tags().clear();
        return withSpec(extended, { ...spec, mod });
      }
      extended.addTag(`news-timeline-mod:${mod}`);
      return extended;
    });
  },
};
