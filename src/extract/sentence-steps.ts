import type { Steps } from '../normalize/steps.js';
import { splitSentences } from './sentences.js';
import type { TextSpan } from './types.js';

/** About how much text is cut into sentences between two pauses. */
const BATCH = 32_768;

/**
 * `splitSentences` cut into steps: the text goes in batches that end after a blank line, so the
 * spans are exactly those of the whole text. A line break always ends a sentence, and a piece is
 * joined to the one before only when that one holds no line break or the line was wrapped inside
 * a sentence (a lower-case word right after a single break) — never across a blank line.
 */
export function* splitSentencesSteps(text: string, language = 'en'): Steps<TextSpan[]> {
  if (text.length <= BATCH) return splitSentences(text, language);
  const sentences: TextSpan[] = [];
  let start = 0;
  while (start < text.length) {
    const blank = text.indexOf('\n\n', start + BATCH);
    const end = blank < 0 ? text.length : blank + 2;
    for (const span of splitSentences(text.slice(start, end), language))
      sentences.push({ start: start + span.start, end: start + span.end });
    start = end;
    yield start / text.length;
  }
  return sentences;
}
