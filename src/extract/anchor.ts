import type { Granularity, Timex } from '../normalize/types.js';
import { clausesOf, isAside, opensSubordinate, wordsOf, type Clause } from './clauses.js';
import { DETERMINERS, LIMIT_BEFORE, PAST_FORMS, SPAN_END_BEFORE, SUBORDINATORS } from './lexicon.js';
import { FISCAL_NOUNS } from './event-nouns.js';
import type { DateRule } from './types.js';
import { GRANULARITY_ORDER } from '../model/granularity.js';

const DAY_RANK = GRANULARITY_ORDER.indexOf('day');
/** Rules compare candidates pairwise; a real sentence has a handful. */
const MAX_CANDIDATES = 32;

/** A datable expression of a sentence, with whether it lies in a direct quotation. */
export interface Candidate {
  timex: Timex & { granularity: Granularity; range: { start: string; end: string } };
  quoted: boolean;
  /** Opens an entry line of a dated list, as found by the list ("March Bear Stearns goes bust"). */
  entry?: boolean;
}

/** The date a sentence is anchored to, and what happens to its other dates. */
export interface AnchorChoice {
  anchor: Candidate;
  /** A finer time of the anchor's own day ("in the evening" of "December 29"). */
  refinement?: Candidate;
  /** Every other candidate. */
  context: Candidate[];
  /** The rule that made the anchor win over the runner-up (`only-date` when it had no rival). */
  rule: DateRule;
}

/** The rules of {@link scoreKey}, in the order of its components. */
const KEY_RULES: readonly DateRule[] = [
  'outside-quotation',
  'not-an-attribution',
  'main-clause',
  'not-an-aside',
  'adverbial-of-main-verb',
  'calendar-over-relative',
  'most-specific',
  'first-in-sentence',
];

/** An entry of a dated list: the line opens with the date and a colon or dash ("June 3, 2021: Marches begin"). */
const ENTRY_AFTER = /^\s*(?::|[—–]|-\s)/;
/** "13 September Northern Rock…": a new clause right after the date, when the date has a day or a year. */
const ENTRY_CLAUSE_AFTER = /^ \p{Lu}/u;
const ENTRY_BEFORE = /^[\s•*·-]*$/;
/** Dates too coarse to open an entry of a dated list. */
const COARSE_FOR_ENTRY: ReadonlySet<string> = new Set(['decade', 'century', 'millennium']);

/**
 * Names a calendar month or year, or a day counted from the day of writing ("Monday", "today"), so it
 * does not depend on another date of the story ("December 30" or "Monday" vs "the next day").
 */
const CALENDAR_DATE =
  /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|tomorrow)\b|\d{1,2}[/.-]\d{1,2}/i;

/** Words after "the 2019 …" that show the date is no modifier ("the 2019 of…" is rare, "in the 2019 and…"). */
const NOT_A_NOUN: ReadonlySet<string> = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'was',
  'is',
  'were',
  'when',
]);

/** A date right after a subordinator: it is then a preposition ("since 2012", "after March 3"). */
const DATE_AFTER =
  /^\s+(?:the\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;

const rank = (g: Granularity): number => GRANULARITY_ORDER.indexOf(g);
const startsWithin = (day: Candidate, fine: Candidate): boolean =>
  day.timex.range.start <= fine.timex.range.start && fine.timex.range.start < day.timex.range.end;
const contains = (outer: Candidate, inner: Candidate): boolean =>
  outer.timex.range.start <= inner.timex.range.start && inner.timex.range.end <= outer.timex.range.end;

/**
 * Chooses the date a sentence's event is anchored to, by rules applied in order:
 * 1. a time finer than a day inside a day also named ("December 29 … in the evening") refines that
 *    day instead of competing with it;
 * 2. a period containing another date of the sentence ("In 2019 … on March 3") is context;
 * 3. among the rest, prefer: outside quotations; fewer subordinate clauses between the sentence start
 *    and the date ("said on December 29 that it struck on December 27" → December 29); not in an aside
 *    (", founded in 1991,"); a calendar date over a relative one ("The next day, on December 30");
 *    an adverbial date over a noun modifier ("the 2003 invasion"); the more specific; the earlier.
 *
 * @param sentence - the sentence text; candidate offsets are relative to `sentenceStart`
 * @returns `undefined` when there is no candidate
 * @example
 * // "The United States said on December 29 that it had struck on December 27."
 * chooseAnchor(sentence, 0, candidates).anchor.timex.value // '2019-12-29'
 */
export function chooseAnchor(
  sentence: string,
  sentenceStart: number,
  candidates: readonly Candidate[],
): AnchorChoice | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length > MAX_CANDIDATES) {
    // Hostile input (thousands of dates in one "sentence"): rank the first ones, the rest are context.
    const choice = chooseAnchor(sentence, sentenceStart, candidates.slice(0, MAX_CANDIDATES))!;
    return { ...choice, context: [...choice.context, ...candidates.slice(MAX_CANDIDATES)] };
  }
  const refinementOf = new Map<Candidate, Candidate>();
  for (const fine of candidates) {
    if (rank(fine.timex.granularity) <= DAY_RANK) continue;
    // "March 1 … that night": a night runs past midnight, it refines the day it starts on.
    const day = candidates.find((c) => c.timex.granularity === 'day' && startsWithin(c, fine));
    if (day) refinementOf.set(fine, day);
  }
  const competing = candidates.filter((c) => !refinementOf.has(c));
  const specific = competing.filter(
    (c) =>
      !competing.some(
        (o) => o !== c && rank(o.timex.granularity) > rank(c.timex.granularity) && contains(c, o),
      ),
  );
  const pool = specific.length ? specific : competing;
  const clauses = clausesOf(sentence);
  const scored = pool.map((c) => ({ c, key: scoreKey(sentence, sentenceStart, clauses, c) }));
  scored.sort((a, b) => compareKeys(a.key, b.key));
  const entry = competing.find((c) => isEntryDate(sentence, sentenceStart, c));
  const anchor = entry ?? scored[0]!.c;
  let rule: DateRule = 'only-date';
  if (entry) rule = 'entry-line';
  else if (candidates.length > 1 && pool.length < competing.length) rule = 'most-specific';
  if (!entry && scored.length > 1) {
    const d = scored[0]!.key.findIndex((k, i) => k !== scored[1]!.key[i]);
    rule = d >= 0 ? KEY_RULES[d]! : 'first-in-sentence';
  }
  const refinements = candidates.filter((c) => refinementOf.get(c) === anchor);
  refinements.sort(
    (a, b) => rank(b.timex.granularity) - rank(a.timex.granularity) || a.timex.start - b.timex.start,
  );
  const refinement = refinements[0];
  const context = candidates.filter((c) => c !== anchor && c !== refinement);
  return refinement ? { anchor, refinement, context, rule } : { anchor, context, rule };
}

function isEntryDate(sentence: string, sentenceStart: number, c: Candidate): boolean {
  const at = c.timex.start - sentenceStart;
  const end = c.timex.end - sentenceStart;
  if (!ENTRY_BEFORE.test(sentence.slice(0, at))) return false;
  // "The 21st Century Cures Act…", "The 1990s were…": a name or a subject, no entry's date.
  if (COARSE_FOR_ENTRY.has(c.timex.granularity) || /^the\s/i.test(c.timex.text)) return false;
  const after = sentence.slice(end);
  // "April Ryan said…": a bare month before a capital is a name unless the list says it is an entry.
  return (
    ENTRY_AFTER.test(after) ||
    (ENTRY_CLAUSE_AFTER.test(after) && (c.entry === true || /\d/.test(c.timex.text)))
  );
}

/** ", officials said Tuesday": the date of a tag that attributes the statement before it. */
const ATTRIBUTION_TAG =
  /,\s*(?:\p{L}+[\s-]+){0,4}\p{L}+\s+(?:said|says|told|reported|added|confirmed|announced)\s+(?:on\s+)?$/u;

/** Whether the date belongs to an attribution tag after the statement (", police said Monday"). */
export function isAttribution(sentence: string, at: number): boolean {
  return ATTRIBUTION_TAG.test(sentence.slice(Math.max(0, at - 60), at));
}

/**
 * A fiscal period describing a noun ("second-quarter earnings", "the fourth quarter results"): it
 * says which figures, not when anything happened, so it is never an event of its own.
 */
export function isPeriodModifier(sentence: string, at: number, end: number, c: Candidate): boolean {
  if (c.timex.granularity !== 'quarter' && c.timex.granularity !== 'half') return false;
  const text = sentence.slice(at, end);
  const next = /^\s+(\p{L}+)/u.exec(sentence.slice(end))?.[1]?.toLowerCase();
  if (/-(?:quarter|half)$/i.test(text) && next !== undefined && !/^(?:of|in|on|at|and|or)$/.test(next))
    return true;
  return next !== undefined && FISCAL_NOUNS.has(next);
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Lower is better: [quoted, subordination depth, aside, not an adverbial of the verb (a noun
 * modifier, a limit "through June 30", a fiscal period modifier), relative, −specificity, position].
 */
function scoreKey(sentence: string, sentenceStart: number, clauses: Clause[], c: Candidate): number[] {
  const at = c.timex.start - sentenceStart;
  const end = c.timex.end - sentenceStart;
  let index = clauses.findIndex((cl) => at < cl.end);
  if (index < 0) index = clauses.length - 1;
  return [
    c.quoted ? 1 : 0,
    isAttribution(sentence, at) ? 1 : 0,
    subordinationDepth(sentence, clauses, index, at),
    isAside(sentence, clauses, index) ? 1 : 0,
    isNounModifierAt(sentence, at, end) || isLimit(sentence, at) || isPeriodModifier(sentence, at, end, c)
      ? 1
      : beforeItsVerb(sentence, at, end)
        ? -1
        : 0,
    CALENDAR_DATE.test(c.timex.text) ? 0 : 1,
    -rank(c.timex.granularity),
    at,
  ];
}

/**
 * Subordinators before the date: those earlier in its own clause, plus those of earlier clauses
 * that stay open (a clause that itself opened with a subordinator, "After the attack, …", closes
 * at its comma). A subordinator right before the date governs the date ("since 2003"), not a clause.
 */
function subordinationDepth(sentence: string, clauses: Clause[], index: number, at: number): number {
  let depth = 0;
  for (let i = 0; i <= index; i++) {
    const clause = clauses[i]!;
    if (i < index && (opensSubordinate(clause) || isAside(sentence, clauses, i))) continue;
    const to = i === index ? at : clause.end;
    for (const w of wordsOf(sentence.slice(clause.start, to))) {
      if (!SUBORDINATORS.has(w.word)) continue;
      const gap = sentence.slice(clause.start + w.end, at);
      if (i === index && /^\s*(?:the\s+)?$/i.test(gap)) continue;
      // "since 2012 and died … on Friday": a preposition of another date opens no clause.
      if (DATE_AFTER.test(sentence.slice(clause.start + w.end, clause.start + w.end + 16))) continue;
      depth++;
    }
  }
  return depth;
}

/**
 * "BALPA last month gave notice of action in September": a date between the subject and its past
 * verb says when that verb happened, whatever other dates its objects carry.
 */
function beforeItsVerb(sentence: string, at: number, end: number): boolean {
  // "when Tuesday began": the date is the subject of a clause of its own.
  const before = /(\p{L}+)\W*$/u.exec(sentence.slice(Math.max(0, at - 16), at))?.[1]?.toLowerCase();
  if (before !== undefined && (SUBORDINATORS.has(before) || /^(?:as|and|or|but)$/.test(before))) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(sentence.slice(end, end + 24))?.[1];
  return next !== undefined && (PAST_FORMS.has(next) || (next.length > 4 && next.endsWith('ed')));
}

/** "to extend the program through June 30", "until March": the end of a span, not when the event happened. */
export function isLimit(sentence: string, at: number): boolean {
  return LIMIT_BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}

/**
 * "closed through Sept. 17": the end of a span that has no date of its own, never an event ("until"
 * may name the new date of a delay: "postponed until November 16").
 */
export function isSpanEnd(sentence: string, at: number): boolean {
  return SPAN_END_BEFORE.test(sentence.slice(Math.max(0, at - 20), at));
}

/** "a December 27 rocket barrage", "the 2003 invasion", "Monday's vote": a date describing a noun. */
export function isNounModifierAt(sentence: string, at: number, end: number): boolean {
  // "Monday's vote" whether the normalizer took the "'s" into the date's words or not.
  if (/^['’]s\b/.test(sentence.slice(end)) || /['’]s$/.test(sentence.slice(at, end))) return true;
  const before = /(\p{L}+)\s+$/u.exec(sentence.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
  // "the 2011 shooting", "the 2013 Boston Marathon bombing": a word (not a preposition) follows.
  const next = /^\s+(\p{L}+)/u.exec(sentence.slice(end))?.[1];
  if (next === undefined || NOT_A_NOUN.has(next.toLowerCase())) return false;
  if (before !== undefined && DETERMINERS.has(before)) return true;
  // "the 2016 French Open and 2017 Wimbledon titles": joined to a dated noun, a dated noun too.
  return joinsDatedNoun(sentence, at);
}

/** Whether the date follows "and"/"or" after a dated noun ("the 2016 French Open and 2017 …"). */
export function joinsDatedNoun(sentence: string, at: number): boolean {
  return CONJOINED_DATED_NOUN.test(sentence.slice(Math.max(0, at - 60), at));
}

/** A determiner, a year and the noun it dates, then "and" or "or": what a second year may join. */
const CONJOINED_DATED_NOUN = /\b(?:the|a|an|his|her|its|their)\s+\d{4}\s+(?:\p{L}+\s+){1,3}(?:and|or)\s+$/iu;
