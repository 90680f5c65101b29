import { ru } from 'chrono-node';
import type { Chrono } from 'chrono-node/en';
import type { NormalizerLocale } from '../../locale.js';
import { NEUTRAL_CUES, NO_TENSE } from '../neutral.js';

/** Baseline: chrono's own configuration for this language, with no tables of ours yet. */
export const locale: NormalizerLocale = {
  id: 'ru',
  createEngine: (): Chrono => ru.casual.clone(),
  tense: NO_TENSE,
  cues: NEUTRAL_CUES,
  dateOrder: 'DMY',
};
