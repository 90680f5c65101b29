import type { Anchor, Granularity, Preference, Timex } from './types.js';
import type { NormalizerLocale, TextCues } from './locale.js';
import {
  STORY_GRANULARITIES,
  isPresentToday,
  recentlyBefore,
  storyEligible,
  type StoryTime,
} from './story-time.js';
import type { TimexSpec } from './spec.js';
import { resolveSpec, type DiscourseAnchor, type ResolveContext } from './resolve-spec.js';
import { directionAt } from './tense.js';
import { dayOf, formatDay, toMs, type Day } from './calendar.js';
import type { Candidate } from './combine.js';
import { alignRangeYears } from './range-years.js';
import { isTimexValue } from './timex-grammar.js';
import { valueInfo } from './value-info.js';
import { STORY_DISTANCE_YEARS, storyParagraphs, writesYear } from './story-paragraphs.js';
import { durationGranularity, laterBy, onWeekday, withClock } from './value-adjust.js';
import type { Steps } from './steps.js';

/** How the candidates of one text are resolved. */
export interface ResolveOptions {
  referenceDate: Date;
  prefer: Preference;
  anchor: Anchor;
  /** A string someone typed (`resolve`), not running text. */
  typed: boolean;
  locale: NormalizerLocale;
}

/** Where a sentence ends: a stop and a capital (of any script), or a blank line. */
const SENTENCE_END = /[.!?]["'”’»)\]]*\s+(?=["'“‘«([]?[\p{Lu}0-9])|\n\s*\n/gu;
/** "Jan. 1: …": a date that opens a line and a colon after it. */
const ENTRY_AFTER = /^\s?[:–—]\s/;
const DAY_GRANULARITIES: Granularity[] = ['day', 'part-of-day', 'hour', 'minute', 'second'];
const DISCOURSE_GRANULARITIES: Granularity[] = ['year', 'half', 'quarter', 'season', 'month', 'week', 'day'];

/** Expressions resolved between two pauses (see `findTimexesSteps`). */
const RESOLVE_STEP = 256;

/** Sentence boundaries of the text, found once (linear). */
function sentenceStarts(text: string, cues: TextCues): number[] {
  const starts = [0];
  const sentenceEnd = new RegExp(SENTENCE_END.source, 'gu');
  for (let m = sentenceEnd.exec(text); m; m = sentenceEnd.exec(text)) {
    // "… Apple Inc.\n\nIn August, …": an abbreviation ends its sentence where the line ends.
    if (
      text[m.index] === '.' &&
      !m[0].includes('\n') &&
      cues.abbreviationBefore.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      !cues.clockThenSentence?.test(text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 16))
    )
      continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** What follows the clock time of a timeline's line ("9.49am: …", "10:10 a.m. -- …"). */
const TIMELINE_CLOCK_AFTER = /^\s*(?::|-{1,2}|—|–)/;

/** Resolves the candidates in text order (story time, anchors and tense carry on from one to the next), pausing now and then. */
export function* resolveAll(text: string, candidates: Candidate[], options: ResolveOptions): Steps<Timex[]> {
  const { referenceDate, prefer, anchor, typed, locale } = options;
  const { cues } = locale;
  const starts = sentenceStarts(text, cues);
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
  const paragraphs =
    anchor === 'auto'
      ? storyParagraphs(text, candidates, reference.year, cues.prepositionBefore, cues.foundingBefore)
      : [];
  const narrative = paragraphs.some((p) => p.narrative);
  let paragraph = 0;
  let storySentence = -1;
  /** The story time is that of an earlier paragraph, and this one starts its own story. */
  let staleStory = false;
  // "Update December 19th, 8:40PM ET: …": the rest of the stamp's line counts from its day.
  let stamp: { day: Day; end: number } | undefined;
  let done = 0;
  // "said during a Sunday news conference": a day that only sets the scene of a telling.
  const told = (at: number): boolean =>
    cues.attributionSettingBefore !== undefined &&
    cues.attributionSettingBefore.test(text.slice(Math.max(0, at - 40), at));
  for (const c of candidates) {
    if (++done % RESOLVE_STEP === 0) yield done / candidates.length;
    while (sentenceIndex + 1 < starts.length && starts[sentenceIndex + 1]! <= c.start) sentenceIndex++;
    // A clock time or part of day with no day in its sentence belongs to the day the story last
    // named ("On Friday, … The blast came at 10:35 a.m."); anything else counts from the reference.
    const clockOnly =
      c.spec.kind === 'part-of-day' ||
      (c.spec.kind === 'calendar' && c.spec.month === undefined && c.spec.hour !== undefined);
    const timeOfDayOnly =
      clockOnly || (c.spec.kind === 'relative' && c.spec.unit === 'day' && c.spec.from === 'anchor');
    // A clock time that opens a line ("15:10 Airport reopens", "+++ 15:10 +++") stamps an entry
    // of a live report: the reference day, whatever day the text named before. With a separator
    // after it ("9.49am: …", "10:10 a.m. -- …") after the text told of a past day, it is a line of a
    // timeline rebuilding that day hour by hour. "The next day" opening a paragraph still counts
    // from the day before it.
    if (anchorSentence !== sentenceIndex) {
      const liveEntry =
        clockOnly &&
        opensLine(text, c.start) &&
        !(
          TIMELINE_CLOCK_AFTER.test(text.slice(c.end, c.end + 4)) &&
          lastNamedDay &&
          toMs(lastNamedDay) < toMs(reference)
        );
      anchorDay = timeOfDayOnly && lastNamedDay && !liveEntry ? lastNamedDay : reference;
    }
    const sentenceStart = starts[sentenceIndex]!;
    const sentenceEnd = starts[sentenceIndex + 1] ?? text.length;
    const sentence = text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 2000));
    let tense = needsDirection(c.spec)
      ? directionAt(sentence, c.start - sentenceStart, c.end - c.start, prefer, locale.tense)
      : { direction: 'nearest' as const, strong: prefer !== 'auto' };
    // "a week from Friday" counts on from the coming Friday.
    if (c.daysAfter && c.spec.kind === 'weekday') tense = { direction: 'future', strong: true };
    // "Jan. 1: …", "March 11: …": a line that opens with a year-less date and a colon is an entry
    // of a timeline or look-back, which tells what has happened — unless it says it will.
    const entry = ENTRY_AFTER.test(text.slice(c.end, c.end + 3)) && opensLine(text, c.start);
    if (
      entry &&
      needsDirection(c.spec) &&
      !cues.entryAhead.test(sentence.slice(c.end - sentenceStart, c.end - sentenceStart + 120))
    )
      tense = { direction: 'past', strong: true };
    // An update's stamp is written close to the page's date, whatever tense its line is in.
    const lead = lineLead(text, c.start);
    const stamps =
      lead !== undefined && cues.updateStampBefore !== undefined && cues.updateStampBefore.test(lead);
    if (stamps && needsDirection(c.spec)) tense = { direction: 'nearest', strong: true };
    // A clock time typed alone and looking ahead is its next occurrence.
    if (typed && prefer === 'future' && timeOfDayOnly) tense = { direction: 'future', strong: true };
    // "in three days" with no verb to say otherwise looks ahead; so does an appointment, a
    // weekday at a clock time ("The Jaguars battle Amory on Friday at 11 a.m.").
    if (
      tense.unmarked &&
      ((c.spec.kind === 'relative' && c.spec.durationUnlessFuture) ||
        (c.spec.kind === 'weekday' && c.clock !== undefined && c.spec.shift === undefined))
    ) {
      tense = { direction: 'future', strong: false };
    }
    // `auto`: a story is told within its paragraph; a new paragraph starts from the reference again.
    while (paragraph + 1 < paragraphs.length && paragraphs[paragraph + 1]!.start <= c.start) {
      paragraph++;
      // "He died Jan. 5 at his home. … in 1972 …" opening a paragraph of its own years: the story
      // time of the paragraph before does not date its calendar dates ("the following spring" it does).
      staleStory = paragraphs[paragraph]!.fresh;
    }
    if (anchor === 'auto') storyActive = paragraphs[paragraph]!.story;
    const inStory =
      story !== undefined &&
      storyEligible(c.spec) &&
      !(staleStory && c.spec.kind === 'calendar') &&
      // A story time of the reference's own years reads as the reference does, backwards too.
      (anchor === 'story' || story.day.year <= reference.year - STORY_DISTANCE_YEARS) &&
      // "said on December 28" dates the telling: the reference decides — when that day is a
      // recent one; "announced on Feb. 27" in a chronicle of 2017 is the chronicle's.
      !(
        (cues.attributionBefore.test(text.slice(Math.max(0, c.start - 16), c.start)) ||
          cues.deathBefore?.test(text.slice(Math.max(0, c.start - 24), c.start)) === true) &&
        recentlyBefore(c.spec, reference)
      ) &&
      // "April 2 — Greg Willard, 54, NBA referee.": an entry of a list of the year, not of a story.
      (anchor === 'story' || !entry) &&
      (anchor === 'story' ||
        // A paragraph in story time, or a sentence that stated an earlier year before the date.
        ((storyActive || storySentence === sentenceIndex) &&
          (tense.direction !== 'future' || tense.inPast === true)));
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
    if (stamp !== undefined && c.start < stamp.end && !inStory) {
      if (ctx.anchorDay === reference) ctx.anchorDay = stamp.day;
      ctx.reference = stamp.day;
      delete ctx.referenceTime;
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
      cues.today.test(text.slice(c.start, c.end)) &&
      isPresentToday(sentence, c.start - sentenceStart, c.end - c.start, cues)
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
      ...(info
        ? {
            granularity: info.granularity,
            // A span of days or years ("2024/25", Holy Week) is wider than what its value writes.
            range: resolved.range ?? info.range,
          }
        : {}),
    };
    if (!info && resolved.type === 'DURATION') timex.granularity = durationGranularity(resolved.value);
    const previous = out.length
      ? { timex: out[out.length - 1]!, spec: outSpecs[out.length - 1]! }
      : undefined;
    if (previous && cues.rangeBetween.test(text.slice(previous.timex.end, c.start)))
      alignRangeYears(previous, { timex, spec: c.spec });
    out.push(timex);
    outSpecs.push(c.spec);
    // "the three months ended Sept. 30" bounds a period: no event happened that day to tell more of.
    const boundary = cues.periodBoundary.test(text.slice(Math.max(0, c.start - 12), c.start));
    if (info && DAY_GRANULARITIES.includes(info.granularity) && c.spec.kind !== 'part-of-day' && !boundary) {
      anchorDay = dayOf(new Date(info.range.start));
      anchorSentence = sentenceIndex;
      // "Weber said during a Sunday news conference": the day of a telling is not the day a later
      // bare clock time ("around 3 p.m.") of the story belongs to, nor is the day a photo was taken
      // ("In this Jan. 5, 2011 file photo").
      if (!told(c.start) && !cues.photoDateAfter?.test(text.slice(c.end, c.end + 16)))
        lastNamedDay = anchorDay;
      const clock = /T(\d\d):(\d\d)/.exec(resolved.value);
      anchorTime = clock ? { day: anchorDay, hour: Number(clock[1]), minute: Number(clock[2]) } : undefined;
    }
    if (stamps && info && DAY_GRANULARITIES.includes(info.granularity)) {
      // The day as written ("8:40PM ET" may fall on the next day in UTC): the value's own date.
      const written = /^(\d{4})-(\d\d)-(\d\d)/.exec(resolved.value);
      if (written) {
        const lineEnd = text.indexOf('\n', c.end);
        const day = { year: Number(written[1]), month: Number(written[2]), day: Number(written[3]) };
        stamp = { day, end: lineEnd < 0 ? text.length : lineEnd };
      }
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
      staleStory = false;
      // A year stated well before the reference year starts a story; one near it ends the story.
      // Only a year that frames its sentence ("In 1793, …", not "since 2013", ", founded in 1991,",
      // "the 2003 invasion") puts the rest of the sentence in its time.
      const framing =
        cues.framingLead.test(text.slice(sentenceStart, c.start)) &&
        !cues.sinceBefore.test(text.slice(sentenceStart, c.start));
      if (writesYear(c.spec))
        storySentence = day.year <= reference.year - STORY_DISTANCE_YEARS && framing ? sentenceIndex : -1;
    }
    // Only a year that frames its sentence ("In 2017, the company…") carries over to later dates.
    if (writesYear(c.spec) && info && cues.framingLead.test(text.slice(sentenceStart, c.start))) {
      sentenceYear = { sentence: sentenceIndex, year: new Date(info.range.start).getUTCFullYear() };
    }
    // Only periods the text names count as under discussion; a "year ago" comparison does not, nor
    // does the day a quote was given ("she said last week"): that dates the telling, not the story.
    const named =
      !(c.spec.kind === 'relative' && c.spec.comparesPeriod) &&
      !(
        (c.spec.kind === 'weekday' || (c.spec.kind === 'relative' && c.spec.from !== 'anchor')) &&
        cues.attributionBefore.test(text.slice(Math.max(0, c.start - 16), c.start))
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

/** Whether only blanks stand between the start of its line and `at` (looks back a bounded way). */
function opensLine(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - LINE_LOOKBACK), at);
  const newline = back.lastIndexOf('\n');
  if (newline < 0) return at <= LINE_LOOKBACK && LINE_LEAD.test(back);
  return LINE_LEAD.test(back.slice(newline + 1));
}

/** The words between the start of its line and `at`, when the line starts close enough before it. */
function lineLead(text: string, at: number): string | undefined {
  const back = text.slice(Math.max(0, at - LINE_LOOKBACK), at);
  const newline = back.lastIndexOf('\n');
  if (newline < 0) return at <= LINE_LOOKBACK ? back : undefined;
  return back.slice(newline + 1);
}

/** What may stand before an entry's stamp on its line: blanks, a bullet, live-blog marks ("+++ 22.40 Uhr +++"). */
const LINE_LEAD = /^[\s+*•·▪►>|–—-]*$/;

const LINE_LOOKBACK = 80;

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
