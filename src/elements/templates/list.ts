import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineData } from '../timeline-data.js';
import { eventDateLabel } from '../../model/event-label.js';
import { describeInvalid } from './messages.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** Items of each list shown per "Show more". */
export const LIST_PAGE = 200;

/** State and callbacks of the list view. */
export interface ListView {
  data: TimelineData;
  locale: string | undefined;
  strings: TimelineStrings;
  open: boolean;
  /** Valid events shown, and invalid items shown. */
  limit: number;
  invalidLimit: number;
  onToggle(open: boolean): void;
  onSelect(index: number): void;
  onMore(which: 'events' | 'invalid'): void;
}

function more(left: number, s: TimelineStrings, onClick: () => void): TemplateResult | typeof nothing {
  return left > 0 ? html`<button class="more" @click=${onClick}>${s.showMore(left)}</button>` : nothing;
}

/**
 * "All events": every event in reading order (group, then time) as buttons that select it, then
 * the undated or unreadable items and the undated mentions of the article. Long lists are paged
 * (valid and invalid alike) so opening them never renders 100,000 items at once.
 */
export function renderList(view: ListView): TemplateResult {
  const { data, locale, strings: s } = view;
  const { events, invalid, undated, reading, groups, groupOf } = data;
  const summary = [
    s.allEvents(events.length),
    ...(invalid.length ? [s.unreadable(invalid.length)] : []),
    ...(undated.length ? [s.undatedMentions(undated.length)] : []),
  ].join(', ');
  const shown = view.open ? Array.from(reading.order.subarray(0, view.limit)) : [];
  const shownInvalid = view.open ? invalid.slice(0, view.invalidLimit) : [];
  const onClick = (e: Event): void => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-list-index]');
    if (button) view.onSelect(Number(button.dataset.listIndex));
  };
  return html`<details
    class="list"
    part="list"
    ?open=${view.open}
    @toggle=${(e: Event) => view.onToggle((e.target as HTMLDetailsElement).open)}
  >
    <summary>${summary}</summary>
    ${
      view.open
        ? // eslint-disable-next-line lit-a11y/click-events-have-key-events -- delegated from the item buttons, which take Enter and Space themselves
          html`<ol @click=${onClick}>
              ${shown.map(
                (i) =>
                  html`<li>
                    <button data-list-index=${i}>
                      ${
                        groups.length > 1
                          ? html`<span class="group">${groups[groupOf[i]!] || s.otherGroup}</span>`
                          : nothing
                      }<span class="when">${eventDateLabel(events.at(i)!, locale)}</span
                      >${events.columns.titles[i]}
                    </button>
                  </li>`,
              )}
            </ol>
            ${more(events.length - shown.length, s, () => view.onMore('events'))}
            ${
              invalid.length
                ? html`<h3>${s.unreadableHeading}</h3>
                    <ul class="invalid">
                      ${shownInvalid.map((item) => html`<li>${describeInvalid(item, s)}</li>`)}
                    </ul>
                    ${more(invalid.length - shownInvalid.length, s, () => view.onMore('invalid'))}`
                : nothing
            }
            ${
              undated.length
                ? html`<h3>${s.undatedHeading}</h3>
                    <ul class="undated">
                      ${undated.map((item) => html`<li><q>${item.text}</q> — ${item.message}</li>`)}
                    </ul>`
                : nothing
            }`
        : nothing
    }
  </details>`;
}
