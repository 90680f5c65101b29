/**
 * Cuts the article view into chunks that can be segmented, rendered and laid out one at a time,
 * so a long article is shown in many short tasks instead of one long one. Pure and DOM-free.
 */
import {
  segmentArticle,
  type ArticleBlock,
  type HighlightSpan,
  type SentenceSpan,
} from './article-segments.js';

/** A stretch `[start, end)` of the article with the sentences and highlights inside it. */
export interface ArticleChunk {
  start: number;
  end: number;
  sentences: SentenceSpan[];
  highlights: HighlightSpan[];
  /** Ids of the events whose sentences are in the chunk. */
  eventIds: Set<string>;
}

/** About how many characters a chunk holds (a few screens of the article column). */
export const CHUNK_CHARS = 8_000;

/** The spans inside a text of `length`, by start. */
const byStart = <T extends { start: number; end: number }>(spans: readonly T[], length: number): T[] =>
  spans.filter((x) => x.start >= 0 && x.end <= length && x.end > x.start).sort((a, b) => a.start - b.start);

/**
 * Cuts `[0, text.length)` into chunks of at least `target` characters where the text allows. A
 * chunk ends only right after a line break that no sentence or highlight spans, so that chunks
 * shown as blocks one below the other read exactly like the text, and each span lies in one
 * chunk (a text without such line breaks stays one chunk). Linear in the text and the spans.
 *
 * @example
 * chunkArticle('A.\nB.', [], [], 2) // [{ start: 0, end: 3, … }, { start: 3, end: 5, … }]
 */
export function chunkArticle(
  text: string,
  sentences: readonly SentenceSpan[],
  highlights: readonly HighlightSpan[],
  target = CHUNK_CHARS,
): ArticleChunk[] {
  const sorted = {
    sentences: byStart(sentences, text.length),
    highlights: byStart(highlights, text.length),
  };
  const chunks: ArticleChunk[] = [];
  let s = 0;
  let h = 0;
  /** The furthest end of the spans that start before the cut looked at. */
  let covered = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    for (let newline = text.indexOf('\n', start + target - 1); newline >= 0;) {
      const cut = newline + 1;
      while (s < sorted.sentences.length && sorted.sentences[s]!.start < cut)
        covered = Math.max(covered, sorted.sentences[s++]!.end);
      while (h < sorted.highlights.length && sorted.highlights[h]!.start < cut)
        covered = Math.max(covered, sorted.highlights[h++]!.end);
      if (covered <= cut) {
        end = cut;
        break;
      }
      newline = text.indexOf('\n', Math.max(cut, covered - 1));
    }
    chunks.push({ start, end, sentences: [], highlights: [], eventIds: new Set() });
    start = end;
  }
  let c = 0;
  for (const sentence of sorted.sentences) {
    while (sentence.start >= chunks[c]!.end) c++;
    chunks[c]!.sentences.push(sentence);
    chunks[c]!.eventIds.add(sentence.eventId);
  }
  c = 0;
  for (const highlight of sorted.highlights) {
    while (highlight.start >= chunks[c]!.end) c++;
    chunks[c]!.highlights.push(highlight);
  }
  return chunks;
}

/** The blocks of one chunk, as `segmentArticle` cuts the whole text there. */
export function chunkBlocks(chunk: ArticleChunk): ArticleBlock[] {
  return segmentArticle(chunk.end, chunk.sentences, chunk.highlights, chunk.start);
}
