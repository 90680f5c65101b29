// Further events of a sentence that have no finite verb of their own: the date of a "since"
// phrase, of a dated event noun, of an apposition that names the same date again, and of an
// infinitive clause. Each is an event besides the sentence's anchor.
import { isAttribution, isLimit, joinsDatedNoun, isPeriodModifier, type Candidate } from './anchor.js';
import { wordsOf } from './clauses.js';
import { isAdjectiveUse } from './context-date.js';
import { PAST_FORMS, STOPWORDS, SUBORDINATORS } from './lexicon.js';
import { EVENT_NOUNS, FISCAL_NOUNS } from './event-nouns.js';
import type { DateRule } from './types.js';

export type PhraseRule = Extract<
  DateRule,
  'since-date' | 'dated-noun' | 'non-finite-clause' | 'scheduled-clause' | 'own-clause'
>;

/**
 * "in failing health since 2012", "its first title since 1976", "closed since March": a date right
 * after "since" is when a state began, or the last time the thing happened. The convention: that
 * start (or that last time) is an event of its own at the date.
 */
const SINCE_BEFORE = /\b(?:ever\s+)?since\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;
/** "from April 29 through May 7", "between 1998 and 2006": the start of a span, not a moment of its own. */
const RANGE_BEFORE = /\b(?:between|from)\s+(?:the\s+)?$/i;
const RANGE_AFTER = /^\s*(?:through|thru|to|until|till|and|[-–—])\s*/i;
/** "the agreement from 2 July", "his retirement in December 2001": the preposition after an event noun. */
const NOUN_PREPOSITION = /(\p{L}+)\s+(?:in|on|from|of)\s+(?:the\s+)?$/u;
/** "to illegally funnel money", "to hold elections": an infinitive marker and its verb. */
const INFINITIVE = /\bto\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{2,})\b/gu;
/** Words after "to" that make it a preposition ("to the court", "to 10 years", "to Texas"). */
const NOT_A_VERB: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'him',
  'them',
  'us',
  'me',
  'it',
  'be',
  'about',
  'around',
  'more',
  'less',
  'date',
  'life',
  'prison',
  'jail',
  'death',
  'court',
  'power',
  'office',
]);

/**
 * Whether a date of a sentence, besides its anchor, is an event of a phrase without a finite verb
 * of its own, and by which rule:
 * - `since-date`: right after "since" ("had been in failing health since 2012 and died on Friday");
 * - `dated-noun`: the date of an event noun ("in connection with last Saturday's shooting", "the
 *   ceasefire agreement from 2 July", "until his retirement in December 2001", "after the 2019 vote");
 * - `non-finite-clause`: in an infinitive clause after the anchor ("ordered him Monday … in a scheme
 *   to funnel money to candidates in 2002");
 * - `scheduled-clause`: in another clause that schedules it ("said Monday that the bridge will reopen
 *   on July 9").
 * Quotations, attributions, span ends, span starts and fiscal periods never are.
 */
export function phraseEvent(
  sentence: string,
  sentenceStart: number,
  anchor: Candidate,
  c: Candidate,
): PhraseRule | undefined {
  if (c.quoted) return undefined;
  const at = c.timex.start - sentenceStart;
  const end = c.timex.end - sentenceStart;
  const lead = sentence.slice(Math.max(0, at - 40), at);
  const rangeStart = RANGE_BEFORE.test(lead) && RANGE_AFTER.test(sentence.slice(end));
  if (isAttribution(sentence, at) || rangeStart || isPeriodModifier(sentence, at, end, c)) return undefined;
  // "a budget for the next fiscal year", "the April jobs report": which figures, no event.
  if (/\bfiscal\b/i.test(sentence.slice(Math.max(0, at - 12), end))) return undefined;
  if (namesFigures(sentence.slice(end))) return undefined;
  if (SINCE_BEFORE.test(lead)) return 'since-date';
  if (isLimit(sentence, at)) return undefined;
  if (isDatedEventNoun(sentence, at, end)) return 'dated-noun';
  const a = anchor.timex.end - sentenceStart;
  if (a <= at && hasInfinitive(sentence.slice(a, at))) return 'non-finite-clause';
  if (isScheduledClause(sentence, sentenceStart, anchor, at)) return 'scheduled-clause';
  if (a <= at && REDUCED_RELATIVE.test(sentence.slice(a, at)) && hasPastAfterPronoun(sentence.slice(a, at)))
    return 'own-clause';
  return undefined;
}

/** "a stroke she suffered in June", "the house they bought in 2010": a relative clause without "that". */
const REDUCED_RELATIVE = /\p{L}+\s+(?:he|she|they|we|i|you)\s+(?:had\s+)?\p{Ll}{2,}/u;

/** The pronoun's verb is in the past: an event of its own ("she suffered"), not a state ("she has"). */
function hasPastAfterPronoun(between: string): boolean {
  for (const m of between.matchAll(/\b(?:he|she|they|we|i|you)\s+(?:had\s+)?(\p{Ll}{2,})\b/gu)) {
    const verb = m[1]!;
    if (PAST_VERB.test(verb) || PAST_FORMS.has(verb)) return !REPORTING.test(verb);
  }
  return false;
}
/** "she said in June" reports; the date is then the saying's, which own-clause already weighs. */
const REPORTING = /^(?:said|told|added|wrote)$/;

/** Punctuation that closes a clause. */
const CLAUSE_MARK = /[,;:()—–]/;
/**
 * Markers of a scheduled or announced future in a clause ("will reopen", "is set to visit", "is
 * scheduled for", "is due to start"). Not "would": in reported speech ("said it would reopen in
 * March") it is a plan of the statement, and it also marks what did not happen ("would have").
 */
const SCHEDULED =
  /\b(?:will|shall|['’]ll|(?:is|are)\s+(?:set|scheduled|slated|due|expected|poised|going)\s+to|(?:is|are)\s+(?:scheduled|set|slated|due)\s+(?:for|on|in)|plans?\s+to)\b/i;

/**
 * "Officials said Monday that the bridge will reopen on July 9", "The minister, who is set to visit
 * Paris on June 30, said Thursday …": a date of another clause (after a clause mark or a
 * subordinator) whose own words schedule it is an event of its own, to come.
 */
function isScheduledClause(sentence: string, sentenceStart: number, anchor: Candidate, at: number): boolean {
  const a = anchor.timex.start - sentenceStart;
  const [from, to] = a < at ? [anchor.timex.end - sentenceStart, at] : [at, a];
  const between = sentence.slice(from, to);
  if (!CLAUSE_MARK.test(between) && !wordsOf(between).some((w) => SUBORDINATORS.has(w.word))) return false;
  // The date's own clause: from the last clause mark or subordinator before it.
  const lead = sentence.slice(0, at);
  let clauseStart = Math.max(0, ...[...lead.matchAll(/[,;:()—–]/g)].map((m) => m.index + 1));
  for (const w of wordsOf(lead))
    if (SUBORDINATORS.has(w.word) && w.start >= clauseStart) clauseStart = w.start;
  return SCHEDULED.test(sentence.slice(clauseStart, at));
}

/**
 * The noun a date describes: "Saturday's shooting", "the 2019 vote", "the March 10 deadline" (an
 * event noun among the next words), "the vote on May 3", "his retirement in December 2001" (the
 * word before). A possessive day describes any noun ("last year's runner-up").
 */
export function isDatedEventNoun(sentence: string, at: number, end: number): boolean {
  const text = sentence.slice(at, end);
  const after = sentence.slice(end);
  const possessive = /['’]s$/.test(text) || /^['’]s\b/.test(after);
  const modifier =
    /\b(?:the|a|an|its|their|his|her|last|this)\s+$/i.test(sentence.slice(0, at)) ||
    joinsDatedNoun(sentence, at);
  if (possessive || modifier) {
    // The noun phrase after the date: up to four words, until punctuation or a function word.
    const phrase = /^(?:['’]s)?((?:[\s-]+[\p{L}'’]+){1,4})/u.exec(after)?.[1] ?? '';
    const words: string[] = [];
    for (const w of wordsOf(phrase)) {
      if (STOPWORDS.has(w.word) || PAST_FORMS.has(w.word)) break;
      words.push(w.word);
    }
    if (!words.length || words.some((w) => FISCAL_NOUNS.has(w))) return false;
    return possessive || words.some((w) => EVENT_NOUNS.has(w));
  }
  const before = NOUN_PREPOSITION.exec(sentence.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
  return before !== undefined && EVENT_NOUNS.has(before);
}

/** The noun phrase right after a date names figures ("April jobs report", "May sales figures"). */
function namesFigures(after: string): boolean {
  const phrase = /^((?:[\s-]+[\p{L}'’]+){1,3})/u.exec(after)?.[1] ?? '';
  for (const w of wordsOf(phrase)) {
    if (FISCAL_NOUNS.has(w.word)) return true;
    if (STOPWORDS.has(w.word)) return false;
  }
  return false;
}

/** An infinitive with its verb between two dates: "to serve … Monday for his role in a scheme to funnel … in". */
function hasInfinitive(between: string): boolean {
  for (const m of between.matchAll(INFINITIVE)) {
    const verb = m[1]!;
    // "to shareholders", "to candidates": a plural noun, not a verb ("discuss", "focus" are verbs).
    if (/[^su]s$/.test(verb)) continue;
    if (!NOT_A_VERB.has(verb)) return true;
  }
  return false;
}

/**
 * "in 2009, the year Pyle retired", "on Monday, the day the strike ended": an apposition that names
 * the date again and tells a second event of it with its own past verb. Returns that event's
 * candidate (the date's value, the words "the year" as its text).
 */
export function appositionOf(sentence: string, sentenceStart: number, c: Candidate): Candidate | undefined {
  if (c.quoted) return undefined;
  const end = c.timex.end - sentenceStart;
  const m = /^\s*,\s*(the\s+(?:same\s+)?(?:year|day|month|week|night|morning|evening|afternoon))\s+/i.exec(
    sentence.slice(end),
  );
  if (!m) return undefined;
  const from = end + m[0].length;
  const stop = sentence.slice(from).search(/[,;:.!?—–()]/);
  const clause = sentence.slice(from, stop < 0 ? sentence.length : from + stop);
  const words = wordsOf(clause);
  const verb = words.some(
    (w, i) =>
      i > 0 && (PAST_VERB.test(w.word) || PAST_FORMS.has(w.word)) && !isAdjectiveUse(words[i - 1]?.word),
  );
  if (!verb) return undefined;
  const start = end + m[0].indexOf(m[1]!);
  return {
    timex: {
      ...c.timex,
      text: m[1]!,
      start: sentenceStart + start,
      end: sentenceStart + start + m[1]!.length,
    },
    quoted: false,
  };
}

const PAST_VERB = /^\p{Ll}{2,}ed$/u;
