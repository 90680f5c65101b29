import type { TimelineEvent, TimelineEventInput } from './event.js';

/**
 * A placed event back in the input format ({@link TimelineEventInput}): what `toJSON()` of
 * `<news-timeline>` gives, and what `events`, `src` and `parseEvents` read again unchanged.
 * The date is the value as given (`2019-12-29TEV`, `2003`); a range is `start` and `end`.
 *
 * @example
 * toEventInput(parseEvents([{ date: '2003', title: 'Invasion' }]).events[0])
 * // { id: 'event-1', date: '2003', title: 'Invasion' }
 */
export function toEventInput(event: TimelineEvent): TimelineEventInput {
  const input: TimelineEventInput = { id: event.id, title: event.title };
  const slash = event.kind === 'bar' ? event.value.indexOf('/') : -1;
  if (slash > 0) {
    input.start = event.value.slice(0, slash);
    input.end = event.value.slice(slash + 1);
  } else {
    input.date = event.value;
  }
  for (const key of ['description', 'url', 'group', 'source', 'media', 'mod'] as const) {
    const value = (event as Partial<Record<typeof key, unknown>>)[key];
    if (value !== undefined) (input as unknown as Record<string, unknown>)[key] = value;
  }
  return input;
}
