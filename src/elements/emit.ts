import type {
  ArticleExtractDetail,
  EventSelectDetail,
  TimelineErrorDetail,
  WindowChangeDetail,
} from './timeline-events.js';

/** Every event `<news-timeline>` fires, by name, with the type of its `detail`. */
export interface TimelineEventMap {
  'window-change': WindowChangeDetail;
  'event-select': EventSelectDetail;
  'timeline-error': TimelineErrorDetail;
  'article-extract': ArticleExtractDetail;
}

/**
 * Fires one of the element's events: bubbling and composed (listeners outside the shadow root and
 * in frameworks see it), with a typed `detail`. The one place events leave the element.
 *
 * @example
 * emit(this, 'window-change', { start: new Date(0), end: new Date(1) });
 */
export function emit<K extends keyof TimelineEventMap>(
  target: EventTarget,
  name: K,
  detail: TimelineEventMap[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
