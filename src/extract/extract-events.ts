import { findTimexes, findTimexesSteps } from '../normalize/find-timexes.js';
import { runSteps, stepsWithin, type Steps } from '../normalize/steps.js';
import type { Timex } from '../normalize/types.js';
import { chooseAnchor, isPeriodModifier, isSpanEnd, type AnchorChoice, type Candidate } from './anchor.js';
import { headingsOf, inYear, monthEntry, namesYear, yearOf } from './entries.js';
import { dateShapes, type DateShape } from './date-like.js';
import { duplicateTargetsSteps, wordSimilarity } from './dedupe.js';
import { captionsOf, furnitureOf, isTitleCaseLine, type CaptionKind } from './furniture.js';
import { furtherEvents } from './further-events.js';
import { splitAtLineBreaks } from './line-breaks.js';
import { weekdayOfQuotedWeek } from './quoted-week.js';
import {
  carriedDay,
  datesTheSubjectOfAState,
  isStateSentence,
  isUndatedLede,
  MAX_CONTEXT_SENTENCES,
  tellsPastEvent,
} from './context-date.js';
import { isStampDate } from './stamps.js';
import { AS_OF_BEFORE, DEICTIC_DATE, LOOK_BACK, STATE_WORDS, STOPWORDS } from './lexicon.js';
import { wordsOf } from './clauses.js';
import { insideAny, quotationSpans } from './quotes.js';
import { splitSentencesSteps } from './sentence-steps.js';
import { extractionLocale } from './locales/registry.js';
import type { TitleFunction } from './locales/types.js';
import type {
  DateReason,
  EventDate,
  EventSource,
  ExpressionRole,
  ExtractedEvent,
  ExtractedExpression,
  ExtractionResult,
  ExtractOptions,
  TextSpan,
  UndatedMention,
} from './types.js';

/** An event before duplicates are merged and ids given. */
interface Draft {
  event: Omit<ExtractedEvent, 'id'>;
  expressions: ExtractedExpression[];
  undated: UndatedMention[];
  /**
   * A photo caption: merged into a body event of the same day when there is one (an uncredited one
   * only when the body event says much the same).
   */
  caption?: CaptionKind;
}

const describe = (value: unknown): string => (value === null ? 'null' : typeof value);

/**
 * Turns article text into dated events: each sentence with a date becomes an event anchored to the
 * date its main statement is about, with a headline-style title and offsets back into the text.
 *
 * - Sentences come from `Intl.Segmenter`, rejoined after abbreviations ("U.S.", "Dec.", "Mr.").
 * - Durations, references ("now") and sets do not make events; they are listed in `expressions`.
 * - A finer time of the same day ("December 29 … in the evening") becomes the event's `refinement`.
 * - The anchor is the adverbial of the main verb, chosen by rules in order (see `DateRule`);
 *   `why` on each event names the words and the rule that won.
 * - A sentence may hold more events: dates joined by "and", a length counted from the anchor ("two
 *   days after …"), a date of another clause with its own past verb.
 * - Timelines: entry lines ("June 3, 2021: …"), date headings ("January" alone on a line) and the
 *   year a list runs in; a clock time never takes the next line's date.
 * - Navigation, image credits, bylines, time stamps, datelines, player clocks and footers yield no
 *   events; photo captions merge into the body event of their day.
 * - The same sentence twice, or near-identical sentences of one date, merge into one event that
 *   keeps every source.
 * - Dates that cannot be placed (unresolved values, date-shaped text the normalizer did not read,
 *   "today" inside a quotation) are listed in `undated` with a reason.
 *
 * @param text - the article as plain text
 * @param options - `referenceDate` (publication date, `Date` or ISO 8601 string), `prefer`, `anchor`
 *   and `locale` (the article's language, `en` default)
 * @returns events in text order, undated mentions, and every expression with its role
 * @throws TypeError when `text` is not a string, `referenceDate` is missing or invalid, or the language
 *   of `locale` is not loaded (`await loadLanguage(locale)` first) or has no tables
 * @example
 * const { events } = extractEvents('The U.S. said on December 29 that it struck five targets.', {
 *   referenceDate: '2019-12-30',
 * });
 * events[0].date.value // '2019-12-29'
 * events[0].title // 'U.S. struck five targets'
 */
export function extractEvents(text: string, options: ExtractOptions): ExtractionResult {
  return runSteps(extractEventsSteps(text, options));
}

/** Sentences read between two pauses of {@link extractEventsSteps}. */
const SENTENCE_STEP = 32;

/**
 * {@link extractEvents} cut into steps (see `Steps`): the same result, with pauses while the text
 * is searched for dates, cut into sentences and read sentence by sentence, each yielding the
 * fraction of the work done. The arguments are checked (and may throw) on the first step.
 * `extractEventsInSlices` runs it a slice at a time.
 */
export function* extractEventsSteps(text: string, options: ExtractOptions): Steps<ExtractionResult> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options with a referenceDate are required, e.g. { referenceDate: '2019-12-30' }; got ${describe(options)}`,
    );
  }
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  if (options.locale !== undefined && typeof options.locale !== 'string')
    throw new TypeError(`locale must be a BCP 47 string such as 'es', got ${describe(options.locale)}`);
  const language = extractionLocale(options.locale);
  // The normalizer validates referenceDate and prefer (TypeError naming them), also for empty text.
  // Shares of the work, for the progress: finding dates, cutting sentences, reading them.
  const found = yield* stepsWithin(
    findTimexesSteps(text, {
      referenceDate: options.referenceDate,
      ...(options.prefer !== undefined ? { prefer: options.prefer } : {}),
      ...(options.anchor !== undefined ? { anchor: options.anchor } : {}),
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
    }),
    0,
    0.4,
  );
  const timexes = found.some((x) => x.text.includes('\n')) ? splitAtLineBreaks(text, found, options) : found;
  const sentences = yield* stepsWithin(splitSentencesSteps(text, language.language), 0.4, 0.45);
  const furniture = furnitureOf(text, sentences);
  yield 0.45;
  const captions = captionsOf(text, sentences, furniture);
  const quotes = quotationSpans(text);
  yield 0.45;
  const shapes = dateShapes(text);
  yield 0.45;

  const drafts: Draft[] = [];
  const loose: { expressions: ExtractedExpression[]; undated: UndatedMention[] } = {
    expressions: [],
    undated: [],
  };
  let t = 0;
  let s = 0;
  const ownOf: Timex[][] = [];
  const shapesOf: DateShape[][] = [];
  sentences.forEach((span) => {
    const own: Timex[] = [];
    while (t < timexes.length && timexes[t]!.start < span.end) {
      const timex = timexes[t++]!;
      // Text between sentences (blank lines) has no date, but keep anything that falls there.
      if (timex.start < span.start) loose.expressions.push({ ...timex, role: 'context' });
      else own.push(timex);
    }
    const ownShapes: DateShape[] = [];
    while (s < shapes.length && shapes[s]!.span.start < span.end) {
      const shape = shapes[s++]!;
      if (shape.span.start >= span.start) ownShapes.push(shape);
    }
    ownOf.push(own);
    shapesOf.push(ownShapes);
  });
  const isFurniture = furniture.map((f) => f !== undefined);
  const list: ListState = { referenceYear: referenceYearOf(options.referenceDate) };
  const headings = headingsOf(
    text,
    sentences,
    ownOf,
    isFurniture,
    ownOf.map((own) => own.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.range !== undefined)),
    list.referenceYear,
  );
  /** The day of the last dated sentence, and how many undated sentences followed it. */
  let context: { day: Candidate; since: number } | undefined;
  /** Whether the first sentence of the body (not furniture, not a headline) has been read. */
  let ledeSeen = false;
  const publicationDay = (): Candidate => {
    const today = findTimexes('today', { referenceDate: options.referenceDate })[0]!;
    return { timex: { ...today, granularity: today.granularity!, range: today.range! }, quoted: false };
  };
  for (const [i, span] of sentences.entries()) {
    if (i % SENTENCE_STEP === 0) yield 0.45 + (0.45 * i) / sentences.length;
    const own = ownOf[i]!;
    if (headings.heading.has(i)) {
      // A date heading dates the paragraphs under it; it is no event of its own.
      const heading = own[0];
      const year = heading && yearOf(heading);
      if (year !== undefined) list.year = year;
      if (heading) loose.expressions.push({ ...heading, role: 'context' });
      continue;
    }
    if (!isFurniture[i] && isTitleCaseLine(text, span)) {
      // A headline: of this story (told by its body) or of another one.
      loose.expressions.push(...own.map((x) => ({ ...x, role: 'context' as const })));
      continue;
    }
    const result = readSentence(
      text,
      span,
      own,
      shapesOf[i]!,
      quotes,
      isFurniture[i]!,
      captions[i],
      list,
      language.title,
    );
    const heading = headings.datedBy.get(i);
    const sentenceText = text.slice(span.start, span.end);
    if (!result.drafts.length && heading?.range && heading.granularity) {
      const candidate = {
        timex: { ...heading, granularity: heading.granularity, range: heading.range },
        quoted: false,
      };
      result.drafts.push(
        ...contextDrafts(text, span, candidate, 'date-heading', list, result, language.title),
      );
    } else if (!result.drafts.length && !result.dated && !ledeSeen && isUndatedLede(sentenceText)) {
      // "Forty people have been killed in shootings at two mosques.": the lede tells the day's news.
      result.drafts.push(
        ...contextDrafts(
          text,
          span,
          publicationDay(),
          'lede-of-publication-day',
          list,
          result,
          language.title,
        ),
      );
    } else if (!result.drafts.length && !result.dated) {
      // "He declared a state of emergency." after "… on Monday": the day the story is telling.
      if (
        context &&
        context.since < MAX_CONTEXT_SENTENCES &&
        tellsPastEvent(text.slice(span.start, span.end))
      )
        result.drafts.push(
          ...contextDrafts(
            text,
            span,
            context.day,
            'date-of-previous-sentence',
            list,
            result,
            language.title,
          ),
        );
      if (context) context.since++;
    }
    if (result.anchor) {
      const day = carriedDay(result.anchor);
      context = day ? { day, since: 0 } : undefined;
    } else if (result.dated) context = undefined;
    if (!isFurniture[i]) ledeSeen = true;
    if (result.drafts.length) drafts.push(...result.drafts);
    else {
      loose.expressions.push(...result.expressions);
      loose.undated.push(...result.undated);
    }
  }
  while (t < timexes.length) loose.expressions.push({ ...timexes[t++]!, role: 'context' });
  return yield* stepsWithin(assemble(drafts, loose), 0.9, 1);
}

function referenceYearOf(referenceDate: Date | string): number {
  const d = referenceDate instanceof Date ? referenceDate : new Date(referenceDate);
  // Validated by the normalizer; a date-only ISO string is read as UTC midnight.
  return d.getUTCFullYear();
}

/** What a dated list (timeline entries, date headings) carries from line to line. */
interface ListState {
  /** The year the last entry or heading that named one named. */
  year?: number;
  /** The year of the reference date. */
  referenceYear: number;
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
 * "the year", or the year of publication by its number, alone: the frame of the whole
 * article (everything it tells happened in it), not the date of one event.
 */
/**
 * "during the quarter", "the fiscal fourth quarter": a quarter or half without its year is the period
 * a company's figures cover, not the date of an event ("the first quarter of 2019" keeps its year and is a date).
 */
function isFiscalPeriod(x: Timex): boolean {
  return (x.granularity === 'quarter' || x.granularity === 'half') && !/\b\d{4}\b/.test(x.text);
}

function isFrameYear(x: Timex, referenceYear: number): boolean {
  return (
    x.granularity === 'year' &&
    x.value === String(referenceYear) &&
    /^(?:the (?:start|beginning|end|rest) of )?(?:the year|\d{4})$/i.test(x.text.trim())
  );
}

/**
 * The event of a sentence that names no date, dated by the heading above its paragraph or by the
 * day the sentence before it named, and the events counted from it ("eight months after their
 * first meeting").
 */
function contextDrafts(
  text: string,
  span: TextSpan,
  date: Candidate,
  rule: 'date-heading' | 'date-of-previous-sentence' | 'lede-of-publication-day',
  list: ListState,
  { expressions, undated }: { expressions: ExtractedExpression[]; undated: UndatedMention[] },
  eventTitle: TitleFunction,
): Draft[] {
  const heading = date.timex;
  let candidate = date;
  if (rule === 'date-heading' && !namesYear(heading) && list.year !== undefined)
    candidate = inYear(candidate, list.year);
  const sentence = text.slice(span.start, span.end);
  const draftOf = (c: Candidate, why: DateReason, expression: TextSpan): Draft => {
    const source: EventSource = { sentence: { ...span }, expression: { ...expression } };
    return {
      event: {
        date: eventDate(c),
        why,
        title: eventTitle(sentence, {
          start: Math.max(0, expression.start - span.start),
          end: Math.max(0, expression.end - span.start),
        }),
        sentence,
        source,
        sources: [source],
      },
      expressions: [],
      undated: [],
    };
  };
  const first = draftOf(candidate, { expression: heading.text, rule }, heading);
  first.expressions = expressions;
  first.undated = undated;
  const durations = expressions.filter((x) => x.role === 'duration');
  const counted = furtherEvents(sentence, span.start, candidate, [], durations).map((f) =>
    draftOf(f.candidate, { expression: f.candidate.timex.text, rule: f.rule }, f.candidate.timex),
  );
  // A sentence dated by the one before only when it counts another event from that day ("Two days
  // after the quake flattened homes, rescuers battled…"): without one, an undated sentence after a
  // dated one is far more often a detail of that event than an event of its own.
  if (rule === 'date-of-previous-sentence' && !counted.length) return [];
  return [first, ...counted];
}

/** What a sentence gave: its events, or the roles of its expressions when it has none. */
interface SentenceReading {
  drafts: Draft[];
  expressions: ExtractedExpression[];
  undated: UndatedMention[];
  /** It names a date of its own (an event's or not). */
  dated: boolean;
  /** The date its first event is anchored to. */
  anchor?: Candidate;
}

/** One sentence → an event draft, or the roles of its expressions when it has no event. */
function readSentence(
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
    // "Updated: 09 Nov 2022, 07:58 AM IST": the clock time after a stamp date is the same stamp.
    const follows =
      previous !== undefined &&
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
  // Only inside a dated list: "April Ryan said…" elsewhere is a name, not an entry.
  const entryMonth =
    list.year === undefined || timexes.some((x) => x.start === span.start)
      ? undefined
      : monthEntry(text, span, list.year);
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
          isFrameYear(x, list.referenceYear) ||
          datesTheSubjectOfAState(sentence, at, x.end - span.start) ||
          (/^this year$/i.test(x.text) &&
            x.value === String(list.referenceYear) &&
            isStateSentence(sentence)) ||
          isLookBackYear(x) ||
          isStateAsOf(sentence, at) ||
          isFiscalPeriod(x)
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
      dated: hasDate,
    };
  }
  const timexAt = (c: Candidate): Timex | undefined => timexes.find((x) => x.start === c.timex.start);
  const anchorTimex = timexAt(choice.anchor);
  const refinementTimex = choice.refinement ? timexAt(choice.refinement) : undefined;
  if (anchorTimex) roles.set(anchorTimex, 'anchor');
  if (refinementTimex) roles.set(refinementTimex, 'refinement');
  const further = furtherEvents(sentence, span.start, choice.anchor, choice.context, durations);
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
      title: eventTitle(sentence, { start: expression.start - span.start, end: expression.end - span.start }),
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

function eventDate(c: Candidate): EventDate {
  const x = c.timex;
  return {
    value: x.value,
    type: x.type === 'TIME' ? 'TIME' : 'DATE',
    granularity: x.granularity,
    range: { start: x.range.start, end: x.range.end },
    text: x.text,
    ...(x.mod ? { mod: x.mod } : {}),
  };
}

/** Body events of one day an uncredited caption is compared with. */
const MAX_BODY_EVENTS = 20;
/** Content-word overlap (Dice) at which an uncredited caption repeats a body sentence. */
const CAPTION_SIMILARITY = 0.35;

/** Whether a caption and a body sentence tell the same fact: their content words, dates aside, overlap. */
function sayTheSame(caption: string, body: string): boolean {
  const words = (s: string): Set<string> =>
    new Set(
      (s.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
        (w) => w.length > 2 && !STOPWORDS.has(w) && !DATE_WORD.test(w),
      ),
    );
  return wordSimilarity(words(caption), words(body)) >= CAPTION_SIMILARITY;
}

const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight)$/;

/** Merges duplicates, numbers the events and links expressions and undated mentions to them. */
function* assemble(
  drafts: Draft[],
  loose: { expressions: ExtractedExpression[]; undated: UndatedMention[] },
): Steps<ExtractionResult> {
  const targets = yield* stepsWithin(
    duplicateTargetsSteps(
      drafts.map((d) => ({
        dateKey: d.event.date.value,
        sentence: d.event.sentence,
        at: d.event.source.expression.start - d.event.source.sentence.start,
      })),
    ),
    0,
    0.6,
  );
  // A caption of a date the body also has repeats that body event: it becomes one of its sources.
  // Compared by calendar day: "late Friday, May 5, 2023" in a caption, "Friday evening" in the body.
  const dayOf = (d: Draft): string =>
    /^\d{4}-\d{2}-\d{2}/.exec(d.event.date.value)?.[0] ?? d.event.date.value;
  const bodyOf = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.caption || targets[i] !== i) return;
    const list = bodyOf.get(dayOf(d)) ?? [];
    if (list.length < MAX_BODY_EVENTS) list.push(i);
    bodyOf.set(dayOf(d), list);
  });
  drafts.forEach((d, i) => {
    const bodies = bodyOf.get(dayOf(d)) ?? [];
    const body =
      d.caption === 'credited'
        ? bodies[0]
        : d.caption === 'uncredited'
          ? bodies.find((b) => sayTheSame(d.event.sentence, drafts[b]!.event.sentence))
          : undefined;
    if (body !== undefined) targets[i] = body;
  });
  for (let i = 0; i < targets.length; i++) targets[i] = targets[targets[i]!]!;
  yield 0.7;
  const events: ExtractedEvent[] = [];
  const eventOf = new Map<number, ExtractedEvent>();
  const expressions: ExtractedExpression[] = [...loose.expressions];
  const undated: UndatedMention[] = [...loose.undated];
  drafts.forEach((draft, i) => {
    if (targets[i] !== i) return;
    const event = { id: `e${events.length + 1}`, ...draft.event };
    eventOf.set(i, event);
    events.push(event);
  });
  drafts.forEach((draft, i) => {
    const target = targets[i]!;
    if (target !== i) eventOf.get(target)!.sources.push(draft.event.source);
    const id = eventOf.get(target)!.id;
    for (const x of draft.expressions) {
      expressions.push(x.role === 'undated' || x.role === 'fragment' ? x : { ...x, eventId: id });
    }
    for (const u of draft.undated) undated.push({ ...u, eventId: id });
  });
  yield 0.85;
  expressions.sort((a, b) => a.start - b.start || a.end - b.end);
  undated.sort((a, b) => a.source.expression.start - b.source.expression.start);
  return { events, undated, expressions };
}
