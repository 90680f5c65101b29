import type { NormalizerLocale } from '../../locale.js';
import { RU_CUES } from './cues.js';
import { createEngine } from './engine.js';
import { RU_TENSE } from './tense.js';

/**
 * Russian: chrono's strict Russian configuration with our parsers for years, decades, centuries,
 * seasons, quarters, months and weekdays by tense, deictics, parts of day, durations, sets and
 * modifiers, and the Russian tense markers and cues.
 */
export const locale: NormalizerLocale = {
  id: 'ru',
  createEngine,
  tense: RU_TENSE,
  cues: RU_CUES,
  dateOrder: 'DMY',
};
