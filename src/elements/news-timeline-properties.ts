import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { TimelineEventInput } from '../model/event.js';
import type { Preference } from '../normalize/types.js';
import { referenceDateConverter } from './controllers/event-sources.js';
import type { TimelineStrings } from './i18n/strings.js';

/**
 * The reactive properties of `<news-timeline>` that configure it (data, text mode, locale,
 * theme, selection). The element itself ({@link NewsTimeline}) adds the window and behaviour.
 * Not an element of its own (its members are documented on `<news-timeline>`).
 *
 * @internal
 */
export class NewsTimelineProperties extends LitElement {
  /** Events to show (see {@link TimelineEventInput}); combined with `src` and child events. */
  @property({ attribute: false }) events: TimelineEventInput[] | undefined;

  /** URL of a JSON file holding an event array or `{ "events": [...] }`. */
  @property({ reflect: true }) src: string | undefined;

  /**
   * How long (ms) to wait for `src` before giving up with a message and a `timeline-error` of
   * kind `timeout` (default 30,000). The element shows "Loading events…" meanwhile.
   */
  @property({ attribute: 'load-timeout', type: Number }) loadTimeout = 30_000;

  /**
   * Most bytes read from `src` or `article-src` (default 33,554,432: 32 MB). A larger answer is
   * given up as soon as it passes the cap, with a message and a `timeline-error` of kind
   * `too-large`.
   */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes = 33_554_432; // MAX_BYTES, written out for the docs

  /**
   * BCP 47 locale for the axis and dates when they should differ from the element's language
   * (default: its `lang`, own or inherited as HTML inherits it; without any `lang`, the browser's).
   */
  @property({ reflect: true }) locale: string | undefined;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /**
   * The moment the news was written; drawn as a dashed line, used to centre an empty timeline and
   * to read relative dates of the article. The attribute is read like the library reads its
   * `referenceDate` (ISO 8601; a date-time without a zone is UTC); anything else is shown as an error.
   */
  @property({ attribute: 'reference-date', converter: referenceDateConverter }) referenceDate:
    Date | undefined;

  /** Id of the selected event; its story card is shown. */
  @property({ reflect: true }) selected: string | undefined;

  /** Accessible name of the timeline (default: "Timeline" in the element's language). */
  @property() label: string | undefined;

  /**
   * Words to use instead of the element's own (any subset of {@link TimelineStrings}); the rest
   * come from the table of the element's language: `lang` (its own, else the nearest ancestor's,
   * else the document's; English without one) picks among en, es, de, fr, ru and ar.
   *
   * @example
   * timeline.strings = { fit: 'Show all', allEvents: (n) => `Everything (${n})` };
   */
  @property({ attribute: false }) strings: Partial<TimelineStrings> | undefined;

  /**
   * Order and names of the swimlanes of events with a `group`; groups not listed follow in the
   * order they first appear. Without groups the timeline has one set of lanes.
   */
  @property({ attribute: false }) groups: string[] | undefined;

  /**
   * Article text to read events from (text mode); takes precedence over `article-src` and a
   * `slot="article"` child. Offsets in {@link NewsTimeline.extraction} point into it.
   */
  @property({ attribute: false }) text: string | undefined;

  /** URL of a plain-text (UTF-8) article to read events from (text mode). */
  @property({ attribute: 'article-src', reflect: true }) articleSrc: string | undefined;

  /**
   * How the extraction reads bare months and weekdays (text mode): `auto` (default, from the
   * tense of the sentence), `past`, `future` or `nearest`.
   */
  @property({ reflect: true }) prefer: Preference | undefined;

  /** Shows the article beside the timeline with its dates highlighted and linked to the events (text mode). */
  @property({ attribute: 'show-article', type: Boolean, reflect: true }) showArticle = false;
}
