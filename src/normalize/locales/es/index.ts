import type { NormalizerLocale } from '../../locale.js';
import { ES_CUES } from './cues.js';
import { createEngine } from './engine.js';
import { ES_TENSE } from './tense.js';

/**
 * Spanish (Spain and Latin America): chrono's strict Spanish configuration for numeric dates, our
 * parsers for dates, years, decades, centuries, seasons, quarters, deictics, parts of day, clock
 * times, durations, sets and holidays, and the Spanish tense and cue tables. Numeric dates are
 * day first.
 */
export const locale: NormalizerLocale = {
  id: 'es',
  createEngine,
  tense: ES_TENSE,
  cues: ES_CUES,
  dateOrder: 'DMY',
};
