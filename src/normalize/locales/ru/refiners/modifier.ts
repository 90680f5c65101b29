import type { ParsingResult, Refiner } from 'chrono-node/en';
import { alternation } from '../../../word-pattern.js';
import { specOf, withSpec } from '../../../spec.js';
import { withModifier } from '../../../refiners/with-modifier.js';
import type { TimexMod } from '../../../types.js';
import { POSITION, positionOf, QUANTITY_MODS, SHIFT, shiftOf } from '../lexicon.js';

const POSITION_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${POSITION})\\s+$`, 'iu');
const QUANTITY_BEFORE = new RegExp(`(?<![\\p{L}\\d])(${alternation(Object.keys(QUANTITY_MODS))})\\s+$`, 'iu');
const APPROX_WORDS = new Set(['около', 'примерно', 'приблизительно', 'порядка']);
/** "2 января 2019" is written "2 января 2019 года" or "2 января 2019 г.": the word is part of the date. */
const YEAR_WORD_AFTER = /^\s*(?:года|г\.|г(?![\p{L}]))/u;
/** "12 июня прошлого года", "3 мая того же года": the year said in words after chrono's day. */
const YEAR_WORDS_AFTER = new RegExp(
  `^\\s+(?:(того\\s+же|того)|(${SHIFT}|позапрошлого))\\s+года(?![\\p{L}])`,
  'iu',
);

/** Gives chrono's year-less day the year written after it in words. */
function withYearWords(text: string, r: ParsingResult): ParsingResult {
  if (!r.start.isCertain('day') || !r.start.isCertain('month') || r.start.isCertain('year') || r.end)
    return r;
  const m = YEAR_WORDS_AFTER.exec(text.slice(r.index + r.text.length, r.index + r.text.length + 40));
  if (!m) return r;
  const out = r.clone();
  out.text = text.slice(r.index, r.index + r.text.length + m[0].length);
  const month = r.start.get('month')!;
  const day = r.start.get('day')!;
  if (m[1]) return withSpec(out, { kind: 'calendar', month, day, yearOfStory: true });
  const ref = r.refDate.getUTCFullYear();
  const year = /^позапрошл/iu.test(m[2]!) ? ref - 2 : ref + shiftOf(m[2]!);
  return withSpec(out, { kind: 'calendar', year, month, day });
}

/**
 * Takes a position ("начале", "середине", "конце") or quantity ("около", "более", "почти")
 * written before an expression into it, as TimeML marks it, and the "года" after chrono's
 * dates with a year.
 */
export const modifierRefiner: Refiner = {
  refine(context, results) {
    const refined = results.map((result: ParsingResult) => {
      let r = specOf(result.tags()) ? result : withYearWords(context.text, result);
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
        mod = APPROX_WORDS.has(word) ? 'APPROX' : spec?.kind === 'relative' ? QUANTITY_MODS[word] : undefined;
      }
      if (!mod || !match) return r;
      return withModifier(context, r, match[0], mod);
    });
    // A result the extension swallowed ("прошлого года" in "5 марта прошлого года") goes.
    return refined.filter(
      (r, i) =>
        !refined.some(
          (o, j) =>
            j !== i &&
            o.index <= r.index &&
            r.index + r.text.length <= o.index + o.text.length &&
            o.text.length > r.text.length,
        ),
    );
  },
};
