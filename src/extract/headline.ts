import { furnitureOf } from './furniture.js';
import { splitSentences } from './sentences.js';

const MAX_HEADLINE = 200;

/**
 * The article's headline: its first line that is not page furniture and reads as a heading
 * (no closing full stop, at most 200 characters).
 *
 * @param text - the article as plain text
 * @param locale - BCP 47 tag of its language (default `en`; others must be loaded, see `loadLanguage`)
 * @returns the headline, or `undefined` when the text opens with a sentence
 * @example
 * articleHeadline('Breaking News\n\nStorm Floods Towns\n\nA storm hit on Monday.') // 'Storm Floods Towns'
 */
export function articleHeadline(text: string, locale = 'en'): string | undefined {
  const head = text.slice(0, 20_000);
  const sentences = splitSentences(head, locale);
  const furniture = furnitureOf(head, sentences);
  for (let i = 0; i < sentences.length; i++) {
    if (furniture[i] !== undefined) continue;
    const { start, end } = sentences[i]!;
    const lineEnd = head.indexOf('\n', start);
    const line = head.slice(start, lineEnd < 0 ? head.length : lineEnd).trim();
    if (line.length > MAX_HEADLINE || /[.!?]["”’']?$/u.test(line) || end < start + line.length)
      return undefined;
    return line;
  }
  return undefined;
}
