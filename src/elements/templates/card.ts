import { html, nothing, type TemplateResult } from 'lit';
import type { ExtractedEvent } from '../../extract/types.js';
import type { TimelineEvent } from '../../model/event.js';
import { eventDateLabel } from '../../model/event-label.js';
import { renderProvenance } from '../article-view.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** What the story card shows and does. */
export interface CardView {
  event: TimelineEvent;
  locale: string | undefined;
  strings: TimelineStrings;
  /** The extracted event behind it (text mode) and the article text its offsets point into. */
  extracted: ExtractedEvent | undefined;
  articleText: string | undefined;
  /** Place in reading order (1-based) and number of events, for "3 of 12". */
  position: number;
  count: number;
  /** A bottom sheet (narrow screens) rather than a column beside the plot. */
  sheet: boolean;
  /** Right to left: "previous" (earlier, to the right) points right. */
  rtl: boolean;
  onStep: (delta: number) => void;
  onClose: () => void;
}

/**
 * The story card of the selected event (`part="card"`, also `details` as before): the date as
 * normalized and as the article wrote it, the headline, the sentence (or description), group,
 * source and link, the media with its credit, and previous/next through the story.
 */
export function renderCard(view: CardView): TemplateResult {
  const { event, extracted, articleText, locale, strings: s } = view;
  const meta = [event.group, event.source].filter(Boolean).join(' · ');
  const written = extracted
    ? [extracted.date.text, extracted.refinement?.text].filter(Boolean).join(', ')
    : '';
  const media = event.media;
  return html`<section
    class="card${view.sheet ? ' sheet' : ''}"
    part="card"
    aria-label=${s.selectedEvent}
    popover=${view.sheet ? 'manual' : nothing}
  >
    <nav class="steps" aria-label=${s.steps}>
      <button
        part="prev"
        aria-label=${s.previous}
        ?disabled=${view.position <= 1}
        @click=${() => view.onStep(-1)}
      >
        ${view.rtl ? '›' : '‹'}
      </button>
      <span class="position">${s.position(view.position, view.count)}</span>
      <button
        part="next"
        aria-label=${s.next}
        ?disabled=${view.position >= view.count}
        @click=${() => view.onStep(1)}
      >
        ${view.rtl ? '‹' : '›'}
      </button>
      <button class="close" aria-label=${s.close} @click=${view.onClose}>×</button>
    </nav>
    <div part="details">
      <p class="date">${eventDateLabel(event, locale)}</p>
      ${written ? html`<p class="written">${s.written(written)} · <code>${event.value}</code></p>` : nothing}
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
          ? renderProvenance(articleText, extracted, s)
          : event.description
            ? html`<p class="description">${event.description}</p>`
            : nothing
      }
      ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      ${event.url ? html`<p><a href=${event.url} target="_blank" rel="noopener noreferrer">${s.readMore}</a></p>` : nothing}
    </div>
  </section>`;
}
