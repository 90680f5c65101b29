import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TIME_ABBREVIATIONS,
  TIME_FOLLOWER,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';
import type { TextSpan } from './types.js';

let segmenter: Intl.Segmenter | undefined;

/** The word (letters and inner periods) that ends `piece` just before its final period, lower case. */
const LAST_WORD = /(?:^|[^\p{L}.])((?:\p{L}\.)+\p{L}?|\p{L}+)\.["'”’)\]]?\s*$/u;
const FIRST_WORD = /^\s*(["“'‘(]?)(\p{L}+|\p{N})/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}?$/u;

type JoinRule = 'always' | 'before-number' | 'before-time-word' | 'unless-new-sentence' | 'never';

function joinRule(word: string): JoinRule {
  const key = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(key)) return 'always';
  if (NUMBER_ABBREVIATIONS.has(key)) return 'before-number';
  if (TIME_ABBREVIATIONS.has(key)) return 'before-time-word';
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) return 'unless-new-sentence';
  // "U.S.", "a.m.", and initials such as the "F." of "John F. Kennedy".
  if (DOTTED_ACRONYM.test(`${word}.`) || /^\p{Lu}$/u.test(word)) return 'unless-new-sentence';
  return 'never';
}

/** Whether the piece after a period continues the sentence (per the rule of the abbreviation before it). */
function continues(rule: JoinRule, next: string): boolean {
  if (rule === 'never') return false;
  if (rule === 'always') return true;
  const first = FIRST_WORD.exec(next);
  if (!first) return false;
  const [, quote, word = ''] = first;
  const isNumber = /^\p{N}/u.test(word);
  // "No." and "Jan." are also ordinary words or sentence ends unless a number follows.
  if (rule === 'before-number') return isNumber;
  if (rule === 'before-time-word') return !quote && (TIME_FOLLOWER.test(word) || /^\p{Ll}/u.test(word));
  // An opening quotation mark or a common sentence opener starts a new sentence; a lower-case word
  // never does ("Acme Inc. on Tuesday said…").
  if (quote) return false;
  if (/^\p{Ll}/u.test(word)) return true;
  return isNumber || !SENTENCE_STARTERS.has(word.toLowerCase());
}

/**
 * A line broken inside a sentence (text wrapped by hand): the line ends without a stop, right after
 * one line break, and the next line goes on in lower case ("…to Texas candidates\nin 2002.").
 */
function wrapped(previous: string, next: string): boolean {
  return /[\p{L}\p{N},]\n$/u.test(previous) && /^\p{Ll}/u.test(next);
}

/**
 * Longest piece given to the segmenter at once. V8's segmenter slows down with the length of the
 * whole string it iterates, so text goes in line by line (a line break always ends a sentence) and
 * very long lines in windows that restart at the last sentence start.
 */
const WINDOW = 4096;
/** Enough of a piece's end to read its last word. */
const TAIL = 64;

/** Raw segmenter pieces of the whole text, as offsets, in order. */
function* segments(text: string): Generator<TextSpan> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    let from = lineStart;
    while (from < lineEnd) {
      let to = Math.min(lineEnd, from + WINDOW);
      const pieces = [...segmenter.segment(text.slice(from, to))];
      const last = pieces[pieces.length - 1]!;
      if (to < lineEnd && pieces.length > 1) {
        // The window may have cut the last sentence: segment it again with what follows.
        pieces.pop();
        to = from + last.index;
      } else if (to < lineEnd) {
        // One sentence longer than the window (hostile input): cut it at its last space.
        const space = text.lastIndexOf(' ', to - 1);
        if (space > from) to = space + 1;
        pieces.splice(0, pieces.length, { segment: text.slice(from, to), index: 0, input: '' });
      }
      for (const p of pieces) yield { start: from + p.index, end: from + p.index + p.segment.length };
      from = to;
    }
    lineStart = lineEnd;
  }
}

/**
 * Splits text into sentences with `Intl.Segmenter`, then rejoins pieces split after abbreviations
 * ("U.S. Air Strikes", "Mr. Smith", "No. 10", "John F. Kennedy"). A line break always ends a sentence.
 *
 * @returns sentence spans in text order, without surrounding whitespace; empty pieces are skipped
 * @example
 * splitSentences('Mr. Smith left. He returned.') // [{ start: 0, end: 15 }, { start: 16, end: 28 }]
 */
export function splitSentences(text: string): TextSpan[] {
  const pieces: TextSpan[] = [];
  let open: TextSpan | undefined;
  for (const { start, end } of segments(text)) {
    if (open) {
      const previous = text.slice(Math.max(open.start, open.end - TAIL), open.end);
      const word = previous.includes('\n') ? undefined : LAST_WORD.exec(previous)?.[1];
      const next = text.slice(start, Math.min(end, start + TAIL));
      const rejoin = (word !== undefined && continues(joinRule(word), next)) || wrapped(previous, next);
      // Rejoined pieces stay within a window, so hostile input cannot make one endless sentence.
      if (rejoin && end - open.start <= WINDOW) {
        open.end = end;
        continue;
      }
      pieces.push(open);
    }
    open = { start, end };
  }
  if (open) pieces.push(open);
  const sentences: TextSpan[] = [];
  for (const piece of pieces) {
    const trimmed = trimSpan(text, piece);
    if (trimmed.end > trimmed.start) sentences.push(trimmed);
  }
  return sentences;
}

/** The span without leading and trailing white space. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
