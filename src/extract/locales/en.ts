/**
 * English extraction tables: always loaded (the default language). The title rules of English are
 * the clause-by-clause rewrite of `../title.ts`, which reads English word tables of its own.
 */
import { eventTitle } from '../title.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TIME_ABBREVIATIONS,
  TIME_FOLLOWER,
  TITLE_ABBREVIATIONS,
} from './en-abbreviations.js';
import type { ExtractionLocale } from './types.js';

const en: ExtractionLocale = {
  language: 'en',
  sentences: {
    abbreviations: {
      always: [...TITLE_ABBREVIATIONS],
      'before-number': [...NUMBER_ABBREVIATIONS],
      'before-time-word': [...TIME_ABBREVIATIONS],
      'unless-new-sentence': [...AMBIGUOUS_ABBREVIATIONS],
    },
    starters: SENTENCE_STARTERS,
    timeFollower: TIME_FOLLOWER,
  },
  title: eventTitle,
};

export default en;
