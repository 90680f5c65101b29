import type { Candidate } from './anchor.js';
import { REPORTING_VERBS } from './lexicon.js';
import type { TextSpan } from './types.js';

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/**
 * Direct quotations in text: the spans between double quotation marks (straight `"` pairs, `“…”`,
 * `«…»`). A quotation left open at the end of a line ends there: news style re-opens a quotation
 * that continues in the next paragraph. Single quotes are not tracked (they double as apostrophes).
 *
 * @returns spans of the quoted words, without the marks, in text order
 * @example
 * quotationSpans('He said "not today" and left.') // [{ start: 9, end: 18 }]
 */
export function quotationSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (openAt >= 0) spans.push({ start: openAt, end: i });
      openAt = -1;
    } else if (c === '"') {
      if (openAt >= 0) {
        spans.push({ start: openAt, end: i });
        openAt = -1;
      } else {
        openAt = i + 1;
      }
    } else if (OPENING.has(c)) {
      if (openAt < 0) openAt = i + 1;
    } else if (CLOSING.has(c) && openAt >= 0) {
      spans.push({ start: openAt, end: i });
      openAt = -1;
    }
  }
  if (openAt >= 0) spans.push({ start: openAt, end: text.length });
  return spans;
}

/** Whether `[start, end)` lies inside one of the sorted, disjoint `spans` (binary search). */
export function insideAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (span.end <= start) lo = mid + 1;
    else if (span.start > start) hi = mid - 1;
    else return end <= span.end;
  }
  return false;
}

/**
 * Whether the sentence's anchor is the day its quotation was spoken and that day is the reference
 * date ('"…," Schumer said from the Senate floor Thursday' published that Thursday): deictic
 * dates inside the quotation then count from the reference date like any other.
 */
export function spokenOnReferenceDay(
  sentence: string,
  sentenceStart: number,
  anchor: Candidate,
  referenceDay: string | undefined,
): boolean {
  if (referenceDay === undefined || anchor.quoted || anchor.timex.value.slice(0, 10) !== referenceDay)
    return false;
  const lead = sentence.slice(
    Math.max(0, anchor.timex.start - sentenceStart - 60),
    anchor.timex.start - sentenceStart,
  );
  // A reporting verb shortly before the anchor: "said from the Senate floor Thursday", "told reporters on Monday".
  const words = lead.match(/\p{Ll}+/gu) ?? [];
  return words.slice(-7).some((w) => REPORTING_VERBS.has(w) || w === 'says');
}
