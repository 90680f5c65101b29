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
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  };
  timexes.forEach((x, i) => {
    const inner = x.text.indexOf('\n');
    if (inner < 0 || rereads >= MAX_REREADS) {
      out.push(x);
      return;
    }
    rereads++;
    const lineBreak = x.start + inner;
    const next = timexes[i + 1]?.start ?? text.length;
    const windowStart = Math.max(0, x.start - CONTEXT);
    const newline = text.slice(windowStart, x.start).indexOf('\n');
    const from = newline < 0 ? windowStart : windowStart + newline + 1;
    const shift = (t: Timex): Timex => ({ ...t, start: t.start + from, end: t.end + from });
    const before = findTimexes(text.slice(from, lineBreak), normalizerOptions)
      .map(shift)
      .filter((t) => t.start >= x.start && t.end <= lineBreak);
    const rest = text.slice(x.end, x.end + CONTEXT);
    const lineEnd = rest.includes('\n') ? x.end + rest.indexOf('\n') : x.end + rest.length;
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
