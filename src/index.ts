/**
 * `news-timeline`: importing this module registers `<news-timeline>` and `<timeline-event>`.
 * Use `news-timeline/elements` (src/elements/classes.ts) for the classes without registration.
 */
import { defineTimelineElements } from './elements/define.js';

defineTimelineElements();

export { defineTimelineElements } from './elements/define.js';
export * from './elements/classes.js';
export { parseEvents, parseEventsJson, parseDateValue, EventDataError } from './model/parse-events.js';
export { eventDateLabel } from './model/event-label.js';
export { indexMarkTimes, layoutMarks } from './layout/lanes.js';
export type * from './model/event.js';
export type {
  Cluster,
  LayoutOptions,
  LayoutView,
  MarkTimes,
  MarkTimesIndex,
  PlacedMark,
  TimelineLayout,
} from './layout/lanes.js';
export { timexValueRange } from './model/timex-value.js';
export { isTimelineJS } from './model/timelinejs-shape.js';
export type {
  TimelineJSDate,
  TimelineJSDocument,
  TimelineJSEvents,
  TimelineJSSlide,
} from './model/timelinejs-shape.js';
export { toEventInput } from './model/event-json.js';
