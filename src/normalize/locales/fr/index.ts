import type { NormalizerLocale } from '../../locale.js';
import { FR_CUES } from './cues.js';
import { createEngine } from './engine.js';
import { FR_TENSE } from './tense.js';

/**
 * French (France, Belgium, Switzerland, Québec): chrono's strict French configuration with our
 * parsers for years, decades, centuries, seasons, quarters, parts of day, clock times, durations,
 * sets and deictic expressions, and the French tense and cue tables.
 */
export const locale: NormalizerLocale = {
  id: 'fr',
  createEngine,
  tense: FR_TENSE,
  cues: FR_CUES,
  dateOrder: 'DMY',
};
