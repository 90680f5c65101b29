/**
 * `news-timeline/extract`: article text → dated events with titles and source offsets.
 * Pure: runs in Node and browsers, no DOM.
 *
 * @example
 * import { extractEvents, toTimelineEvents } from 'news-timeline/extract';
 * const { events, undated } = extractEvents(articleText, { referenceDate: '2019-12-30' });
 * document.querySelector('news-timeline').events = toTimelineEvents(events);
 */
export { extractEvents, extractEventsSteps } from './extract-events.js';
export type { Steps } from '../normalize/steps.js';
export { extractEventsInSlices, type SliceOptions } from './extract-incremental.js';
export { toTimelineEvents } from './to-timeline.js';
export { splitSentences } from './sentences.js';
export { loadLanguage, useLanguage, type Language } from './language.js';
export {
  EXTRACTION_LANGUAGES,
  isExtractionLocaleLoaded,
  registerExtractionLocale,
} from './locales/registry.js';
export type { ExtractionLocale, JoinRule, SentenceRules, TitleFunction } from './locales/types.js';
export { localeTitle, type TitleRules } from './title-locale.js';
export { articleHeadline } from './headline.js';
export { FURNITURE_RULES, type FurnitureKind, type FurnitureRule } from './furniture.js';
export { TITLE_MAX_LENGTH } from './types.js';
export type {
  DateReason,
  DateRule,
  EventDate,
  EventSource,
  ExpressionRole,
  ExtractedEvent,
  ExtractedExpression,
  ExtractionResult,
  ExtractOptions,
  TextSpan,
  UndatedMention,
  UndatedReason,
} from './types.js';
