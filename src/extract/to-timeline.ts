import type { DateMod, TimelineEventInput } from '../model/event.js';
import type { ExtractedEvent } from './types.js';

const DRAWN_MODS = new Set<string>(['START', 'MID', 'END', 'APPROX']);

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
  return events.map((e) => {
    const date = e.refinement ?? e.date;
    // "early 2004", "mid-March", "around 1990": the timeline draws the part of the period they say.
    const mod = date.mod && DRAWN_MODS.has(date.mod) ? (date.mod as DateMod) : undefined;
    return {
      id: e.id,
      date: date.value,
      title: e.title,
      description: e.sentence,
      ...(mod ? { mod } : {}),
    };
  });
}
