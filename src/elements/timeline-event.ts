import { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { TimelineEventInput } from '../model/event.js';

/** Attribute → event field, in the order {@link TimelineEventElement.toEventInput} reads them. */
const FIELDS: readonly (readonly [attribute: string, field: keyof TimelineEventInput])[] = [
  ['date', 'date'],
  ['start', 'start'],
  ['end', 'end'],
  ['event-id', 'id'],
  ['url', 'url'],
  ['group', 'group'],
  ['source', 'source'],
];

/**
 * One event written in HTML inside `<news-timeline>`. Its direct text is the title, its child
 * elements are the description. Without JavaScript (and in print) it shows as plain content.
 *
 * It extends Lit's `ReactiveElement` rather than `HTMLElement`, so importing it in Node (server
 * rendering, tests) needs no DOM; it renders nothing of its own and keeps its content in the light
 * DOM, where `<news-timeline>` reads it.
 *
 * @example
 * <timeline-event date="2019-12-29TEV" url="https://example.org">Vote<p>Parliament votes late.</p></timeline-event>
 *
 * @slot - title text, then elements holding the description
 */
export class TimelineEventElement extends ReactiveElement {
  /** ISO 8601 or TIMEX3 value (`2003`, `2019-Q3`, `2019-12-29TEV`). */
  @property({ reflect: true }) date?: string;
  /** Start of a range (with `end`). */
  @property({ reflect: true }) start?: string;
  /** End of a range. */
  @property({ reflect: true }) end?: string;
  /** Stable id reported in `event-select`. */
  @property({ attribute: 'event-id', reflect: true }) eventId?: string;
  /** Link shown in the details panel. */
  @property({ reflect: true }) url?: string;
  /** Group name. */
  @property({ reflect: true }) group?: string;
  /** Where the event comes from. */
  @property({ reflect: true }) source?: string;

  /** Light DOM: the content is the event, shown as is without JavaScript. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Reads this element as a {@link TimelineEventInput} (fields absent when their attributes are). */
  toEventInput(): Record<string, unknown> & Partial<TimelineEventInput> {
    const input: Record<string, unknown> = {};
    for (const [attribute, field] of FIELDS) {
      const value = this.getAttribute(attribute);
      if (value !== null) input[field] = value;
    }
    let title = '';
    const description: string[] = [];
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) title += node.textContent ?? '';
      else if (node.nodeType === Node.ELEMENT_NODE) description.push((node.textContent ?? '').trim());
    }
    title = title.replace(/\s+/g, ' ').trim();
    if (title) input.title = title;
    const text = description.filter(Boolean).join('\n');
    if (text) input.description = text;
    return input;
  }
}
