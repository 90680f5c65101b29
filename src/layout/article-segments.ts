/**
 * Cuts an article into the pieces the article view renders: plain stretches, the sentences events
 * were read from, and highlighted date expressions inside them. Pure and DOM-free; offsets are
 * UTF-16 code units into the article text, ranges half-open `[start, end)`.
 */

/** A sentence that produced an event. */
export interface SentenceSpan {
  start: number;
  end: number;
  eventId: string;
}

/** A date expression to highlight; `eventId` links it to the event of its sentence. */
export interface HighlightSpan {
  start: number;
  end: number;
  /** What the expression is to the extraction (`anchor`, `duration`, `undated`…). */
  role: string;
  eventId?: string;
  /** TIMEX3 value, for a tooltip. */
  value?: string;
  /** Why the expression is not on the timeline, for undated mentions. */
  note?: string;
}

/** A run of text, highlighted or not. */
export interface ArticleRun {
  start: number;
  end: number;
  highlight?: HighlightSpan;
}

/** A top-level block: a sentence of an event (with `eventId`) or the text between such sentences. */
export interface ArticleBlock {
  start: number;
  end: number;
  eventId?: string;
  runs: ArticleRun[];
}

/** Sorts spans by start (longer first on ties) and drops spans that overlap a kept one. */
function disjoint<T extends { start: number; end: number }>(
  spans: readonly T[],
  length: number,
  from: number,
): T[] {
  const sorted = spans
    .filter((s) => s.start >= from && s.end <= length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reached = 0;
  for (const span of sorted) {
    if (span.start < reached) continue;
    kept.push(span);
    reached = span.end;
  }
  return kept;
}

/**
 * Splits `[from, length)` (`from` is 0 unless only a stretch of the text is wanted) into blocks (event sentences and the text between them) and each block
 * into runs (highlighted expressions and the text between them). Overlapping sentences or
 * highlights keep the earliest (then longest); a highlight crossing a block edge is split there.
 * Every offset is covered exactly once, so joining the runs gives back the text.
 *
 * @example
 * segmentArticle(20, [{ start: 0, end: 12, eventId: 'e1' }], [{ start: 3, end: 7, role: 'anchor', eventId: 'e1' }])
 * // [{ start: 0, end: 12, eventId: 'e1', runs: [{0,3}, {3,7,highlight}, {7,12}] }, { start: 12, end: 20, runs: [{12,20}] }]
 */
export function segmentArticle(
  length: number,
  sentences: readonly SentenceSpan[],
  highlights: readonly HighlightSpan[],
  from = 0,
): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let at = from;
  for (const sentence of disjoint(sentences, length, from)) {
    if (sentence.start > at) blocks.push({ start: at, end: sentence.start, runs: [] });
    blocks.push({ start: sentence.start, end: sentence.end, eventId: sentence.eventId, runs: [] });
    at = sentence.end;
  }
  if (at < length || blocks.length === 0) blocks.push({ start: at, end: length, runs: [] });

  const marks = disjoint(highlights, length, from);
  let m = 0;
  for (const block of blocks) {
    let position = block.start;
    while (m < marks.length && marks[m]!.end <= block.start) m++;
    for (let k = m; k < marks.length && marks[k]!.start < block.end; k++) {
      const mark = marks[k]!;
      const start = Math.max(mark.start, block.start);
      const end = Math.min(mark.end, block.end);
      if (start > position) block.runs.push({ start: position, end: start });
      block.runs.push({ start, end, highlight: mark });
      position = end;
    }
    if (position < block.end || block.runs.length === 0) block.runs.push({ start: position, end: block.end });
  }
  return blocks;
}
