import { clausesOf, isParenthetical, opensSubordinate, wordsOf, type Clause } from './clauses.js';
import { RELATIVE_PRONOUNS, STOPWORDS, SUBJECT_OPENERS, SUBORDINATORS } from './lexicon.js';
import { TITLE_MAX_LENGTH, type TextSpan } from './types.js';

/** A title needs this many content words besides the date, else it takes in the next clause. */
const MIN_CONTENT_WORDS = 3;
/** Longest subject put before a clause that lacks one ("The caretaker Iraqi government … warned"). */
const MAX_LEAD = 40;
/** Characters of context a cut title keeps after the date. */
const AFTER_DATE = 25;
const ELLIPSIS = '…';
const JOIN = ' … ';

/**
 * A short title for an event: the clause of the sentence around its date.
 * - A clause that says too little ("Later on December 29") takes in the next one (or the previous).
 * - A relative clause takes in the noun it describes ("Kataib Hizbullah, which said on December 30…").
 * - A clause whose subject is earlier in the sentence gets the subject as a lead
 *   ("The caretaker Iraqi government … warned on December 30 it might…").
 * - Longer than `maxLength`, it is cut at word boundaries with "…"; when the date lies in a
 *   subordinate clause far into the sentence, the title starts at that clause ("…since the United
 *   States last year withdrew…"). A dangling "the"/"of" before the ellipsis is dropped.
 *
 * @param sentence - the full sentence
 * @param date - the date expression, offsets relative to `sentence`
 * @example
 * eventTitle('Later on December 29, AFP said rockets had hit a base.', { start: 9, end: 20 })
 * // 'Later on December 29, AFP said rockets had hit a base'
 */
export function eventTitle(sentence: string, date: TextSpan, maxLength = TITLE_MAX_LENGTH): string {
  const clauses = clausesOf(sentence);
  let first = clauses.findIndex((c) => date.start < c.end);
  if (first < 0) first = clauses.length - 1;
  let last = first;
  while (last + 1 < clauses.length && clauses[last]!.end < date.end) last++;
  const contentWords = (): number => {
    const from = clauses[first]!.start;
    return wordsOf(sentence.slice(from, clauses[last]!.end)).filter(
      (w) => !STOPWORDS.has(w.word) && (from + w.end <= date.start || from + w.start >= date.end),
    ).length;
  };
  while (contentWords() < MIN_CONTENT_WORDS) {
    if (last + 1 < clauses.length) last++;
    else if (first > 0) first--;
    else break;
  }
  if (first > 0 && RELATIVE_PRONOUNS.has(clauses[first]!.firstWord)) first--;
  let lead = '';
  if (first > 0 && lacksSubject(sentence, clauses[first]!) && canLead(sentence, clauses[0]!)) {
    if (clauses.slice(1, first).every((c, i) => !isParenthetical(c, i + 1) && !isAside(c))) first = 0;
    else lead = shortLead(clean(sentence.slice(clauses[0]!.start, clauses[0]!.end)));
  }
  const body = clean(sentence.slice(clauses[first]!.start, clauses[last]!.end), lead === '');
  const dateText = sentence.slice(date.start, date.end).replace(/\s+/g, ' ');
  const budget = maxLength - (lead ? lead.length + JOIN.length : 0);
  if (lead && budget >= 40) {
    return lead + JOIN + shorten(body, body.indexOf(dateText), dateText.length, budget);
  }
  return shorten(body, body.indexOf(dateText), dateText.length, maxLength);
}

/** A clause starting with a lower-case verb or preposition: its subject is earlier in the sentence. */
function lacksSubject(sentence: string, clause: Clause): boolean {
  const text = sentence.slice(clause.start, clause.end).trimStart();
  if (!/^\p{Ll}/u.test(text)) return false;
  return !SUBJECT_OPENERS.has(clause.firstWord) && !SUBORDINATORS.has(clause.firstWord);
}

/** The first clause can serve as a subject unless it is a quotation or a subordinate clause. */
function canLead(sentence: string, clause: Clause): boolean {
  return !/^\s*["“‘']/.test(sentence.slice(clause.start, clause.end)) && !opensSubordinate(clause);
}

/** One- or two-word connectives set off by commas: ", meanwhile,", ", however,". */
function isAside(clause: Clause): boolean {
  return clause.end - clause.start < 16;
}

function shortLead(text: string): string {
  if (text.length <= MAX_LEAD) return text;
  const cut = text.slice(0, MAX_LEAD + 1);
  const space = cut.lastIndexOf(' ');
  // No word boundary to cut at: no lead rather than half a word.
  return space > 0 ? dropDangling(cut.slice(0, space)) : '';
}

function clean(text: string, capitalize = true): string {
  let t = text.replace(/\s+/g, ' ');
  t = t.replace(/^[\s"“”'‘’,;:—–\-)\]]+/u, '').replace(/[\s,;:—–\-([]+$/u, '');
  // The final stop goes, but not the period of a closing abbreviation ("9 a.m.", "the U.S.").
  if (!/(?:^|\s)(?:\p{L}\.){2,}$/u.test(t)) t = t.replace(/[.!?]+["”’']?$/u, '');
  t = t.replace(/[\s,;:]+$/u, '');
  t = balanceQuotes(t);
  return capitalize ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/** Drops the last unmatched double quotation mark so a title never opens a quotation it does not close. */
function balanceQuotes(text: string): string {
  let t = text;
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) {
    const i = t.lastIndexOf('"');
    t = t.slice(0, i) + t.slice(i + 1);
  }
  const opens = t.match(/“/g)?.length ?? 0;
  const closes = t.match(/”/g)?.length ?? 0;
  if (opens > closes) {
    const i = t.lastIndexOf('“');
    t = t.slice(0, i) + t.slice(i + 1);
  } else if (closes > opens) {
    const i = t.indexOf('”');
    t = t.slice(0, i) + t.slice(i + 1);
  }
  return t.replace(/\s{2,}/g, ' ').trim();
}

/** Removes trailing punctuation and function words ("…strike in" → "…strike"). */
function dropDangling(text: string): string {
  let cut = text;
  for (;;) {
    // Quotation marks stay: a closing one may balance an opening one (`might "review"`).
    const trimmed = cut.replace(/[\s,;:—–\-([“‘]+$/u, '');
    const lastWord = /(?:^|\s)(\p{L}+)$/u.exec(trimmed)?.[1];
    if (!lastWord || !STOPWORDS.has(lastWord.toLowerCase()) || trimmed.length === lastWord.length) {
      return trimmed;
    }
    cut = trimmed.slice(0, trimmed.length - lastWord.length);
  }
}

/** At most `maxLength` characters from the start, cut at a word boundary, with "…". */
function cutEnd(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  const cut = text.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  if (space > 0) return balanceQuotes(dropDangling(cut.slice(0, space))) + ELLIPSIS;
  // One word longer than a title: cut inside it, but never between the halves of a surrogate pair.
  let hard = text.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(hard)) hard = hard.slice(0, -1);
  return hard + ELLIPSIS;
}

/**
 * Fits `text` in `maxLength`: from the start when the date is in the main clause and fits. Otherwise
 * from the clause opener before the date ("…after the U.S.-led invasion in 2003…"), or a window
 * ending a few words after the date: the words a timeline label shows first are about the date.
 */
function shorten(text: string, dateAt: number, dateLength: number, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const dateEnd = dateAt + dateLength;
  if (dateAt < 0) return cutEnd(text, maxLength);
  // The clause opener of the date ("since the United States last year…"), not a preposition of it ("since 2003").
  const opener = wordsOf(text.slice(0, dateAt))
    .filter((w) => SUBORDINATORS.has(w.word) && !/^\s*(?:the\s+)?$/i.test(text.slice(w.end, dateAt)))
    .pop();
  const fits = dateEnd + 1 <= maxLength - ELLIPSIS.length;
  if (!opener && fits) return cutEnd(text, maxLength);
  const start =
    opener && dateAt - opener.start < maxLength / 2 ? opener.start : wordStartBefore(text, dateAt, maxLength);
  // An opener near the start: the text from the start shows it anyway.
  if (fits && start <= MAX_LEAD) return cutEnd(text, maxLength);
  if (start === 0) return cutEnd(text, maxLength);
  return ELLIPSIS + cutEnd(text.slice(start).replace(/^[\s,;:—–-]+/u, ''), maxLength - ELLIPSIS.length);
}

/** A word start so that the date and {@link AFTER_DATE} characters after it fit in the window. */
function wordStartBefore(text: string, dateAt: number, maxLength: number): number {
  const dateEnd = text.indexOf(' ', dateAt) < 0 ? text.length : dateAt;
  let start = Math.max(0, Math.min(dateAt, dateEnd + AFTER_DATE - (maxLength - 2 * ELLIPSIS.length)));
  if (start > 0 && text[start - 1] !== ' ') {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < dateAt ? space + 1 : dateAt;
  }
  return start;
}
