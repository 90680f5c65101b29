import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ExtractedEvent, ExtractionResult } from '../extract/types.js';
import { chunkBlocks, type ArticleChunk } from '../layout/article-chunks.js';
import type { ArticleBlock, HighlightSpan, SentenceSpan } from '../layout/article-segments.js';
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

/** What the article view marks: the sentences of events and every date expression. */
export function articleSpans(result: ExtractionResult): {
  sentences: SentenceSpan[];
  highlights: HighlightSpan[];
} {
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
  return { sentences, highlights };
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

/** About how many characters a line of the article column holds, for the height of unrendered chunks. */
const LINE_CHARS = 60;

/**
 * The article's chunks, each a block of its own that the browser lays out and paints only near
 * the view (`content-visibility: auto`), sized until then by an estimate of its lines. A chunk is
 * rendered again only when the selection enters or leaves it, or when `key` (what the tooltips
 * say: the events, the locale) changes.
 */
export function renderArticleChunks(
  text: string,
  chunks: readonly ArticleChunk[],
  selectedId: string | undefined,
  title: (eventId: string) => string,
  key: readonly unknown[],
): TemplateResult {
  return html`${chunks.map((chunk) => {
    const selected = selectedId !== undefined && chunk.eventIds.has(selectedId) ? selectedId : undefined;
    return guard([chunk, selected, ...key], () => {
      let lines = 1;
      for (let i = chunk.start; i < chunk.end; i++) if (text.charCodeAt(i) === 10) lines++;
      lines += Math.floor((chunk.end - chunk.start) / LINE_CHARS);
      // prettier-ignore
      return html`<div class="chunk" style=${styleMap({ '--_chunk-lines': String(lines) })}>${renderArticle(text, chunkBlocks(chunk), selected, title)}</div>`;
    });
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
