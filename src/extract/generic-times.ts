import { wordsOf } from './clauses.js';
import { STOPWORDS } from './lexicon.js';
import { EVENT_NOUNS } from './event-nouns.js';

/** A part of day with no day of its own ("overnight", "in the evening", "tonight"). */
const BARE_PART_OF_DAY =
  /^(?:overnight|tonight|(?:in\s+the\s+|this\s+)?(?:morning|afternoon|evening|night))$/i;
/** "to work the blaze", "to return home": an infinitive's verb in the words before the date. */
const INFINITIVE_BEFORE =
  /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)\p{Ll}+\b(?:\s+[\p{L}'’-]+){0,5}\s+$/u;

/**
 * "Crews were expected to continue to work the blaze overnight", "residents were given permission to
 * return home overnight": a part of day with no day of its own that closes an infinitive clause
 * tells when something is meant or allowed to go on, no event of that night.
 */
export function isPartOfDayOfInfinitive(sentence: string, at: number, end: number): boolean {
  if (!BARE_PART_OF_DAY.test(sentence.slice(at, end).trim())) return false;
  const clauseStart = Math.max(
    0,
    ...[...sentence.slice(0, at).matchAll(/[,;:()—–]/g)].map((m) => m.index + 1),
  );
  return INFINITIVE_BEFORE.test(sentence.slice(clauseStart, at));
}

/** A season with no year ("spring", "early-spring", "late summer"). */
const BARE_SEASON = /^(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?(?:spring|summer|fall|autumn|winter)$/i;

/**
 * "as an early-spring sleet fell", "the summer heat", "winter coats": a season with no year right
 * before a noun says what kind of thing it is, not when anything happened ("the fall election",
 * an event noun, stays dated).
 */
export function isSeasonKind(sentence: string, at: number, end: number): boolean {
  if (!BARE_SEASON.test(sentence.slice(at, end))) return false;
  const next = /^[\s-]+(\p{Ll}[\p{Ll}'’-]*)/u.exec(sentence.slice(end))?.[1];
  return next !== undefined && !STOPWORDS.has(next) && !EVENT_NOUNS.has(next);
}

/** Prepositions that attach a date to the noun before it ("a journalist in the 1960s"). */
const ATTACHING = /^(?:in|of|from|during)$/;

/** A verb's first word, or a quotation, right after the subject. */
const AFTER_SUBJECT =
  /^\s*(?:["“]|(?:could|couldn['’]t|would|wouldn['’]t|was|wasn['’]t|were|is|are|had|has|did|didn['’]t|can|can['’]t|will|won['’]t|might|may|must|should)\b)/i;

/**
 * "A journalist in the 1960s couldn't let this story go by": a date inside the noun phrase that
 * opens the sentence, after a noun of a person or thing (not an event noun: "The fire in 2019
 * destroyed…" is dated), describes that noun; the sentence's verb is not of that time.
 */
export function describesTheSubject(sentence: string, at: number, end: number): boolean {
  // What follows the date is the sentence's verb (a modal or an auxiliary) or a quotation of it,
  // not more of a noun phrase ("The driver in Tuesday's crash was charged" dates the crash).
  if (!AFTER_SUBJECT.test(sentence.slice(end, end + 16))) return false;
  const words = wordsOf(sentence.slice(0, at));
  if (words.length < 3 || words.length > 5) return false;
  if (!/^(?:a|an|the|one)$/.test(words[0]!.word)) return false;
  const preposition = words[words.length - 1]!.word;
  const head = words[words.length - 2]!.word;
  const more = words.slice(1, -2);
  const beforeDate = sentence.slice(words[words.length - 1]!.end, at);
  if (!/^\s+(?:the\s+)?$/i.test(beforeDate) || !ATTACHING.test(preposition)) return false;
  if (EVENT_NOUNS.has(head) || STOPWORDS.has(head) || /ed$/.test(head)) return false;
  // Only words of a noun phrase before it: no verb, no punctuation.
  if (!/^[\p{L}\s'’-]*$/u.test(sentence.slice(0, words[words.length - 1]!.start))) return false;
  return more.every((w) => !STOPWORDS.has(w.word) && !/ed$/.test(w.word));
}

/** "Since Jan. 1," opening the sentence (or a clause). */
const SINCE_OPENING = /(?:^|[,;—–]\s*)["“]?since\s+$/i;
/** "have confirmed 84 cases", "has recorded more than 1,200 deaths": a present perfect tally with a number. */
const PERFECT_TALLY = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}{2,}(?:ed|en|wn)\b[^.;]*?\d/u;

/**
 * "Since Jan. 1, health officials have confirmed 84 measles cases": a date after an opening "since"
 * in a sentence that tallies in the present perfect is where the count starts, no event of that
 * day ("had been ill since 2012 and died Friday" is another shape and keeps its event).
 */
export function isTallySince(sentence: string, at: number, end: number): boolean {
  return SINCE_OPENING.test(sentence.slice(0, at)) && PERFECT_TALLY.test(sentence.slice(end));
}

/**
 * A figure a date fixes ("the last closing price on Wednesday", "its value as of March 1", "the
 * rate on Friday"): what is compared with, not an event.
 */
const FIGURE_BEFORE =
  /\b(?:closing\s+)?(?:price|prices|close|level|levels|value|valuation|rate|rates|balance)\s+(?:on|of|as\s+of)\s+$/i;

/** "a premium of 33% to the last closing price on Wednesday": a date of a figure (see {@link FIGURE_BEFORE}). */
export function datesAFigure(sentence: string, at: number): boolean {
  return FIGURE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}
