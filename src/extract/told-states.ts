import { wordsOf } from './clauses.js';
import { REPORTING_VERBS } from './lexicon.js';

/** A reporting verb right before the date ("Police said Saturday", "the company told investors on Monday"). */
const TOLD_BEFORE =
  /\b(?:said|says|told\s+\p{L}+|announced|confirmed|reported|stated|added|noted)\s+(?:on\s+)?$/iu;
/** Present-tense verbs of a state ("he is wanted", "they remain hospitalized", "it has no plans"). */
const STATE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'remains', 'remain', 'has', 'have']);
/** Words between such a verb and what follows it that do not change what it says ("is still wanted"). */
const ADVERBS: ReadonlySet<string> = new Set([
  'now',
  'still',
  'also',
  'not',
  'already',
  'currently',
  'being',
]);
/** After a state verb, words that make it a change or a plan ("is to close", "is set to", "has been fired"). */
const NOT_A_STATE = /^(?:to|been|set|due|expected|scheduled|going|about|likely|planning|poised|\p{Ll}+ing)$/u;
/** Subject words between the date and the verb: a pronoun or a short noun phrase. */
const MAX_SUBJECT_WORDS = 4;

/**
 * "Police said Saturday he is wanted on several felony warrants": the date only says when the
 * words were told, and what was told is a state in the present tense (no change, no plan), so the
 * sentence tells no event of that day. "said Monday it will close" (a plan) and "said Monday it had
 * fired" or "it has fired" (a change) still do. Offsets are the date's within the sentence.
 *
 * @example
 * isToldState('Officials said Tuesday the road is closed.', 15, 22) // true
 * isToldState('Officials said Tuesday the road will close.', 15, 22) // false
 */
export function isToldState(sentence: string, at: number, end: number): boolean {
  if (!TOLD_BEFORE.test(sentence.slice(0, at))) return false;
  const rest = sentence.slice(end);
  // Another clause or date after this one ("…, and on Sunday it…") is beyond what this rule reads.
  const clause = /^[^;:—–]*/.exec(rest)?.[0] ?? '';
  const words = wordsOf(clause).map((w) => w.word);
  let k = words[0] === 'that' ? 1 : 0;
  const subjectStart = k;
  while (k < words.length && !STATE_VERBS.has(words[k]!) && k - subjectStart < MAX_SUBJECT_WORDS) {
    const w = words[k]!;
    // A verb of its own in the subject's place ("said Friday officers arrested…") is no state.
    if (
      /ed$/.test(w) ||
      REPORTING_VERBS.has(w) ||
      /^(?:will|would|had|was|were|could|can|may|might|should|must)$/.test(w)
    )
      return false;
    k++;
  }
  if (k === subjectStart || !STATE_VERBS.has(words[k] ?? '')) return false;
  const verb = words[k]!;
  k++;
  while (k < words.length && ADVERBS.has(words[k]!)) k++;
  const next = words[k];
  if (next === undefined || NOT_A_STATE.test(next)) return false;
  // "has fired", "have arrested": a perfect is a change; "has no suspects", "have a plan" is not.
  if (
    (verb === 'has' || verb === 'have') &&
    (/ed$|en$/.test(next) || !/^(?:no|a|an|the|any|several|many)$/.test(next))
  )
    return false;
  return true;
}

/**
 * The verb of a state that goes on: "still had no power", "were still without water", "remain
 * without power" ("remained hospitalized Saturday" is news of the wounded, and stays an event).
 */
const GOING_ON =
  /\b(?:still\s+(?:had|has|have|was|were|is|are|without|lacked|lack)|(?:remain|stay)(?:s|ed)?\s+without)\b/i;
/** Between that verb and the date, what would put the date in another clause. */
const OTHER_CLAUSE = /\b(?:after|when|since|because|following|before|until|as|while)\b|[,;:()—–]/i;
/** A past verb before the state's: the sentence tells a change first ("fled and remain in hiding"). */
const EARLIER_EVENT = /\b\p{Ll}{3,}ed\b|\b(?:was|were)\s+\p{Ll}+(?:ed|en)\b/u;

/**
 * "About 468,000 homes still had no power Wednesday", "More than 100,000 people remain without
 * power Thursday": the date says when a state that goes on was observed; nothing happened that
 * day. A date past a clause boundary ("remain without power, days after an ice storm hit") is
 * not the state's. Offsets are the date's within the sentence.
 *
 * @example
 * datesAGoingOnState('Thousands still had no power Wednesday.', 28) // true
 * datesAGoingOnState('Thousands lost power Wednesday.', 21) // false
 */
export function datesAGoingOnState(sentence: string, at: number): boolean {
  const m = GOING_ON.exec(sentence);
  if (!m || m.index > at) return false;
  if (EARLIER_EVENT.test(sentence.slice(0, m.index))) return false;
  return !OTHER_CLAUSE.test(sentence.slice(m.index + m[0].length, at));
}

/** "declined to comment", "did not immediately reply to a request", "could not be reached". */
const NO_COMMENT =
  /\b(?:declined|refused)\s+to\s+comment\b|\b(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t)\s+(?:immediately\s+)?(?:respond|reply|return|answer)(?:ed)?\b[^.;]{0,40}?\b(?:requests?|messages?|calls?|e-?mails?|inquir\w*)\b|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b/i;

/**
 * "did not immediately reply to a request early Sunday for comment", "declined to comment … when
 * reached at home Monday": a date after a no-comment dates the reporting, not the news. A date
 * before it ("was arrested Monday and declined to comment") is the news's own. Offsets are the
 * date's within the sentence.
 *
 * @example
 * datesANoComment('The school did not reply to a request Sunday for comment.', 38) // true
 */
export function datesANoComment(sentence: string, at: number): boolean {
  const m = NO_COMMENT.exec(sentence);
  return m !== null && m.index < at;
}
