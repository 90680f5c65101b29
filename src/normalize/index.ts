/**
 * `news-timeline/normalize`: temporal expressions in text → absolute TIMEX3 values.
 * Pure: runs in Node and browsers, no DOM.
 */
export { findTimexes, resolve } from './find-timexes.js';
export {
  SUPPORTED_LANGUAGES,
  isLocaleLoaded,
  languageOf,
  loadLocale,
  registerLocale,
} from './locale-registry.js';
export type { NormalizerLocale, TenseTables, TenseException, TextCues } from './locale.js';
export { isTimexValue } from './timex-grammar.js';
export { timexValueRange } from './timex-value.js';
export type { TimexValueInfo } from './timex-value.js';
export type * from './types.js';
