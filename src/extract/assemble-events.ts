import { stepsWithin, type Steps } from '../normalize/steps.js';
import { duplicateTargetsSteps, wordSimilarity } from './dedupe.js';
import type { CaptionKind } from './furniture.js';
import { PAST_FORMS, REPORTING_VERBS, STOPWORDS } from './lexicon.js';
import { EVENT_NOUNS } from './event-nouns.js';
import { isAdjectiveUse, presentPerfectParticiples } from './context-date.js';
import { deathsToldAgain, restatedEvents } from './restatements.js';
import type { ExtractedEvent, ExtractedExpression, ExtractionResult, UndatedMention } from './types.js';

/** An event before duplicates are merged and ids given. */
export interface Draft {
  event: Omit<ExtractedEvent, 'id'>;
  expressions: ExtractedExpression[];
  undated: UndatedMention[];
  /**
   * A photo caption: merged into a body event of the same day when there is one (an uncredited one
   * only when the body event says much the same).
   */
  caption?: CaptionKind;
}

/** The target of a photo-dated caption that repeats no body event: it makes none. */
const PHOTO_ONLY = -1;
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

/** Past verbs with the next content word ("made landfall", "arrested man"): what an event sentence tells. */
function eventPhrases(sentence: string): Set<string> {
  const words = (sentence.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).filter((w) => w.length > 1);
  const phrases = new Set<string>();
  words.forEach((w, i) => {
    const past = (/^\p{Ll}{2,}ed$/u.test(w) || PAST_FORMS.has(w)) && !REPORTING_VERBS.has(w);
    if (!past || isAdjectiveUse(words[i - 1])) return;
    const next = words.slice(i + 1).find((o) => !STOPWORDS.has(o));
    if (next) phrases.add(`${w} ${next}`);
  });
  return phrases;
}

const CLOCK_GRANULARITIES: ReadonlySet<string> = new Set(['hour', 'minute', 'second']);

/**
 * "Laura made landfall early on Thursday …" and later "Laura made landfall just before 1 a.m. …":
 * the same event told again on the same day with a clock time (the same past verb and object) is
 * one event; the clock time becomes its refinement.
 */
function retoldWithTime(drafts: Draft[], targets: number[]): void {
  const byDay = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.caption || targets[i] !== i) return;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(d.event.date.value)?.[0];
    if (day === undefined) return;
    const list = byDay.get(day) ?? [];
    if (list.length < MAX_BODY_EVENTS) list.push(i);
    byDay.set(day, list);
  });
  for (const list of byDay.values()) {
    const phrases = list.map((i) => eventPhrases(drafts[i]!.event.sentence));
    list.forEach((j, b) => {
      const later = drafts[j]!.event;
      if (!CLOCK_GRANULARITIES.has(later.date.granularity)) return;
      for (let a = 0; a < b; a++) {
        const i = list[a]!;
        const first = drafts[i]!.event;
        if (targets[i] !== i || first.sentence === later.sentence) continue;
        if (CLOCK_GRANULARITIES.has(first.date.granularity)) continue;
        if (first.refinement && CLOCK_GRANULARITIES.has(first.refinement.granularity)) continue;
        if (![...phrases[b]!].some((p) => phrases[a]!.has(p))) continue;
        targets[j] = i;
        drafts[i]!.event = { ...first, refinement: later.date };
        return;
      }
    });
  }
}

/** "since" right before a date ("the worst day since Sept. 17, 2001"). */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;

/**
 * "… the worst day since Sept. 17, 2001" and later "the biggest sell-off since Sept. 17, 2001", or
 * "its first title since 1976" beside "had never won the title other than in 1976": a date named
 * after "since" that another sentence also dates is that event mentioned again, one of its sources.
 */
function sinceRepeats(drafts: Draft[], targets: number[]): void {
  const sinceAt = (d: Draft): boolean => {
    const { sentence, expression } = d.event.source;
    return SINCE_BEFORE.test(
      d.event.sentence.slice(
        Math.max(0, expression.start - sentence.start - 20),
        expression.start - sentence.start,
      ),
    );
  };
  const firstOf = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.caption || targets[i] !== i || sinceAt(d)) return;
    if (!firstOf.has(d.event.date.value)) firstOf.set(d.event.date.value, i);
  });
  drafts.forEach((d, i) => {
    if (d.caption || targets[i] !== i || !sinceAt(d)) return;
    const value = d.event.date.value;
    const other = firstOf.get(value);
    if (other !== undefined && drafts[other]!.event.source.sentence.start !== d.event.source.sentence.start) {
      targets[i] = other;
      return;
    }
    // Two "since" mentions of one date and no other: the first stays the event.
    if (other === undefined) firstOf.set(value, i);
  });
}

/** Days before the publication a lede's news may have happened on, told again with its day. */
const LEDE_RETOLD_DAYS = 7;

/**
 * "A longtime journalist … has died." (a lede dated by the publication, as nothing else dates it)
 * and, below, "He died Tuesday at his home": the same news with its day. The lede becomes a source
 * of that event.
 */
function ledeToldAgain(drafts: Draft[], targets: number[]): void {
  const lede = drafts.findIndex((d, i) => targets[i] === i && d.event.why.rule === 'lede-of-publication-day');
  if (lede < 0) return;
  const verbs = presentPerfectParticiples(drafts[lede]!.event.sentence);
  const ledeNouns = new Set(
    (drafts[lede]!.event.sentence.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => EVENT_NOUNS.has(w)),
  );
  // "have arrested a suspect" / "announced the arrest": the verb or its noun; "A shooting … has
  // resulted in…" / "police responded to a reported shooting": the same event noun.
  const stems = verbs.map((v) => (v.length > 5 ? v.replace(/e?d$/, '') : v));
  const published = Date.parse(drafts[lede]!.event.date.range.start);
  const told = drafts.findIndex((d, i) => {
    if (i === lede || targets[i] !== i || d.caption) return false;
    const before = (published - Date.parse(d.event.date.range.start)) / 86_400_000;
    if (before <= 0 || before > LEDE_RETOLD_DAYS) return false;
    const words = d.event.sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
    return words.some(
      (w) => ledeNouns.has(w) || stems.some((stem) => w === stem || (stem.length > 4 && w.startsWith(stem))),
    );
  });
  if (told >= 0) targets[lede] = told;
}

/** Merges duplicates, numbers the events and links expressions and undated mentions to them. */
export function* assemble(
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
  // "the 2013 bombing" beside "planted the bombs on April 15, 2013": a dated noun whose date holds
  // a finer event of the article names that event again, coarsely; it becomes one of its sources.
  drafts.forEach((d, i) => {
    if (d.event.why.rule !== 'dated-noun' || targets[i] !== i) return;
    const { start, end } = d.event.date.range;
    const finer = drafts.findIndex(
      (o, j) =>
        j !== i &&
        targets[j] === j &&
        start <= o.event.date.range.start &&
        o.event.date.range.end <= end &&
        (start !== o.event.date.range.start || end !== o.event.date.range.end),
    );
    if (finer >= 0) targets[i] = finer;
  });
  retoldWithTime(drafts, targets);
  sinceRepeats(drafts, targets);
  ledeToldAgain(drafts, targets);
  restatedEvents(drafts, targets);
  deathsToldAgain(drafts, targets);
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
      d.caption === 'credited' || d.caption === 'photo-dated'
        ? bodies[0]
        : d.caption === 'uncredited'
          ? bodies.find((b) => sayTheSame(d.event.sentence, drafts[b]!.event.sentence))
          : undefined;
    if (body !== undefined) targets[i] = body;
    // The picture's own day with no body event on it: no event, the date is the page's furniture.
    else if (d.caption === 'photo-dated') targets[i] = PHOTO_ONLY;
  });
  for (let i = 0; i < targets.length; i++) if (targets[i] !== PHOTO_ONLY) targets[i] = targets[targets[i]!]!;
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
    if (target === PHOTO_ONLY) {
      for (const x of draft.expressions) expressions.push({ ...x, role: 'furniture' });
      return;
    }
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
