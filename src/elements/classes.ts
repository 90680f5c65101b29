/**
 * The element classes without registering them, for apps that choose their own tag names:
 * `customElements.define('my-timeline', NewsTimeline)`.
 */
export { NewsTimeline } from './news-timeline.js';
export { TimelineEventElement } from './timeline-event.js';
export type { PluralForms, TimelineStrings } from './i18n/strings.js';
export type {
  ArticleExtractDetail,
  EventSelectDetail,
  TimelineErrorDetail,
  WindowChangeDetail,
} from './timeline-events.js';
