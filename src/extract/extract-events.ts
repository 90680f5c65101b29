import { findTimexes, findTimexesSteps } from '../normalize/find-timexes.js';
import { runSteps, stepsWithin, type Steps } from '../normalize/steps.js';
import type { Timex } from '../normalize/types.js';
import { type Candidate } from './anchor.js';
import { headingsOf, yearOf } from './entries.js';
import { dateShapes, type DateShape } from './date-like.js';
import { captionsOf, furnitureOf, isTitleCaseLine } from './furniture.js';
import { splitAtLineBreaks } from './line-breaks.js';
import {
  carriedDay,
  countsFromNow,
  isUndatedLede,
  isYearLabel,
  MAX_CONTEXT_SENTENCES,
  tellsEntryEvent,
  tellsPastEvent,
} from './context-date.js';
import { quotationSpans } from './quotes.js';
import { splitSentencesSteps } from './sentence-steps.js';
import { extractionLocale } from './locales/registry.js';
import { assemble, type Draft } from './assemble-events.js';
import { isDatedEventNoun } from './phrase-events.js';
import { updateStampDay } from './stamps.js';
import { clockOnStoryDay } from './clock-day.js';
import { contextDrafts } from './context-drafts.js';
import { readSentence, referenceYearOf, type ListState } from './read-sentence.js';
import type { ExtractedExpression, ExtractionResult, ExtractOptions, UndatedMention } from './types.js';

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

/** Undated sentences after a dated one that may still count from its event ("four days after the attack"). */
const MAX_COUNTED_SENTENCES = 2;
/**
 * "four days after the attack", "two months after the incident": a count from an event named before
 * by a noun phrase that ends the clause. ("Two days after the quake flattened homes, rescuers…" tells
 * the earlier event in a clause of its own: counted back from the story's day instead.)
 */
const COUNTED_FROM_TOLD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*(?:[.,;!?]|$)/iu;

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
  const today = findTimexes('today', { referenceDate: options.referenceDate })[0]!;
  const list: ListState = {
    referenceYear: referenceYearOf(options.referenceDate),
    referenceDay: today.value.slice(0, 10),
  };
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
  /** The date of the last dated sentence (any granularity), for a count from "the" event it told. */
  let told: { date: Candidate; since: number } | undefined;
  /** The date of the entry line being read ("March 22: … . Hours later, …"), and where its line ends. */
  let entryLine: { date: Candidate; end: number } | undefined;
  /** Whether the first sentence of the body (not furniture, not a headline) has been read. */
  let ledeSeen = false;
  const publicationDay = (): Candidate => ({
    timex: { ...today, granularity: today.granularity!, range: today.range! },
    quoted: false,
  });
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
    const only = result.drafts.length === 1 ? result.drafts[0] : undefined;
    if (
      !ledeSeen &&
      only &&
      result.anchor &&
      isYearLabel(
        sentenceText,
        result.anchor.timex.start - span.start,
        result.anchor.timex.end - span.start,
      ) &&
      Number(result.anchor.timex.value) < list.referenceYear &&
      tellsPastEvent(sentenceText)
    ) {
      // "A jury found him guilty of a scheme to influence the 2016 election.": the year only names
      // the election; the lede tells the day's news, as an undated lede does.
      const label = result.anchor.timex.start;
      const named = isDatedEventNoun(
        sentenceText,
        result.anchor.timex.start - span.start,
        result.anchor.timex.end - span.start,
      );
      result.drafts = contextDrafts(
        text,
        span,
        publicationDay(),
        'lede-of-publication-day',
        list,
        {
          expressions: only.expressions.map((x) => (x.start === label ? { ...x, role: 'context' } : x)),
          undated: only.undated,
        },
        language.title,
      );
      // The named event keeps its year as an event of its own, as a dated noun does beside an anchor.
      if (named)
        result.drafts.push({
          ...only,
          event: { ...only.event, why: { ...only.event.why, rule: 'dated-noun' } },
          expressions: [],
          undated: [],
        });
      delete result.anchor;
    }
    if (result.anchor && result.drafts[0] && list.referenceDay && tellsPastEvent(sentenceText))
      // "The call came in at 9:54 a.m., he said at a Saturday news conference": the clock is Saturday's.
      result.drafts[0] = clockOnStoryDay(result.drafts[0], own, list.referenceDay);
    const dayEntry = headings.dayEntries.get(i);
    if (dayEntry && own.every((x) => x.type === 'TIME')) {
      // "13--The bodies … are found shortly after midnight": the entry's day, whatever clock it names.
      const candidate = {
        timex: { ...dayEntry, granularity: dayEntry.granularity!, range: dayEntry.range! },
        quoted: false,
      };
      result.drafts = contextDrafts(text, span, candidate, 'date-heading', list, result, language.title);
    } else if (!result.drafts.length && heading?.range && heading.granularity) {
      const candidate = {
        timex: { ...heading, granularity: heading.granularity, range: heading.range },
        quoted: false,
      };
      result.drafts.push(
        ...contextDrafts(text, span, candidate, 'date-heading', list, result, language.title),
      );
    } else if (
      !result.drafts.length &&
      !result.dated &&
      entryLine &&
      span.start < entryLine.end &&
      // In the past, the line goes on with background ("The attack inspired a national debate.").
      tellsEntryEvent(sentenceText)
    ) {
      // "March 8: The family asks … . Zimmerman is identified by police …": a timeline's entry tells
      // all its line in the present, each sentence an event of the entry's date.
      result.drafts.push(
        ...contextDrafts(text, span, entryLine.date, 'date-heading', list, result, language.title),
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
    } else if (!result.drafts.length && !result.dated && countsFromNow(sentenceText)) {
      // "It is almost four years since the first credit crunch": that event, counted from today.
      result.drafts.push(
        ...contextDrafts(
          text,
          span,
          publicationDay(),
          'counted-from-publication',
          list,
          result,
          language.title,
        ),
      );
    } else if (
      !result.drafts.length &&
      own[0] &&
      updateStampDay(text, own[0]) &&
      tellsPastEvent(sentenceText)
    ) {
      // "Update December 19th, 8:40PM ET: ULA's launch was scrubbed…": the news of the update's day.
      const day = updateStampDay(text, own[0])!;
      result.drafts.push(...contextDrafts(text, span, day, 'update-stamp', list, result, language.title));
    } else if (!result.drafts.length && !result.dated) {
      // "… took place on April 15, 2013. … Tamerlan was killed four days after the terrorist attack.":
      // a count from "the" event told just before, at whatever granularity it was dated.
      if (
        told &&
        told.since < MAX_COUNTED_SENTENCES &&
        COUNTED_FROM_TOLD.test(sentenceText) &&
        tellsPastEvent(sentenceText)
      )
        result.drafts.push(
          ...contextDrafts(text, span, told.date, 'counted-from-anchor', list, result, language.title),
        );
      // "He declared a state of emergency." after "… on Monday": the day the story is telling.
      if (
        !result.drafts.length &&
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
      if (told) told.since++;
    }
    if (result.anchor && result.drafts[0]?.event.why.rule === 'entry-line') {
      const end = text.indexOf('\n', span.end);
      entryLine = { date: result.anchor, end: end < 0 ? text.length : end };
    } else if (entryLine && (span.start >= entryLine.end || result.anchor)) entryLine = undefined;
    if (result.anchor) {
      const day = carriedDay(result.anchor);
      context = day ? { day, since: 0 } : undefined;
      told = { date: result.anchor, since: 0 };
    } else if (result.dated) context = told = undefined;
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
