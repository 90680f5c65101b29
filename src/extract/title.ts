import { clausesOf, opensSubordinate, wordsOf, type Clause } from './clauses.js';
import { RELATIVE_PRONOUNS, STOPWORDS, SUBJECT_OPENERS, SUBORDINATORS } from './lexicon.js';
import { clean, cutEnd, dropDangling, fit } from './title-fit.js';
import {
  dropAttributionClauses,
  dropStatementPhrases,
  quoteLed,
  stripReportingFrame,
  type QuoteLed,
} from './title-attribution.js';
import {
  MARK,
  dropAsides,
  dropLeadingSubordinate,
  joinThatRelative,
  pastSimple,
  removeDate,
  shortNames,
  startsSubject,
  stripDateline,
  subordinateEvent,
} from './title-rewrite.js';
import { DATE_WORDS, FINITE_VERB_CUES, REPORTING_VERBS, REPORTING_VERBS_WITH_THAT } from './title-words.js';
import { TITLE_MAX_LENGTH, type TextSpan } from './types.js';

/** A title needs this many content words besides the date, else it takes in the next clause. */
const MIN_CONTENT_WORDS = 3;
/** Longest subject put before a clause that lacks one ("The caretaker Iraqi government … warned"). */
const MAX_LEAD = 40;
const JOIN = ' … ';

/** "The Boeing Co. [BA]", "Apple Inc (AAPL.O)": a company's ticker, which no headline keeps. */
const TICKER_AFTER_NAME = /\b((?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|NV)\.?)\s*[[(][A-Z][A-Z0-9.:]{0,11}[\])]/g;

/**
 * A timeline headline for an event: the clause of the sentence that carries it, rewritten the way
 * a headline reads.
 * - Attribution goes: "X said on December 29 that it had conducted…" → "X conducted…",
 *   "…, according to AFP", "AFP quoted … as saying that…", "…, officials said Tuesday",
 *   "in a statement". A pronoun subject of the report ("it", "they") becomes the one who said it.
 * - A sentence that opens with a quotation becomes `Speaker: "quotation"`.
 * - The date phrase goes where it only places the event ("on December 29", "Later on December 29,"):
 *   the axis shows the date. It stays where it carries meaning ("until Dec. 20", "a December 27
 *   barrage") or inside a quotation.
 * - "had conducted" reads "conducted"; "the United States" reads "the U.S.".
 * - A clause that says too little takes in the next one; a relative clause takes in its noun
 *   ("Okafor, who took over in January 2022" → "Okafor took over"); a clause without its subject
 *   gets the sentence's subject; a date in a finite "since/after/when…" clause makes that clause the title.
 * - Longer than `maxLength`: asides go first, then the end is cut at a word boundary with "…".
 *   The title never opens with an ellipsis.
 *
 * @param sentence - the full sentence
 * @param date - the date expression, offsets relative to `sentence`
 * @param maxLength - longest title, in UTF-16 code units
 * @example
 * eventTitle('The United States said on December 29 that it had conducted strikes.', { start: 26, end: 37 })
 * // 'U.S. conducted strikes'
 */
export function eventTitle(sentence: string, date: TextSpan, maxLength = TITLE_MAX_LENGTH): string {
  return openingTrimmed(titleOf(sentence, date, maxLength));
}

/**
 * What dropping an aside or a date can leave in front: "(NWL -1.42%), a household products
 * company…", "(WJW / AP) – A New York jury…", "…(12.40am GMT): Police respond…".
 */
function openingTrimmed(title: string): string {
  const t = title.replace(/^[\s,;:—–-]+/u, '');
  return t === title ? t : t.charAt(0).toUpperCase() + t.slice(1);
}

function titleOf(sentence: string, date: TextSpan, maxLength: number): string {
  const dateText = sentence.slice(date.start, date.end).replace(/\s+/g, ' ');
  // A list bullet ("• Jan. 4: …") is no part of the title; blanked, so offsets stay put.
  const safe = sentence.replace(/\uE000/g, ' ').replace(/^(\s*)[•*·▪►◦‣]/u, '$1 ');
  let marked = `${safe.slice(0, date.start)}${MARK}${safe.slice(date.end)}`.replace(/\s+/g, ' ').trim();
  marked = stripDateline(window(marked)).replace(TICKER_AFTER_NAME, '$1');
  const led = quoteLed(marked);
  if (led) return quoteTitle(led, dateText, maxLength);
  marked = dropAsides(dropAttributionClauses(marked));
  const clauses = clausesOf(marked);
  const at = marked.indexOf(MARK);
  let first = at < 0 ? 0 : clauses.findIndex((c) => at < c.end);
  if (first < 0) first = clauses.length - 1;
  let last = at < 0 ? clauses.length - 1 : first;
  // A possessive date ("Saturday's game") is part of its noun phrase.
  const context: Context = { marked, clauses, dateText, keepDate: /['’]s$/.test(dateText), maxLength };
  let built = build(context, first, last);
  while (built.content < built.needed) {
    if (last + 1 < clauses.length) last++;
    else if (first > 0) first--;
    else break;
    built = build(context, first, last);
  }
  // Nothing but a date and function words: the date is the best the sentence offers.
  if (built.content === 0 && contentWords(built.title) === 0)
    return fit(clean(marked.replace(MARK, dateText)), maxLength);
  const fitted = fit(built.title, maxLength);
  const stretch = marked.slice(clauses[first]!.start, clauses[last]!.end);
  return fitted.endsWith('…') ? (nominalEvent(stretch, fitted.length) ?? fitted) : fitted;
}

/**
 * When a long sentence is cut before it reaches the date and the date only dates a noun ("…the
 * political system imposed after the U.S.-led invasion in 2003 as well as…"), that noun phrase is the
 * event: "The U.S.-led invasion".
 */
function nominalEvent(body: string, shown: number): string | undefined {
  const at = body.indexOf(MARK);
  // Only far beyond what the title shows: nearer, the main clause is still the event's.
  if (at < 2 * Math.max(shown, 40)) return undefined;
  const m =
    /(?:^|\s)((?:the|a|an)\s+(?:[^\s,;"“”]+\s+){0,3}?[^\s,;"“”]+)\s+(?:in|on|at|during|of)\s+$/iu.exec(
      body.slice(0, at),
    );
  const words = m?.[1]!.split(/\s+/).slice(1) ?? [];
  if (!m || words.some((w) => !w.includes('-') && (FINITE_VERB_CUES.has(w) || /^\p{Ll}{3,}ed$/u.test(w))))
    return undefined;
  return m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
}

/** Characters kept before and after the date in a very long sentence; no title reaches further. */
const WINDOW_BEFORE = 600;
const WINDOW_AFTER = 400;

/**
 * A sentence of thousands of characters (a list, text without stops) is cut to the words around its
 * date first, at word boundaries, so every rule after this runs on bounded text.
 */
export function window(marked: string): string {
  const at = marked.indexOf(MARK);
  if (marked.length <= WINDOW_BEFORE + WINDOW_AFTER || at < 0)
    return marked.slice(0, WINDOW_BEFORE + WINDOW_AFTER);
  let start = Math.max(0, at - WINDOW_BEFORE);
  let end = Math.min(marked.length, at + 1 + WINDOW_AFTER);
  if (start > 0) start = Math.min(at, marked.indexOf(' ', start) + 1 || at);
  if (end < marked.length) end = Math.max(at + 1, marked.lastIndexOf(' ', end));
  return marked.slice(start, end);
}

interface Context {
  marked: string;
  clauses: Clause[];
  dateText: string;
  keepDate: boolean;
  maxLength: number;
}

/** The headline text of one stretch of the marked sentence, before a subject is lent to it. */
function rewrite(context: Context, text: string, relative: boolean): string {
  const hasContent = (t: string): boolean => contentWords(t) >= MIN_CONTENT_WORDS;
  let body = text.trim().replace(/^(?:(?:and|but|or|so|yet)\s+)?(?:that\s+(?=\S))?/iu, '');
  if (relative) body = joinRelative(body);
  body = joinThatRelative(body);
  body = dropStatementPhrases(body);
  body = subordinateEvent(body, hasContent);
  if (!context.keepDate) body = removeDate(body, context.dateText);
  body = dropLeadingSubordinate(body, hasContent);
  const reported = stripReportingFrame(body);
  if (reported === body) body = pastSimple(body);
  else body = context.keepDate ? reported : removeDate(reported, context.dateText);
  return body.trim().replace(TRAILING_CONNECTIVE, '');
}

/** A connective left at the end once the date went ("Her breakthrough came in 1962 when" → "…came"). */
const TRAILING_CONNECTIVE =
  /(?:[\s,]+(?:when|while|where|and|but|or|as|because|that|which|the|a|an))+[\s,]*$/iu;

/** Whether a clause has a finite verb ("She learned to cook…"), not only a noun phrase. */
function hasVerb(text: string): boolean {
  return wordsOf(text).some(
    (w, i) => FINITE_VERB_CUES.has(w.word) || (i > 0 && /^\p{Ll}{3,}ed$/u.test(text.slice(w.start, w.end))),
  );
}

/** Whether a rewritten clause opens without its subject ("warned on…", "which filled…"). */
function needsSubject(body: string): boolean {
  const first = /^\p{L}+/u.exec(body)?.[0] ?? '';
  if (!/^\p{Ll}/u.test(first)) return false;
  if (RELATIVE_PRONOUNS.has(first)) return true;
  return !SUBJECT_OPENERS.has(first) && !SUBORDINATORS.has(first) && !startsSubject(body);
}

/** The title from clauses `first`…`last` of the marked sentence, and how much it says. */
function build(
  context: Context,
  first: number,
  last: number,
): { title: string; body: string; content: number; needed: number } {
  const { marked, clauses, dateText } = context;
  let from = first;
  let relative = false;
  if (from > 0 && RELATIVE_PRONOUNS.has(clauses[from]!.firstWord)) {
    from--;
    relative = true;
  }
  let end = clauses[last]!.end;
  // A clause that ends inside a quotation ("…called it "unacceptable,"") keeps the closing mark.
  const closing = /^[,;:]?["”]/.exec(marked.slice(end));
  if (closing && (marked.slice(clauses[from]!.start, end).match(/["“”]/g)?.length ?? 0) % 2 === 1)
    end += closing[0].length;
  let body = rewrite(context, marked.slice(clauses[from]!.start, end), relative);
  let lead = '';
  if (from > 0 && needsSubject(body) && canLead(marked, clauses[0]!)) {
    // The whole stretch from the sentence's subject, if what it adds still leaves room for the event.
    const merged = rewrite(context, marked.slice(clauses[0]!.start, end), false);
    const head = body.split(/\s+/).slice(0, 2).join(' ');
    const fitted = fit(clean(merged.replace(MARK, dateText)), context.maxLength);
    const subject = marked.slice(clauses[0]!.start, clauses[0]!.end);
    // A first clause with a verb of its own is no subject to lend, and a short subject is its own
    // lead: the stretch stays whole (asides between go when the title is fitted).
    const whole =
      fitted.includes(clean(head.replace(MARK, dateText), false)) ||
      hasVerb(subject) ||
      subjectLead(clean(subject)) === clean(subject);
    if (whole) body = merged;
    else {
      lead = subjectLead(clean(marked.slice(clauses[0]!.start, clauses[0]!.end)));
      // "Laura Kimball, who…, said the combination would…": the lead is who said it.
      const framed = lead && !lead.endsWith(JOIN) ? stripReportingFrame(`${lead} ${body}`) : '';
      if (framed && framed !== `${lead} ${body}`) {
        body = context.keepDate ? framed : removeDate(framed, context.dateText);
        lead = '';
      }
    }
  }
  const content = contentWords(body);
  let title = clean(body.replace(MARK, dateText), lead === '');
  if (lead) title = lead.endsWith(JOIN) ? lead + title : `${lead} ${title}`;
  // "Okafor, who took over in January 2022" → "Okafor took over" says enough.
  return {
    title: shortNames(title),
    body,
    content,
    needed: relative ? MIN_CONTENT_WORDS - 1 : MIN_CONTENT_WORDS,
  };
}

/** "Okafor, who took over in…" → "Okafor took over in…"; "Keller, whose basement…" → "Keller’s basement…". */
function joinRelative(text: string): string {
  const m = /^([^,]+),\s+(who|which|whose|whom|where)\s+(\S+)/iu.exec(text);
  if (!m || hasVerb(m[1]!)) return text;
  if (/^(?:he|she|it|they|we|i|you)$/i.test(m[1]!.trim().split(/\s+/)[0]!)) return text;
  const verb = m[3]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (REPORTING_VERBS.has(verb) || REPORTING_VERBS_WITH_THAT.has(verb)) return text;
  const pronoun = m[2]!.toLowerCase();
  if (pronoun === 'whose') return `${m[1]}’s ${text.slice(m[0].length - m[3]!.length)}`;
  if (pronoun === 'who' || pronoun === 'which') return `${m[1]} ${text.slice(m[0].length - m[3]!.length)}`;
  return text;
}

/** Words a title has besides dates, function words and reporting verbs; none for a bare "As …" clause. */
function contentWords(title: string): number {
  const words = wordsOf(title.replace(MARK, ' '));
  if (words.length > 0 && /^(?:as|while|although|though|because|if|whereas)$/.test(words[0]!.word)) return 0;
  return words.filter(
    (w) =>
      !STOPWORDS.has(w.word) &&
      !REPORTING_VERBS.has(w.word) &&
      !DATE_WORDS.has(w.word) &&
      w.word !== 'according',
  ).length;
}

/** `Militia: "Our battle with America…"`: the quotation, cut inside its marks when it must be. */
function quoteTitle(led: QuoteLed, dateText: string, maxLength: number): string {
  const quote = led.quote.replace(MARK, dateText);
  const label = led.speaker ? `${led.speaker}: ` : '';
  const room = maxLength - label.length - 2;
  if (room < 20) return cutEnd(`${label}"${quote}"`, maxLength);
  return `${label}"${cutEnd(quote.charAt(0).toUpperCase() + quote.slice(1), room).replace(/"/g, '')}"`;
}

/** The first clause can serve as a subject unless it is a quotation or a subordinate clause. */
function canLead(sentence: string, clause: Clause): boolean {
  const text = sentence.slice(clause.start, clause.end);
  if (
    /^\s*(?:by|in|on|at|for|during|after|before|since|until|from|with|under|over|through|of|to|as)\b/i.test(
      text,
    )
  )
    return false;
  return !/^\s*["“‘']/.test(text) && !opensSubordinate(clause);
}

/**
 * The subject as a lead: its head noun phrase, before the first modifier ("The caretaker Iraqi
 * government in power since…" → "The caretaker Iraqi government"); a longer one is cut and marked.
 */
function subjectLead(text: string): string {
  const modifier = /\s(?:in|since|who|which|that|with|from|at|on|for|after|before|during|under|over)\s/i.exec(
    text,
  );
  const head =
    modifier && modifier.index > 0 && text.slice(0, modifier.index).split(' ').length >= 2
      ? text.slice(0, modifier.index)
      : text;
  if (head.length <= MAX_LEAD) return head.replace(new RegExp(MARK, 'g'), '').trim();
  const cut = head.slice(0, MAX_LEAD + 1);
  const space = cut.lastIndexOf(' ');
  // No word boundary to cut at: no lead rather than half a word.
  return space > 0 ? dropDangling(cut.slice(0, space)) + JOIN : '';
}
