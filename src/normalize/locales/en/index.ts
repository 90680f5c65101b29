import type { NormalizerLocale } from '../../locale.js';
import { EN_CUES } from './cues.js';
import { createEngine } from './engine.js';
import { EN_TENSE } from './tense.js';
import { prepareTyped } from './typed-words.js';

/**
 * English: chrono's strict English configuration with our parsers for years, decades, seasons,
 * quarters, parts of day, durations, sets and tense-relative expressions, and the English tables.
 */
export const locale: NormalizerLocale = {
  id: 'en',
  createEngine,
  tense: EN_TENSE,
  cues: EN_CUES,
  dateOrder: 'MDY',
  prepareTyped,
};
