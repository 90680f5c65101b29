import { html, type TemplateResult } from 'lit';
import type { ArticleChunk } from '../../layout/article-chunks.js';
import { renderArticleChunks } from '../article-view.js';
import { eventDateLabel } from '../../model/event-label.js';
import type { EventStore } from '../../model/event-columns.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** The tooltip of a date in the article: the date of its event, and what a click does. */
export function dateTitle(
  events: EventStore,
  locale: string | undefined,
  s: TimelineStrings,
): (eventId: string) => string {
  return (eventId) => {
    const event = events.at(events.indexOf(eventId) ?? -1);
    return s.showOnTimeline(event && eventDateLabel(event, locale));
  };
}

/**
 * The article beside the timeline (`show-article`), its dates linked to their events, in chunks
 * (see `ArticleChunksController`).
 *
 * @param title - tooltip of an event's date button.
 * @param titleKey - what the tooltips depend on: a chunk is rendered again when it changes.
 * @param onClick - a click in the article (date buttons carry `data-event-id`).
 */
export function renderArticlePane(
  text: string,
  chunks: readonly ArticleChunk[],
  selected: string | undefined,
  title: (eventId: string) => string,
  titleKey: readonly unknown[],
  name: string,
  onClick: (event: MouseEvent) => void,
): TemplateResult {
  const content = renderArticleChunks(text, chunks, selected, title, titleKey);
  // One line: the article is pre-wrap, whitespace around its content would show.
  // prettier-ignore
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- a click on a date mark selects its event; from the keyboard the same events are reached through the plot and the list
  return html`<div class="article-pane"><div class="article" part="article" role="region" aria-label=${name} tabindex="0" @click=${onClick}>${content}</div></div>`;
}

/** Scrolls the article (not the page) so the selected event's first sentence is in view. */
export function scrollArticleTo(
  root: ParentNode,
  selected: string | undefined,
  behavior: ScrollBehavior,
): void {
  const pane = root.querySelector<HTMLElement>('.article');
  if (!pane || selected === undefined) return;
  const sentence = pane.querySelector<HTMLElement>(`.sentence[data-event-id="${CSS.escape(selected)}"]`);
  if (!sentence) return;
  // Measured in the pane's scroll space: the sentence's offset parent may be its chunk.
  const top = sentence.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  if (top >= pane.scrollTop && top + sentence.offsetHeight <= pane.scrollTop + pane.clientHeight) return;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3), behavior: reduced ? 'instant' : behavior });
}
