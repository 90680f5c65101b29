import { html, nothing, type TemplateResult } from 'lit';
import type { ExtractedEvent } from '../../extract/types.js';
import type { TimelineEvent } from '../../model/event.js';
import { eventDateLabel } from '../../model/event-label.js';
import { renderProvenance } from '../article-view.js';

/** What the story card shows and does. */
export interface CardView {
  event: TimelineEvent;
  locale: string | undefined;
  /** The extracted event behind it (text mode) and the article text its offsets point into. */
  extracted: ExtractedEvent | undefined;
  articleText: string | undefined;
  /** Place in reading order (1-based) and number of events, for "3 of 12". */
  position: number;
  count: number;
  /** A bottom sheet (narrow screens) rather than a column beside the plot. */
  sheet: boolean;
  onStep: (delta: number) => void;
  onClose: () => void;
}

/**
 * The story card of the selected event (`part="card"`, also `details` as before): the date as
 * normalized and as the article wrote it, the headline, the sentence (or description), group,
 * source and link, the media with its credit, and previous/next through the story.
 */
export function renderCard(view: CardView): TemplateResult {
  const { event, extracted, articleText, locale } = view;
  const meta = [event.group, event.source].filter(Boolean).join(' · ');
  const written = extracted
    ? [extracted.date.text, extracted.refinement?.text].filter(Boolean).join(', ')
    : '';
  const media = event.media;
  return html`<section
    class="card${view.sheet ? ' sheet' : ''}"
    part="card"
    aria-label="Selected event"
    popover=${view.sheet ? 'manual' : nothing}
  >
    <nav class="steps" aria-label="Step through the events">
      <button
        part="prev"
        aria-label="Previous event"
        ?disabled=${view.position <= 1}
        @click=${() => view.onStep(-1)}
      >
        ‹
      </button>
      <span class="position">${view.position} of ${view.count}</span>
      <button
        part="next"
        aria-label="Next event"
        ?disabled=${view.position >= view.count}
        @click=${() => view.onStep(1)}
      >
        ›
      </button>
      <button class="close" aria-label="Close details" @click=${view.onClose}>×</button>
    </nav>
    <div part="details">
      <p class="date">${eventDateLabel(event, locale)}</p>
      ${written ? html`<p class="written">“${written}” in the article · <code>${event.value}</code></p>` : nothing}
      <h2>${event.title}</h2>
      ${
        media
          ? html`<figure class="media" part="card-media">
              <img src=${media.src} alt=${media.alt} loading="lazy" decoding="async" />
              ${media.credit ? html`<figcaption>${media.credit}</figcaption>` : nothing}
            </figure>`
          : nothing
      }
      ${
        extracted && articleText !== undefined
          ? renderProvenance(articleText, extracted)
          : event.description
            ? html`<p class="description">${event.description}</p>`
            : nothing
      }
      ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      ${event.url ? html`<p><a href=${event.url} target="_blank" rel="noopener noreferrer">Read more</a></p>` : nothing}
    </div>
  </section>`;
}
