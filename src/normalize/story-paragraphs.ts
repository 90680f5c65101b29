import type { TimexSpec } from './spec.js';
import type { Candidate } from './combine.js';

const PARAGRAPH_BREAK = /\n\s*\n/;
/** In text whose lines are paragraphs (a page's copy, not a wire story wrapped at 80 columns). */
const LINE_BREAK = /\n\s*/;
/** A line this long shows the text is not wrapped: each line is a paragraph. */
const UNWRAPPED_LINE = 200;

/** Whether the text's lines are its paragraphs: some line is longer than any wrapped text's. */
function unwrapped(text: string): boolean {
  let start = 0;
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
    if ((end < 0 ? text.length : end) - start > UNWRAPPED_LINE) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

/** Expressions that tell the time from now ("yesterday", "on Monday", "last year"): the text is back in the present. */
function tellsNow(spec: TimexSpec): boolean {
  if (spec.kind === 'relative') return spec.from !== 'anchor' && !spec.ofThe;
  if (spec.kind === 'calendar' || spec.kind === 'subyear' || spec.kind === 'holiday')
    return spec.shift !== undefined && !(spec.kind === 'subyear' && spec.ofStory);
  // "the following Monday" counts from the story's day, not from now.
  return spec.kind === 'weekday' && spec.from !== 'anchor';
}

/** A paragraph of the text, and whether it is in story time. */
export interface StoryParagraph {
  start: number;
  story: boolean;
  /** The whole text is mostly a story. */
  narrative: boolean;
  /** Its own years start its story: a story time from before it does not reach into it. */
  fresh: boolean;
}

/**
 * Which paragraphs tell a story (`auto`), from the dates they state: two or more years well before
 * the reference year, outnumbering the expressions that tell time from now ("a paragraph that
 * names 1939 and 1940"); a paragraph that states no year and nothing deictic goes on as the one
 * before it. Linear: one pass over the text's paragraph breaks and the candidates.
 */
export function storyParagraphs(
  text: string,
  candidates: Candidate[],
  referenceYear: number,
  prepositionBefore: RegExp,
  foundingBefore?: RegExp,
): StoryParagraph[] {
  const starts = [0];
  const breaks = new RegExp((unwrapped(text) ? LINE_BREAK : PARAGRAPH_BREAK).source, 'g');
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  const counts = starts.map(() => ({ past: 0, near: 0, now: 0, distant: 0, pastDay: 0, dated: 0 }));
  let p = 0;
  for (const c of candidates) {
    while (p + 1 < starts.length && starts[p + 1]! <= c.start) p++;
    counts[p]!.dated++;
    // A year a preposition governs ("in 1793", "by 1916") dates something; "the 2003 invasion" names it.
    // "Founded in 1945, the company…": a founding or a birth is background, it tells no story.
    const lead = text.slice(Math.max(0, c.start - 24), c.start);
    const year =
      prepositionBefore.test(lead.slice(-12)) && !foundingBefore?.test(lead)
        ? yearWritten(c.spec)
        : undefined;
    if (year !== undefined) counts[p]![year <= referenceYear - STORY_DISTANCE_YEARS ? 'past' : 'near']++;
    if (year !== undefined && year <= referenceYear - STORY_DISTANCE_YEARS && writesDay(c.spec))
      counts[p]!.pastDay++;
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
    pastDay: a.pastDay + c.pastDay,
    dated: a.dated + c.dated,
  }));
  const narrative = total.past >= 3 && total.past >= 2 * (total.near + total.now);
  let previous = false;
  let history = false;
  let chronicle = false;
  return starts.map((start, i) => {
    const { past, near, now, distant, pastDay, dated } = counts[i]!;
    // A story of long ago (or a text that is mostly a story) goes on into paragraphs that date
    // nothing of their own; a news background paragraph does not carry over.
    // A chronicle goes on only through paragraphs that date something ("On Jan. 25 …"); one that
    // dates nothing has left it.
    const inherits =
      (narrative || history || (chronicle && dated > 0)) &&
      (past + near + now === 0 || (past === 1 && near + now === 0));
    // In a story a single year starts its paragraph's story; elsewhere it takes two, or one
    // written out to the day ("was inaugurated on Jan. 20, 2017": a chronicle starts there).
    const starts = (past >= (narrative || distant > 0 ? 1 : 2) || pastDay > 0) && past > near + now;
    const story = starts ? true : inherits ? previous : false;
    if (starts) {
      history = distant > 0;
      chronicle = pastDay > 0;
    } else if (!story) history = chronicle = false;
    previous = story;
    return { start, story, narrative, fresh: starts };
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

/** Whether an expression writes a whole date out ("Jan. 20, 2017"). */
function writesDay(spec: TimexSpec): boolean {
  return spec.kind === 'calendar' && spec.year !== undefined && spec.day !== undefined;
}

/** A year this far back is history: one is enough to put its paragraph in story time. */
const HISTORY_YEARS = 50;

/** How far before the reference year a stated year must lie to put the text in story time. */
export const STORY_DISTANCE_YEARS = 2;

/** Whether an expression writes its year out ("2019", "March 2019", "the fall of 2018"). */
export function writesYear(spec: TimexSpec): boolean {
  if (spec.kind === 'literal') return /^(?:BC)?\d{4}$/.test(spec.value);
  if (spec.kind === 'calendar' || spec.kind === 'subyear' || spec.kind === 'holiday')
    return spec.year !== undefined;
  return false;
}
