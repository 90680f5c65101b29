import type { Chrono, ParsedResult } from 'chrono-node/en';
import type { Anchor, Granularity, NormalizeOptions, Preference, Timex, TimexMod } from './types.js';
import { STORY_GRANULARITIES, isPresentToday, storyEligible, type StoryTime } from './story-time.js';
import { readReferenceDate } from './reference-date.js';
import { chunkText } from './chunk.js';
import { createEngine } from './engine.js';
import { specOf, type TimexSpec } from './spec.js';
import { resolveSpec, type DiscourseAnchor, type ResolveContext } from './resolve-spec.js';
import { directionAt } from './tense.js';
import { addDays, addMonths, dayOf, formatDay, isValidDay, pad, type Day } from './calendar.js';
import { combineAdjacent, type Candidate } from './combine.js';
import { candidatesFromChrono } from './chrono-results.js';
import {
  dateOrderOf,
  isWeekday,
  numericDates,
  prepareTyped,
  type DateOrder,
  type NumericDate,
} from './typed.js';
import { RANGE_BETWEEN, alignRangeYears } from './range-years.js';
import { isTimexValue } from './timex-grammar.js';
import { valueInfo } from './value-info.js';
import { runSteps, stepsWithin, type Steps } from './steps.js';

/** What may stand before a year that frames its sentence: "In 2017, …", "By early 2018, …" (not "The 2003 invasion"). */
const FRAMING_LEAD =
  /^\s*(?:in|since|by|during|throughout|until|from|for|after|before)\s+(?:early\s+|late\s+|mid-?)?$/i;
const PREFERENCES: readonly Preference[] = ['auto', 'past', 'future', 'nearest'];
let sharedEngine: Chrono | undefined;

/**
 * Finds every temporal expression in `text` and normalizes it against the reference date.
 *
 * @param text - any string; plain text (an article, a sentence)
 * @param options - `referenceDate` (the publication date: `Date` or ISO string), `prefer`
 *   (`'auto'` reads tense; `'past'`, `'future'`, `'nearest'` force a direction) and `anchor`
 *   (`'auto'` default, `'story'`, `'document'`: whether year-less dates count from the time the
 *   story is at or from the reference date)
 * @returns the expressions in text order, each with offsets, TIMEX3 type/value/mod, granularity
 *   and the absolute range it covers
 * @throws TypeError when `referenceDate` is missing or invalid, or `prefer` is unknown
 * @example
 * findTimexes('Pompeo said in January that…', { referenceDate: '2019-12-30' })
 * // [{ start: 16, end: 23, text: 'January', type: 'DATE', value: '2019-01', granularity: 'month', range: {…} }]
 */
export function findTimexes(text: string, options: NormalizeOptions): Timex[] {
  return runSteps(findTimexesSteps(text, options));
}

/**
 * {@link findTimexes} cut into steps: the same expressions, with a pause after every piece of text
 * chrono-node reads and every {@link RESOLVE_STEP} expressions resolved. The options are checked
 * (and may throw) on the first step.
 */
export function* findTimexesSteps(text: string, options: NormalizeOptions): Steps<Timex[]> {
  const opts = readOptions(options);
  if (typeof text !== 'string')
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
    throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}`);
  return yield* findAll(text, opts);
}

/** Typed-text mode of {@link resolve}: numeric dates in this order, counts to the day, clock times ahead. */
interface TypedMode {
  order: DateOrder;
}

function* findAll(text: string, opts: ReadOptions, typed?: TypedMode): Steps<Timex[]> {
  if (text.length === 0) return [];
  sharedEngine ??= createEngine();
  let candidates: Candidate[] = [];
  for (const chunk of chunkText(text)) {
    let parsed: ParsedResult[];
    try {
      parsed = sharedEngine.parse(chunk.text, opts.referenceDate);
    } catch {
      // A chrono failure on one piece loses that piece only, never the document.
      continue;
    }
    for (const r of parsed) {
      const own = specOf(r.tags());
      const mod = modTagOf(r.tags());
      if (!own) {
        candidates.push(...candidatesFromChrono(r, chunk.start, mod));
        continue;
      }
      candidates.push({
        start: chunk.start + r.index,
        end: chunk.start + r.index + r.text.trimEnd().length,
        spec: own,
        ...(mod ? { mod } : {}),
      });
    }
    // chrono-node's reading is about two thirds of the work, resolving the rest.
    yield ((chunk.start + chunk.text.length) / text.length) * CHRONO_SHARE;
  }
  if (typed) candidates = withNumericDates(candidates, numericDates(text, typed.order));
  candidates = combineAdjacent(candidates, text);
  return yield* stepsWithin(
    resolveAll(text, candidates, opts.referenceDate, opts.prefer, opts.anchor, typed !== undefined),
    CHRONO_SHARE,
    1,
  );
}

/** Numeric dates replace whatever overlaps them ("2014-10" is a month, not the year 2014). */
function withNumericDates(candidates: Candidate[], numeric: NumericDate[]): Candidate[] {
  if (!numeric.length) return candidates;
  const kept = candidates.filter((c) => !numeric.some((n) => c.start < n.end && n.start < c.end));
  return [...kept, ...numeric].sort((a, b) => a.start - b.start);
}

/**
 * Resolves one short expression ("last year", "Dec. 29", "for months") to its best reading, as
 * people type it: any case ("NEXT FRIDAY", "thanksgiving"), shorthand ("tmrw", "next qtr", "sat"),
 * numeric dates in `dateOrder` (or `locale`'s order, else MDY); counts name the day they point to
 * ("in two weeks") and, with `prefer: 'future'`, a clock time is its next occurrence.
 *
 * @returns the longest expression found in `expression`, or `undefined` when none
 * @example resolve('last year', { referenceDate: '2019-12-30' })?.value // '2018'
 * @example resolve('4/3/2026', { referenceDate: '2026-03-11', locale: 'en-GB' })?.value // '2026-03-04'
 */
export function resolve(expression: string, options: NormalizeOptions): Timex | undefined {
  const opts = readOptions(options);
  if (typeof expression !== 'string')
    throw new TypeError(
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
      `expression must be a string, got ${expression === null ? 'null' : typeof expression}`,
    );
  const order = options.dateOrder ?? (options.locale ? dateOrderOf(options.locale) : 'MDY');
  if (!DATE_ORDERS.includes(order))
    throw new TypeError(`dateOrder must be one of ${DATE_ORDERS.join(', ')}; got "${order as string}"`);
  const typed = prepareTyped(expression);
  let best: Timex | undefined;
  for (const t of runSteps(findAll(typed.text, opts, { order })))
    if (!best || t.end - t.start > best.end - best.start) best = t;
  if (!best) return undefined;
  const start = typed.startOf[best.start]!;
  const end = typed.endOf[best.end - 1]!;
  return { ...best, start, end, text: expression.slice(start, end) };
}

const DATE_ORDERS: readonly DateOrder[] = ['MDY', 'DMY', 'YMD'];

interface ReadOptions {
  referenceDate: Date;
  prefer: Preference;
  anchor: Anchor;
}

const ANCHORS: readonly Anchor[] = ['auto', 'story', 'document'];

function readOptions(options: NormalizeOptions): ReadOptions {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      'options must be an object with a referenceDate, e.g. { referenceDate: "2019-12-30" }',
    );
  }
  const referenceDate = readReferenceDate(options.referenceDate);
  const prefer = options.prefer ?? 'auto';
  if (!PREFERENCES.includes(prefer)) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- JavaScript callers can pass anything
    throw new TypeError(`prefer must be one of ${PREFERENCES.join(', ')}; got "${String(prefer)}"`);
  }
  const anchor = options.anchor ?? 'auto';
  if (!ANCHORS.includes(anchor)) {
    throw new TypeError(`anchor must be one of ${ANCHORS.join(', ')}; got "${anchor as string}"`);
  }
  return { referenceDate, prefer, anchor };
}

function modTagOf(tags: Set<string>): TimexMod | undefined {
  for (const tag of tags) if (tag.startsWith('news-timeline-mod:')) return tag.slice(18) as TimexMod;
  return undefined;
}

const ATTRIBUTION_BEFORE = /\b(?:said|says|told|announced|added|wrote|reported)\s+(?:on\s+)?$/i;
const PERIOD_BOUNDARY = /\b(?:ended|ending|as\s+of)\s+$/i;
const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])|\n\s*\n/g;
const DAY_GRANULARITIES: Granularity[] = ['day', 'part-of-day', 'hour', 'minute', 'second'];
const DISCOURSE_GRANULARITIES: Granularity[] = ['year', 'half', 'quarter', 'season', 'month', 'week', 'day'];

/** Abbreviations a period does not end a sentence after ("Sept. 14", "Mr. Bush", "U.S. troops"). */
const ABBREVIATION_BEFORE =
  /(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|prof|st|sen|rep|gov|gen|col|lt|sgt|capt|cmdr|adm|maj|rev|jr|sr|co|corp|inc|ltd|bros|no|vs|approx|est|dept|univ|[a-z]|(?:[a-z]\.)+[a-z])$/i;

/**
 * "… on Saturday at 7 p.m. Ortiz missed the game": "p.m." ends the sentence when a capitalized word
 * other than a day, month or time zone follows ("7 p.m. Thursday", "9 a.m. EST" go on).
 */
const CLOCK_THEN_SENTENCE =
  /\b[ap]\.m\.\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z]{1,4}T\b|GMT|UTC|local\b))[A-Z]/;

/** Sentence boundaries of the text, found once (linear). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (
      text[m.index] === '.' &&
      ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !CLOCK_THEN_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 16))
    )
      continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Expressions resolved between two pauses of {@link findTimexesSteps}. */
const RESOLVE_STEP = 256;
/** The part of {@link findTimexesSteps}'s work that is chrono-node's reading, for its progress. */
const CHRONO_SHARE = 0.65;

function* resolveAll(
  text: string,
  candidates: Candidate[],
  referenceDate: Date,
  prefer: Preference,
  anchor: Anchor = 'auto',
  typed = false,
): Steps<Timex[]> {
  const starts = sentenceStarts(text);
  const reference = dayOf(referenceDate);
  const hasTime = referenceDate.getUTCHours() !== 0 || referenceDate.getUTCMinutes() !== 0;
  const out: Timex[] = [];
  const outSpecs: TimexSpec[] = [];
  let sentenceIndex = 0;
  let anchorDay: Day = reference;
  let anchorSentence = -1;
  let lastNamedDay: Day | undefined;
  let anchorTime: ResolveContext['anchorTime'];
  let sentenceYear: { sentence: number; year: number } | undefined;
  let discourse: DiscourseAnchor | undefined;
  let quarterInDiscussion: Day | undefined;
  // Story time: the last time the text dated explicitly, and whether the text is telling a story
  // there (`auto`: since it last stated a year well before the reference year).
  let story: StoryTime | undefined;
  let storyActive = anchor === 'story';
  const paragraphs = anchor === 'auto' ? storyParagraphs(text, candidates, reference.year) : [];
  const narrative = paragraphs.some((p) => p.narrative);
  let paragraph = 0;
  let storySentence = -1;
  let done = 0;
  for (const c of candidates) {
    if (++done % RESOLVE_STEP === 0) yield done / candidates.length;
    while (sentenceIndex + 1 < starts.length && starts[sentenceIndex + 1]! <= c.start) sentenceIndex++;
    // A clock time or part of day with no day in its sentence belongs to the day the story last
    // named ("On Friday, … The blast came at 10:35 a.m."); anything else counts from the reference.
    const timeOfDayOnly =
      c.spec.kind === 'part-of-day' ||
      (c.spec.kind === 'calendar' && c.spec.month === undefined && c.spec.hour !== undefined) ||
      (c.spec.kind === 'relative' && c.spec.unit === 'day' && c.spec.from === 'anchor');
    // A clock time that opens a line ("15:10 Airport reopens") stamps an entry of a live report:
    // the reference day, whatever day the entry before it named.
    if (anchorSentence !== sentenceIndex)
      anchorDay = timeOfDayOnly && lastNamedDay && !opensLine(text, c.start) ? lastNamedDay : reference;
    const sentenceStart = starts[sentenceIndex]!;
    const sentenceEnd = starts[sentenceIndex + 1] ?? text.length;
    const sentence = text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 2000));
    let tense = needsDirection(c.spec)
      ? directionAt(sentence, c.start - sentenceStart, c.end - c.start, prefer)
      : { direction: 'nearest' as const, strong: prefer !== 'auto' };
    // "a week from Friday" counts on from the coming Friday.
    if (c.daysAfter && c.spec.kind === 'weekday') tense = { direction: 'future', strong: true };
    // "Jan. 1: …", "March 11: …": a line that opens with a year-less date and a colon is an entry
    // of a timeline or look-back, which tells what has happened — unless it says it will.
    if (
      needsDirection(c.spec) &&
      ENTRY_AFTER.test(text.slice(c.end, c.end + 3)) &&
      !ENTRY_AHEAD.test(sentence.slice(c.end - sentenceStart, c.end - sentenceStart + 120)) &&
      opensLine(text, c.start)
    )
      tense = { direction: 'past', strong: true };
    // A clock time typed alone and looking ahead is its next occurrence.
    if (typed && prefer === 'future' && timeOfDayOnly) tense = { direction: 'future', strong: true };
    // "in three days" with no verb to say otherwise looks ahead.
    if (tense.unmarked && c.spec.kind === 'relative' && c.spec.durationUnlessFuture) {
      tense = { direction: 'future', strong: false };
    }
    // `auto`: a story is told within its paragraph; a new paragraph starts from the reference again.
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph + 1]!.start <= c.start) paragraph++;
    if (anchor === 'auto') storyActive = paragraphs[paragraph]!.story;
    const inStory =
      story !== undefined &&
      storyEligible(c.spec) &&
      // "said on December 28" dates the telling: the reference decides.
      !ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) &&
      (anchor === 'story' ||
        // A paragraph in story time, or a sentence that stated an earlier year before the date.
        ((storyActive || storySentence === sentenceIndex) && tense.direction !== 'future'));
    const ctx: ResolveContext = {
      reference,
      ...(hasTime
        ? { referenceTime: { hour: referenceDate.getUTCHours(), minute: referenceDate.getUTCMinutes() } }
        : {}),
      direction: tense.direction,
      strictDirection: tense.strong,
      anchorDay,
      anchorNamed: anchorSentence === sentenceIndex || lastNamedDay !== undefined,
      ...(discourse ? { discourse } : {}),
      ...(quarterInDiscussion ? { quarterInDiscussion } : {}),
      ...(anchorTime ? { anchorTime } : {}),
      ...(sentenceYear?.sentence === sentenceIndex ? { sentenceYear: sentenceYear.year } : {}),
      ...(typed ? { typed } : {}),
    };
    if (inStory) {
      // Resolved against the story's time, moving forward as a story does ("17 August" after June
      // 1793 is 1793's; "2 September" after it too; "the following January" the next year's).
      ctx.reference = story!.day;
      delete ctx.referenceTime;
      ctx.direction = 'future';
      ctx.strictDirection = true;
      if (story!.day.year !== reference.year && !ctx.anchorNamed) ctx.anchorDay = story!.day;
    }
    const resolved = withClock(
      laterBy(onWeekday(resolveSpec(c.spec, ctx), c, tense.direction), c.daysAfter),
      c.clock,
    );
    // The one exit point: a reading that falls outside what TIMEX3 can write ("1000000000 days
    // ago", a year past 9999) is no expression rather than a malformed value.
    if (!isTimexValue(resolved.value)) continue;
    // "historians say today that…": today as the present, not the day of publication.
    if (
      (storyActive || narrative) &&
      resolved.value === formatDay(reference) &&
      /^today$/i.test(text.slice(c.start, c.end)) &&
      isPresentToday(sentence, c.start - sentenceStart, c.end - c.start)
    ) {
      resolved.value = 'PRESENT_REF';
    }
    const mod = resolved.mod ?? c.mod;
    const info = resolved.type === 'DATE' || resolved.type === 'TIME' ? valueInfo(resolved.value) : undefined;
    const timex: Timex = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: resolved.type,
      value: resolved.value,
      ...(mod ? { mod } : {}),
      ...(info ? { granularity: info.granularity, range: info.range } : {}),
    };
    if (!info && resolved.type === 'DURATION') timex.granularity = durationGranularity(resolved.value);
    const previous = out.length
      ? { timex: out[out.length - 1]!, spec: outSpecs[out.length - 1]! }
      : undefined;
    if (previous && RANGE_BETWEEN.test(text.slice(previous.timex.end, c.start)))
      alignRangeYears(previous, { timex, spec: c.spec });
    out.push(timex);
    outSpecs.push(c.spec);
    // "the three months ended Sept. 30" bounds a period: no event happened that day to tell more of.
    const boundary = PERIOD_BOUNDARY.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (info && DAY_GRANULARITIES.includes(info.granularity) && c.spec.kind !== 'part-of-day' && !boundary) {
      anchorDay = dayOf(new Date(info.range.start));
      anchorSentence = sentenceIndex;
      lastNamedDay = anchorDay;
      const clock = /T(\d\d):(\d\d)/.exec(resolved.value);
      anchorTime = clock ? { day: anchorDay, hour: Number(clock[1]), minute: Number(clock[2]) } : undefined;
    }
    // The story moves to what the text dates explicitly, and to finer times it reads in the story
    // ("17 August", "3 a.m."); a coarser one ("that autumn") does not pull it back.
    const finer =
      inStory &&
      story !== undefined &&
      info !== undefined &&
      STORY_GRANULARITIES.indexOf(info.granularity) >= STORY_GRANULARITIES.indexOf(story.granularity);
    if (info && STORY_GRANULARITIES.includes(info.granularity) && (writesYear(c.spec) || finer)) {
      const day = dayOf(new Date(info.range.start));
      story = { day, granularity: info.granularity };
      // A year stated well before the reference year starts a story; one near it ends the story.
      // Only a year that frames its sentence ("In 1793, …", not "since 2013", ", founded in 1991,",
      // "the 2003 invasion") puts the rest of the sentence in its time.
      const framing =
        FRAMING_LEAD.test(text.slice(sentenceStart, c.start)) &&
        !/\bsince\s+$/i.test(text.slice(sentenceStart, c.start));
      if (writesYear(c.spec))
        storySentence = day.year <= reference.year - STORY_DISTANCE_YEARS && framing ? sentenceIndex : -1;
    }
    // Only a year that frames its sentence ("In 2017, the company…") carries over to later dates.
    if (writesYear(c.spec) && info && FRAMING_LEAD.test(text.slice(sentenceStart, c.start))) {
      sentenceYear = { sentence: sentenceIndex, year: new Date(info.range.start).getUTCFullYear() };
    }
    // Only periods the text names count as under discussion; a "year ago" comparison does not, nor
    // does the day a quote was given ("she said last week"): that dates the telling, not the story.
    const named =
      !(c.spec.kind === 'relative' && c.spec.comparesPeriod) &&
      !(
        (c.spec.kind === 'weekday' || (c.spec.kind === 'relative' && c.spec.from !== 'anchor')) &&
        ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))
      );
    // A quarter not yet closed ("growth in the fourth quarter") has no results to compare with.
    if (named && info?.granularity === 'quarter' && Date.parse(info.range.end) <= referenceDate.getTime())
      quarterInDiscussion = dayOf(new Date(info.range.start));
    if (named && info && DISCOURSE_GRANULARITIES.includes(info.granularity)) {
      discourse = { granularity: info.granularity, day: dayOf(new Date(info.range.start)) };
    }
  }
  return out;
}

const PARAGRAPH_BREAK = /\n\s*\n/;
const ENTRY_AFTER = /^\s?[:–—]\s/;
const PREPOSITION_BEFORE =
  /\b(?:in|on|by|during|until|till|from|to|through|after|before|of|between|and)\s+(?:(?:early|late|mid-?)\s*)?$/i;
/** What makes an entry line a schedule rather than a look-back ("Jan. 1: The law will take effect"). */
const ENTRY_AHEAD =
  /^[^\n]*\b(?:will|shall|is\s+to|are\s+to|to\s+be|scheduled|set\s+to|due\s+to|expected\s+to|plans?\s+to)\b/i;

/** Expressions that tell the time from now ("yesterday", "on Monday", "last year"): the text is back in the present. */
function tellsNow(spec: TimexSpec): boolean {
  if (spec.kind === 'relative') return spec.from !== 'anchor' && !spec.ofThe;
  if (spec.kind === 'calendar' || spec.kind === 'subyear' || spec.kind === 'holiday')
    return spec.shift !== undefined && !(spec.kind === 'subyear' && spec.ofStory);
  return spec.kind === 'weekday';
}

/**
 * Which paragraphs tell a story (`auto`), from the dates they state: two or more years well before
 * the reference year, outnumbering the expressions that tell time from now ("a paragraph that
 * names 1939 and 1940"); a paragraph that states no year and nothing deictic goes on as the one
 * before it. Linear: one pass over the text's paragraph breaks and the candidates.
 */
function storyParagraphs(
  text: string,
  candidates: Candidate[],
  referenceYear: number,
): { start: number; story: boolean; narrative: boolean }[] {
  const starts = [0];
  const breaks = new RegExp(PARAGRAPH_BREAK.source, 'g');
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  const counts = starts.map(() => ({ past: 0, near: 0, now: 0, distant: 0 }));
  let p = 0;
  for (const c of candidates) {
    while (p + 1 < starts.length && starts[p + 1]! <= c.start) p++;
    // A year a preposition governs ("in 1793", "by 1916") dates something; "the 2003 invasion" names it.
    const year = PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))
      ? yearWritten(c.spec)
      : undefined;
    if (year !== undefined) counts[p]![year <= referenceYear - STORY_DISTANCE_YEARS ? 'past' : 'near']++;
    if (year !== undefined && year <= referenceYear - HISTORY_YEARS) counts[p]!.distant++;
    // "today" also says "nowadays" in a history ("historians say today"): it does not end a story.
    else if (
      tellsNow(c.spec) &&
      !(c.spec.kind === 'relative' && c.spec.unit === 'day' && c.spec.offset === 0)
    )
      counts[p]!.now++;
  }
  // A paragraph goes on with the story before it only in a text that is mostly a story: its past
  // years outnumber twice over what it dates from now (a backgrounder, a biography, a history).
  const total = counts.reduce((a, c) => ({
    past: a.past + c.past,
    near: a.near + c.near,
    now: a.now + c.now,
    distant: a.distant + c.distant,
  }));
  const narrative = total.past >= 3 && total.past >= 2 * (total.near + total.now);
  let previous = false;
  let history = false;
  return starts.map((start, i) => {
    const { past, near, now, distant } = counts[i]!;
    // A story of long ago (or a text that is mostly a story) goes on into paragraphs that date
    // nothing of their own; a news background paragraph does not carry over.
    const inherits = (narrative || history) && (past + near + now === 0 || (past === 1 && near + now === 0));
    // In a story a single year starts its paragraph's story; elsewhere it takes two.
    const starts = past >= (narrative || distant > 0 ? 1 : 2) && past > near + now;
    const story = starts ? true : inherits ? previous : false;
    if (starts) history = distant > 0;
    else if (!story) history = false;
    previous = story;
    return { start, story, narrative };
  });
}

/** The year an expression writes out, if any (astronomical: 218 BC is −217). */
function yearWritten(spec: TimexSpec): number | undefined {
  if (spec.kind === 'literal') {
    const m = /^(BC)?(\d{4})$/.exec(spec.value);
    return m ? (m[1] ? 1 - Number(m[2]) : Number(m[2])) : undefined;
  }
  if (spec.kind === 'calendar' || spec.kind === 'subyear' || spec.kind === 'holiday') return spec.year;
  return undefined;
}

/** A year this far back is history: one is enough to put its paragraph in story time. */
const HISTORY_YEARS = 50;

/** How far before the reference year a stated year must lie to put the text in story time. */
const STORY_DISTANCE_YEARS = 2;

/** Whether only blanks stand between the start of its line and `at` (looks back a bounded way). */
function opensLine(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - LINE_LOOKBACK), at);
  const newline = back.lastIndexOf('\n');
  if (newline < 0) return at <= LINE_LOOKBACK && back.trim() === '';
  return back.slice(newline + 1).trim() === '';
}

const LINE_LOOKBACK = 80;

/** Whether an expression writes its year out ("2019", "March 2019", "the fall of 2018"). */
function writesYear(spec: TimexSpec): boolean {
  if (spec.kind === 'literal') return /^(?:BC)?\d{4}$/.test(spec.value);
  if (spec.kind === 'calendar' || spec.kind === 'subyear' || spec.kind === 'holiday')
    return spec.year !== undefined;
  return false;
}

/** Whether resolving a spec depends on tense (a year to choose, a weekday to place). */
function needsDirection(spec: TimexSpec): boolean {
  switch (spec.kind) {
    case 'calendar':
      return (
        spec.year === undefined &&
        !spec.yearOfStory &&
        (spec.month !== undefined || (spec.day !== undefined && spec.hour === undefined)) &&
        spec.shift === undefined
      );
    case 'weekday':
      return spec.shift === undefined;
    case 'subyear':
    case 'holiday':
      return spec.year === undefined && spec.shift === undefined;
    case 'relative':
      return spec.durationUnlessFuture !== undefined;
    default:
      return false;
  }
}

/** Moves a day's value on by the days counted from it ("a week from Friday"). */
function laterBy<T extends { value: string }>(r: T, days: number | undefined): T {
  const m = days ? /^(\d{4})-(\d{2})-(\d{2})/.exec(r.value) : null;
  if (!m) return r;
  const day = addDays({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, days!);
  return { ...r, value: formatDay(day) + r.value.slice(10) };
}

/** Puts a clock time written beside a day onto the day's value. */
function withClock<T extends { type: string; value: string }>(r: T, clock: Candidate['clock']): T {
  if (!clock || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return r;
  const seconds = clock.second ? `:${pad(clock.second)}` : '';
  const value = `${r.value}T${pad(clock.hour)}:${pad(clock.minute)}${seconds}${clock.zone ?? ''}`;
  return { ...r, type: 'TIME', value };
}

const DURATION_UNITS: Record<string, Granularity> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  Q: 'quarter',
  WE: 'day',
  DE: 'decade',
  CE: 'century',
};
const DURATION_TIME_UNITS: Record<string, Granularity> = { H: 'hour', M: 'minute', S: 'second' };

/** The unit a duration is counted in: `P3Y` → year, `PT48H` → hour. */
function durationGranularity(value: string): Granularity | undefined {
  const m = /^P(T?)[\dX.]*([A-Z]+)$/.exec(value);
  if (!m) return undefined;
  return m[1] ? DURATION_TIME_UNITS[m[2]!] : DURATION_UNITS[m[2]!];
}

/**
 * "Tuesday the 19th", "Fri, Jul 18": a weekday written with a date that has no year settles the
 * month or the year — the nearest one (ahead or back as the direction says) whose day falls on it.
 */
function onWeekday<T extends { value: string }>(r: T, c: Candidate, direction: string): T {
  if (c.weekday === undefined || c.spec.kind !== 'calendar' || c.spec.year !== undefined) return r;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.value);
  if (!m) return r;
  const day: Day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (isWeekday(day, c.weekday)) return r;
  const steps =
    c.spec.month === undefined
      ? Array.from({ length: 28 }, (_, i) => (direction === 'past' ? -(i + 1) : i + 1))
      : Array.from({ length: 28 }, (_, i) => (i % 2 ? -1 : 1) * Math.ceil((i + 1) / 2) * 12);
  for (const months of steps) {
    const shifted = addMonths({ ...day, day: 1 }, months);
    const candidate = { ...shifted, day: day.day };
    if (isValidDay(candidate.year, candidate.month, candidate.day) && isWeekday(candidate, c.weekday))
      return { ...r, value: formatDay(candidate) };
  }
  return r;
}
