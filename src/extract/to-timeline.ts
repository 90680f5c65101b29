import type { TimelineEventInput } from '../model/event.js';
import type { ExtractedEvent } from './types.js';

/**
 * Converts extracted events into the `<news-timeline>` element's input shape. The date is the
 * finest one known (`2019-12-29TEV` when the day has a part-of-day refinement), the title stays the
 * title, the sentence becomes the description, and the id is kept so a selected mark leads back to
 * its extracted event and source offsets.
 *
 * @example
 * timeline.events = toTimelineEvents(extractEvents(text, { referenceDate: '2019-12-30' }).events);
 */
export function toTimelineEvents(events: readonly ExtractedEvent[]): TimelineEventInput[] {
  return events.map((e) => ({
    id: e.id,
    date: e.refinement?.value ?? e.date.value,
    title: e.title,
    description: e.sentence,
  }));
}
