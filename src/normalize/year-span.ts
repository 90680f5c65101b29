import { rule, type ParsingContext } from './spec.js';
import type { Parser } from 'chrono-node/en';

/**
 * One language's words around a span of two years ("the 2024-25 season", "fiscal 2024/25",
 * "la temporada 2024-2025", "Saison 2024/25", "сезон 2024/25").
 */
export interface YearSpanWords {
  /** A word the expression takes in, just before the years ("fiscal", "FY"); `…$`. */
  lead?: RegExp;
  /** A noun before the years that names a span ("season", "temporada", "Geschäftsjahr"); `…$`. */
  before?: RegExp;
  /** A noun after the years that names a span ("season", "school year", "budget"); `^…`. */
  after?: RegExp;
}

/**
 * Two consecutive years written as one: "2024/25", "2024-25", "2024–2025", "1999/2000". The slash
 * is how seasons and fiscal years are written, so it is a span by itself; a dash is a range of two
 * years ("the drought of 1957-58": two TIMEX3s, as TimeML marks ranges) unless a word of `words`
 * says it is a season, a fiscal or a school year. Anything but consecutive years is left alone.
 */
export function yearSpanParser(words: YearSpanWords = {}): Parser {
  const lead = words.lead ? `(?:(${words.lead.source})\\s*)?` : '()';
  const pattern = new RegExp(
    `(?<![\\p{L}\\d$£€#.,:/'’-])${lead}(1[0-9]\\d\\d|20\\d\\d)\\s?([-/–—])\\s?(\\d\\d(?:\\d\\d)?)(?![\\p{L}\\d%]|[-/.,:]\\d)`,
    'iu',
  );
  return rule(pattern, (m, context) => {
    const [, leadWord, firstWritten = '', separator = '', secondWritten = ''] = m;
    const first = Number(firstWritten);
    const last = secondYear(first, secondWritten);
    if (last === undefined) return null;
    if (separator !== '/' && !leadWord && !namedSpan(words, context, m)) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: firstWritten, lastYear: last } };
  });
}

/** The year `written` names after `first`, when it is the next one ("25" after 2024, "00" after 1999). */
function secondYear(first: number, written: string): number | undefined {
  const next = first + 1;
  if (written.length === 4) return Number(written) === next ? next : undefined;
  return Number(written) === next % 100 ? next : undefined;
}

function namedSpan(words: YearSpanWords, context: ParsingContext, m: RegExpExecArray): boolean {
  const before = context.text.slice(Math.max(0, m.index - 32), m.index);
  const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 32);
  return (words.before?.test(before) ?? false) || (words.after?.test(after) ?? false);
}
