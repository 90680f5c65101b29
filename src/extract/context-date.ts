import { wordsOf } from './clauses.js';
import { DETERMINERS, PAST_FORMS, REPORTING_VERBS } from './lexicon.js';
import { isNounModifierAt, type Candidate } from './anchor.js';

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
 * Whether an "-ed" word after `previous` is an adjective, not a verb ("the proposed deal", "more
 * endangered"). "that" is left out: as often a relative pronoun before a verb ("the fire that started").
 */
export function isAdjectiveUse(previous: string | undefined): boolean {
  return previous !== undefined && previous !== 'that' && NOT_AFTER.has(previous);
}

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
 * Whether a sentence of a timeline's entry, told in the present as entries are ("Zimmerman is
 * identified by police", "Hours later, the attorney recuses himself"), tells an event: not a
 * statement ("He says…", "Police confirm that…"), a scene ("Martin was returning…") or a
 * quotation.
 */
export function tellsEntryEvent(sentence: string): boolean {
  if (/^\s*["“‘]/u.test(sentence)) return false;
  return !ENTRY_STATEMENT.test(sentence) && !ENTRY_SCENE.test(sentence) && presentFirst(sentence);
}

/** Whether the first verb of a sentence is in the present ("is identified", "recuses", "appoints"). */
function presentFirst(sentence: string): boolean {
  const raw = sentence.match(/[\p{L}'’]+/gu) ?? [];
  for (const [i, word] of raw.entries()) {
    const w = word.toLowerCase();
    if (i > 0 && (PAST_VERB.test(w) || PAST_FORMS.has(w)) && !NOT_AFTER.has(raw[i - 1]!.toLowerCase()))
      return false;
    if (PRESENT_AUXILIARIES.has(w)) return true;
    // "Rick Scott appoints", "the prosecutor recuses": an -s verb after its subject.
    const previous = raw[i - 1]?.toLowerCase();
    if (/^\p{Ll}{3,}[^s]s$/u.test(word) && previous !== undefined && !NOT_A_SUBJECT.has(previous))
      return true;
  }
  return false;
}

const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'has', 'have', 'does']);
/** Words an -s word after is a noun, not a verb ("the tapes", "of jewels"). */
const NOT_A_SUBJECT: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...['of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'and', 'or', 'two', 'three', 'many', 'some'],
]);

/** Verbs of saying, in the present or past, that make an entry's sentence a statement. */
const ENTRY_STATEMENT =
  /\b(?:says|said|vows?|vowed|confirms?|confirmed|insists?|insisted|argues?|argued|claims?|claimed|notes?|noted|calls|called\s+it|adds|added|according\s+to)\b/i;
/** The progressive or the pluperfect: the scene around an event, not an event. */
const ENTRY_SCENE = /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\b|\bhad\s+been\b/u;

/**
 * The day a dated sentence carries to the undated sentences after it: its anchor when that is a
 * calendar day (a year or a month is too coarse to say the next sentence happened then).
 */
export function carriedDay(anchor: Candidate): Candidate | undefined {
  return anchor.timex.granularity === 'day' ? anchor : undefined;
}

/** "have been killed", "has tallied": the present perfect, news that has just happened. */
const PRESENT_PERFECT = /\b(?:has|have|'ve)\s+(?:just\s+|now\s+|officially\s+)?(?:been\s+)?(\p{Ll}{2,})\b/gu;
const PARTICIPLE = /^\p{Ll}{2,}(?:ed|en|wn|un)$/u;

/** The participles of a sentence's present perfect ("have arrested a suspect" → arrested). */
export function presentPerfectParticiples(sentence: string): string[] {
  const found: string[] = [];
  for (const m of sentence.matchAll(PRESENT_PERFECT)) {
    const word = m[1]!;
    if (PARTICIPLE.test(word) || PAST_FORMS.has(word)) found.push(word);
  }
  return found;
}

/** "Forest Laboratories says fourth-quarter earnings fell short": a wire lede's present "says" before what happened. */
const SAYS_THEN_PAST = /\b(?:says|say)\s+(?:that\s+)?([^.;:!?]{0,120})/u;

/**
 * Whether the article's first sentence tells, with no date, what has just happened ("Forty people
 * have been killed in shootings at two mosques.", "The drugmaker says its earnings fell short"):
 * the news of the publication day. Only the lede: later present perfects ("Seven patients have
 * been diagnosed so far") sum up, they date nothing.
 */
export function isUndatedLede(sentence: string): boolean {
  if (sentence.length < 40 || !/[.!?]["”’)]?\s*$/u.test(sentence)) return false;
  if (presentPerfectParticiples(sentence).length) return true;
  const said = SAYS_THEN_PAST.exec(sentence)?.[1];
  if (said === undefined) return false;
  // "says its budget is balanced": a participle after a present "be" is a state.
  const words = wordsOf(said);
  return words.some(
    (w, k) =>
      (PAST_VERB.test(w.word) || PAST_FORMS.has(w.word)) &&
      !/^(?:is|are|am|be)$/.test(words[k - 1]?.word ?? ''),
  );
}

/** Forms of "be" that make a sentence a description of a state ("The toll from Monday's quake was 26"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Words between "be" and what follows it that do not change what the sentence is ("is now in custody"). */
const BE_ADVERBS: ReadonlySet<string> = new Set(['now', 'still', 'also', 'not', 'already', 'again']);

/**
 * Whether a sentence's main verb is "be" describing a state ("The official death toll from Monday's
 * quake was 26", "The suspected gunman in Friday's shooting is now in custody", "Statewide offices
 * are on the ballot this year"): no event verb before the first "be", none right after it (a
 * passive "was killed" is an event), and nothing after it that is a date of its own.
 */
export function isStateSentence(sentence: string): boolean {
  const words = wordsOf(sentence);
  const be = words.findIndex((w) => BE_FORMS.has(w.word));
  if (be < 0) return false;
  for (let i = 0; i < be; i++) {
    const w = words[i]!.word;
    const previous = words[i - 1]?.word;
    const past = PAST_VERB.test(w) || PAST_FORMS.has(w);
    if (past && !(previous !== undefined && NOT_AFTER.has(previous)) && i > 0) return false;
    if (REPORTING_VERBS.has(w) || /^(?:says|reports|announces)$/.test(w)) return false;
  }
  let next = be + 1;
  while (next < words.length && BE_ADVERBS.has(words[next]!.word)) next++;
  const following = words[next]?.word;
  if (following === undefined) return false;
  return !(PAST_VERB.test(following) || PAST_FORMS.has(following) || /ing$/.test(following));
}

/** Prepositions that attach a dated noun to the subject's head ("the toll from Monday's quake"). */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'from',
  'in',
  'of',
  'for',
  'after',
  'over',
  'during',
  'since',
]);

/**
 * "The official death toll from Monday's quake was 26", "The suspected gunman in Friday's shooting
 * is now in custody": in a state sentence (see {@link isStateSentence}), a date describing a noun
 * the subject is attached to by a preposition says which event the state is of, not when the
 * sentence happened. ("Today's package … is the latest twist": the dated noun is the subject itself.)
 */
export function datesTheSubjectOfAState(sentence: string, at: number, end: number): boolean {
  if (!isStateSentence(sentence)) return false;
  const words = wordsOf(sentence);
  const be = words.find((w) => BE_FORMS.has(w.word));
  if (!be || be.start < end) return false;
  const text = sentence.slice(at, end);
  const possessive = /['’]s$/.test(text) || /^['’]s\b/.test(sentence.slice(end));
  const before = words.filter((w) => w.end <= at).map((w) => w.word);
  let k = before.length - 1;
  if (!possessive) {
    if (k < 0 || !DETERMINERS.has(before[k]!)) return false;
    k--;
  } else if (k >= 0 && DETERMINERS.has(before[k]!)) k--;
  return k >= 0 && SUBJECT_PREPOSITIONS.has(before[k]!);
}

/** "as with much of the 2016 election", "unlike in 2019", "compared with last year": what is compared. */
const COMPARISON_BEFORE =
  /\b(?:as\s+with|as\s+in|like|unlike|compared\s+(?:with|to)|similar\s+to)\s+(?:(?:much|most|many|some|all|each)\s+of\s+)?(?:in\s+)?(?:the\s+|a\s+)?$/i;

/**
 * A date inside a comparison ("The count, as with much of the 2016 election, had its share of
 * drama"): it dates the thing compared, not what the sentence tells.
 */
export function isComparison(sentence: string, at: number): boolean {
  const lead = sentence.slice(Math.max(0, at - 80), at);
  return (
    COMPARISON_BEFORE.test(lead.slice(-40)) ||
    COMPARATIVE_THAN.test(lead) ||
    COMPARED_WITH_VERB.test(lead) ||
    CHANGE_FROM.test(lead) ||
    COUNT_PERIOD_BEFORE.test(lead)
  );
}

/** "91 cases reported for the week ending Dec. 12": the period a count covers. */
const COUNT_PERIOD_BEFORE =
  /\b(?:for|in|during|over)\s+the\s+(?:week|month|year|period|quarter|fortnight)\s+(?:ending|ended)\s+$/i;

/**
 * "revenue rose 17 percent from a year earlier", "up 5% over the same quarter last year", "a 98%
 * drop from October 16": the period a figure's change is measured from ("rose from May 3 through
 * May 9" is a span).
 */
const CHANGE_FROM =
  /\b(?:up|down|rose|fell|climbed|dropped|jumped|slipped|increased|decreased|grew|gained|declined|higher|lower|more|less|fewer)\b[^.;:]{0,40}?(?:\d|%)[^.;:]{0,30}?\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+same\s+(?:period|quarter|month|week|time)\s+(?:of\s+|in\s+)?)?(?:the\s+)?$|(?:\d|%)\s*(?:percent\s+)?(?:drop|fall|decline|slide|plunge|loss|rise|gain|jump|increase|decrease)\s+(?:from|since|over)\s+(?:the\s+)?$/i;

/**
 * "better prepared than it was in 2008", "higher than in 2019", "caught off guard like it was during
 * 2008": the date of the term compared with. "other than in 1994" and "rather than in May" are an
 * exception and a choice, no comparison.
 */
const COMPARATIVE_THAN =
  /(?<!\b(?:other|rather)\s+)\b(?:than\s+(?:in|during|at|on)|(?:than|like|as)\s+(?:it|they|he|she|we|there|that|this|those|these)\s+(?:was|were|had\s+been|did|had)(?:\s+(?:in|during|at|on))?)\s+(?:the\s+)?$/i;
/**
 * "paralleled slides in 1987 and 1989", "echoed the protests of 1968": a verb that only likens what
 * the sentence tells to something else; the date is that other thing's. A date joined by "and" to
 * the first is compared too. Lower case only: "the Business Mirror column from 1966" is a name.
 */
const COMPARED_WITH_VERB =
  /\b(?:parallel(?:l?ed|s)?|mirror(?:ed|s)?|echo(?:ed|es)?|rival(?:l?ed|s)?|resembl(?:ed|es))\s+(?:[\p{L}'-]+\s+){0,3}(?:in|of|from)\s+(?:the\s+)?(?:\d{4}s?,?\s+(?:and|or)\s+)?$/u;

/**
 * Dates that describe a person or a thing rather than tell when something happened:
 * - a century as an adjective ("a 19th-century school reformer", "an 18th century church");
 * - how far back records or a tradition reach ("Records go back to at least the early 1850s",
 *   "a rivalry dating back to 1920");
 * - "this year" in an existential present perfect ("This year there has been no shortage of
 *   filings"): a state over the current year, no event of it.
 */
export function isDescriptiveDate(sentence: string, at: number, end: number): boolean {
  const text = sentence.slice(at, end);
  if (/-century\b/i.test(text) || /^-century\b/i.test(sentence.slice(end))) return true;
  // "an 18th century church": written without the hyphen, before its noun.
  if (
    /century$/i.test(text) &&
    /\b(?:a|an|the|its|their)\s+$/i.test(sentence.slice(0, at)) &&
    CENTURY_NOUN.test(sentence.slice(end))
  )
    return true;
  if (REACHES_BACK.test(sentence.slice(Math.max(0, at - 60), at))) return true;
  return /^this year$/i.test(text) && /\bthere\s+(?:has|have)\s+been\b/i.test(sentence);
}

/** The noun a century without its hyphen describes: a word that is no function word. */
const CENTURY_NOUN = /^\s+(?!(?:and|or|of|in|on|at|to|was|is|were|when|that|which|saw|brought)\b)\p{Ll}{3,}/u;
const REACHES_BACK =
  /\b(?:go(?:es)?|went|going|date[sd]?|dating|reach(?:es|ed)?|stretch(?:es|ed)?)\s+back\s+(?:to|as\s+far\s+as)\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * Modal verbs of what may or can happen ("We can save a lot in three days"). "will" and "going to"
 * are left out: quoted, they as often name a day set in advance ("the verdict is going to be on
 * November 5").
 */
const FORECAST_MODAL = /\b(?:can|could|might|may|should|must|would|can['’]t|cannot)\b/i;

/**
 * A date inside a quotation after a modal verb of the same quotation ('"We can save a lot in three
 * days."'): a forecast or a hope of the speaker, no event.
 */
export function isQuotedForecast(sentence: string, at: number, quoted: boolean): boolean {
  if (!quoted) return false;
  const lead = sentence.slice(0, at);
  const open = Math.max(lead.lastIndexOf('"'), lead.lastIndexOf('“'));
  return FORECAST_MODAL.test(lead.slice(Math.max(0, open, at - 80)));
}

/** "the sixth player", "the first team", "the youngest woman": an ordinal or superlative head of a count. */
const TALLY_HEAD =
  /\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|last|latest|\p{Ll}+est)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * "became the sixth player this year to lift a title": a date between an ordinal or superlative
 * and an infinitive is the period a count runs over, not when anything happened.
 */
export function isTallyPeriod(sentence: string, at: number, end: number): boolean {
  return (
    TALLY_HEAD.test(sentence.slice(Math.max(0, at - 50), at)) && /^\s+to\s+\p{Ll}/u.test(sentence.slice(end))
  );
}

/**
 * Capitalized words that make the weekday after them part of a name ("another First Friday",
 * "Super Tuesday", "Bloody Sunday"): an event or a recurring day, not a day counted from the
 * reference date. A place before a weekday ("in Mexico Wednesday") is not one of them.
 */
const NAME_BEFORE_WEEKDAY: ReadonlySet<string> = new Set([
  'First',
  'Second',
  'Third',
  'Fourth',
  'Super',
  'Black',
  'Cyber',
  'Giving',
  'Bloody',
  'Ash',
  'Holy',
  'Palm',
  'Easter',
  'Shrove',
  'Maundy',
  'Fat',
]);

/** "another First Friday on March 1": a weekday inside a name (see {@link NAME_BEFORE_WEEKDAY}). */
export function isWeekdayInName(sentence: string, at: number, text: string): boolean {
  if (!/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(text)) return false;
  const m = /(?:^|[^\p{L}])(\p{Lu}\p{L}+)\s+$/u.exec(sentence.slice(Math.max(0, at - 30), at));
  return m !== null && NAME_BEFORE_WEEKDAY.has(m[1]!);
}

/**
 * "It is almost four years since the first credit crunch", "Today marks a decade since the flood":
 * a present-tense count of a length since an event, counted from the day of writing.
 */
export function countsFromNow(sentence: string): boolean {
  return /^\s*(?:it\s+(?:is|has\s+been)|it['’]s(?:\s+been)?|(?:today|this\s+\w+)\s+marks)\s+(?:\p{L}+\s+){0,5}?since\s+\p{L}/iu.test(
    sentence,
  );
}

/**
 * "the 2016 election", "the 2003 invasion": a bare year between a determiner and a noun, naming an
 * event rather than telling when the sentence happened.
 */
export function isYearLabel(sentence: string, at: number, end: number): boolean {
  return /^\d{4}$/.test(sentence.slice(at, end)) && isNounModifierAt(sentence, at, end);
}

/**
 * "…a joy for me," Kasell said in 2014.: the year or month a quotation was told, long before the
 * news, tells no event of its own (", he said Tuesday" is the day's statement).
 */
const QUOTE_TELLING_BEFORE =
  /[,.!?]["”’]\s+(?:[\p{L}.'’-]+\s+){1,4}(?:said|says|wrote|writes|told\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+in\s+$/u;

/** Whether the date is that of the telling of a quotation just before it. */
export function isQuoteTelling(sentence: string, at: number): boolean {
  return QUOTE_TELLING_BEFORE.test(sentence.slice(Math.max(0, at - 80), at));
}

/**
 * "his deal was set to expire in 2025", "a contract that runs through 2027", "together until 2026":
 * when a term ends, no event.
 */
const TERM_END_BEFORE =
  /\b(?:expire[sd]?|expiring|lapse[sd]?|runs?\s+out)\s+(?:in|on|at\s+the\s+end\s+of)?\s*(?:the\s+)?$|\b(?:contract|deal|lease|term|extension|together)\b[^.;:]{0,40}\b(?:until|through|till|runs?\s+to)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$/i;

/** Whether the date is the end of a term (a contract, a lease, a deal). */
export function isTermEnd(sentence: string, at: number): boolean {
  return TERM_END_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));
}

/**
 * "Last year saw 19 homicides", "Saginaw ended 2021 with 93 shootings", "has had 17 homicides":
 * a tally over a period, the count's period rather than an event.
 */
const TALLY_VERB_COUNT =
  /\b(?:saw|recorded|logged|tallied|counted|has\s+had|have\s+had|had\s+had|ended\s+(?:\S+\s+){1,2}with)\s+(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\b/u;

/** Whether the sentence tallies a count over a period (see {@link TALLY_VERB_COUNT}). */
export function isTallySentence(sentence: string): boolean {
  return TALLY_VERB_COUNT.test(sentence);
}
