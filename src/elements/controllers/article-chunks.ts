import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExtractionResult } from '../../extract/types.js';
import { chunkArticle, type ArticleChunk } from '../../layout/article-chunks.js';
import { articleSpans } from '../article-view.js';
import { adoptArticleStyles } from '../article-pane.styles.js';
import { yieldToPage } from '../yield-to-page.js';

/** Time one update may spend adding chunks to the article, in milliseconds. */
const UPDATE_BUDGET_MS = 25;
/** Chunks added by one update at most. */
const MAX_STEP = 32;

/**
 * The article beside the timeline (`show-article`), rendered a few chunks at a time: a new
 * article is cut into chunks in the task after the one that landed its events, and its chunks
 * are added in later tasks, as many per update as fit in about 25 ms, so a long article never
 * renders (nor lays out) in one long task. The chunk of the selected event is rendered with those
 * before it as soon as the article is cut.
 */
export class ArticleChunksController implements ReactiveController {
  private cache: { result: ExtractionResult; chunks: ArticleChunk[] } | undefined;
  /** A new article, cut into chunks in a task of its own. */
  private next: { text: string; result: ExtractionResult } | undefined;
  /** How many chunks are rendered. */
  private shown = 0;
  /** How many chunks the next update adds. */
  private step = 1;
  private renderedNow = false;
  private addedNow = 0;
  private updateStart = 0;
  private scheduled = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
    // The pane's styles come with this module (text mode's chunk), so they are added here.
    adoptArticleStyles(host.renderRoot);
  }

  /**
   * The chunks of the article to render in this update: the first ones, and all up to the one
   * that holds the sentence of `selected`.
   */
  visible(text: string, result: ExtractionResult, selected: string | undefined): ArticleChunk[] {
    this.renderedNow = true;
    if (this.cache?.result !== result) {
      this.next = { text, result };
      this.cache = undefined;
      return [];
    }
    const chunks = this.cache.chunks;
    const before = this.shown;
    if (this.shown === 0) this.shown = Math.min(chunks.length, this.step);
    if (selected !== undefined && !chunks[this.shown - 1]?.eventIds.has(selected)) {
      const at = chunks.findIndex((c, i) => i >= this.shown && c.eventIds.has(selected));
      if (at >= 0) this.shown = at + 1;
    }
    this.addedNow = this.shown - before;
    return chunks.slice(0, this.shown);
  }

  /** Whether every chunk of the current article is rendered. */
  get complete(): boolean {
    return !this.next && (!this.cache || this.shown >= this.cache.chunks.length);
  }

  hostUpdate(): void {
    this.renderedNow = false;
    this.addedNow = 0;
    this.updateStart = performance.now();
  }

  hostUpdated(): void {
    if (!this.renderedNow || this.complete || this.scheduled) return;
    if (this.addedNow > 0) {
      // As many chunks next time as this update's pace allows within the budget.
      const perChunk = (performance.now() - this.updateStart) / this.addedNow;
      this.step = Math.max(1, Math.min(MAX_STEP, Math.floor(UPDATE_BUDGET_MS / Math.max(perChunk, 0.1))));
    }
    this.scheduled = true;
    // Behind the page's own tasks, painting included.
    void yieldToPage(true).then(() => {
      this.scheduled = false;
      const next = this.next;
      if (next) {
        this.next = undefined;
        const spans = articleSpans(next.result);
        this.cache = {
          result: next.result,
          chunks: chunkArticle(next.text, spans.sentences, spans.highlights),
        };
        this.shown = 0;
        this.step = 1;
      } else if (this.cache) this.shown = Math.min(this.cache.chunks.length, this.shown + this.step);
      this.host.requestUpdate();
    });
  }
}
