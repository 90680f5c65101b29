import type { TimelineEventInput } from '../model/event.js';

/**
 * One event written in HTML inside `<news-timeline>`. Its direct text is the title, its child
 * elements are the description. Without JavaScript (and in print) it shows as plain content.
 *
 * @example
 * <timeline-event date="2019-12-29TEV" url="https://example.org">Vote<p>Parliament votes late.</p></timeline-event>
 *
 * @attr date - ISO 8601 or TIMEX3 value (`2003`, `2019-Q3`, `2019-12-29TEV`)
 * @attr start - start of a range (with `end`)
 * @attr end - end of a range
 * @attr event-id - stable id reported in `event-select`
 * @attr url - link shown in the details panel
 * @attr group - group name
 * @attr source - where the event comes from
 * @slot - title text, then elements holding the description
 */
export class TimelineEventElement extends HTMLElement {
  /** Reads this element as a {@link TimelineEventInput} (fields absent when their attributes are). */
  toEventInput(): Record<string, unknown> & Partial<TimelineEventInput> {
    const input: Record<string, unknown> = {};
    const fields: Array<[string, string]> = [
      ['date', 'date'],
      ['start', 'start'],
      ['end', 'end'],
      ['event-id', 'id'],
      ['url', 'url'],
      ['group', 'group'],
      ['source', 'source'],
    ];
    for (const [attribute, field] of fields) {
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
