import type { Candidate } from './anchor.js';
import type { Draft } from './assemble-events.js';
import { inYear, namesYear } from './entries.js';
import { eventDate } from './event-date.js';
import { countFrom, furtherEvents } from './further-events.js';
import type { TitleFunction } from './locales/types.js';
import type { ListState } from './read-sentence.js';
import { countedTitle } from './title-fit.js';
import type { DateReason, EventSource, ExtractedExpression, TextSpan, UndatedMention } from './types.js';

/** How far into a sentence a page stamp may open it (" date 2019-01-21 …"). */
const STAMP_LEAD = 8;

/**
 * The event of a sentence that names no date, dated by the heading above its paragraph or by the
 * day the sentence before it named, and the events counted from it ("eight months after their
 * first meeting").
 */
export function contextDrafts(
  text: string,
  span: TextSpan,
  date: Candidate,
  rule:
    | 'date-heading'
    | 'date-of-previous-sentence'
    | 'lede-of-publication-day'
    | 'counted-from-publication'
    | 'counted-from-anchor'
    | 'update-stamp',
  list: ListState,
  { expressions, undated }: { expressions: ExtractedExpression[]; undated: UndatedMention[] },
  eventTitle: TitleFunction,
): Draft[] {
  const heading = date.timex;
  let candidate = date;
  if (rule === 'date-heading' && !namesYear(heading) && list.year !== undefined)
    candidate = inYear(candidate, list.year);
  const sentence = text.slice(span.start, span.end);
  // " date 2019-01-21 Shawcor has signed…": a page stamp opening the sentence is no part of its title.
  const stamp = expressions.find((x) => x.role === 'furniture' && x.start - span.start < STAMP_LEAD);
  const draftOf = (c: Candidate, why: DateReason, expression: TextSpan): Draft => {
    const source: EventSource = { sentence: { ...span }, expression: { ...expression } };
    const inSentence =
      expression.end > expression.start && expression.start >= span.start && expression.end <= span.end;
    return {
      event: {
        date: eventDate(c),
        why,
        title: eventTitle(
          sentence,
          stamp && !inSentence
            ? { start: 0, end: stamp.end - span.start }
            : {
                start: Math.max(0, expression.start - span.start),
                end: Math.max(0, expression.end - span.start),
              },
        ),
        sentence,
        source,
        sources: [source],
      },
      expressions: [],
      undated: [],
    };
  };
  const durations = expressions.filter((x) => x.role === 'duration');
  if (rule === 'counted-from-anchor') {
    // "… four days after the terrorist attack", the attack dated before: this event is the count
    // from that date, later after "after", earlier before "before".
    for (const d of durations) {
      const tail = /^\s+(after|before)\s+/i.exec(text.slice(d.end, span.end));
      const counted = tail && countFrom(candidate, d, tail[1]!.toLowerCase() === 'after' ? 1 : -1);
      if (!counted) continue;
      const words = text.slice(d.start, d.end + tail[0].trimEnd().length);
      const draft = draftOf(
        { timex: { ...counted, text: words, start: d.start, end: d.start + words.length }, quoted: false },
        { expression: words, rule },
        { start: d.start, end: d.start + words.length },
      );
      const title = countedTitle(sentence, d.start + words.length - span.start);
      if (title) draft.event.title = title;
      return [{ ...draft, expressions, undated }];
    }
    return [];
  }
  const counted = furtherEvents(sentence, span.start, candidate, [], durations).map((f) =>
    draftOf(
      f.candidate,
      {
        expression: f.candidate.timex.text,
        rule: rule === 'counted-from-publication' ? rule : f.rule,
      },
      f.candidate.timex,
    ),
  );
  if (rule === 'counted-from-publication') {
    // "It is almost four years since the first credit crunch": only the event counted back.
    if (counted[0]) Object.assign(counted[0], { expressions, undated });
    return counted;
  }
  // The publication day has no words in the text: an empty span where the lede starts (the
  // reference's own span, 0–5 of "today", would cut a lede that opens the text in its title).
  const at = rule === 'lede-of-publication-day' ? { start: span.start, end: span.start } : heading;
  const first = draftOf(candidate, { expression: heading.text, rule }, at);
  first.expressions = expressions;
  first.undated = undated;
  // A sentence dated by the one before only when it counts another event from that day ("Two days
  // after the quake flattened homes, rescuers battled…"): without one, an undated sentence after a
  // dated one is far more often a detail of that event than an event of its own.
  if (rule === 'date-of-previous-sentence' && !counted.length) return [];
  return [first, ...counted];
}
