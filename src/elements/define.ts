import { NewsTimeline } from './news-timeline.js';
import { TimelineEventElement } from './timeline-event.js';

/** Registers `<news-timeline>` and `<timeline-event>` unless those names are already taken. */
export function defineTimelineElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('timeline-event')) registry.define('timeline-event', TimelineEventElement);
  if (!registry.get('news-timeline')) registry.define('news-timeline', NewsTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
    'timeline-event': TimelineEventElement;
  }
}
