import type { Parser } from 'chrono-node/en';
import { rule, type ParsingContext, type RuleMatch } from '../../../spec.js';

/**
 * `rule()` for Cyrillic text: chrono re-runs a refused pattern on the rest of the text, where a
 * leading lookbehind cannot see the letter before, and `rule()`'s own check is ASCII-only.
 */
export function ruRule(
  pattern: RegExp,
  read: (m: RegExpExecArray, context: ParsingContext) => RuleMatch | null,
): Parser {
  return rule(pattern, (m, context) =>
    /[\p{L}\d]/u.test(context.text[m.index - 1] ?? '') ? null : read(m, context),
  );
}

/** The reference year as the resolver counts it (UTC). */
export const refYear = (context: ParsingContext): number => context.refDate.getUTCFullYear();

/** A pattern over the lexicon's sources: case-insensitive and Unicode-aware. */
export const re = (source: string): RegExp => new RegExp(source, 'iu');
