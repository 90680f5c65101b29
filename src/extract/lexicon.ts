/**
 * English word lists the extraction rules read, as data. All lower case.
 */

/** Words that open a subordinate clause: a date after one is usually not the sentence's main event. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'whenever',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'after',
  'before',
  'since',
  'until',
  'till',
  'unless',
  'if',
  'whether',
  'once',
  'following',
]);

/** Relative pronouns: a clause they open after a comma describes the noun before it. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Determiners that make a following date a modifier of a noun ("a December 27 rocket barrage"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'last',
  'next',
]);

/** Function words: not counted as content of a title, not left dangling before an ellipsis. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'into',
  'as',
  'than',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'it',
  'its',
  'this',
  'these',
  'those',
  'there',
  'their',
  'his',
  'her',
  'he',
  'she',
  'they',
  'we',
  'also',
  'after',
  'before',
  'since',
  'until',
  'during',
  'about',
  'over',
  'near',
  'some',
  'around',
]);

/**
 * Dates that count from the moment of speaking ("today", "last week", "on Monday"). Inside a direct
 * quotation the moment of speaking is not the publication date, so such a date cannot anchor an event.
 */
export const DEICTIC_DATE =
  /\b(?:today|tonight|tomorrow|yesterday|now|currently|this|last|next|past|coming|ago|recent|recently|earlier|later|previous|following|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Words that can open a clause with its own subject ("the militia said…"); another lower-case first word means the subject came earlier. */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'there',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'no',
  'one',
  'two',
  'three',
  'several',
  'officials',
  'police',
  'authorities',
]);

/**
 * Words before a date that make it an end of a span ("through June 30", "until the end of March") or
 * its start ("in failing health since 2012"): it loses to the date of the event.
 */
export const LIMIT_BEFORE =
  /\b(?:through|thru|until|till|since|ending|expiring|expires|extended\s+to|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|the\s+)?$/i;

/** Words before a date that end a span with no date of its own ("closed through Sept. 17"). */
export const SPAN_END_BEFORE = /\b(?:through|thru)\s+(?:the\s+end\s+of\s+)?$/i;

/**
 * Irregular past forms that mark a clause's own verb in the past ("was"/"were"/"had" alone do not:
 * "was seen as endangered next year" is a state; the passive's participle counts: "was appointed").
 * Reporting verbs ("said", "told") are not here: "officials said Tuesday" reports, it is no event.
 */
export const PAST_FORMS: ReadonlySet<string> = new Set([
  'began',
  'became',
  'came',
  'died',
  'fell',
  'won',
  'lost',
  'made',
  'took',
  'left',
  'met',
  'went',
  'struck',
  'shot',
  'broke',
  'rose',
  'saw',
  'gave',
  'held',
  'ran',
  'sent',
  'led',
  'built',
  'brought',
  'found',
  'fought',
  'hit',
  'spoke',
  'chose',
  'drove',
  'flew',
  'grew',
  'knew',
  'paid',
  'sold',
  'stood',
  'threw',
  'wrote',
  'told',
  'said',
  'beat',
  'caught',
  'fled',
  'froze',
  'hung',
  'kept',
  'laid',
  'lit',
  'quit',
  'sank',
  'shut',
  'slew',
  'split',
  'spread',
  'stole',
  'swore',
  'taught',
  'tore',
  'woke',
  'wore',
  'withdrew',
  'overthrew',
  'cast',
  'bought',
  'spent',
  'sought',
  'born',
  'taken',
  'given',
  'chosen',
  'sworn',
  'stolen',
  'beaten',
  'broken',
  'begun',
  'written',
  'driven',
]);

/** The seven weekday names, Monday first (as ISO weeks count), lower case. */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** The twelve month names, in calendar order (index 0 is January), lower case and unabbreviated. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "as of Monday": the day a count or a state was observed. */
export const AS_OF_BEFORE = /\bas\s+of\s+$/i;

/**
 * Verbs and adjectives of a state ("remained quarantined as of Monday", "wasn't aware … as of
 * Sunday"): with "as of" the date says when the state was observed, not when anything happened.
 * A tally of events keeps its date ("had been pulled from the rubble as of late Wednesday").
 */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'remain',
  'remains',
  'remained',
  'stay',
  'stays',
  'stayed',
  'stand',
  'stands',
  'stood',
  'aware',
  'unaware',
  'is',
  'are',
  'was',
  'were',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'isn’t',
  'aren’t',
  'wasn’t',
  'weren’t',
]);

/**
 * Phrases that frame a whole article as a look back over one year ("Here's a look back at 2019",
 * "2019 in review", "the year in review: 2019"): the year is the frame, not an event, and the
 * year-less dates after it ("on Jan. 25") are of that year even when the page is dated after it.
 * The year is the group `year`.
 */
export const LOOK_BACK: readonly RegExp[] = [
  /\blook(?:s|ing)?\s+back\s+(?:at|on)\s+(?:the\s+year\s+)?(?<year>\d{4})\b/i,
  /\b(?:year\s+in\s+review|review\s+of|recap\s+of|the\s+year\s+that\s+was)\s*:?\s+(?:the\s+year\s+)?(?<year>\d{4})\b/i,
  /\b(?<year>\d{4})(?:\s*:\s*|\s+)(?:in\s+review|year\s+in\s+review|the\s+year\s+in\s+review|a\s+look\s+back)\b/i,
];

/** Verbs that report a statement: a sentence whose first verb is one tells what was said, not what happened. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'told',
  'reported',
  'added',
  'noted',
  'stated',
  'explained',
  'wrote',
  'asked',
  'replied',
  'argued',
  'claimed',
  'insisted',
  'warned',
  'estimated',
  'believed',
  'expected',
]);
