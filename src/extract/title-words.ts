import { MONTH_NAMES } from './lexicon.js';

/**
 * English word tables the event-title rules read, as data. All lower case unless noted.
 */

/** Reporting verbs that may take a bare reported clause: "Senate leaders said Tuesday they had…". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'added',
  'adds',
  'stated',
  'claimed',
  'claims',
  'wrote',
  'writes',
  'tweeted',
  'posted',
]);

/**
 * Verbs that frame a report only with an explicit "that" ("Brandt announced in November that…");
 * without it they are the event itself ("the governor announced a curfew").
 */
export const REPORTING_VERBS_WITH_THAT: ReadonlySet<string> = new Set([
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'reported',
  'reports',
  'signaled',
  'signalled',
  'testified',
  'acknowledged',
  'admitted',
  'disclosed',
  'revealed',
  'insisted',
  'noted',
  'stressed',
  'explained',
  'argued',
  'estimated',
  'believes',
  'believed',
  'indicated',
  'suggested',
  'maintained',
  'asserted',
  'alleged',
  'warned',
  'predicted',
]);

/**
 * Phrases between a reporting verb and what was reported, or standing alone as the source of a
 * statement: "said in a statement released late on…", "told reporters", "said in a court filing".
 * Each is matched at a word boundary; the date inside them is removed with them.
 */
export const ATTRIBUTION_FILLERS: readonly RegExp[] = [
  /^(?:in|according to)\s+(?:a|an|the|its|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:statement|release|filing|briefing|interview|post|tweet|message|email|letter|report|conference|speech|hearing|memo|note|video|appearance)(?:\s+(?:posted|released|issued|published|sent|given|held)(?:\s+(?:online|late|early|later|earlier))*)?/iu,
  /^(?:at|during)\s+(?:a|an|the)\s+(?:\p{L}+\s+){0,2}?(?:briefing|hearing|conference|forum|meeting|rally|event|session|summit)/iu,
  /^(?:on|via)\s+(?:twitter|x|facebook|social media|television|tv|radio|its website|the radio)\b/iu,
  /^(?:by|over the)\s+(?:phone|telephone|email)\b/iu,
  /^(?:later|earlier|again|also|separately|repeatedly|publicly|privately|previously|then|now|too)\b/iu,
];

/** Objects of "told": "told reporters", "told the judge", "told The Associated Press". */
export const TOLD_OBJECT =
  /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?(?:reporters|journalists|jurors|analysts|investors|lawmakers|legislators|senators|members|supporters|staff|employees|workers|officials|residents|students|parents|viewers|listeners|delegates|the\s+\p{L}+|\p{Lu}[\p{L}.'’-]*|me|us|him|her|them)\b/u;

/**
 * Prepositions that relate an event to a date rather than place it there ("until Dec. 20",
 * "since 2016", "by Friday"): the date carries meaning the axis does not show, so it stays.
 */
export const RELATIONAL_BEFORE_DATE =
  /(?:^|\s)(?:since|until|till|by|before|after|through|throughout|between|from|to|for|within|than|as of|ahead of|prior to|as soon as|as early as|as late as|no later than|no earlier than|beyond|past|and|or|of|over|into|starting|beginning|ending|ended|ends|dated|is|are|was|were|be|been|remains)\s*$/i;

/** Words that make a date a modifier of a noun ("a December 27 rocket barrage", "the Sept. 30 game"). */
export const ATTRIBUTIVE_BEFORE_DATE =
  /(?:^|\s)(?:a|an|the|this|that|these|those|its|his|her|their|our|every|each|last|next)(?:\s+\p{Ll}+(?<!\s(?:on|in|at|of|for|by)))?\s*$/iu;

/** Words that may stand before a date the title drops: "Later on December 29", "late on", "early". */
export const DATE_LEAD_WORDS =
  /(?:\s+(?:on|in|at|during|around|about))?(?:\s+(?:early|late|later|earlier))?\s*$/i;

/** Words of a date phrase: they do not count as what a title says ("Ten years ago this week"). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'ago',
  'later',
  'earlier',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'decade',
  'decades',
  'century',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'last',
  'next',
  'early',
  'late',
  ...MONTH_NAMES,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'a',
  'few',
  'several',
]);

/** Pronoun subjects a reported clause may open with, and whether a singular verb follows them. */
export const PRONOUN_SUBJECTS: ReadonlyMap<string, 'singular' | 'plural'> = new Map([
  ['it', 'singular'],
  ['he', 'singular'],
  ['she', 'singular'],
  ['they', 'plural'],
]);

/** Past participles whose simple past differs ("had taken" → "took"); regular "-ed" forms are the same. */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['arisen', 'arose'],
  ['awoken', 'awoke'],
  ['become', 'became'],
  ['begun', 'began'],
  ['bitten', 'bit'],
  ['blown', 'blew'],
  ['broken', 'broke'],
  ['chosen', 'chose'],
  ['come', 'came'],
  ['done', 'did'],
  ['drawn', 'drew'],
  ['driven', 'drove'],
  ['eaten', 'ate'],
  ['fallen', 'fell'],
  ['flown', 'flew'],
  ['forbidden', 'forbade'],
  ['forgiven', 'forgave'],
  ['forgotten', 'forgot'],
  ['frozen', 'froze'],
  ['given', 'gave'],
  ['gone', 'went'],
  ['gotten', 'got'],
  ['grown', 'grew'],
  ['hidden', 'hid'],
  ['known', 'knew'],
  ['overtaken', 'overtook'],
  ['overthrown', 'overthrew'],
  ['ridden', 'rode'],
  ['risen', 'rose'],
  ['run', 'ran'],
  ['seen', 'saw'],
  ['shaken', 'shook'],
  ['shown', 'showed'],
  ['shrunk', 'shrank'],
  ['spoken', 'spoke'],
  ['stolen', 'stole'],
  ['stridden', 'strode'],
  ['striven', 'strove'],
  ['sung', 'sang'],
  ['sunk', 'sank'],
  ['sworn', 'swore'],
  ['taken', 'took'],
  ['thrown', 'threw'],
  ['torn', 'tore'],
  ['undertaken', 'undertook'],
  ['withdrawn', 'withdrew'],
  ['woken', 'woke'],
  ['worn', 'wore'],
  ['written', 'wrote'],
]);

/**
 * Past participles that are their own simple past (besides every "-ed" form): "had struck" → "struck".
 * A word after "had" that is in neither table stays "had …" (it may not be a verb at all).
 */
export const SAME_PAST: ReadonlySet<string> = new Set([
  'bought',
  'brought',
  'built',
  'caught',
  'cut',
  'dealt',
  'felt',
  'fought',
  'found',
  'fled',
  'held',
  'hit',
  'hurt',
  'kept',
  'laid',
  'led',
  'left',
  'lent',
  'lost',
  'made',
  'meant',
  'met',
  'paid',
  'put',
  'quit',
  'read',
  'said',
  'sent',
  'set',
  'shot',
  'shut',
  'sold',
  'sought',
  'spent',
  'split',
  'spread',
  'stood',
  'struck',
  'taught',
  'thought',
  'told',
  'understood',
  'upheld',
  'won',
]);

/** Past-tense forms (irregular) that show a subordinate clause has its own verb ("since the U.S. withdrew"). */
export const FINITE_VERB_CUES: ReadonlySet<string> = new Set([
  ...IRREGULAR_PAST.values(),
  ...SAME_PAST,
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
]);

/** Long names and the short forms headlines use. Case-sensitive; the article before them stays. */
export const SHORT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bUnited States(?! of)\b/g, 'U.S.'],
  [/\bUnited Nations\b/g, 'U.N.'],
  [/\bUnited Kingdom\b/g, 'U.K.'],
  [/\bEuropean Union\b/g, 'EU'],
];

/** Words a cut title must not end on ("…strike in", "…began when"). */
export const DANGLING: ReadonlySet<string> = new Set([
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
  'where',
  'when',
  'while',
  'because',
  'if',
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
  'will',
  'would',
  'could',
  'should',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
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
  'between',
  'also',
  'not',
  'including',
  'per',
  'via',
]);
