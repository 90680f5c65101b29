import { wordsOf } from './clauses.js';
import { DETERMINERS, PAST_FORMS, REPORTING_VERBS } from './lexicon.js';
import type { Candidate } from './anchor.js';

/** Undated sentences after a dated one that may still take its day ("Two days after …, rescuers battled" after "on Wednesday"). */
export const MAX_CONTEXT_SENTENCES = 1;

const PAST_VERB = /^\p{Ll}{2,}ed$/u;
/** Words after which an "-ed" word is an adjective, not the verb ("the proposed deal", "two confirmed cases"). */
const NOT_AFTER: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  'of',
  'and',
  'or',
  'some',
  'many',
  'more',
  'most',
  'no',
  'any',
  'all',
  'well',
  'newly',
  'so-called',
]);

/**
 * Whether an undated sentence tells a past event of its own: a past verb form that is no adjective,
 * and a first verb that is not a report ("Key said at a news conference that …" reports; the
 * statement is dated by when it was said, which the sentence does not give).
 */
export function tellsPastEvent(sentence: string): boolean {
  if (/^\s*["“‘]/u.test(sentence)) return false;
  const words = wordsOf(sentence);
  let first = true;
  for (const [i, w] of words.entries()) {
    const past = PAST_VERB.test(w.word) || PAST_FORMS.has(w.word);
    if (!past) continue;
    if (w.start === 0) continue;
    const previous = words[i - 1]?.word;
    if (previous !== undefined && NOT_AFTER.has(previous)) continue;
    if (/^\d/.test(sentence.slice(0, w.start).trimEnd().split(/\s/).pop() ?? '')) continue;
    if (first && REPORTING_VERBS.has(w.word)) return false;
    first = false;
    if (!REPORTING_VERBS.has(w.word)) return true;
  }
  return false;
}

/**
 * The day a dated sentence carries to the undated sentences after it: its anchor when that is a
 * calendar day (a year or a month is too coarse to say the next sentence happened then).
 */
export function carriedDay(anchor: Candidate): Candidate | undefined {
  return anchor.timex.granularity === 'day' ? anchor : undefined;
}
