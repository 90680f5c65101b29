import type { Timex } from '../normalize/types.js';
import { isAttribution, isLimit, isNounModifierAt, isPeriodModifier, type Candidate } from './anchor.js';
import { PAST_FORMS, SUBORDINATORS } from './lexicon.js';
import type { DateRule } from './types.js';
import { wordsOf } from './clauses.js';
import { isAdjectiveUse } from './context-date.js';
import { appositionOf, phraseEvent, type PhraseRule } from './phrase-events.js';

/** A further event of a sentence: its date and the rule that made it an event of its own. */
export interface FurtherEvent {
  candidate: Candidate;
  rule:
    | Extract<
        DateRule,
        | 'conjoined-date'
        | 'counted-from-anchor'
        | 'own-clause'
        | 'cause-of-anchor-day'
        | 'same-date-apposition'
        | 'end-of-years'
      >
    | PhraseRule;
}

/**
 * What may stand between two dates of one sentence for the second to be an event of its own: "and"
 * alone ("in 1998 and 2006", "on April 15 and three days later shot…") or with "earlier"/"later"
 * ("fell Thursday night and earlier Friday"), or "and" with a verb phrase and a preposition ("was
 * arrested on May 1 and charged on May 3").
 */
const COORDINATION =
  /^\s*,?\s*(?:and|but)\s+(?:then\s+)?(?:(?:earlier|later|again)\s+|(?:\p{Ll}[\p{Ll}'’-]*\s+){1,4}(?:on|in|at)\s+)?$/u;
/**
 * "the forces in Haiti last year and Northridge, Calif., in 1994": "and" with a place or name and
 * a preposition, a list of parallel phrases each with its date.
 */
const NAMED_COORDINATION = /^\s*,?\s*and\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}(?:on|in|at)\s+$/u;
const LIST_COMMA = /^\s*,\s*$/;
/** "between 1998 and 2006", "from 1998 and…": a range, one span, not two events. */
const RANGE_BEFORE = /\b(?:between|from)\s+(?:the\s+)?$/i;
/**
 * "two days after her coalition won", "four years since the crunch": a length counted back (after,
 * since) or forward (before) from the anchor.
 */
const COUNTED = /^\s+(after|before|since)\s+(?=\p{L})/u;
const DAY_MS = 86_400_000;
/** Dates of one sentence looked at for further events. */
const MAX_DATES = 16;

/**
 * The further dated events of a sentence besides its anchor:
 * - dates joined to the anchor by "and" (a list or a second verb: "won the cup in 1998 and 2006");
 * - a length before "after"/"before" and a clause ("took office on Thursday, two days after her
 *   coalition won the runoff" → the Tuesday before).
 *
 * @param sentence - the sentence; offsets of candidates and durations are `sentenceStart`-based
 * @returns further events in text order (never the anchor itself)
 */
export function furtherEvents(
  sentence: string,
  sentenceStart: number,
  anchor: Candidate,
  allContext: readonly Candidate[],
  allDurations: readonly Timex[],
): FurtherEvent[] {
  // A real sentence has a handful of dates; hostile input (thousands in one "sentence") stays linear.
  const context = allContext.slice(0, MAX_DATES);
  const durations = allDurations.slice(0, MAX_DATES);
  const found: FurtherEvent[] = [];
  const at = (x: { start: number }): number => x.start - sentenceStart;
  const taken = new Set<number>([anchor.timex.start]);
  // "tomorrow, December 20th at 5:31PM": the same day named twice side by side is one date.
  for (const c of context) if (namesAnchorAgain(sentence, sentenceStart, anchor, c)) taken.add(c.timex.start);
  // Dates of other clauses with their own verb first, then dates joined by "and" to any event date.
  for (const c of context) {
    if (!ownClauseEvent(sentence, sentenceStart, anchor, c)) continue;
    found.push({ candidate: c, rule: 'own-clause' });
    taken.add(c.timex.start);
  }
  // Then dates of phrases with no finite verb: "since 2012", "last Saturday's shooting", "to … in 2002".
  for (const c of context) {
    if (taken.has(c.timex.start) || overlapsOrContains(anchor, c)) continue;
    const rule = phraseEvent(sentence, sentenceStart, anchor, c);
    if (!rule) continue;
    found.push({ candidate: c, rule });
    taken.add(c.timex.start);
  }
  // "last year and Northridge, Calif., in 1994" with 1994 the anchor: the date joined before it.
  for (const c of context) {
    if (c.timex.start >= anchor.timex.start || taken.has(c.timex.start)) continue;
    if (!conjoinedAfter(sentence, sentenceStart, c, [anchor]).length) continue;
    found.push({ candidate: c, rule: 'conjoined-date' });
    taken.add(c.timex.start);
  }
  for (const from of [anchor, ...found.map((f) => f.candidate)]) {
    for (const c of conjoinedAfter(sentence, sentenceStart, from, context)) {
      if (taken.has(c.timex.start)) continue;
      found.push({ candidate: c, rule: 'conjoined-date' });
      taken.add(c.timex.start);
    }
  }
  for (const d of durations) {
    const tail = COUNTED.exec(sentence.slice(d.end - sentenceStart));
    if (!tail) continue;
    // "studied the idea for two years before bringing it to a vote": how long, not how far from the anchor.
    if (
      /\bfor\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$/i.test(
        sentence.slice(Math.max(0, at(d) - 20), at(d)),
      )
    )
      continue;
    // "two days after the vote on Monday": the date after the clause is the other event's own.
    const clauseEnd = d.end - sentenceStart + tail[0].length;
    if (context.some((c) => at(c.timex) >= clauseEnd && at(c.timex) - clauseEnd < 40)) continue;
    const counted = countFrom(anchor, d, tail[1] === 'before' ? 1 : -1);
    if (!counted) continue;
    const text = sentence.slice(at(d), clauseEnd).trim();
    found.push({
      candidate: {
        timex: { ...counted, text, start: d.start, end: d.start + text.length },
        quoted: anchor.quoted,
      },
      rule: 'counted-from-anchor',
    });
  }
  // "served in the Senate from 1967 to 1979": the end of a span of years is the end of a tenure.
  const end = yearSpanEnd(sentence, sentenceStart, anchor, context);
  if (end && !taken.has(end.timex.start)) {
    found.push({ candidate: end, rule: 'end-of-years' });
    taken.add(end.timex.start);
  }
  const cause = causeOnAnchorDay(sentence, sentenceStart, anchor, context);
  if (cause) found.push({ candidate: cause, rule: 'cause-of-anchor-day' });
  // "in 2009, the year Pyle retired": a second event of a date already an event of the sentence.
  for (const from of [anchor, ...found.map((f) => f.candidate)]) {
    const same = appositionOf(sentence, sentenceStart, from);
    if (same) found.push({ candidate: same, rule: 'same-date-apposition' });
  }
  return found.sort((a, b) => a.candidate.timex.start - b.candidate.timex.start);
}

/** "from 1967 to 1979", "from 1967-1979": the words of a span between two years. */
const YEAR_SPAN_BETWEEN = /^\s*(?:-|–|to|until|till|through)\s*$/i;

/**
 * "served in the Senate from 1967 to 1979", "was on the court from 1969-1996": in a span of whole
 * years after "from", the last year is an event of its own (the tenure ended then), as a reader
 * lists it. Spans of days ("stayed from April 29 through May 7") say how long, and stay one.
 */
function yearSpanEnd(
  sentence: string,
  sentenceStart: number,
  anchor: Candidate,
  context: readonly Candidate[],
): Candidate | undefined {
  if (anchor.timex.granularity !== 'year' || !/^\d{4}$/.test(anchor.timex.text)) return undefined;
  const a = anchor.timex.start - sentenceStart;
  if (!/\bfrom\s+$/i.test(sentence.slice(Math.max(0, a - 8), a))) return undefined;
  return context.find(
    (c) =>
      c.timex.granularity === 'year' &&
      /^\d{4}$/.test(c.timex.text) &&
      c.timex.start > anchor.timex.start &&
      YEAR_SPAN_BETWEEN.test(sentence.slice(anchor.timex.end - sentenceStart, c.timex.start - sentenceStart)),
  );
}

/** Only a comma (or a bracket) between two dates: one names the other again. */
const APPOSED = /^\s*[,(]\s*$/;

/**
 * "They will try again tomorrow, December 20th at 5:31PM", "on Friday, June 5": a date right beside
 * the anchor, a comma between, of the same day (or whose time holds the anchor's or lies within it), is the same date
 * said twice, not a further event.
 */
function namesAnchorAgain(sentence: string, sentenceStart: number, anchor: Candidate, c: Candidate): boolean {
  const [first, second] = c.timex.start < anchor.timex.start ? [c, anchor] : [anchor, c];
  if (!APPOSED.test(sentence.slice(first.timex.end - sentenceStart, second.timex.start - sentenceStart)))
    return false;
  // The day as written: "5:31PM PT" on the 20th is the 21st in UTC.
  const dayA = /^\d{4}-\d\d-\d\d/.exec(anchor.timex.value)?.[0];
  const dayB = /^\d{4}-\d\d-\d\d/.exec(c.timex.value)?.[0];
  if (dayA !== undefined && dayB !== undefined) return dayA === dayB;
  const a = anchor.timex.range;
  const b = c.timex.range;
  const within = (x: typeof a, y: typeof a): boolean => y.start <= x.start && x.end <= y.end;
  return within(a, b) || within(b, a);
}

/** "after" right after the anchor day: "tumbled on Wednesday after the company reported …". */
const AFTER_ANCHOR = /^\s*,?\s*after\s+/i;
const CLAUSE_END = /[,;:.!?—–()]/;

/**
 * "Shares tumbled on Wednesday after the company reported its results": a clause with its own
 * past verb that follows "after" right after a day and names no date is the cause, of that day.
 * "after" + a gerund or a noun ("after meeting", "after the vote") is no clause.
 */
function causeOnAnchorDay(
  sentence: string,
  sentenceStart: number,
  anchor: Candidate,
  context: readonly Candidate[],
): Candidate | undefined {
  if (anchor.quoted || anchor.timex.granularity !== 'day') return undefined;
  const end = anchor.timex.end - sentenceStart;
  const lead = AFTER_ANCHOR.exec(sentence.slice(end));
  if (!lead) return undefined;
  const from = end + lead[0].length;
  const stop = sentence.slice(from).search(CLAUSE_END);
  const to = stop < 0 ? sentence.length : from + stop;
  if (context.some((c) => c.timex.start - sentenceStart >= from && c.timex.start - sentenceStart < to))
    return undefined;
  const words = wordsOf(sentence.slice(from, to));
  const past = (w: { word: string }): boolean => PAST_VERB.test(w.word) || PAST_FORMS.has(w.word);
  // A subject first: the verb is not the clause's first or second word ("after declared …" is no clause).
  if (!words.slice(2).some(past)) return undefined;
  const after = end + lead[0].search(/after/i);
  return {
    timex: {
      ...anchor.timex,
      text: sentence.slice(after, after + 5),
      start: sentenceStart + after,
      end: sentenceStart + after + 5,
    },
    quoted: false,
  };
}

/** A past or passive verb form ("started", "was appointed", "died"). */
const PAST_VERB = /^\p{Ll}{2,}ed$/u;
/** Punctuation that closes a clause. */
const CLAUSE_MARK = /[,;:()—–]/;

/**
 * "Tsarnaev, who planted the bomb on April 15, 2013, …", "the fire that started in July", "said Monday
 * that it struck on Friday": a date of another clause of the sentence with its own verb in the past
 * is an event of its own. Comparisons ("the worst since 2008"), modifiers, limits and quotations are not.
 */
function ownClauseEvent(sentence: string, sentenceStart: number, anchor: Candidate, c: Candidate): boolean {
  if (c.quoted || overlapsOrContains(anchor, c)) return false;
  if (isAttribution(sentence, c.timex.start - sentenceStart)) return false;
  const at = c.timex.start - sentenceStart;
  // "from April 29 through May 7": the start of a span, not a moment of its own.
  if (RANGE_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) return false;
  const end = c.timex.end - sentenceStart;
  if (isNounModifierAt(sentence, at, end) || isLimit(sentence, at) || isPeriodModifier(sentence, at, end, c))
    return false;
  const a = anchor.timex.start - sentenceStart;
  const [from, to] = a < at ? [anchor.timex.end - sentenceStart, at] : [end, a];
  const between = sentence.slice(from, to);
  const words = wordsOf(between);
  if (a < at && coordinatedPredicate(between)) return true;
  if (!CLAUSE_MARK.test(between) && !words.some((w) => SUBORDINATORS.has(w.word))) return false;
  // The date's own clause: from the last clause mark or subordinator before it.
  const lead = sentence.slice(0, at);
  let clauseStart = Math.max(0, ...[...lead.matchAll(/[,;:()—–]/g)].map((m) => m.index + 1));
  for (const w of wordsOf(lead))
    if (SUBORDINATORS.has(w.word) && w.start >= clauseStart) clauseStart = w.start;
  const own = wordsOf(sentence.slice(clauseStart, at));
  const opener = own[0] && SUBORDINATORS.has(own[0].word);
  // "the more endangered Republicans", "the proposed deal": an "-ed" word after these is an adjective.
  const past = (w: { word: string }, i: number, list: ReadonlyArray<{ word: string }>): boolean =>
    (PAST_VERB.test(w.word) || PAST_FORMS.has(w.word)) && !isAdjectiveUse(list[i - 1]?.word);
  if (own.some((w, i) => past(w, i, own) || (opener && i === 1 && w.word.endsWith('ing')))) return true;
  // ", and in 1986, U.S. District Judge Walter Nixon … was convicted": the verb follows the date.
  if (!/^(?:and|but|then)$/.test(own[0]?.word ?? '') || !own.every((w) => LEAD_WORDS.has(w.word)))
    return false;
  const rest = sentence.slice(end);
  const stop = rest.search(/[;]|[,:]\s+(?:and|but|which|who|while|when)\b|\p{Ll}{2}[.!?](?:\s|$)/u);
  return wordsOf(stop < 0 ? rest : rest.slice(0, stop)).some(past);
}

/** Modal verbs that make a coordinated clause an event to come ("and Shell Rock should reach … Saturday"). */
const COORDINATED_MODAL: ReadonlySet<string> = new Set(['will', 'should', 'would', 'could', 'may', 'might']);

/**
 * "fell ill last Wednesday and sought treatment at a Dallas hospital on Friday", "reached its crest
 * Friday and the town of Shell Rock should reach one Saturday": after the anchor, "and" (or "but")
 * then, within a few words, a verb of its own — a past form or a modal — that the second date follows:
 * two predicates, two events.
 */
function coordinatedPredicate(between: string): boolean {
  const m = /^\s*,?\s*(?:and|but)\s+/i.exec(between);
  if (!m) return false;
  const words = wordsOf(between.slice(m[0].length)).slice(0, 6);
  return words.some(
    (w, i) =>
      ((PAST_VERB.test(w.word) || PAST_FORMS.has(w.word)) && !isAdjectiveUse(words[i - 1]?.word)) ||
      COORDINATED_MODAL.has(w.word),
  );
}

/** Words that may lead a date at the start of a clause whose verb comes after it ("and in 1986, …"). */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'then',
  'in',
  'on',
  'at',
  'by',
  'early',
  'late',
  'later',
]);

function overlapsOrContains(a: Candidate, b: Candidate): boolean {
  return a.timex.range.start < b.timex.range.end && b.timex.range.start < a.timex.range.end;
}

/** The dates joined by "and" (or a list comma) after `from`: "in 1998 and 2006", "on April 15 and three days later shot…". */
function conjoinedAfter(
  sentence: string,
  sentenceStart: number,
  from: Candidate,
  context: readonly Candidate[],
): Candidate[] {
  const at = (x: { start: number }): number => x.start - sentenceStart;
  if (from.quoted || RANGE_BEFORE.test(sentence.slice(Math.max(0, at(from.timex) - 20), at(from.timex))))
    return [];
  const joinedDates: Candidate[] = [];
  let last = from;
  const after = context
    .filter((c) => c.timex.start >= from.timex.end)
    .sort((a, b) => a.timex.start - b.timex.start);
  for (const c of after) {
    const between = sentence.slice(last.timex.end - sentenceStart, at(c.timex));
    const joined =
      COORDINATION.test(between) ||
      NAMED_COORDINATION.test(between) ||
      (LIST_COMMA.test(between) && listContinues(sentence, c, sentenceStart, after));
    if (!joined || c.quoted || hasSubordinator(between)) break;
    const s = at(c.timex);
    const e = c.timex.end - sentenceStart;
    if (overlaps(c, from) || isNounModifierAt(sentence, s, e) || isPeriodModifier(sentence, s, e, c)) break;
    joinedDates.push(c);
    last = c;
  }
  return joinedDates;
}

/** "in 1998, 2002 and 2006": a comma continues a list that an "and" closes. */
function listContinues(
  sentence: string,
  c: Candidate,
  sentenceStart: number,
  after: readonly Candidate[],
): boolean {
  const next = after[after.indexOf(c) + 1];
  if (!next) return false;
  const between = sentence.slice(c.timex.end - sentenceStart, next.timex.start - sentenceStart);
  return COORDINATION.test(between) || LIST_COMMA.test(between);
}

function hasSubordinator(text: string): boolean {
  return wordsOf(text).some((w) => SUBORDINATORS.has(w.word));
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.timex.range.start < b.timex.range.end && b.timex.range.start < a.timex.range.end;
}

/**
 * The anchor moved by a whole number of days or weeks (`P2D`, `P1W`) for a day anchor, of months or
 * years for coarser ones; a few hours or minutes (`PT3H`) keep the anchor's day.
 */
export function countFrom(anchor: Candidate, duration: Timex, sign: 1 | -1): Candidate['timex'] | undefined {
  // "three hours after the shooting": within half a day, the anchor's own day.
  const clock = /^PT(\d+)([HM])$/.exec(duration.value);
  if (clock && anchor.timex.granularity === 'day' && (clock[2] === 'M' || Number(clock[1]) <= 12)) {
    const { value, range } = anchor.timex;
    return { ...anchor.timex, type: 'DATE', value: value.slice(0, 10), range: { ...range } };
  }
  const m = /^P(\d+)([DWMY])$/.exec(duration.value);
  if (!m) return undefined;
  const n = Number(m[1]) * sign;
  const unit = m[2]!;
  const g = anchor.timex.granularity;
  const start = new Date(anchor.timex.range.start);
  if (Number.isNaN(start.getTime())) return undefined;
  let value: string;
  let end: Date;
  if (g === 'day' && (unit === 'D' || unit === 'W')) {
    start.setTime(start.getTime() + n * (unit === 'W' ? 7 : 1) * DAY_MS);
    value = start.toISOString().slice(0, 10);
    end = new Date(start.getTime() + DAY_MS);
  } else if (g === 'day' && (unit === 'M' || unit === 'Y')) {
    // "two years after the vote on May 3": a count in months or years says the month or the year.
    return countFrom(
      { ...anchor, timex: coarsened(anchor.timex, unit === 'M' ? 'month' : 'year') },
      duration,
      sign,
    );
  } else if (g === 'month' && unit === 'M') {
    start.setUTCMonth(start.getUTCMonth() + n);
    value = start.toISOString().slice(0, 7);
    end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
  } else if (g === 'year' && unit === 'Y') {
    start.setUTCFullYear(start.getUTCFullYear() + n);
    value = start.toISOString().slice(0, 4);
    end = new Date(start);
    end.setUTCFullYear(end.getUTCFullYear() + 1);
  } else return undefined;
  return {
    ...anchor.timex,
    type: 'DATE',
    value,
    range: { start: start.toISOString(), end: end.toISOString() },
  };
}

/** A day's timex widened to its month or year ("2011-08-06" → "2011-08" or "2011"). */
function coarsened(x: Candidate['timex'], to: 'month' | 'year'): Candidate['timex'] {
  const start = new Date(x.range.start);
  start.setUTCHours(0, 0, 0, 0);
  start.setUTCDate(1);
  if (to === 'year') start.setUTCMonth(0);
  const end = new Date(start);
  if (to === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
  else end.setUTCMonth(end.getUTCMonth() + 1);
  const value = start.toISOString().slice(0, to === 'year' ? 4 : 7);
  return { ...x, value, granularity: to, range: { start: start.toISOString(), end: end.toISOString() } };
}
