/** A piece of the input text and where it starts. */
export interface Chunk {
  start: number;
  text: string;
}

const TARGET = 1500;
const HARD_LIMIT = 3000;

/**
 * Cuts text into pieces of about {@link TARGET} characters at paragraph or sentence ends
 * (falling back to any whitespace, then to a hard cut), so that work per piece stays bounded and
 * the whole pass is linear. chrono-node re-scans the remaining text after every match, which is
 * quadratic on one long text.
 */
export function chunkText(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= HARD_LIMIT) {
      chunks.push({ start, text: text.slice(start) });
      break;
    }
    const end = cutPoint(text, start);
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

function cutPoint(text: string, start: number): number {
  const window = text.slice(start + TARGET, start + HARD_LIMIT);
  const paragraph = window.search(/\n\s*\n/);
  if (paragraph >= 0) return start + TARGET + paragraph + 1;
  const sentence = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/.exec(window);
  if (sentence) return start + TARGET + sentence.index + sentence[0].length;
  const line = window.indexOf('\n');
  if (line >= 0) return start + TARGET + line + 1;
  // Before a lower-case word, a cut cannot fall inside "December 29" or "Dec. 29, 2019".
  const beforeWord = window.search(/\s(?=[a-z]{3,})/);
  if (beforeWord >= 0) return start + TARGET + beforeWord + 1;
  const space = window.search(/\s/);
  if (space >= 0) return start + TARGET + space + 1;
  return start + HARD_LIMIT;
}
