import { findTimexes } from '../normalize/index.js';
import type { Timex } from '../normalize/types.js';
import type { ExtractOptions } from './types.js';

/** How much text before an expression is read again for its context (about a normalizer chunk). */
const CONTEXT = 1500;
/** Expressions read again per text: hostile input cannot make the work grow with it. */
const MAX_REREADS = 50;

/**
 * Splits expressions that run over a line break ("…at 11:40 p.m.\nJune 3, 2021: Marches begin"):
 * a line break ends a sentence, so a clock time at the end of one line never takes the date that
 * opens the next. Each piece is read again by the normalizer with the text before it as context.
 *
 * @returns the expressions in text order, none crossing a line break (up to {@link MAX_REREADS})
 */
export function splitAtLineBreaks(text: string, timexes: readonly Timex[], options: ExtractOptions): Timex[] {
  const out: Timex[] = [];
  let rereads = 0;
  const normalizerOptions = {
    referenceDate: options.referenceDate,
    ...(options.prefer !== undefined ? { prefer: options.prefer } : {}),
  };
  timexes.forEach((x, i) => {
    const lineBreak = text.indexOf('\n', x.start);
    if (lineBreak < 0 || lineBreak >= x.end || rereads >= MAX_REREADS) {
      out.push(x);
      return;
    }
    rereads++;
    const next = timexes[i + 1]?.start ?? text.length;
    const newline = text.lastIndexOf('\n', Math.max(0, x.start - CONTEXT));
    const from = newline < 0 ? 0 : newline + 1;
    const shift = (t: Timex): Timex => ({ ...t, start: t.start + from, end: t.end + from });
    const before = findTimexes(text.slice(from, lineBreak), normalizerOptions)
      .map(shift)
      .filter((t) => t.start >= x.start && t.end <= lineBreak);
    let lineEnd = text.indexOf('\n', x.end);
    if (lineEnd < 0) lineEnd = text.length;
    // The first piece blanked out (same length, offsets kept), the context before it kept.
    const masked =
      text.slice(from, x.start) + ' '.repeat(lineBreak - x.start) + text.slice(lineBreak, lineEnd);
    const after = findTimexes(masked, normalizerOptions)
      .map(shift)
      .filter((t) => t.start >= lineBreak && t.start < x.end && t.end <= next);
    out.push(...before, ...after);
  });
  return out;
}
