import type { TenseTables, TextCues } from '../locale.js';

/** Matches nothing: a cue a language has no words for. */
const NOTHING = /(?!)/;

/**
 * Cues that hold in any language (punctuation, digits), for a locale to spread and complete with
 * its own words.
 */
export const NEUTRAL_CUES: TextCues = {
  framingLead: NOTHING,
  sinceBefore: NOTHING,
  attributionBefore: NOTHING,
  periodBoundary: NOTHING,
  prepositionBefore: NOTHING,
  entryAhead: NOTHING,
  rangeBetween: /^\s*[-–—]\s*$/,
  // A single letter and a stop is an initial ("J. Smith"), never a sentence end.
  abbreviationBefore: /(?:^|[\s(])\p{L}$/u,
  today: NOTHING,
  presentVerb: NOTHING,
  notPresentVerb: NOTHING,
  betweenDayAndTime: /^\s*[,-—]?\s*$/,
  betweenPartAndDay: NOTHING,
  betweenWeekdayAndDate: /^\s*,?\s*$/,
  countedFrom: NOTHING,
  leadingPreposition: NOTHING,
  rangeSeparator: /\s*[-–—]\s*(?!.*[-–—])/,
};

/** No tense markers: every expression reads as the news default (past). */
export const NO_TENSE: TenseTables = {
  future: /(?!)/g,
  past: /(?!)/g,
  present: /(?!)/g,
  scheduled: /(?!)/g,
};
