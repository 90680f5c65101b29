import { rule, type ParsingContext, type RuleMatch } from '../../../spec.js';
import type { Parser } from 'chrono-node/en';

/**
 * `rule` for German text: chrono re-runs a pattern on the rest of the text after a refused match,
 * where a lookbehind cannot see the letter before ("Sommer" inside "Frühsommer"), and `rule`'s
 * own check is ASCII-only. Patterns take the `u` flag.
 */
export function deRule(
  pattern: RegExp,
  read: (m: RegExpExecArray, context: ParsingContext) => RuleMatch | null,
): Parser {
  return rule(pattern, (m, context) =>
    /[\p{L}\d]/u.test(context.text[m.index - 1] ?? '') ? null : read(m, context),
  );
}

/** The text just before and just after a match. */
export const before = (context: ParsingContext, m: RegExpExecArray, n = 24): string =>
  context.text.slice(Math.max(0, m.index - n), m.index);
export const after = (context: ParsingContext, m: RegExpExecArray, n = 24): string =>
  context.text.slice(m.index + m[0].length, m.index + m[0].length + n);
