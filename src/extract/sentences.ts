import { extractionLocale } from './locales/registry.js';
import type { JoinRule, SentenceRules } from './locales/types.js';
import type { TextSpan } from './types.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** The word (letters and inner periods) that ends `piece` just before its final period, lower case. */
const LAST_WORD = /(?:^|[^\p{L}.])((?:\p{L}\.)+\p{L}?|\p{L}+)\.["'”’)\]]?\s*$/u;
const FIRST_WORD = /^\s*(["“'‘(«„]?)(\p{L}+|\p{N})/u;
/** A stock ticker in brackets after a company's name. */
const TICKER = /^\s*[[(][A-Z][A-Z0-9.:]{0,11}[\])]/;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}?$/u;
/** An abbreviation that `LAST_WORD` reads whole; others ("z. b", "ee.uu") are matched as phrases. */
const ONE_WORD = /^(?:(?:\p{L}\.)+\p{L}?|\p{L}+)$/u;
/** A day or other ordinal written with a period ("am 3.", "der 1."), at the end of a piece. */
const ORDINAL_END = /(?:^|[\s(])\d{1,2}\.\s*$/u;
const INITIAL = /^\s*\p{Lu}\./u;

/** A language's rules, indexed for lookups. */
interface Compiled {
  rules: SentenceRules;
  words: Map<string, JoinRule>;
  /** Abbreviations of several words or odd shapes, with their final period, longest first. */
  phrases: { text: string; rule: JoinRule }[];
}

const RULE_ORDER: readonly JoinRule[] = [
  'always',
  'before-number',
  'before-time-word',
  'unless-new-sentence',
];
const compiledRules = new WeakMap<SentenceRules, Compiled>();

function compile(rules: SentenceRules): Compiled {
  const cached = compiledRules.get(rules);
  if (cached) return cached;
  const words = new Map<string, JoinRule>();
  const phrases: Compiled['phrases'] = [];
  const prefixes: string[] = [];
  // An abbreviation listed under two rules keeps the first (a title before a number word).
  for (const rule of RULE_ORDER) {
    for (const entry of rules.abbreviations[rule] ?? []) {
      const key = entry.toLowerCase();
      if (ONE_WORD.test(key)) {
        if (!words.has(key)) words.set(key, rule);
        continue;
      }
      phrases.push({ text: `${key}.`, rule });
      // The segmenter may cut inside the phrase ("z. | B."): each of its words goes on.
      const parts = key.split(' ');
      for (let i = 1; i < parts.length; i++) prefixes.push(parts.slice(0, i).join(' ').replace(/\.$/, ''));
    }
  }
  for (const prefix of prefixes) {
    if (ONE_WORD.test(prefix)) {
      if (!words.has(prefix)) words.set(prefix, 'always');
    } else phrases.push({ text: `${prefix}.`, rule: 'always' });
  }
  phrases.sort((a, b) => b.text.length - a.text.length);
  const built = { rules, words, phrases };
  compiledRules.set(rules, built);
  return built;
}

/** The rule of the abbreviation that ends `previous`, or `undefined` when it ends a sentence. */
function joinRuleOf(previous: string, compiled: Compiled): JoinRule | undefined {
  if (previous.includes('\n')) return undefined;
  const tail = previous.replace(/\s+/g, ' ').trimEnd().toLowerCase();
  for (const { text, rule } of compiled.phrases) {
    if (tail.endsWith(text) && /^$|[\s("“«„'‘]$/u.test(tail.slice(0, tail.length - text.length).slice(-1)))
      return rule;
  }
  const word = LAST_WORD.exec(previous)?.[1];
  if (word !== undefined) {
    const known = compiled.words.get(word.toLowerCase());
    if (known) return known;
    // "U.S.", "a.m.", and initials such as the "F." of "John F. Kennedy".
    if (DOTTED_ACRONYM.test(`${word}.`) || /^\p{Lu}$/u.test(word)) return 'unless-new-sentence';
    return undefined;
  }
  if (compiled.rules.ordinals && ORDINAL_END.test(previous)) return compiled.rules.ordinals.rule;
  return undefined;
}

/** Whether the piece after a period continues the sentence (per the rule of the abbreviation before it). */
function continues(rule: JoinRule, next: string, rules: SentenceRules, afterOrdinal: boolean): boolean {
  if (rule === 'always') return true;
  // "The Boeing Co. [BA] announced…", "Apple Inc. (AAPL.O) on Tuesday…": a ticker in brackets.
  if (rule !== 'before-number' && TICKER.test(next)) return true;
  const first = FIRST_WORD.exec(next);
  if (!first) return false;
  const [, quote, word = ''] = first;
  const isNumber = /^\p{N}/u.test(word);
  // "am 3. März": a month after a day number is the same date.
  if (afterOrdinal && rules.ordinals?.followers.has(word.toLowerCase())) return true;
  // "No." and "Jan." are also ordinary words or sentence ends unless a number follows.
  if (rule === 'before-number') return isNumber;
  if (rule === 'before-time-word')
    return !quote && ((rules.timeFollower?.test(word) ?? false) || /^\p{Ll}/u.test(word));
  // An opening quotation mark or a common sentence opener starts a new sentence; a lower-case word
  // never does ("Acme Inc. on Tuesday said…").
  if (quote) return false;
  if (/^\p{Ll}/u.test(word)) return true;
  if (rules.initialChains && INITIAL.test(next)) return true;
  return isNumber || !rules.starters.has(word.toLowerCase());
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
function* segments(text: string, language: string): Generator<TextSpan> {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
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
 * ("U.S. Air Strikes", "Mr. Smith", "No. 10", "John F. Kennedy"; "z. B.", "am 3. März", "В. В. Путин"
 * in their languages). A line break always ends a sentence.
 *
 * @param text - the text to split
 * @param locale - BCP 47 tag whose language's segmenter and abbreviations apply (default `en`); a
 *   language other than English must be loaded first (`loadLanguage`)
 * @returns sentence spans in text order, without surrounding whitespace; empty pieces are skipped
 * @throws TypeError when the language of `locale` is not loaded
 * @example
 * splitSentences('Mr. Smith left. He returned.') // [{ start: 0, end: 15 }, { start: 16, end: 28 }]
 */
export function splitSentences(text: string, locale = 'en'): TextSpan[] {
  const { language, sentences: rules } = extractionLocale(locale);
  const compiled = compile(rules);
  const pieces: TextSpan[] = [];
  let open: TextSpan | undefined;
  for (const { start, end } of segments(text, language)) {
    if (open) {
      const previous = text.slice(Math.max(open.start, open.end - TAIL), open.end);
      const rule = joinRuleOf(previous, compiled);
      const next = text.slice(start, Math.min(end, start + TAIL));
      const afterOrdinal = rules.ordinals !== undefined && ORDINAL_END.test(previous);
      const rejoin =
        (rule !== undefined && continues(rule, next, rules, afterOrdinal)) || wrapped(previous, next);
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
