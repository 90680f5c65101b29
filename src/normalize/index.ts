/**
 * `news-timeline/normalize`: temporal expressions in text → absolute TIMEX3 values.
 * Pure: runs in Node and browsers, no DOM.
 */
export { findTimexes, resolve } from './find-timexes.js';
export { isTimexValue } from './timex-grammar.js';
export { timexValueRange } from './timex-value.js';
export type { TimexValueInfo } from './timex-value.js';
export type * from './types.js';
