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

/** Words before a date that make it the end of a span ("through June 30", "until the end of March"). */
export const LIMIT_BEFORE =
  /\b(?:through|thru|until|till|ending|expiring|expires|extended\s+to|no\s+later\s+than)\s+(?:the\s+end\s+of\s+|the\s+)?$/i;

/** Nouns a fiscal period describes ("fourth quarter results"): the period names figures, not a time of events. */
export const FISCAL_NOUNS: ReadonlySet<string> = new Set([
  'earnings',
  'results',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'sales',
  'loss',
  'losses',
  'income',
  'figures',
  'numbers',
  'report',
  'growth',
  'gdp',
  'output',
  'deliveries',
  'guidance',
  'margin',
  'margins',
  'dividend',
  'forecast',
]);

/** Words before a date that end a span with no date of its own ("closed through Sept. 17"). */
export const SPAN_END_BEFORE = /\b(?:through|thru)\s+(?:the\s+end\s+of\s+)?$/i;
