import type { NormalizerLocale } from '../../locale.js';
import { DE_CUES } from './cues.js';
import { createEngine } from './engine.js';
import { DE_TENSE } from './tense.js';
import { prepareTyped } from './typed-words.js';

/**
 * German (Germany, Austria, Switzerland): chrono's strict German configuration with our parsers
 * for years, decades, centuries, seasons, quarters, weekdays and months by tense, deictics
 * ("gestern", "letzte Woche", "heuer"), parts of day, clock times ("15.40 Uhr"), lengths, sets and
 * modifiers, and the German tense and text tables.
 */
export const locale: NormalizerLocale = {
  id: 'de',
  createEngine,
  tense: DE_TENSE,
  cues: DE_CUES,
  dateOrder: 'DMY',
  prepareTyped,
};
