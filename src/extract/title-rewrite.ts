/**
 * Rewrites that turn a clause into a headline. The clause arrives with its event date replaced by
 * {@link MARK}, so every rule sees where the date was without tracking offsets.
 */
import { clausesOf, isAppositive, type Clause } from './clauses.js';
import {
  ATTRIBUTIVE_BEFORE_DATE,
  DATE_LEAD_WORDS,
  DATE_WORDS,
  FINITE_VERB_CUES,
  IRREGULAR_PAST,
  RELATIONAL_BEFORE_DATE,
  REPORTING_VERBS,
  SAME_PAST,
  SHORT_NAMES,
} from './title-words.js';

const AUXILIARIES: ReadonlySet<string> = new Set(
  'is are was were has have had will would could can should may might must do does did'.split(' '),
);

/** Stands for the event's date expression (a private-use character: never in real text). */
export const MARK = '\uE000';

export const bareWord = (w: string): string => w.toLowerCase().replace(/[^\p{L}]/gu, '');

/** Whether offset `at` lies inside a double quotation ("…" or “…”) of `text`. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = before.match(/"/g)?.length ?? 0;
  const opens = before.match(/“/g)?.length ?? 0;
  const closes = before.match(/”/g)?.length ?? 0;
  return straight % 2 === 1 || opens > closes;
}

/** "WASHINGTON — ", "RIVERBEND, Ohio (AP) — ": the place line of a wire story. */
const DATELINE =
  /^[\p{Lu}][\p{Lu}.'’-]+(?:\s+[\p{Lu}][\p{Lu}.'’-]+)*(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?(?:,\s+\uE000)?(?:\s+\([^)]{1,20}\))?\s*[—–]\s*|^[\p{Lu}][\p{Lu}.'’-]+(?:\s+[\p{Lu}][\p{Lu}.'’-]+)*(?:,\s+\p{Lu}[\p{L}.]+)?\s+-{1,2}\s+/u;

/** "date 2017-05-08 NEW YORK May 8 ": a page stamp, or a city in capitals and its date, before the lede. */
const STAMP_LEAD =
  /^\s*date\s+\d{4}-\d\d-\d\d\s+|^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3},?\s+\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2},?\s+(?=\p{Lu})/u;

export function stripDateline(text: string): string {
  return text.replace(STAMP_LEAD, '').replace(STAMP_LEAD, '').replace(DATELINE, '');
}

/**
 * Removes the event's date where it only places the event in time (the axis shows it):
 * a fronted "Later on December 29," or "15:42", an adverbial "on December 29" or "Tuesday".
 * It stays where it modifies a noun ("a December 27 rocket barrage", "Tuesday's ruling"), follows
 * a relational preposition ("until Dec. 20", "since 2016") or sits inside a quotation.
 */
export function removeDate(text: string, dateText = ''): string {
  const at = text.indexOf(MARK);
  if (at < 0 || insideQuote(text, at)) return text;
  const before = text.slice(0, at);
  let after = text.slice(at + 1);
  // The date is the subject ("tonight will bring…") or one of two ("Thursday and Friday").
  const next = bareWord(/^\s*(\S*)/.exec(after)![1]!);
  const clauseStart = /(?:^|[,;:]|\b(?:that|said|says|say|added))\s*$/.test(before);
  if (
    (clauseStart && FINITE_VERB_CUES.has(next)) ||
    /^\s+(?:and|or|through)\s|^\s+to\s+[\p{Lu}\d]/u.test(after) ||
    /^['’]s\b/.test(after)
  )
    return text;
  // "spent the night in basements": a date that is a verb's object is part of the statement.
  const object =
    /\p{Ll}{3,}\s*$/u.test(before) &&
    !/\b(?:on|in|at|during|by|for|of|from|to|until|since|through|after|before|over|around)\s*$/i.test(before);
  if (/^(?:the|this|that|these)\s/i.test(dateText) && object) return text;
  after = after.replace(/^\s+(?:local time|ET|EST|EDT|GMT|BST|UTC)\b/, '');
  const frontWords = before.trim() === '' ? [] : before.trim().split(/\s+/);
  const dateWordsOnly = frontWords.every((w) => DATE_WORDS.has(bareWord(w)) || /^\d+$/.test(w));
  if (FRONT_LEAD.test(before) || (frontWords.length <= 4 && dateWordsOnly)) {
    const rest = /^(?:\s+(?:and|to|or|through|until)\s+[^,]{1,25}(?=,))?(?:\s*,\s*|\s*[—–-]+\s*|\s+|$)/u.exec(
      after,
    );
    if (rest) return after.slice(rest[0].length);
  }
  const lead = DATE_LEAD_WORDS.exec(before)!;
  const kept = before.slice(0, lead.index);
  if (ATTRIBUTIVE_BEFORE_DATE.test(kept) && !lead[0].trim()) return text;
  if (RELATIONAL_BEFORE_DATE.test(kept) && !/\b(?:on|in|at|during)\s*$/i.test(lead[0])) return text;
  // An aside that would keep one word (", built in 1974," → ", built,") keeps its date.
  if (/^(?:[\s\S]*,)?\s*\S+$/.test(kept) && /^\s*,/.test(after)) return text;
  let tail = after;
  // "kitchen and, in the 1980s, worked" → "kitchen and worked".
  if (/\b(?:and|but|or),\s*$/.test(kept) && /^\s*,/.test(tail)) {
    return `${kept.replace(/,\s*$/, ' ')}${tail.replace(/^\s*,\s*/, '')}`.replace(/\s{2,}/g, ' ');
  }
  // "began in 1911, when…" → "began when…"; ", on December 30," → ",".
  if (/,\s*$/.test(kept) && /^\s*,\s*\p{Ll}/u.test(tail)) {
    // "The county's last major outbreak, in 2009, sickened…": the aside goes with both commas.
    return `${kept.replace(/,\s*$/, ' ')}${tail.replace(/^\s*,\s*/, '')}`.replace(/\s{2,}/g, ' ');
  }
  if (
    /^\s*,/.test(tail) &&
    (/,\s*$/.test(kept) || /^\s*,\s*(?:when|where|while|after|before|as|at|in|on)\b/i.test(tail))
  )
    tail = tail.replace(/^\s*,/, '');
  return `${kept}${tail}`.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1');
}

/** Words that may stand before a date that opens a clause: "Later on", "By", "In", "Since". */
const FRONT_LEAD =
  /^(?:(?:later|earlier|early|late|in|on|at|by|since|from|until|through|during|and|but|then|also|as of|just|starting|beginning|around|about|for|between)\s+)*$/iu;

/** Whether a word starts a clause subject: a pronoun, determiner, name, number or quotation. */
export function startsSubject(text: string): boolean {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (/^["“\p{Lu}\p{N}$]/u.test(first)) return true;
  // A plain noun right before a verb: "crews have reconnected", "containment stood at…".
  const second = bareWord(text.split(/\s+/)[1] ?? '');
  if (
    /^\p{Ll}+$/u.test(first) &&
    !/(?:ed|ly)$/.test(first) &&
    (AUXILIARIES.has(second) || FINITE_VERB_CUES.has(second) || /^\p{Ll}{3,}ed$/u.test(second)) &&
    !FINITE_VERB_CUES.has(first)
  )
    return true;
  return /^(?:it|he|she|they|we|i|you|there|the|a|an|this|that|these|those|its|his|her|their|our|some|many|most|all|no|more|about|at|nearly|almost|only|both|each|every|several|few|one|two|three|four|five|ten|hundreds|thousands|dozens)$/i.test(
    bareWord(first),
  );
}

/**
 * "had conducted" → "conducted", "had taken" → "took"; "had been" → "was"/"were" when the subject's
 * number is known. Only the first "had" outside quotations, and not before "not" or "to".
 */
export function pastSimple(text: string, number?: 'singular' | 'plural'): string {
  const m = /\bhad\s+((?:already|also|just|previously|since|first|recently)\s+)?(\p{L}+)\b/u.exec(text);
  if (!m || insideQuote(text, m.index)) return text;
  // "had run it since 1962" has no simple past.
  if (/\bsince\b|\bfor\s+(?:\S+\s+)?(?:years|months|weeks|days|decades)\b/i.test(text.slice(m.index)))
    return text;
  const participle = m[2]!.toLowerCase();
  let past: string | undefined;
  if (participle === 'been') past = number === 'singular' ? 'was' : number === 'plural' ? 'were' : undefined;
  else if (IRREGULAR_PAST.has(participle)) past = IRREGULAR_PAST.get(participle);
  else if (
    SAME_PAST.has(participle) ||
    (/^\p{L}{3,}ed$/u.test(participle) && !/^(?:hundred|shed|sled)$/.test(participle))
  )
    past = m[2];
  if (!past) return text;
  return text.slice(0, m.index) + (m[1] ?? '') + past + text.slice(m.index + m[0].length);
}

const ADVERBIAL_SUBORDINATORS =
  /(?<=^|[\s,])(since|after|before|when|while|because|until|once|although|though|whereas|as)\s+(?=\S)/giu;

/**
 * When the date lies in a finite adverbial clause ("…escalated since the United States last year
 * withdrew from…"), that clause is the event: it becomes the title, without its conjunction.
 * A prepositional phrase ("after the U.S.-led invasion in 2003") has no verb of its own and stays.
 */
export function subordinateEvent(text: string, hasContent: (t: string) => boolean): string {
  const at = text.indexOf(MARK);
  if (at < 0) return text;
  let best: string | undefined;
  for (const m of text.slice(0, at).matchAll(ADVERBIAL_SUBORDINATORS)) {
    if (m.index === 0) continue;
    const clause = text.slice(m.index + m[0].length);
    // The clause must reach the date: "since X's resignation, meanwhile, warned on…" does not.
    if (!startsSubject(clause) || /[,;:]/.test(clause.slice(0, clause.indexOf(MARK)))) continue;
    const upToDate = clause.slice(0, clause.indexOf(MARK) + 40).split(/\s+/);
    const finite = upToDate.some((w) => {
      const b = bareWord(w);
      return (
        FINITE_VERB_CUES.has(b) || (/^\p{Ll}{3,}ed$/u.test(w.replace(/[^\p{L}]/gu, '')) && !w.includes('-'))
      );
    });
    if (finite) best = clause;
  }
  if (!best || !hasContent(removeDate(best))) return text;
  return best.charAt(0).toUpperCase() + best.slice(1);
}

const LEADING_SUBORDINATE = /^(?:as|while|when|although|though|because|if|once|whereas)\s[^,"“”]+,\s*/iu;

/** "As summer homes replaced fishing shacks, ridership peaked…" → "ridership peaked…". */
export function dropLeadingSubordinate(text: string, hasContent: (t: string) => boolean): string {
  const m = LEADING_SUBORDINATE.exec(text);
  if (!m || text.slice(0, m[0].length).includes(MARK)) return text;
  const rest = text.slice(m[0].length);
  return hasContent(rest) ? rest : text;
}

/**
 * "The 35-day partial shutdown that ended on Jan. 25" → "The 35-day partial shutdown ended…":
 * a restrictive relative clause holding the date is the event of its noun.
 */
export function joinThatRelative(text: string): string {
  const m = /^((?:\S+\s+){1,6}?)that\s+(\p{Ll}+)\b/u.exec(text);
  const rest = text.slice(m?.[0].length ?? 0);
  if (
    !m ||
    !rest.includes(MARK) ||
    rest
      .slice(rest.indexOf(MARK) + 1)
      .trim()
      .split(/\s+/).length > 3
  )
    return text;
  const noun = m[1]!;
  if (noun.split(/\s+/).some((w) => FINITE_VERB_CUES.has(bareWord(w)) || REPORTING_VERBS.has(bareWord(w))))
    return text;
  if (!/(?:ed|[^s]s)$/.test(m[2]!) && !FINITE_VERB_CUES.has(m[2]!)) return text;
  if (/^(?:the|a|an|this|these|those|its|their|his|her)$/.test(m[2]!)) return text;
  return noun + text.slice(m[0].length - m[2]!.length);
}

/** "the United States" → "the U.S."; a title that opens with "The U.S." drops the article. */
export function shortNames(text: string, atStart = true): string {
  let t = text;
  for (const [long, short] of SHORT_NAMES) t = t.replace(long, short);
  if (atStart) t = t.replace(/^The (U\.S\.|U\.N\.|U\.K\.|EU)(?=\s)/, '$1');
  return t;
}

/**
 * Cuts the asides a headline leaves out, when the date is not in them: an appositive after the
 * subject ("Muguruza, winner of the 2016 French Open, capped…" → "Muguruza capped…") and a pair of
 * dashes ("The Cures Act—complete with … research—cleared…" → "The Cures Act cleared…").
 */
export function dropAsides(marked: string): string {
  const clauses = clausesOf(marked);
  if (isAppositive(marked, clauses, 1) && !clauseHolds(marked, clauses, 1))
    marked = `${marked.slice(0, clauses[0]!.end).trimEnd()} ${marked.slice(clauses[2]!.start).trimStart()}`;
  const dash = /[—–]|\s--?\s/g;
  const marks = [...marked.matchAll(dash)];
  if (marks.length === 2) {
    const [open, close] = marks as [RegExpMatchArray, RegExpMatchArray];
    const inside = marked.slice(open.index, close.index! + close[0].length);
    const rest = `${marked.slice(0, open.index).trimEnd()} ${marked.slice(close.index! + close[0].length).trimStart()}`;
    if (!inside.includes(MARK) && open.index! > 0 && contentWordCount(rest) >= MIN_REST_WORDS) marked = rest;
  }
  return marked;
}

/** Words a sentence must keep after an aside is cut for the cut to be worth it. */
const MIN_REST_WORDS = 4;

const clauseHolds = (marked: string, clauses: readonly Clause[], index: number): boolean =>
  marked.slice(clauses[index]!.start, clauses[index]!.end).includes(MARK);

const contentWordCount = (text: string): number => (text.match(/\p{L}{3,}/gu) ?? []).length;
