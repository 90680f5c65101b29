/**
 * Rewrites that turn a clause into a headline. The clause arrives with its event date replaced by
 * {@link MARK}, so every rule sees where the date was without tracking offsets.
 */
import {
  ATTRIBUTION_FILLERS,
  ATTRIBUTIVE_BEFORE_DATE,
  DATE_LEAD_WORDS,
  DATE_WORDS,
  FINITE_VERB_CUES,
  IRREGULAR_PAST,
  PRONOUN_SUBJECTS,
  RELATIONAL_BEFORE_DATE,
  REPORTING_VERBS,
  REPORTING_VERBS_WITH_THAT,
  SAME_PAST,
  SHORT_NAMES,
  TOLD_OBJECT,
} from './title-words.js';

const AUXILIARIES: ReadonlySet<string> = new Set(
  'is are was were has have had will would could can should may might must do does did'.split(' '),
);

/** Stands for the event's date expression (a private-use character: never in real text). */
export const MARK = '\uE000';

const WORD = /\S+/g;
const bareWord = (w: string): string => w.toLowerCase().replace(/[^\p{L}]/gu, '');

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

export function stripDateline(text: string): string {
  return text.replace(DATELINE, '');
}

/** One reporting verb in a clause: where it is and what kind. */
interface Verb {
  index: number;
  end: number;
  kind: 'bare' | 'that' | 'quoted';
}

function reportingVerbs(text: string, maxWords: number): Verb[] {
  const verbs: Verb[] = [];
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    if (n++ >= maxWords) break;
    const w = bareWord(m[0]);
    const kind = REPORTING_VERBS.has(w)
      ? 'bare'
      : REPORTING_VERBS_WITH_THAT.has(w)
        ? 'that'
        : w === 'quoted'
          ? 'quoted'
          : undefined;
    if (kind) verbs.push({ index: m.index, end: m.index + m[0].length, kind });
  }
  return verbs;
}

/** A quotation that opens the sentence, and who said it: `"…," the militia said in a statement…`. */
export interface QuoteLed {
  speaker: string;
  quote: string;
}

const OPENING_QUOTE = /^["“]([^"“”]{8,})["”],?\s+(.+)$/u;

export function quoteLed(text: string): QuoteLed | undefined {
  const m = OPENING_QUOTE.exec(text);
  if (!m) return undefined;
  const quote = m[1]!.replace(/[,;:\s]+$/u, '');
  const tail = m[2]!;
  const [verb] = reportingVerbs(tail, 14);
  if (!verb || verb.kind === 'quoted') return undefined;
  let speaker: string;
  if (verb.index === 0) {
    // Inverted: "said Doris Keller, whose basement…".
    speaker = tail.slice(verb.end).split(/[,;]/)[0]!.trim().replace(/\.$/, '');
  } else {
    speaker = tail.slice(0, verb.index).split(',')[0]!.trim();
  }
  if (/["“”]/.test(speaker) || speaker.split(/\s+/).length > 8) return undefined;
  return { speaker: speakerLabel(speaker), quote };
}

/** "the militia" → "Militia"; a pronoun names nobody, so it gives no label. */
function speakerLabel(speaker: string): string {
  const s = speaker.replace(new RegExp(MARK, 'g'), '').trim();
  if (/^(?:he|she|they|we|i|you|it)$/i.test(s)) return '';
  const bare = s.replace(/^(?:the|a|an)\s+/i, '');
  return shortNames(bare.charAt(0).toUpperCase() + bare.slice(1), true);
}

/**
 * Removes attribution clauses at the end or inside a sentence: ", according to AFP",
 * ", state officials said Tuesday", ", the National Weather Service said,", ", said Doris Keller, whose…".
 */
export function dropAttributionClauses(text: string): string {
  let t = /(?:^|\s)(?:\p{L}\.){2,}$/u.test(text)
    ? text
    : text.replace(/[.!?]+["”’']?\s*$/u, (m) => (/["”’']/.test(m) ? m.replace(/[.!?]+/g, '') : ''));
  // ", according to a study published Tuesday in the journal Nature Geoscience, and…"
  t = t.replace(/,\s*according to\b[^,"“”]*(?=,)/giu, '');
  t = t.replace(/,\s*according to\b[^"“”]*$/iu, '');
  t = t.replace(/\s+according to\b[^,"“”]*$/iu, '');
  const subject = String.raw`(?:[\p{L}\p{N}.'’-]+\s+){0,5}?[\p{L}\p{N}.'’-]+`;
  const verb = String.raw`(?:said|says|say|added|adds|wrote|told\s+\S+|reported|noted|explained|announced|confirmed|quoted\s+[^,"“”]{1,60}?\s+as\s+saying)`;
  const rest = String.raw`(?:\s+(?![^,]*\bthat\b)[^,"“”]{1,60})?`;
  t = t.replace(new RegExp(String.raw`,\s*${subject}\s+${verb}${rest}$`, 'iu'), '');
  t = t.replace(new RegExp(String.raw`,\s*${subject}\s+(?:said|says)\s*,`, 'iu'), ',');
  return t.trim();
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

const FILLER_DATE =
  /^(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|next)\s+\p{L}+|earlier\s+this\s+\p{L}+)\b/iu;

/** After a reporting verb: the object of "told", the date, "in a statement…", "that". */
function reportedClauseStart(text: string, verb: Verb): number | undefined {
  let i = verb.end;
  const rest = (): string => text.slice(i);
  const skipSpace = (): void => {
    i += /^[\s,]*/.exec(rest())![0].length;
  };
  skipSpace();
  if (verb.kind === 'quoted') {
    const m = /^(?:[^,;]{1,80}?)\s+as\s+saying\b/u.exec(rest());
    if (!m) return undefined;
    i += m[0].length;
  } else if (/^(?:told|tells|tell)$/i.test(text.slice(verb.index, verb.end))) {
    const m = TOLD_OBJECT.exec(rest());
    if (!m) return undefined;
    i += m[0].length;
  }
  for (let guard = 0; guard < 6; guard++) {
    skipSpace();
    const r = rest();
    if (r.startsWith(MARK)) {
      i += MARK.length;
      continue;
    }
    const filler = [...ATTRIBUTION_FILLERS, FILLER_DATE].map((f) => f.exec(r)).find((m) => m);
    if (filler) {
      i += filler[0].length;
      continue;
    }
    break;
  }
  skipSpace();
  const that = /^that\s+/i.exec(rest());
  if (that) return i + that[0].length;
  if (verb.kind !== 'that' && startsSubject(rest())) return i;
  return undefined;
}

/** A subject an attribution can lend to its report: short, without a verb of its own. */
function lendableSubject(subject: string): string | undefined {
  const trimmed = subject.replace(
    /(?:\s+(?:also|later|earlier|again|meanwhile|had|has|have|then|now))+$/i,
    '',
  );
  const relative =
    /^(.+?),\s+(?:which|who)(?:\s+(?:also|later|earlier|had|has|have))?$/u.exec(trimmed) ??
    /^([^,]+),\s+(?:who|which)\s+[^,]+,$/u.exec(trimmed);
  const s = (relative ? relative[1]! : trimmed).replace(/,\s*$/, '').trim();
  if (!s || s.split(/\s+/).length > 10 || s.includes(MARK)) return undefined;
  if (/(?:^|\s)(?:and|but|or)$/i.test(s)) return undefined;
  if (!relative && /,/.test(s) && !/^[^,]+,\s+[^,]+$/u.test(s)) return undefined;
  if (s.split(/\s+/).some((w) => FINITE_VERB_CUES.has(bareWord(w)) && !/^\p{Lu}/u.test(w))) return undefined;
  return s;
}

const isName = (s: string): boolean =>
  s.split(/\s+/).every((w) => /^(?:\p{Lu}|al-|el-|de$|of$|van$|von$)/u.test(w)) &&
  !/^(?:The|A|An|His|Her|Their|Its)\b/.test(s);

/**
 * "X said on December 29 that it had conducted…" → "X conducted…"; "AFP quoted Y as saying that…";
 * "According to Z, …". A pronoun subject of the report ("it", "they"; "he"/"she" after a name)
 * becomes the attribution's subject, "its"/"their" its possessive. When the report would open on a
 * person nobody named ("his client would appeal"), the attribution stays.
 */
export function stripReportingFrame(text: string): string {
  const according = /^according to [^,]{1,60},\s*(.+)$/iu.exec(text);
  if (according) return according[1]!;
  for (const verb of reportingVerbs(text, 14)) {
    if (verb.index === 0) continue;
    const subject = lendableSubject(text.slice(0, verb.index).trim());
    if (!subject) continue;
    const start = reportedClauseStart(text, verb);
    if (start === undefined) continue;
    const report = text.slice(start);
    if (report.split(/\s+/).length < 3) continue;
    const lent = lendSubject(subject, report.replace(/\s+and\s+that\s+[\s\S]*$/u, ''));
    if (lent !== undefined) return lent;
  }
  return text;
}

function lendSubject(subject: string, report: string): string | undefined {
  const first = /^(\S+)(\s+)/u.exec(report);
  const word = first ? first[1]!.toLowerCase() : '';
  const number = PRONOUN_SUBJECTS.get(word);
  const subjectIsPronoun = /^(?:he|she|they|we|i|you|it)$/i.test(subject);
  if (number && !subjectIsPronoun) {
    if ((word === 'he' || word === 'she') && !isName(subject)) return undefined;
    return pastSimple(subject + report.slice(first![1]!.length), number);
  }
  if (/^(?:his|her|my|our|your|we|i|you)$/.test(word) && !subjectIsPronoun) return undefined;
  const possessive = /^((?:\S+\s+){0,3}?)(its|their)\s/iu.exec(report);
  if (possessive && !subjectIsPronoun) {
    const owner = /s$/.test(subject) && !isName(subject) ? `${subject}’` : `${subject}’s`;
    return pastSimple(report.replace(possessive[0], `${possessive[1]}${owner} `));
  }
  return pastSimple(report);
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

const STATEMENT_PHRASE =
  /(?:^|\s+)in\s+(?:a|an|the|its|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:statement|release|filing|interview|post|tweet|video)(?:\s+(?:posted|released|issued|published)(?:\s+(?:online|late|early))*)?(?=[\s,])/giu;

/** "Sadr, …, in a statement on December 30 urged…" → "Sadr, …, urged…" (outside quotations). */
export function dropStatementPhrases(text: string): string {
  return text.replace(STATEMENT_PHRASE, (m, offset: number) => (insideQuote(text, offset) ? m : ''));
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
