// One sentence of an article read into event drafts: its anchor date, the other events it holds,
// and the state a dated list or look-back carries from one sentence to the next.
import type { Timex } from '../normalize/types.js';
import {
  chooseAnchor,
  isNounModifierAt,
  isPeriodModifier,
  isSpanEnd,
  type AnchorChoice,
  type Candidate,
} from './anchor.js';
import { inYear, monthEntry, namesYear, yearOf } from './entries.js';
import { type DateShape } from './date-like.js';
import { type CaptionKind } from './furniture.js';
import { furtherEvents } from './further-events.js';
import { weekdayOfQuotedWeek } from './quoted-week.js';
import { datesAGoingOnState, datesANoComment, isToldState } from './told-states.js';
import { isFigurePeriod } from './figure-periods.js';
import {
  datesAFigure,
  describesTheSubject,
  isPartOfDayOfInfinitive,
  isSeasonKind,
  isTallySince,
} from './generic-times.js';
import {
  datesTheSubjectOfAState,
  isComparison,
  isDescriptiveDate,
  isQuotedForecast,
  isStateSentence,
  isTallyPeriod,
  isQuoteTelling,
  isTallySentence,
  isTermEnd,
  isWeekdayInName,
} from './context-date.js';
import { isStampDate } from './stamps.js';
import { AS_OF_BEFORE, DEICTIC_DATE, LOOK_BACK, STATE_WORDS, WEEKDAY_NAMES } from './lexicon.js';
import { wordsOf } from './clauses.js';
import { countedTitle } from './title-fit.js';
import { eventDate } from './event-date.js';
import { insideAny, spokenOnReferenceDay } from './quotes.js';
import type { TitleFunction } from './locales/types.js';
import { type Draft } from './assemble-events.js';
import type {
  DateRule,
  EventSource,
  ExpressionRole,
  ExtractedEvent,
  ExtractedExpression,
  TextSpan,
  UndatedMention,
} from './types.js';

export function referenceYearOf(referenceDate: Date | string): number {
  const d = referenceDate instanceof Date ? referenceDate : new Date(referenceDate);
  // Validated by the normalizer; a date-only ISO string is read as UTC midnight.
  return d.getUTCFullYear();
}

/** What a dated list (timeline entries, date headings) carries from line to line. */
export interface ListState {
  /** The year the last entry or heading that named one named. */
  year?: number;
  /** The year of the reference date. */
  referenceYear: number;
  /** The reference date's day (`2021-03-04`), when known. */
  referenceDay?: string;
  /** The year a look back frames ("Here's a look back at 2019"): year-less dates after it are in it. */
  frameYear?: number;
}

/** The span and year of a look-back frame in a sentence ("a look back at 2019"). */
function lookBackOf(sentence: string): { start: number; end: number; year: number } | undefined {
  for (const re of LOOK_BACK) {
    const m = re.exec(sentence);
    if (m?.groups?.year) return { start: m.index, end: m.index + m[0].length, year: Number(m.groups.year) };
  }
  return undefined;
}

/** A month named without a year ("Jan. 25", "in June"): of the year the article frames. */
const YEARLESS_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/**
 * "As of Monday, 56 workers remained quarantined": a date after "as of" in a sentence that states
 * a state (see STATE_WORDS) is when it was observed, no event.
 */
function isStateAsOf(sentence: string, at: number): boolean {
  return (
    AS_OF_BEFORE.test(sentence.slice(Math.max(0, at - 10), at)) &&
    wordsOf(sentence).some((w) => STATE_WORDS.has(w.word))
  );
}

/**
 * "during the quarter", "the fiscal fourth quarter": a quarter or half without its year is the period
 * a company's figures cover, not the date of an event ("the first quarter of 2019" keeps its year and is a date).
 */
function isFiscalPeriod(x: Timex): boolean {
  return (x.granularity === 'quarter' || x.granularity === 'half') && !/\b\d{4}\b/.test(x.text);
}

/**
 * "the year", or the year of publication by its number, alone: the frame of the whole
 * article (everything it tells happened in it), not the date of one event. "capped a 2021
 * campaign" names a period of its own: a dated noun.
 */
function isFrameYear(x: Timex, referenceYear: number, sentence: string, at: number): boolean {
  return (
    x.granularity === 'year' &&
    x.value === String(referenceYear) &&
    /^(?:the (?:start|beginning|end|rest) of )?(?:the year|\d{4})$/i.test(x.text.trim()) &&
    !(
      /^\d{4}$/.test(x.text.trim()) &&
      isNounModifierAt(sentence, at, at + x.text.length) &&
      // "Italy are the 2023 champions": a state named, no event.
      !/\b(?:is|are|was|were|be|been|remains?)\s+\p{L}+\s+$/u.test(sentence.slice(Math.max(0, at - 30), at))
    )
  );
}

/** What a sentence gave: its events, or the roles of its expressions when it has none. */
export interface SentenceReading {
  drafts: Draft[];
  expressions: ExtractedExpression[];
  undated: UndatedMention[];
  /** It names a date of its own (an event's or not). */
  dated: boolean;
  /** The date its first event is anchored to. */
  anchor?: Candidate;
}

/** One sentence → an event draft, or the roles of its expressions when it has no event. */
export function readSentence(
  text: string,
  span: TextSpan,
  timexes: Timex[],
  shapes: DateShape[],
  quotes: readonly TextSpan[],
  isFurniture: boolean,
  caption: CaptionKind | undefined,
  list: ListState,
  eventTitle: TitleFunction,
): SentenceReading {
  const sentence = text.slice(span.start, span.end);
  const hasDate = timexes.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.range !== undefined);
  if (isFurniture)
    return {
      drafts: [],
      expressions: timexes.map((x) => ({ ...x, role: 'furniture' })),
      undated: [],
      dated: hasDate,
    };
  const roles = new Map<Timex, ExpressionRole>();
  timexes.forEach((x, k) => {
    const previous = timexes[k - 1];
    // "Updated: 09 Nov 2022, 07:58 AM IST", " date 2014-10-05 Oct 5 (Reuters) …": a clock time or a
    // date after a stamp date is the same stamp or the dateline's (a day off, at times); a weekday
    // (" date 2019-08-26 Sunday a fire broke out…") opens the lede.
    const follows =
      previous !== undefined &&
      !WEEKDAY_NAMES.includes(x.text.toLowerCase()) &&
      roles.get(previous) === 'furniture' &&
      /^\s*(?:,|at|\||-|·)?\s*$/.test(text.slice(previous.end, x.start));
    if (follows || isStampDate(text, x)) roles.set(x, 'furniture');
  });
  const undated: UndatedMention[] = [];
  const mention = (reason: UndatedMention['reason'], message: string, at: TextSpan, value?: string): void => {
    undated.push({
      reason,
      message,
      text: text.slice(at.start, at.end),
      ...(value !== undefined ? { value } : {}),
      sentence,
      source: { sentence: { ...span }, expression: { start: at.start, end: at.end } },
    });
  };
  // Shapes and expressions are both in text order and do not overlap among themselves: one sweep.
  let j = 0;
  for (const shape of shapes) {
    while (j < timexes.length && timexes[j]!.end <= shape.span.start) j++;
    const overlapping: Timex[] = [];
    for (let k = j; k < timexes.length && timexes[k]!.start < shape.span.end; k++)
      overlapping.push(timexes[k]!);
    const read = overlapping.some(
      (x) =>
        (x.type === 'DATE' || x.type === 'TIME') && x.start <= shape.core.start && shape.core.end <= x.end,
    );
    if (read) continue;
    const words = text.slice(shape.span.start, shape.span.end);
    mention('unrecognized', `"${words}" looks like a date but could not be read`, shape.span);
    for (const x of overlapping) roles.set(x, 'fragment');
  }
  const candidates: Candidate[] = [];
  const entryMonth = timexes.some((x) => x.start === span.start)
    ? undefined
    : monthEntry(text, span, list.year ?? list.referenceYear, list.year !== undefined);
  if (entryMonth)
    candidates.push({
      timex: { ...entryMonth, granularity: 'month', range: entryMonth.range! },
      quoted: false,
      entry: true,
    });
  const quotedDeictic: Timex[] = [];
  const durations: Timex[] = [];
  const lookBack = lookBackOf(sentence);
  if (lookBack) list.frameYear = lookBack.year;
  const isLookBackYear = (x: Timex): boolean =>
    lookBack !== undefined &&
    x.granularity === 'year' &&
    x.value === String(lookBack.year) &&
    x.start - span.start >= lookBack.start &&
    x.end - span.start <= lookBack.end;
  /** Whether a date lost before the ranking (a modifier, a span end, the frame year). */
  let demoted = false;
  for (const [i, x] of timexes.entries()) {
    if (roles.has(x)) continue;
    const weekday = weekdayOfQuotedWeek(text, x, timexes[i + 1]);
    if (weekday) {
      // "last week, on Wednesday": the day of that week, one date (see quoted-week.ts).
      roles.set(timexes[i + 1]!, 'context');
      candidates.push({ timex: weekday, quoted: insideAny(quotes, x.start, x.end) });
      continue;
    }
    if (x.type === 'DURATION') {
      roles.set(x, 'duration');
      durations.push(x);
    } else if (x.type === 'SET') roles.set(x, 'set');
    else if (x.value.endsWith('_REF')) roles.set(x, 'reference');
    else if (!x.range || !x.granularity) {
      roles.set(x, 'undated');
      mention('unresolved', `"${x.text}" could not be placed in time (value ${x.value})`, x, x.value);
    } else {
      const quoted = insideAny(quotes, x.start, x.end);
      if (quoted && DEICTIC_DATE.test(x.text)) quotedDeictic.push(x);
      else {
        const candidate = { timex: { ...x, granularity: x.granularity, range: x.range }, quoted };
        // "second-quarter earnings" names figures, not a time: never an event (see isPeriodModifier).
        const at = x.start - span.start;
        if (
          isPeriodModifier(sentence, at, x.end - span.start, candidate) ||
          isSpanEnd(sentence, at) ||
          isFrameYear(x, list.referenceYear, sentence, at) ||
          datesTheSubjectOfAState(sentence, at, x.end - span.start) ||
          (/^this year$/i.test(x.text) &&
            x.value === String(list.referenceYear) &&
            isStateSentence(sentence)) ||
          isLookBackYear(x) ||
          isStateAsOf(sentence, at) ||
          isFiscalPeriod(x) ||
          isComparison(sentence, at) ||
          isDescriptiveDate(sentence, at, x.end - span.start) ||
          isQuotedForecast(sentence, at, quoted) ||
          isTallyPeriod(sentence, at, x.end - span.start) ||
          isWeekdayInName(sentence, at, x.text) ||
          isToldState(sentence, at, x.end - span.start) ||
          datesAGoingOnState(sentence, at) ||
          datesANoComment(sentence, at) ||
          isFigurePeriod(sentence, at, x.granularity) ||
          isPartOfDayOfInfinitive(sentence, at, x.end - span.start) ||
          isSeasonKind(sentence, at, x.end - span.start) ||
          describesTheSubject(sentence, at, x.end - span.start) ||
          isTallySince(sentence, at, x.end - span.start) ||
          datesAFigure(sentence, at) ||
          isQuoteTelling(sentence, at) ||
          // A tally's period ("Last year saw 19 homicides"); a day of it is still news.
          ((x.granularity !== 'day' || AS_OF_BEFORE.test(sentence.slice(Math.max(0, at - 10), at))) &&
            isTallySentence(sentence)) ||
          isTermEnd(sentence, at)
        ) {
          roles.set(x, 'context');
          demoted = true;
        } else if (!candidates.some((c) => c.timex.start <= x.start && x.end <= c.timex.end))
          candidates.push(
            list.frameYear !== undefined && !namesYear(x) && YEARLESS_MONTH.test(x.text)
              ? inYear(candidate, list.frameYear)
              : candidate,
          );
      }
    }
  }
  // Inside a dated list, a date that opens the line opens an entry ("February Northern Rock is…").
  if (list.year !== undefined) for (const c of candidates) if (c.timex.start === span.start) c.entry = true;
  const chosen = chooseAnchor(sentence, span.start, candidates);
  let choice = chosen?.rule === 'entry-line' ? entryInList(chosen, list) : chosen;
  // The other dates were no adverbials of the verb: that is why this one won.
  if (choice?.rule === 'only-date' && demoted) choice = { ...choice, rule: 'adverbial-of-main-verb' };
  if (!choice) {
    for (const x of quotedDeictic) {
      roles.set(x, 'undated');
      mention(
        'quoted-deictic',
        `"${x.text}" is inside a quotation, so it counts from when the words were spoken, not from the reference date`,
        x,
        x.value,
      );
    }
    return {
      drafts: [],
      expressions: timexes.map((x) => ({ ...x, role: roles.get(x) ?? 'context' })),
      undated,
      // " date 2019-01-21 Shawcor has signed a deal…": a page stamp does not date the news after it.
      dated: timexes.some(
        (x) =>
          (x.type === 'DATE' || x.type === 'TIME') && x.range !== undefined && roles.get(x) !== 'furniture',
      ),
    };
  }
  const timexAt = (c: Candidate): Timex | undefined => timexes.find((x) => x.start === c.timex.start);
  const anchorTimex = timexAt(choice.anchor);
  const refinementTimex = choice.refinement ? timexAt(choice.refinement) : undefined;
  if (anchorTimex) roles.set(anchorTimex, 'anchor');
  if (refinementTimex) roles.set(refinementTimex, 'refinement');
  // An entry of a dated list ("February 27: Hicks testified … about interference in the 2016
  // election") is the event of its date; an event noun named inside it is background, no entry.
  const further: Array<{ candidate: Candidate; rule: DateRule }> = furtherEvents(
    sentence,
    span.start,
    choice.anchor,
    choice.context,
    durations,
  ).filter((f) => !(choice.rule === 'entry-line' && f.rule === 'dated-noun'));
  if (spokenOnReferenceDay(sentence, span.start, choice.anchor, list.referenceDay)) {
    // '"… to finish the bill this week," Schumer said Thursday' on that Thursday: the quoted "this
    // week" counts from the day of speaking, which is the reference date, so it can be placed.
    for (const x of quotedDeictic)
      further.push({
        candidate: { timex: { ...x, granularity: x.granularity!, range: x.range! }, quoted: true },
        rule: 'quoted-on-speaking-day',
      });
    further.sort((a, b) => a.candidate.timex.start - b.candidate.timex.start);
  }
  const dated = [
    { candidate: choice.anchor, rule: choice.rule, refinement: choice.refinement },
    ...further.map((f) => ({ ...f, refinement: undefined })),
  ];
  const drafts: Draft[] = dated.map(({ candidate, rule, refinement }, k) => {
    const own = timexAt(candidate);
    if (own && k > 0) roles.set(own, 'anchor');
    const expression = { start: candidate.timex.start, end: Math.min(candidate.timex.end, span.end) };
    const source: EventSource = { sentence: { ...span }, expression };
    const event: Omit<ExtractedEvent, 'id'> = {
      date: eventDate(candidate),
      ...(refinement ? { refinement: eventDate(refinement) } : {}),
      why: { expression: candidate.timex.text, rule },
      title:
        (rule === 'counted-from-anchor' ? countedTitle(sentence, expression.end - span.start) : undefined) ??
        eventTitle(sentence, { start: expression.start - span.start, end: expression.end - span.start }),
      sentence,
      source,
      sources: [source],
    };
    const expressions: ExtractedExpression[] = own && k > 0 ? [{ ...own, role: 'anchor' }] : [];
    return { event, expressions, undated: [], ...(caption ? { caption } : {}) };
  });
  // The sentence's other expressions and its undated mentions go with its first event.
  const owned = new Set(drafts.flatMap((d) => d.expressions.map((x) => x.start)));
  drafts[0]!.expressions = timexes
    .filter((x) => !owned.has(x.start))
    .map((x) => ({ ...x, role: roles.get(x) ?? 'context' }));
  drafts[0]!.undated = undated;
  return { drafts, expressions: [], undated: [], dated: hasDate, anchor: choice.anchor };
}

/** An entry of a dated list takes the list's year when it names none ("13 September" after "9 August 2007"). */
function entryInList(choice: AnchorChoice, list: ListState): AnchorChoice {
  const year = yearOf(choice.anchor.timex);
  if (year !== undefined) {
    list.year = year;
    return choice;
  }
  return list.year === undefined ? choice : { ...choice, anchor: inYear(choice.anchor, list.year) };
}
