import type { ExtractionResult } from '../extract/types.js';
import type { InvalidEvent, TimelineEvent } from '../model/event.js';

/** Detail of `window-change`: the new visible window. */
export interface WindowChangeDetail {
  start: Date;
  end: Date;
}

/** Detail of `event-select`: the event the user selected. */
export interface EventSelectDetail {
  event: TimelineEvent;
}

/**
 * What kind of problem a `timeline-error` reports (the first one, when there are several):
 * `load` (the `src` fetch failed or was not event JSON), `timeout` (`src` did not answer within
 * `load-timeout`), `too-large` (`src` or `article-src` is larger than `max-bytes`),
 * `reference-date` (unreadable), `article` (could not be loaded or read), `invalid` (some events
 * cannot be placed), `warning` (only non-fatal remarks).
 */
export type TimelineErrorKind =
  'load' | 'timeout' | 'too-large' | 'reference-date' | 'article' | 'invalid' | 'warning';

/** Detail of `timeline-error`: what went wrong with the data; valid events are still shown. */
export interface TimelineErrorDetail {
  kind: TimelineErrorKind;
  /** One-line summary shown inside the element. */
  message: string;
  /** Every problem: fetch/JSON failures, then one line per invalid event, then warnings. */
  reasons: string[];
  /** Events that could not be placed on the time line. */
  invalid: InvalidEvent[];
}

/** Detail of `article-extract` (text mode): the article and what was read from it. */
export interface ArticleExtractDetail {
  /** The article text; offsets in `result` point into it. */
  text: string;
  result: ExtractionResult;
}

declare global {
  interface HTMLElementEventMap {
    'window-change': CustomEvent<WindowChangeDetail>;
    'event-select': CustomEvent<EventSelectDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
    'article-extract': CustomEvent<ArticleExtractDetail>;
  }
}
