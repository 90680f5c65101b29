import { html, type TemplateResult } from 'lit';
import type { ExtractedEvent, ExtractionResult } from '../extract/types.js';
import { segmentArticle, type ArticleBlock, type HighlightSpan } from '../layout/article-segments.js';
import type { TimelineStrings } from './i18n/strings.js';

/** Words for the roles of expressions that are not linked to an event (tooltips). */
const ROLE_NOTES: Record<string, string> = {
  duration: 'a duration, not a date',
  reference: 'a reference to the present, past or future',
  set: 'a recurring time',
  fragment: 'part of a date that could not be read',
  furniture: 'in page furniture (navigation, credits, footer)',
  context: 'another date in the sentence',
};

/** Blocks of the article view: sentences of events with their date expressions highlighted. */
export function articleBlocks(text: string, result: ExtractionResult): ArticleBlock[] {
  const notes = new Map(result.undated.map((u) => [u.source.expression.start, u.message]));
  const highlights: HighlightSpan[] = result.expressions.map((e) => {
    const note = e.role === 'undated' ? notes.get(e.start) : ROLE_NOTES[e.role];
    return {
      start: e.start,
      end: e.end,
      role: e.role,
      value: e.value,
      ...(e.eventId !== undefined ? { eventId: e.eventId } : {}),
      ...(note !== undefined ? { note } : {}),
    };
  });
  const sentences = result.events.flatMap((event) =>
    event.sources.map((source) => ({ ...source.sentence, eventId: event.id })),
  );
  return segmentArticle(text.length, sentences, highlights);
}

function renderHighlight(words: string, mark: HighlightSpan, title: (eventId: string) => string) {
  if (mark.eventId !== undefined && (mark.role === 'anchor' || mark.role === 'refinement')) {
    // Kept on one line: whitespace inside the button would become part of the date's text.
    // prettier-ignore
    return html`<mark class="date ${mark.role}" part="article-date"><button type="button" class="date-link" data-event-id=${mark.eventId} title=${title(mark.eventId)}>${words}</button></mark>`;
  }
  const note = mark.note ? `${mark.value ? `${mark.value}: ` : ''}${mark.note}` : (mark.value ?? '');
  return html`<mark class="date ${mark.role}" part="article-date" title=${note}>${words}</mark>`;
}

/**
 * The article with every date expression highlighted. Dates of events are buttons that select
 * their event; the sentences of the selected event are marked. Everything is rendered as text.
 *
 * @param title - tooltip of an event's date button (e.g. its title and date).
 */
export function renderArticle(
  text: string,
  blocks: readonly ArticleBlock[],
  selectedId: string | undefined,
  title: (eventId: string) => string,
): TemplateResult {
  return html`${blocks.map((block) => {
    const runs = block.runs.map((run) => {
      const words = text.slice(run.start, run.end);
      return run.highlight ? renderHighlight(words, run.highlight, title) : words;
    });
    return block.eventId === undefined
      ? runs
      : html`<span
          class="sentence${block.eventId === selectedId ? ' selected' : ''}"
          part="article-sentence${block.eventId === selectedId ? ' article-sentence-selected' : ''}"
          data-event-id=${block.eventId}
          >${runs}</span
        >`;
  })}`;
}

/**
 * Where an event was read: its sentence with the date expression marked, and how many other
 * sentences said the same.
 */
export function renderProvenance(text: string, event: ExtractedEvent, s: TimelineStrings) {
  const { sentence, expression } = event.source;
  const inside = expression.start >= sentence.start && expression.end <= sentence.end;
  const others = event.sources.length - 1;
  return html`<figure class="source" part="source">
    <blockquote>
      ${
        inside
          ? html`${text.slice(sentence.start, expression.start)}<mark part="source-date"
                >${text.slice(expression.start, expression.end)}</mark
              >${text.slice(expression.end, sentence.end)}`
          : event.sentence
      }
    </blockquote>
    <figcaption>${s.fromArticle(others)}</figcaption>
  </figure>`;
}
