import { rule, type ParsingContext, type RuleMatch } from '../../../spec.js';
import type { Parser } from 'chrono-node/en';

/**
 * `rule` for Spanish words: chrono re-runs a pattern on the rest of the text after a refused match,
 * where a lookbehind cannot see an accented letter before it ("también" must not yield "bién").
 */
export function esRule(
  pattern: RegExp,
  read: (m: RegExpExecArray, context: ParsingContext) => RuleMatch | null,
): Parser {
  return rule(pattern, (m, context) =>
    /[\p{L}\d]/u.test(context.text[m.index - 1] ?? '') ? null : read(m, context),
  );
}

/** The text just before a match. */
export const textBefore = (context: ParsingContext, m: RegExpExecArray, n: number): string =>
  context.text.slice(Math.max(0, m.index - n), m.index);

/** The text just after a match. */
export const textAfter = (context: ParsingContext, m: RegExpExecArray, n: number): string =>
  context.text.slice(m.index + m[0].length, m.index + m[0].length + n);
