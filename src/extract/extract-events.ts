import { findTimexes } from '../normalize/index.js';
import type { Timex } from '../normalize/types.js';
import { chooseAnchor, type Candidate } from './anchor.js';
import { dateShapes, type DateShape } from './date-like.js';
import { duplicateTargets } from './dedupe.js';
import { furnitureOf } from './furniture.js';
import { DEICTIC_DATE } from './lexicon.js';
import { insideAny, quotationSpans } from './quotes.js';
import { splitSentences } from './sentences.js';
import { eventTitle } from './title.js';
import type {
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
}

const describe = (value: unknown): string => (value === null ? 'null' : typeof value);

/**
 * Turns article text into dated events: each sentence with a date becomes an event anchored to the
 * date its main statement is about, with a headline-style title and offsets back into the text.
 *
 * - Sentences come from `Intl.Segmenter`, rejoined after abbreviations ("U.S.", "Dec.", "Mr.").
 * - Durations, references ("now") and sets do not make events; they are listed in `expressions`.
 * - A finer time of the same day ("December 29 … in the evening") becomes the event's `refinement`.
 * - Navigation, image credits, bylines, time stamps and footers yield no events.
 * - The same sentence twice, or near-identical sentences of one date, merge into one event that
 *   keeps every source.
 * - Dates that cannot be placed (unresolved values, date-shaped text the normalizer did not read,
 *   "today" inside a quotation) are listed in `undated` with a reason.
 *
 * @param text - the article as plain text
 * @param options - `referenceDate` (publication date, `Date` or ISO 8601 string) and `prefer`
 * @returns events in text order, undated mentions, and every expression with its role
 * @throws TypeError when `text` is not a string or `referenceDate` is missing or invalid
 * @example
 * const { events } = extractEvents('The U.S. said on December 29 that it struck five targets.', {
 *   referenceDate: '2019-12-30',
 * });
 * events[0].date.value // '2019-12-29'
 * events[0].title // 'U.S. struck five targets'
 */
export function extractEvents(text: string, options: ExtractOptions): ExtractionResult {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `options with a referenceDate are required, e.g. { referenceDate: '2019-12-30' }; got ${describe(options)}`,
    );
  }
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  // The normalizer validates referenceDate and prefer (TypeError naming them), also for empty text.
  const timexes = findTimexes(text, {
    referenceDate: options.referenceDate,
    ...(options.prefer !== undefined ? { prefer: options.prefer } : {}),
    ...(options.anchor !== undefined ? { anchor: options.anchor } : {}),
  });
  const sentences = splitSentences(text);
  const furniture = furnitureOf(text, sentences);
  const quotes = quotationSpans(text);
  const shapes = dateShapes(text);

  const drafts: Draft[] = [];
  const loose: { expressions: ExtractedExpression[]; undated: UndatedMention[] } = {
    expressions: [],
    undated: [],
  };
  let t = 0;
  let s = 0;
  sentences.forEach((span, i) => {
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
    const result = readSentence(text, span, own, ownShapes, quotes, furniture[i] !== undefined);
    if (result.draft) drafts.push(result.draft);
    else {
      loose.expressions.push(...result.expressions);
      loose.undated.push(...result.undated);
    }
  });
  while (t < timexes.length) loose.expressions.push({ ...timexes[t++]!, role: 'context' });
  return assemble(drafts, loose);
}

/** One sentence → an event draft, or the roles of its expressions when it has no event. */
function readSentence(
  text: string,
  span: TextSpan,
  timexes: Timex[],
  shapes: DateShape[],
  quotes: readonly TextSpan[],
  isFurniture: boolean,
): { draft?: Draft; expressions: ExtractedExpression[]; undated: UndatedMention[] } {
  const sentence = text.slice(span.start, span.end);
  if (isFurniture) return { expressions: timexes.map((x) => ({ ...x, role: 'furniture' })), undated: [] };
  const roles = new Map<Timex, ExpressionRole>();
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
  const quotedDeictic: Timex[] = [];
  for (const x of timexes) {
    if (roles.has(x)) continue;
    if (x.type === 'DURATION') roles.set(x, 'duration');
    else if (x.type === 'SET') roles.set(x, 'set');
    else if (x.value.endsWith('_REF')) roles.set(x, 'reference');
    else if (!x.range || !x.granularity) {
      roles.set(x, 'undated');
      mention('unresolved', `"${x.text}" could not be placed in time (value ${x.value})`, x, x.value);
    } else {
      const quoted = insideAny(quotes, x.start, x.end);
      if (quoted && DEICTIC_DATE.test(x.text)) quotedDeictic.push(x);
      else candidates.push({ timex: { ...x, granularity: x.granularity, range: x.range }, quoted });
    }
  }
  const choice = chooseAnchor(sentence, span.start, candidates);
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
    return { expressions: timexes.map((x) => ({ ...x, role: roles.get(x) ?? 'context' })), undated };
  }
  const anchorTimex = timexes.find((x) => x.start === choice.anchor.timex.start)!;
  const refinementTimex = choice.refinement
    ? timexes.find((x) => x.start === choice.refinement!.timex.start)
    : undefined;
  roles.set(anchorTimex, 'anchor');
  if (refinementTimex) roles.set(refinementTimex, 'refinement');
  const source: EventSource = {
    sentence: { ...span },
    expression: { start: anchorTimex.start, end: anchorTimex.end },
  };
  const event: Omit<ExtractedEvent, 'id'> = {
    date: eventDate(choice.anchor),
    ...(choice.refinement ? { refinement: eventDate(choice.refinement) } : {}),
    title: eventTitle(sentence, {
      start: anchorTimex.start - span.start,
      end: Math.min(anchorTimex.end, span.end) - span.start,
    }),
    sentence,
    source,
    sources: [source],
  };
  return {
    draft: {
      event,
      expressions: timexes.map((x) => ({ ...x, role: roles.get(x) ?? 'context' })),
      undated,
    },
    expressions: [],
    undated: [],
  };
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

/** Merges duplicates, numbers the events and links expressions and undated mentions to them. */
function assemble(
  drafts: Draft[],
  loose: { expressions: ExtractedExpression[]; undated: UndatedMention[] },
): ExtractionResult {
  const targets = duplicateTargets(
    drafts.map((d) => ({ dateKey: d.event.date.value, sentence: d.event.sentence })),
  );
  const events: ExtractedEvent[] = [];
  const eventOf = new Map<number, ExtractedEvent>();
  const expressions: ExtractedExpression[] = [...loose.expressions];
  const undated: UndatedMention[] = [...loose.undated];
  drafts.forEach((draft, i) => {
    const target = targets[i]!;
    if (target === i) {
      const event = { id: `e${events.length + 1}`, ...draft.event };
      eventOf.set(i, event);
      events.push(event);
    } else {
      eventOf.get(target)!.sources.push(draft.event.source);
    }
    const id = eventOf.get(target)!.id;
    for (const x of draft.expressions) {
      expressions.push(x.role === 'undated' || x.role === 'fragment' ? x : { ...x, eventId: id });
    }
    for (const u of draft.undated) undated.push({ ...u, eventId: id });
  });
  expressions.sort((a, b) => a.start - b.start || a.end - b.end);
  undated.sort((a, b) => a.source.expression.start - b.source.expression.start);
  return { events, undated, expressions };
}
