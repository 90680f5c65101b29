import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { InvalidEvent, TimelineEvent, TimelineEventInput } from '../model/event.js';
import { toEventInput } from '../model/event-json.js';
import { safeLocale } from '../layout/tick-format.js';
import type { TimelineData } from './timeline-data.js';
import type { ExtractionResult } from '../extract/types.js';
import { EventSourcesController } from './controllers/event-sources.js';
import { LanguageController } from './controllers/language.js';
import { KeyboardController } from './controllers/keyboard.js';
import { PlotController } from './controllers/plot.js';
import { ViewWindowController, windowConverter } from './controllers/view-window.js';
import { emit } from './emit.js';
import { newsTimelineStyles } from './news-timeline.styles.js';
import { renderArticleStatus } from './article-status.js';
import { NewsTimelineProperties } from './news-timeline-properties.js';
import type { ArticleChunksController } from './controllers/article-chunks.js';

type TextMode = typeof import('./text-mode.js');
import { renderCard } from './templates/card.js';
import { LIST_PAGE, renderList } from './templates/list.js';
import { renderMessage, renderStatus } from './templates/messages.js';
import { renderOverview, renderPlot, renderToolbar } from './templates/plot.js';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * An interactive, accessible time line of news events.
 *
 * Data comes from the `events` property, a JSON file at `src`, `<timeline-event>` children, and
 * (text mode) the events read from a news article; all are combined. Marks keep the granularity
 * of their dates: a day is a point, a month or year a band over its interval, a start/end range a
 * bar; uncertain values are dashed.
 *
 * Text mode: the article is the `text` property, else the plain-text file at `article-src`, else
 * the text of a child with `slot="article"` (`<script type="text/plain" slot="article">` keeps it
 * raw and hidden; `<article slot="article">` also shows it without JavaScript). Its events are
 * extracted relative to `reference-date` (the publication date), with the extraction code loaded
 * on first use. Selecting such an event shows its sentence with the date marked; `show-article`
 * shows the whole article beside the timeline with every date expression highlighted and linked.
 *
 * @example
 * <news-timeline locale="en-GB" theme="auto">
 *   <timeline-event date="2019-12-29TEV">Vote<p>Parliament votes late.</p></timeline-event>
 * </news-timeline>
 *
 * @example
 * <news-timeline reference-date="2019-12-30" show-article>
 *   <script type="text/plain" slot="article">The United States said on December 29 that…</script>
 * </news-timeline>
 *
 * @fires {CustomEvent<WindowChangeDetail>} window-change - `{ start: Date, end: Date }` after the reader zooms or pans.
 * @fires {CustomEvent<EventSelectDetail>} event-select - `{ event }` after the reader selects an event (click, Enter, Space, a date in the article).
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - `{ kind, message, reasons, invalid }` when data or the article cannot be loaded (or time out), the reference date is unreadable, or some events cannot be placed.
 * @fires {CustomEvent<ArticleExtractDetail>} article-extract - `{ text, result }` after events were extracted from the article (text mode).
 *
 * @slot - `<timeline-event>` elements; also the no-JS and print fallback.
 * @slot article - an element holding the article text (text mode); hidden once the element runs, shown in print.
 *
 * @csspart toolbar - zoom buttons and the window label
 * @csspart zoom-in - the "+" button
 * @csspart zoom-out - the "−" button
 * @csspart fit - the "Fit" button
 * @csspart window-label - the dates of the visible window, beside the zoom buttons
 * @csspart plot - the interactive area (canvas marks, axis and event buttons)
 * @csspart axis - the SVG time axis
 * @csspart event - the focusable button over each labelled event
 * @csspart cluster - the button over each "N events" cluster
 * @csspart message - error and warning messages
 * @csspart card - the story card of the selected event: beside the plot, a bottom sheet on narrow screens
 * @csspart details - the content of the card below its buttons (the details panel of earlier versions)
 * @csspart prev - the card's "previous event" button
 * @csspart next - the card's "next event" button
 * @csspart card-media - the figure of the event's `media` in the card
 * @csspart overview - the strip under the plot: density of all events and the visible window as a draggable, resizable brush
 * @csspart group-label - the label of each swimlane (events with a `group`)
 * @csspart list - the list view of all events
 * @csspart source - the sentence an article event was read from, in the details panel
 * @csspart source-date - the date expression marked in that sentence
 * @csspart article - the article beside the timeline (`show-article`)
 * @csspart article-date - each highlighted date expression in the article
 * @csspart article-sentence - each sentence of the article that produced an event
 * @csspart article-sentence-selected - the sentence(s) of the selected event
 *
 * @cssprop --news-timeline-height - height of the plot (default: as tall as its lanes need, 120–520px)
 * @cssprop --news-timeline-card-width - width of the story card beside the plot (default 36%, at least 240px)
 * @cssprop --news-timeline-background - background colour
 * @cssprop --news-timeline-text - text colour
 * @cssprop --news-timeline-muted - secondary text and axis colour
 * @cssprop --news-timeline-accent - mark colour
 * @cssprop --news-timeline-band - fill of month/year bands
 * @cssprop --news-timeline-grid - grid line colour
 * @cssprop --news-timeline-cluster-background - cluster pill fill
 * @cssprop --news-timeline-cluster-text - cluster label colour
 * @cssprop --news-timeline-selected - selected event and reference-date colour
 * @cssprop --news-timeline-focus - keyboard focus ring colour
 * @cssprop --news-timeline-error - message text colour
 * @cssprop --news-timeline-error-background - message background
 * @cssprop --news-timeline-panel - details panel and button background
 * @cssprop --news-timeline-border - border colour
 * @cssprop --news-timeline-font - font family
 * @cssprop --news-timeline-font-size - font size (default 13px)
 * @cssprop --news-timeline-lane-height - height of one lane (default 26px)
 * @cssprop --news-timeline-radius - corner radius
 * @cssprop --news-timeline-highlight - background of date expressions in the article and details
 * @cssprop --news-timeline-article-width - width of the article column (default 38%)
 */
export class NewsTimeline extends NewsTimelineProperties {
  static override styles = newsTimelineStyles;

  /**
   * Start of the visible window (always the current one, also after the reader zooms).
   * Setting it (or the `start` attribute, ISO 8601) moves the view without animation.
   */
  @property({ converter: windowConverter })
  get start(): Date | undefined {
    return this.view.requested('start') ?? new Date(this.view.current().start);
  }
  set start(value: Date | undefined) {
    const old = this.view.requested('start');
    this.view.request('start', value);
    this.requestUpdate('start', old);
  }

  /** End of the visible window; see {@link NewsTimeline.start}. */
  @property({ converter: windowConverter })
  get end(): Date | undefined {
    return this.view.requested('end') ?? new Date(this.view.current().end);
  }
  set end(value: Date | undefined) {
    const old = this.view.requested('end');
    this.view.request('end', value);
    this.requestUpdate('end', old);
  }

  @state() private listLimit = LIST_PAGE;
  @state() private invalidLimit = LIST_PAGE;
  @state() private listOpen = false;

  @query('.card') private cardElement!: HTMLElement | null;

  private intlLocale: string | undefined;
  /** Created with text mode's code, when an article first appears. */
  private articleChunks: ArticleChunksController | undefined;
  /** Scroll the article to the selection after this update: smoothly when the reader selected. */
  private scrollArticle: ScrollBehavior | undefined;

  private language = new LanguageController(this, () => this.strings);
  private sources = new EventSourcesController(
    this,
    () => this.dataChanged(),
    (result) => this.articleRead(result),
    this.language,
  );
  private view = new ViewWindowController(this, () => this.data);
  private plotView: PlotController = new PlotController(this, {
    data: () => this.data,
    view: this.view,
    locale: () => this.intlLocale,
    language: this.language,
    activeIndex: () => this.keys.activeIndex,
    selectedIndex: () => this.selectedIndex(),
  });
  private keys: KeyboardController = new KeyboardController(this, {
    data: () => this.data,
    view: this.view,
    hits: this.plotView.hits,
    plot: () => this.renderRoot.querySelector<HTMLElement>('.plot'),
    card: () => this.cardElement,
    rtl: () => this.language.rtl,
    select: (index) => this.selectIndex(index, true),
  });

  // ---------------------------------------------------------------- public API

  /** Every event on the time line, in time order. */
  get timelineEvents(): readonly TimelineEvent[] {
    return this.data.events.all();
  }

  /** The events on the time line as `TimelineEventInput`s, in time order: what `JSON.stringify(timeline)` saves and `events` reads back. */
  toJSON(): TimelineEventInput[] {
    return this.timelineEvents.map(toEventInput);
  }

  /** Events that could not be placed, with reasons. */
  get invalidEvents(): readonly InvalidEvent[] {
    return this.data.invalid;
  }

  /**
   * What text mode read from the article: events, undated mentions and every date expression
   * with offsets into {@link NewsTimeline.articleText}; `undefined` without an article or before
   * the extraction finished (listen for `article-extract`).
   */
  get extraction(): ExtractionResult | undefined {
    return this.sources.article.state?.result;
  }

  /** The article text events were extracted from (text mode). */
  get articleText(): string | undefined {
    return this.sources.article.state?.text;
  }

  /**
   * Resolves (with `true`) once the element shows its current data: the `src` load finished (or
   * failed), an animated move of the window ended, the update rendered, the plot painted at its measured size and its event buttons
   * placed. For tests and screenshots: `await el.renderComplete`.
   */
  get renderComplete(): Promise<boolean> {
    return (async () => {
      await this.sources.load.taskComplete.catch(() => undefined);
      await this.view.idle;
      await this.language.ready;
      await this.updateComplete;
      // The ResizeObserver reports after the frame's layout; its update follows in the same frame.
      await frame();
      await frame();
      await this.updateComplete;
      this.plotView.hits.flush();
      return true;
    })();
  }

  /** Zooms by `factor` (> 1 zooms in) around the centre of the window, or around `at`; other factors are ignored. */
  zoomBy(factor: number, at?: Date): void {
    this.view.zoomBy(factor, at?.getTime());
  }

  /** Shows the events: all of them, or their dense part when a few outliers would crush it. */
  fit(): void {
    const fit = this.view.fitWindow();
    this.view.moveTo(fit.start, fit.end, { user: true, animate: true });
  }

  // ---------------------------------------------------------------- data

  private get data(): TimelineData {
    return this.sources.data;
  }

  private selectedIndex(): number {
    return this.selected !== undefined ? (this.data.events.indexOf(this.selected) ?? -1) : -1;
  }

  private dataChanged(): void {
    this.view.dataChanged();
    this.plotView.reset();
    this.keys.activeIndex = this.selectedIndex();
  }

  /** The article was read (with its result), failed, or went away. */
  private articleRead(result?: ExtractionResult): void {
    const state = this.sources.article.state;
    if (result && state) {
      this.scrollArticle = 'instant';
      emit(this, 'article-extract', { text: state.text, result });
    }
  }

  private selectIndex(index: number, user: boolean): void {
    const event = this.data.events.at(index);
    if (!event) return;
    this.keys.activeIndex = index;
    this.selected = event.id;
    if (user) emit(this, 'event-select', { event });
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.language.update() || changed.has('locale')) {
      // Dates follow `locale`, else the element's language (the browser's without any `lang`).
      this.intlLocale = safeLocale(this.locale ?? (this.language.tag || undefined));
      this.plotView.reset();
    }
    this.sources.update(changed);
    const ui = this.sources.article.ui;
    if (ui) this.articleChunks ??= new ui.ArticleChunksController(this);
    if (changed.has('theme')) this.plotView.painter.forgetTheme();
    if (changed.has('showArticle')) this.scrollArticle ??= 'instant';
    if (changed.has('selected')) this.scrollArticle ??= 'smooth';
    this.view.applyRequested();
    this.plotView.measure();
    if (changed.has('selected') && this.selected !== undefined) {
      const index = this.data.events.indexOf(this.selected);
      if (index !== undefined) this.keys.activeIndex = index;
    }
  }

  protected override firstUpdated(): void {
    this.plotView.attach();
  }

  protected override updated(): void {
    this.plotView.draw();
    const card = this.cardElement;
    if (card?.hasAttribute('popover') && !card.matches(':popover-open')) card.showPopover();
    if (this.scrollArticle) {
      this.sources.article.ui?.scrollArticleTo(this.renderRoot, this.selected, this.scrollArticle);
      this.scrollArticle = undefined;
    }
  }

  // ---------------------------------------------------------------- interaction

  private onHitClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.hit');
    if (!button) return;
    if (button.dataset.cluster !== undefined) {
      this.view.zoomInto(Number(button.dataset.start), Number(button.dataset.end));
      return;
    }
    this.selectIndex(Number(button.dataset.index), true);
  }

  private onListSelect = (index: number): void => {
    this.view.reveal(index);
    this.selectIndex(index, true);
  };

  private onArticleClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.date-link');
    const id = button?.dataset.eventId;
    const index = id !== undefined ? this.data.events.indexOf(id) : undefined;
    if (index !== undefined) this.onListSelect(index);
  }

  // ---------------------------------------------------------------- template

  protected override render() {
    const data = this.data;
    const count = data.events.length;
    const articleState = this.showArticle ? this.sources.article.state : undefined;
    const ui = this.sources.article.ui;
    const s = this.language.words;
    const label = this.label ?? s.timeline;
    const status = this.sources.loading ? s.loading : undefined;
    return html`
      <div class="frame${articleState ? ' with-article' : ''}">
        <div class="main">
          ${renderToolbar(
            label,
            s,
            (factor) => this.zoomBy(factor),
            () => this.fit(),
          )}
          ${renderMessage(this.sources.problemSummary(), data.invalid, this.sources.warnings(), s)}
          ${renderStatus(status)} ${renderArticleStatus(this.sources.article, this.intlLocale, s)}
          <div
            class="stage${this.selectedIndex() >= 0 ? ' with-card' : ''}"
            style=${this.plotView.heightStyle()}
          >
            ${renderPlot(label, count, s, (e) => this.onHitClick(e), this.keys.onFocusIn)}
            ${this.renderCard()}
          </div>
          ${renderOverview()}
          ${guard([data, this.listOpen, this.listLimit, this.invalidLimit, this.intlLocale, s], () =>
            renderList({
              data,
              locale: this.intlLocale,
              strings: s,
              open: this.listOpen,
              limit: this.listLimit,
              invalidLimit: this.invalidLimit,
              onToggle: (open) => (this.listOpen = open),
              onSelect: this.onListSelect,
              onMore: (which) => {
                if (which === 'events') this.listLimit += LIST_PAGE;
                else this.invalidLimit += LIST_PAGE;
              },
            }),
          )}
        </div>
        ${articleState && ui ? this.renderArticle(ui, articleState.text, articleState.result) : nothing}
      </div>
      <div class="fallback"><slot></slot><slot name="article"></slot></div>
    `;
  }

  private renderCard() {
    const index = this.selectedIndex();
    const event = this.data.events.at(index);
    if (!event) return nothing;
    const article = this.sources.article;
    const extracted = article.extractedOf(event);
    const articleText = article.state?.text;
    return renderCard({
      event,
      locale: this.intlLocale,
      strings: this.language.words,
      extracted,
      provenance:
        extracted && articleText !== undefined && article.ui
          ? article.ui.renderProvenance(articleText, extracted, this.language.words)
          : undefined,
      position: this.data.reading.position[index]! + 1,
      count: this.data.events.length,
      sheet: this.plotView.narrow,
      rtl: this.language.rtl,
      onStep: (delta) => this.keys.step(delta),
      onClose: () => (this.selected = undefined),
    });
  }

  private renderArticle(ui: TextMode, text: string, result: ExtractionResult) {
    const s = this.language.words;
    const title = ui.dateTitle(this.data.events, this.intlLocale, s);
    const chunks = this.articleChunks?.visible(text, result, this.selected) ?? [];
    return ui.renderArticlePane(
      text,
      chunks,
      this.selected,
      title,
      [this.data, this.intlLocale, s],
      s.article,
      (e) => this.onArticleClick(e),
    );
  }
}
