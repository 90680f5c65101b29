import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { axisBottom } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { InvalidEvent, TimelineEvent, TimelineEventInput } from '../model/event.js';
import { eventDateLabel } from '../model/event-label.js';
import { toEventInput } from '../model/event-json.js';
import { EventDataError, parseEventColumns, readEventsJson } from '../model/parse-events.js';
import { layoutMarks, type TimelineLayout } from '../layout/lanes.js';
import { dateFormatter, safeLocale, tickFormatter } from '../layout/tick-format.js';
import type { ExtractionResult, UndatedMention } from '../extract/types.js';
import type { Preference } from '../normalize/types.js';
import type { ArticleBlock } from '../layout/article-segments.js';
import { ArticleSource } from './article-source.js';
import { buildModel, EMPTY_PART, partOf, type DataModel } from './event-data.js';
import { renderArticleStatus } from './article-status.js';
import { articleTextOf } from './article-text.js';
import { articleBlocks, renderArticle, renderProvenance } from './article-view.js';
import { paintMarks, type MarkTheme } from './canvas-marks.js';
import { TextMeasure } from './text-measure.js';
import { newsTimelineStyles } from './news-timeline.styles.js';
import type {
  ArticleExtractDetail,
  EventSelectDetail,
  TimelineErrorDetail,
  WindowChangeDetail,
} from './timeline-events.js';
import { TimelineEventElement } from './timeline-event.js';

const AXIS_HEIGHT = 28;
/** Font size of axis labels (as in the `svg.axis text` style). */
const AXIS_FONT_SIZE = '11px';
const POINT_WIDTH = 10;
const LABEL_GAP = 8;
const MAX_LABEL_WIDTH = 220;
const MIN_WINDOW = 60_000;
const LIST_PAGE = 200;
const MESSAGE_ITEMS = 20;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** ISO strings in attributes, `Date` objects in properties; unreadable strings become `undefined`. */
const dateConverter = {
  fromAttribute(value: string | null): Date | undefined {
    if (!value) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
  toAttribute(value: Date | undefined): string | null {
    return value ? value.toISOString() : null;
  },
};

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
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - `{ message, reasons, invalid }` when data or the article cannot be loaded or some events cannot be placed.
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
 * @csspart details - the panel of the selected event
 * @csspart list - the list view of all events
 * @csspart source - the sentence an article event was read from, in the details panel
 * @csspart source-date - the date expression marked in that sentence
 * @csspart article - the article beside the timeline (`show-article`)
 * @csspart article-date - each highlighted date expression in the article
 * @csspart article-sentence - each sentence of the article that produced an event
 * @csspart article-sentence-selected - the sentence(s) of the selected event
 *
 * @cssprop --news-timeline-height - height of the plot (default 300px)
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
export class NewsTimeline extends LitElement {
  static override styles = newsTimelineStyles;

  /** Events to show (see {@link TimelineEventInput}); combined with `src` and child events. */
  @property({ attribute: false }) events: TimelineEventInput[] | undefined;

  /** URL of a JSON file holding an event array or `{ "events": [...] }`. */
  @property({ reflect: true }) src: string | undefined;

  /** BCP 47 locale for the axis and dates (default: the browser's). */
  @property({ reflect: true }) locale: string | undefined;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The moment the news was written; drawn as a dashed line and used to centre an empty timeline. */
  @property({ attribute: 'reference-date', converter: dateConverter }) referenceDate: Date | undefined;

  /**
   * Start of the visible window (always the current one, also after the reader zooms).
   * Setting it (or the `start` attribute, ISO 8601) moves the view without animation.
   */
  @property({ converter: dateConverter })
  get start(): Date | undefined {
    return this.requestedStart ?? new Date(this.currentView().start);
  }
  set start(value: Date | undefined) {
    const old = this.requestedStart;
    this.requestedStart = value;
    this.requestUpdate('start', old);
  }

  /** End of the visible window; see {@link NewsTimeline.start}. */
  @property({ converter: dateConverter })
  get end(): Date | undefined {
    return this.requestedEnd ?? new Date(this.currentView().end);
  }
  set end(value: Date | undefined) {
    const old = this.requestedEnd;
    this.requestedEnd = value;
    this.requestUpdate('end', old);
  }

  /** Id of the selected event; its details are shown. */
  @property({ reflect: true }) selected: string | undefined;

  /** Accessible name of the timeline. */
  @property() label = 'Timeline';

  /**
   * Article text to read events from (text mode); takes precedence over `article-src` and a
   * `slot="article"` child. Offsets in {@link NewsTimeline.extraction} point into it.
   */
  @property({ attribute: false }) text: string | undefined;

  /** URL of a plain-text (UTF-8) article to read events from (text mode). */
  @property({ attribute: 'article-src', reflect: true }) articleSrc: string | undefined;

  /**
   * How the extraction reads bare months and weekdays (text mode): `auto` (default, from the
   * tense of the sentence), `past`, `future` or `nearest`.
   */
  @property({ reflect: true }) prefer: Preference | undefined;

  /** Shows the article beside the timeline with its dates highlighted and linked to the events (text mode). */
  @property({ attribute: 'show-article', type: Boolean, reflect: true }) showArticle = false;

  @state() private model: DataModel = buildModel([]);
  @state() private loadError: string | undefined;
  @state() private size = { width: 0, height: 0 };
  @state() private listLimit = LIST_PAGE;
  @state() private listOpen = false;

  @query('.plot') private plot!: HTMLDivElement;
  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('svg.axis g') private axisGroup!: SVGGElement;
  @query('.hits') private hits!: HTMLDivElement;
  @query('.window-label') private windowLabel!: HTMLSpanElement;

  private propertyData = EMPTY_PART;
  /** Text of the `slot="article"` child, `undefined` without one. */
  private slottedText: string | undefined;
  private article = new ArticleSource(
    (result) => this.onArticle(result),
    () => this.requestUpdate(),
  );
  private blocksCache: { text: string; result: ExtractionResult; blocks: ArticleBlock[] } | undefined;
  /** Scroll the article to the selection after this update: smoothly when the reader selected. */
  private scrollArticle: ScrollBehavior | undefined;
  private srcData = EMPTY_PART;
  private childData = EMPTY_PART;
  /** The visible window in epoch ms; `start`/`end` mirror it. */
  private view: { start: number; end: number } | undefined;
  /** Once the window was set (by the app or the reader), new data no longer re-fits it. */
  private viewPinned = false;
  private requestedStart: Date | undefined;
  private requestedEnd: Date | undefined;
  private zoomBehavior: ZoomBehavior<HTMLDivElement, unknown> | undefined;
  private baseScale: ScaleTime<number, number> = scaleUtc();
  private applyingZoom = false;
  /** Base domain, width and view that d3-zoom's transform currently encodes. */
  private zoomKey = '';
  private resizeObserver: ResizeObserver | undefined;
  private childObserver: MutationObserver | undefined;
  private fetchController: AbortController | undefined;
  private labelWidths = new Float32Array(0);
  private labelTexts: Array<string | undefined> = [];
  private ariaLabels: Array<string | undefined> = [];
  private buttons = new Map<string, HTMLButtonElement>();
  private activeIndex = -1;
  private lastLayout: TimelineLayout | undefined;
  private textMeasure: TextMeasure | undefined;
  /** Font `labelWidths` were measured in. */
  private labelFont = '';
  private animation = 0;
  private lastErrorKey = '';
  private intlLocale: string | undefined;
  private numberFormat: Intl.NumberFormat | undefined;
  private numberFormatLocale: string | undefined;
  private themeCache: { theme: MarkTheme; at: number } | undefined;
  /** Armed timer of the hit-layer update, 0 when none; it re-arms itself until `buttonsDueAt`. */
  private buttonTimer = 0;
  private buttonsDueAt = 0;
  private pendingButtons: (() => void) | undefined;
  /** Width of a cluster label by number of digits, for `clusterWidthKey`. */
  private clusterWidths = new Map<number, number>();
  private clusterWidthKey = '';
  /** When the window label was last written, whether it lags the view, and its days. */
  private windowLabelAt = -Infinity;
  private windowLabelStale = false;
  private windowLabelKey = '';
  /** Axis tick labels by time, for `tickTextLocale`. */
  private tickTexts = new Map<number, string>();
  private tickTextLocale: string | undefined = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver = new MutationObserver((records) => {
      if (records.some((r) => this.touchesEvents(r))) this.readChildren();
    });
    this.childObserver.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    this.readChildren();
    this.addEventListener('keydown', this.onKeyDown);
    // Work cancelled by a disconnect starts again.
    this.requestUpdate();
    if (this.resizeObserver && this.plot) this.resizeObserver.observe(this.plot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.resizeObserver?.disconnect();
    this.fetchController?.abort();
    this.article.disconnect();
    cancelAnimationFrame(this.animation);
    clearTimeout(this.buttonTimer);
    this.buttonTimer = 0;
    this.removeEventListener('keydown', this.onKeyDown);
  }

  // ---------------------------------------------------------------- public API

  /** Every event on the time line, in time order. */
  get timelineEvents(): readonly TimelineEvent[] {
    return this.model.events.all();
  }

  /** The events on the time line as `TimelineEventInput`s, in time order: what `JSON.stringify(timeline)` saves and `events` reads back. */
  toJSON(): TimelineEventInput[] {
    return this.timelineEvents.map(toEventInput);
  }

  /** Events that could not be placed, with reasons. */
  get invalidEvents(): readonly InvalidEvent[] {
    return this.model.invalid;
  }

  /**
   * What text mode read from the article: events, undated mentions and every date expression
   * with offsets into {@link NewsTimeline.articleText}; `undefined` without an article or before
   * the extraction finished (listen for `article-extract`).
   */
  get extraction(): ExtractionResult | undefined {
    return this.article.state?.result;
  }

  /** The article text events were extracted from (text mode). */
  get articleText(): string | undefined {
    return this.article.state?.text;
  }

  /** Zooms by `factor` (> 1 zooms in) around the centre of the window, or around `at`. */
  zoomBy(factor: number, at?: Date): void {
    const view = this.currentView();
    const centre = at ? at.getTime() : (view.start + view.end) / 2;
    const ratio = (centre - view.start) / (view.end - view.start);
    const width = (view.end - view.start) / factor;
    this.moveTo(centre - ratio * width, centre + (1 - ratio) * width, { user: true, animate: true });
  }

  /** Shows every event. */
  fit(): void {
    const [start, end] = this.fitDomain();
    this.moveTo(start, end, { user: true, animate: true });
  }

  // ---------------------------------------------------------------- data

  private touchesEvents(record: MutationRecord): boolean {
    const target = record.target;
    if (target === this) return record.type === 'childList';
    return target instanceof Node && this.contains(target);
  }

  private readChildren(): void {
    const children = [...this.children].filter(
      (child): child is TimelineEventElement =>
        child.localName === 'timeline-event' &&
        typeof (child as TimelineEventElement).toEventInput === 'function',
    );
    const inputs = children.map((child) => child.toEventInput());
    // Children that are not upgraded yet (definition loaded later) are read through the prototype.
    const pending = [...this.children].filter(
      (child) => child.localName === 'timeline-event' && !children.includes(child as TimelineEventElement),
    );
    for (const child of pending)
      inputs.push(TimelineEventElement.prototype.toEventInput.call(child as TimelineEventElement));
    this.childData = inputs.length ? parseEventColumns(inputs, { idPrefix: 'child' }) : EMPTY_PART;
    const articleChild = [...this.children].find((child) => child.slot === 'article');
    const slotted = articleChild ? articleTextOf(articleChild) : undefined;
    if (slotted !== this.slottedText) {
      this.slottedText = slotted;
      this.requestUpdate();
    }
    this.rebuild();
  }

  /** The article was read (with its result), failed, or went away. */
  private onArticle(result?: ExtractionResult): void {
    this.rebuild();
    this.requestUpdate();
    if (result && this.article.state) {
      this.scrollArticle = 'instant';
      const detail: ArticleExtractDetail = { text: this.article.state.text, result };
      this.dispatchEvent(new CustomEvent('article-extract', { detail, bubbles: true, composed: true }));
    }
  }

  private async load(src: string): Promise<void> {
    this.fetchController?.abort();
    const controller = new AbortController();
    this.fetchController = controller;
    this.srcData = EMPTY_PART;
    this.loadError = undefined;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!response.ok) throw new EventDataError(`could not load ${src}: HTTP ${response.status}`);
      const text = await response.text();
      if (controller.signal.aborted) return;
      this.srcData = parseEventColumns(readEventsJson(text), { idPrefix: 'src' });
    } catch (error) {
      if (controller.signal.aborted) return;
      const reason =
        error instanceof EventDataError
          ? error.message
          : `could not load ${src}: ${(error as Error).message}`;
      this.loadError =
        reason.startsWith('not valid JSON') || reason.startsWith('expected') ? `${src}: ${reason}` : reason;
    }
    this.rebuild();
  }

  private rebuild(): void {
    const parts = [this.propertyData, this.srcData, this.childData, partOf(this.article.data)];
    const selectedId = this.selected;
    this.model = buildModel(parts, this.article.state?.result.undated ?? []);
    if (!this.viewPinned) this.view = undefined;
    this.labelWidths = new Float32Array(this.model.events.length).fill(Number.NaN);
    this.labelTexts = new Array(this.model.events.length);
    this.ariaLabels = new Array(this.model.events.length);
    this.activeIndex = selectedId !== undefined ? (this.model.events.indexOf(selectedId) ?? -1) : -1;
    this.clearButtons();
    this.reportErrors();
  }

  private clearButtons(): void {
    for (const button of this.buttons.values()) button.remove();
    this.buttons.clear();
  }

  private reportErrors(): void {
    const reasons = this.problemLines();
    const key = reasons.join('\n');
    if (!reasons.length || key === this.lastErrorKey) {
      this.lastErrorKey = key;
      return;
    }
    this.lastErrorKey = key;
    const detail: TimelineErrorDetail = {
      message: this.problemSummary(),
      reasons,
      invalid: this.model.invalid,
    };
    this.dispatchEvent(new CustomEvent('timeline-error', { detail, bubbles: true, composed: true }));
  }

  /** Failures to load data or the article, one line each. */
  private loadErrors(): string[] {
    return [this.loadError, this.article.error].filter((e): e is string => e !== undefined);
  }

  private problemLines(): string[] {
    return [...this.loadErrors(), ...this.model.invalid.map(describeInvalid), ...this.model.warnings];
  }

  private problemSummary(): string {
    const parts: string[] = [...this.loadErrors()];
    const n = this.model.invalid.length;
    if (n) parts.push(`${n} event${n === 1 ? '' : 's'} could not be placed on the timeline`);
    const w = this.model.warnings.length;
    if (w) parts.push(`${w} warning${w === 1 ? '' : 's'}`);
    return parts.join('; ');
  }

  // ---------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) {
      this.propertyData = this.events === undefined ? EMPTY_PART : parseEventColumns(this.events);
      this.rebuild();
    }
    if (changed.has('src')) {
      if (this.src) void this.load(this.src);
      else {
        this.fetchController?.abort();
        this.srcData = EMPTY_PART;
        this.loadError = undefined;
        this.rebuild();
      }
    }
    this.article.set({
      text: this.text,
      src: this.articleSrc || undefined,
      slotted: this.slottedText,
      referenceDate: this.referenceDate,
      prefer: this.prefer,
    });
    if (changed.has('showArticle')) this.scrollArticle ??= 'instant';
    if (changed.has('selected')) this.scrollArticle ??= 'smooth';
    if (changed.has('locale')) {
      this.intlLocale = safeLocale(this.locale);
      this.ariaLabels = new Array(this.model.events.length);
      this.clearButtons();
    }
    if (this.requestedStart || this.requestedEnd) {
      const view = this.currentView();
      const start = validTime(this.requestedStart) ?? view.start;
      const end = validTime(this.requestedEnd) ?? view.end;
      this.requestedStart = undefined;
      this.requestedEnd = undefined;
      if (end > start) {
        this.view = { start, end };
        this.viewPinned = true;
      }
    }
    if (changed.has('selected') && this.selected !== undefined) {
      const index = this.model.events.indexOf(this.selected);
      if (index !== undefined) this.activeIndex = index;
    }
  }

  protected override firstUpdated(): void {
    this.textMeasure = new TextMeasure();
    this.zoomBehavior = zoom<HTMLDivElement, unknown>()
      .filter((event: Event) => {
        // d3's default: no ctrl-drag or secondary buttons (ctrl+wheel is pinch-zoom on touchpads).
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => this.onZoom(event));
    select(this.plot).call(this.zoomBehavior);
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && (box.width !== this.size.width || box.height !== this.size.height)) {
        this.size = { width: box.width, height: box.height };
      }
    });
    // Fires before the first paint, so the first frame is drawn at the right size.
    this.resizeObserver.observe(this.plot);
  }

  protected override updated(): void {
    this.draw();
    if (this.scrollArticle) {
      this.scrollArticleToSelection(this.scrollArticle);
      this.scrollArticle = undefined;
    }
  }

  // ---------------------------------------------------------------- window and zoom

  private fitDomain(): [number, number] {
    const { min, max } = this.model;
    if (Number.isNaN(min)) {
      const centre = this.referenceDate?.getTime() ?? Date.now();
      return [centre - YEAR, centre + YEAR];
    }
    const pad = Math.max((max - min) * 0.04, 86_400_000);
    return [min - pad, max + pad];
  }

  private currentView(): { start: number; end: number } {
    if (!this.view) {
      const [start, end] = this.fitDomain();
      this.view = { start, end };
    }
    return this.view;
  }

  /** Keeps d3-zoom's transform consistent with `view` without emitting a user change. */
  private syncZoom(): void {
    if (!this.zoomBehavior || !this.size.width) return;
    // An explicit extent keeps d3-zoom from reading (and forcing) layout on every transform.
    this.zoomBehavior.extent([
      [0, 0],
      [this.size.width, this.size.height],
    ]);
    const [f0, f1] = this.fitDomain();
    const view = this.currentView();
    const key = `${f0},${f1},${this.size.width},${view.start},${view.end}`;
    if (key === this.zoomKey) return;
    this.zoomKey = key;
    this.baseScale = scaleUtc().domain([f0, f1]).range([0, this.size.width]);
    const x0 = this.baseScale(view.start);
    const x1 = this.baseScale(view.end);
    const k = this.size.width / (x1 - x0);
    this.zoomBehavior.scaleExtent([Math.min(0.02, k), Math.max((f1 - f0) / MIN_WINDOW, k)]);
    const transform = zoomIdentity.translate(-x0 * k, 0).scale(k);
    this.applyingZoom = true;
    this.zoomBehavior.transform(select(this.plot), transform);
    this.applyingZoom = false;
  }

  private onZoom(event: D3ZoomEvent<HTMLDivElement, unknown>): void {
    if (this.applyingZoom || !event.sourceEvent) return;
    cancelAnimationFrame(this.animation);
    const [start, end] = event.transform.rescaleX(this.baseScale).domain() as [Date, Date];
    this.setView(start.getTime(), end.getTime(), true);
    const [f0, f1] = this.baseScale.domain() as [Date, Date];
    this.zoomKey = `${f0.getTime()},${f1.getTime()},${this.size.width},${this.view!.start},${this.view!.end}`;
  }

  private setView(start: number, end: number, user: boolean): void {
    if (end - start < MIN_WINDOW) {
      const centre = (start + end) / 2;
      start = centre - MIN_WINDOW / 2;
      end = centre + MIN_WINDOW / 2;
    }
    this.view = { start, end };
    this.viewPinned = true;
    this.requestUpdate();
    if (user) {
      const detail: WindowChangeDetail = { start: new Date(start), end: new Date(end) };
      this.dispatchEvent(new CustomEvent('window-change', { detail, bubbles: true, composed: true }));
    }
  }

  private moveTo(start: number, end: number, options: { user: boolean; animate: boolean }): void {
    cancelAnimationFrame(this.animation);
    const from = this.currentView();
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (!options.animate || reduced || !this.isConnected) {
      this.setView(start, end, options.user);
      return;
    }
    const began = performance.now();
    const duration = 220;
    const fromCentre = (from.start + from.end) / 2;
    const toCentre = (start + end) / 2;
    const fromWidth = Math.log(from.end - from.start);
    const toWidth = Math.log(end - start);
    const step = (now: number): void => {
      const t = Math.min(1, (now - began) / duration);
      const ease = t * (2 - t);
      const centre = fromCentre + (toCentre - fromCentre) * ease;
      const width = Math.exp(fromWidth + (toWidth - fromWidth) * ease);
      if (t < 1) {
        this.setView(centre - width / 2, centre + width / 2, false);
        this.animation = requestAnimationFrame(step);
      } else this.setView(start, end, options.user);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Pans (without zooming) so that event `index` is inside the window. */
  private reveal(index: number): void {
    const event = this.model.events.at(index);
    if (!event) return;
    const view = this.currentView();
    const centre = (event.start + event.end) / 2;
    const width = view.end - view.start;
    const margin = width * 0.05;
    if (centre >= view.start + margin && centre <= view.end - margin) return;
    this.moveTo(centre - width / 2, centre + width / 2, { user: true, animate: false });
  }

  // ---------------------------------------------------------------- drawing

  /** Custom properties are re-read at most every 250 ms during continuous zooming, and on theme changes. */
  private cachedTheme(now: number): MarkTheme {
    if (!this.themeCache || now - this.themeCache.at > 250)
      this.themeCache = { theme: this.readTheme(), at: now };
    return this.themeCache.theme;
  }

  private readTheme(): MarkTheme {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const lane = Number.parseFloat(read('--_lane')) || 26;
    return {
      background: read('--_bg'),
      text: read('--_fg'),
      muted: read('--_muted'),
      accent: read('--_accent'),
      band: read('--_band'),
      grid: read('--_grid'),
      clusterBackground: read('--_cluster-bg'),
      clusterText: read('--_cluster-fg'),
      selected: read('--_selected'),
      font: `${read('--_font-size') || '13px'} ${read('--_font') || 'sans-serif'}`,
      axisFont: `${AXIS_FONT_SIZE} ${read('--_font') || 'sans-serif'}`,
      laneHeight: lane,
      top: 6,
    };
  }

  private measure(text: string, font: string): number {
    return this.textMeasure?.exactWidth(text, font) ?? text.length * 7;
  }

  private labelWidth(index: number, font: string): number {
    if (font !== this.labelFont) {
      this.labelWidths.fill(Number.NaN);
      this.labelTexts = new Array(this.model.events.length);
      this.labelFont = font;
    }
    let width = this.labelWidths[index]!;
    if (Number.isNaN(width)) {
      const title = this.model.events.columns.titles[index]!;
      const text = title.length > 80 ? title.slice(0, 80) : title;
      width = Math.min(MAX_LABEL_WIDTH, this.textMeasure?.width(text, font) ?? text.length * 7);
      this.labelWidths[index] = width;
    }
    return width;
  }

  private fittedLabel(index: number, maxWidth: number, font: string): string {
    const title = this.model.events.columns.titles[index]!;
    // The layout's width estimate is never below the real width: when it fits, the title does.
    const estimate = this.labelWidths[index]!;
    if (title.length <= 80 && estimate < MAX_LABEL_WIDTH && maxWidth >= estimate) return title;
    const cached = this.labelTexts[index];
    if (cached !== undefined && maxWidth >= MAX_LABEL_WIDTH) return cached;
    let text = title;
    if (this.measure(text, font) > maxWidth) {
      let lo = 0;
      let hi = Math.min(title.length, 120);
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.measure(`${title.slice(0, mid)}…`, font) <= maxWidth) lo = mid;
        else hi = mid - 1;
      }
      // An ellipsis after a letter or two says nothing: no label then.
      text = lo >= 3 ? `${title.slice(0, lo)}…` : '';
    }
    if (maxWidth >= MAX_LABEL_WIDTH) this.labelTexts[index] = text;
    return text;
  }

  private clusterText(count: number): string {
    if (!this.numberFormat || this.numberFormatLocale !== this.intlLocale) {
      this.numberFormat = new Intl.NumberFormat(this.intlLocale);
      this.numberFormatLocale = this.intlLocale;
    }
    return `${this.numberFormat.format(count)} events`;
  }

  /** Width of the pill of a cluster of `count` events: one measurement per number of digits. */
  private clusterWidth(count: number, font: string): number {
    const key = `${font}|${this.intlLocale}`;
    if (key !== this.clusterWidthKey) {
      this.clusterWidths.clear();
      this.clusterWidthKey = key;
    }
    const digits = String(count).length;
    let width = this.clusterWidths.get(digits);
    if (width === undefined) {
      width = this.measure(this.clusterText(count), font) + 16;
      this.clusterWidths.set(digits, width);
    }
    return width;
  }

  private eventAriaLabel(index: number): string {
    let label = this.ariaLabels[index];
    if (label === undefined) {
      const event = this.model.events.at(index)!;
      label = `${event.title}, ${eventDateLabel(event, this.intlLocale)}`;
      this.ariaLabels[index] = label;
    }
    return label;
  }

  private draw(): void {
    const { width, height } = this.size;
    if (!this.canvas || width <= 0 || height <= 0) return;
    this.syncZoom();
    const view = this.currentView();
    const now = performance.now();
    const theme = this.cachedTheme(now);
    const plotHeight = height - AXIS_HEIGHT;
    const lanes = Math.max(1, Math.floor((plotHeight - theme.top) / theme.laneHeight) - 1);
    const font = theme.font;

    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(plotHeight * ratio);
    if (this.canvas.width !== pixelWidth || this.canvas.height !== pixelHeight) {
      this.canvas.width = pixelWidth;
      this.canvas.height = pixelHeight;
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${plotHeight}px`;
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);

    const layout = layoutMarks(
      this.model.times,
      { start: view.start, end: view.end, width },
      {
        lanes,
        pointWidth: POINT_WIDTH,
        gap: LABEL_GAP,
        maxDuration: this.model.maxDuration,
        labelWidth: (i) => this.labelWidth(i, font),
        clusterLabelWidth: (count) => this.clusterWidth(count, font),
      },
    );
    this.lastLayout = layout;

    const x = scaleUtc().domain([view.start, view.end]).range([0, width]);
    const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
    const reference = this.referenceDate?.getTime();
    const selectedIndex = this.selected !== undefined ? (this.model.events.indexOf(this.selected) ?? -1) : -1;
    paintMarks(
      ctx,
      { width, height: plotHeight },
      layout,
      {
        kinds: this.model.kinds,
        fuzzy: this.model.fuzzy,
        label: (i, max) => this.fittedLabel(i, max, font),
        selectedIndex,
        clusterLabel: (count) => this.clusterText(count),
      },
      theme,
      ticks.map((t) => x(t)),
      reference !== undefined && reference >= view.start && reference <= view.end ? x(reference) : undefined,
    );

    const axis = axisBottom(x)
      .tickValues(ticks)
      .tickFormat((d) => this.tickText(d as Date))
      .tickSizeOuter(0);
    const axisGroup = select(this.axisGroup).attr('transform', `translate(0,${plotHeight})`).call(axis);
    // Labels of ticks near the ends would be cut by the plot: they are aligned inwards instead.
    axisGroup.selectAll<SVGTextElement, Date>('.tick text').attr('text-anchor', (d) => {
      const px = x(d);
      const half = (this.textMeasure?.width(this.tickText(d), theme.axisFont) ?? 40) / 2;
      return px - half < 0 ? 'start' : px + half > width ? 'end' : null;
    });

    // The focused button follows every frame. The rest of the hit layer (one DOM button per
    // labelled event) is brought up to date once the view has rested for 100 ms: moving a few
    // hundred buttons every frame would double the cost of a zoom frame. A new data set gets
    // its buttons right after the first paint.
    this.updateButtons(layout, theme, lanes, true);
    this.updateWindowLabel(false);
    this.pendingButtons = () => {
      this.pendingButtons = undefined;
      this.updateButtons(layout, theme, lanes, false);
      if (this.windowLabelStale) this.updateWindowLabel(true);
    };
    this.scheduleButtons(this.buttons.size === 0 ? 0 : 100);
  }

  /**
   * The "27 Apr 2002 – 5 Sept 2020" label: written at most every 100 ms while the view moves
   * (formatting a range costs as much as drawing the marks) and always once it rests.
   */
  private updateWindowLabel(force: boolean): void {
    if (!this.windowLabel) return;
    const now = performance.now();
    if (!force && now - this.windowLabelAt < 100) {
      this.windowLabelStale = true;
      return;
    }
    this.windowLabelAt = now;
    this.windowLabelStale = false;
    const view = this.model.events.length ? this.currentView() : undefined;
    const key = view
      ? `${this.intlLocale}|${Math.floor(view.start / DAY)}|${Math.floor(view.end / DAY)}`
      : '';
    if (key === this.windowLabelKey) return;
    this.windowLabelKey = key;
    this.windowLabel.textContent = view
      ? dateFormatter(this.intlLocale, { dateStyle: 'medium' }).formatRange(
          new Date(view.start),
          new Date(view.end),
        )
      : '';
  }

  private tickText(date: Date): string {
    if (this.tickTextLocale !== this.intlLocale || this.tickTexts.size > 1000) {
      this.tickTexts.clear();
      this.tickTextLocale = this.intlLocale;
    }
    const time = date.getTime();
    let text = this.tickTexts.get(time);
    if (text === undefined) {
      text = tickFormatter(this.intlLocale)(date);
      this.tickTexts.set(time, text);
    }
    return text;
  }

  private scheduleButtons(delay: number): void {
    const due = performance.now() + delay;
    // One timer for a whole gesture: it re-arms itself while the due time keeps moving later.
    if (this.buttonTimer && due < this.buttonsDueAt) {
      clearTimeout(this.buttonTimer);
      this.buttonTimer = 0;
    }
    this.buttonsDueAt = due;
    if (!this.buttonTimer) this.buttonTimer = window.setTimeout(this.onButtonTimer, delay);
  }

  private onButtonTimer = (): void => {
    this.buttonTimer = 0;
    const wait = this.buttonsDueAt - performance.now();
    if (wait > 1) this.buttonTimer = window.setTimeout(this.onButtonTimer, wait);
    else this.pendingButtons?.();
  };

  /** Brings the hit layer up to date now (before moving focus into it). */
  private flushButtons(): void {
    this.pendingButtons?.();
  }

  /** One focusable button per labelled event and cluster, keyed so focus survives redraws. */
  private updateButtons(layout: TimelineLayout, theme: MarkTheme, lanes: number, focusedOnly: boolean): void {
    if (layout !== this.lastLayout) return;
    const focused = this.shadowRoot?.activeElement;
    if (focusedOnly && !(focused instanceof HTMLButtonElement && focused.classList.contains('hit'))) return;
    const wanted = new Map<
      string,
      { left: number; width: number; lane: number; index: number; cluster?: number }
    >();
    const width = this.size.width;
    const clamp = (left: number, right: number) => {
      const l = Math.max(0, left);
      return { left: l, width: Math.max(12, Math.min(width, right) - l) };
    };
    for (const mark of layout.placed) {
      const box = clamp(
        Math.min(mark.x0, mark.labelX) - 2,
        Math.max(mark.x1, mark.labelX + mark.labelWidth) + 2,
      );
      wanted.set(`e${mark.index}`, { ...box, lane: mark.lane, index: mark.index });
    }
    layout.clusters.forEach((cluster, c) => {
      const box = clamp(cluster.x0, cluster.x1);
      wanted.set(`c${cluster.first}`, { ...box, lane: layout.clusterRow, index: cluster.first, cluster: c });
    });
    // The active event keeps a button while visible, even when it is inside a cluster.
    const view = this.currentView();
    const active = this.model.events.at(this.activeIndex);
    if (active && !wanted.has(`e${this.activeIndex}`)) {
      const centre = (active.start + active.end) / 2;
      if (centre >= view.start && centre <= view.end) {
        const x = ((centre - view.start) / (view.end - view.start)) * width;
        wanted.set(`e${this.activeIndex}`, { ...clamp(x - 8, x + 8), lane: lanes, index: this.activeIndex });
      }
    }

    let tabTarget = active && wanted.has(`e${this.activeIndex}`) ? `e${this.activeIndex}` : undefined;
    if (!tabTarget) {
      for (const key of wanted.keys()) {
        if (key.startsWith('e')) {
          tabTarget = key;
          break;
        }
      }
    }
    if (focusedOnly) {
      const focusedKey = [...this.buttons].find(([, button]) => button === focused)?.[0];
      for (const key of [...wanted.keys()]) if (key !== focusedKey) wanted.delete(key);
    }
    for (const [key, button] of this.buttons) {
      if (!wanted.has(key) && (!focusedOnly || button === focused)) {
        if (button === focused) this.plot.focus({ preventScroll: true });
        button.remove();
        this.buttons.delete(key);
      }
    }
    const selectedIndex = this.selected !== undefined ? this.model.events.indexOf(this.selected) : undefined;
    for (const [key, spec] of wanted) {
      let button = this.buttons.get(key);
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'hit';
        if (spec.cluster !== undefined) {
          button.setAttribute('part', 'cluster');
          button.dataset.cluster = String(spec.index);
        } else {
          const event = this.model.events.at(spec.index)!;
          button.setAttribute('part', 'event');
          button.dataset.index = String(spec.index);
          button.dataset.eventId = event.id;
          button.setAttribute('aria-label', this.eventAriaLabel(spec.index));
        }
        this.hits.append(button);
        this.buttons.set(key, button);
      }
      if (spec.cluster !== undefined) {
        const cluster = layout.clusters[spec.cluster]!;
        const start = String(cluster.start);
        const end = String(cluster.end);
        const count = String(cluster.count);
        if (button.dataset.start !== start || button.dataset.end !== end || button.dataset.count !== count) {
          const fmt = dateFormatter(this.intlLocale, { dateStyle: 'medium' });
          const range = fmt.formatRange(new Date(cluster.start), new Date(cluster.end - 1));
          button.setAttribute('aria-label', `${this.clusterText(cluster.count)}, ${range}. Zoom in`);
          Object.assign(button.dataset, { start, end, count });
        }
      } else {
        const pressed = String(spec.index === selectedIndex);
        if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
      }
      const style = button.style;
      const left = `${spec.left}px`;
      const top = `${theme.top + spec.lane * theme.laneHeight}px`;
      const w = `${spec.width}px`;
      if (style.left !== left) style.left = left;
      if (style.top !== top) style.top = top;
      if (style.width !== w) style.width = w;
      if (style.height !== `${theme.laneHeight}px`) style.height = `${theme.laneHeight}px`;
      const tabIndex = key === tabTarget ? 0 : -1;
      if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
    }
    if (!focusedOnly) this.plot.tabIndex = tabTarget ? -1 : 0;
  }

  // ---------------------------------------------------------------- interaction

  private onHitClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button.hit') as HTMLButtonElement | null;
    if (!button) return;
    if (button.dataset.cluster !== undefined) {
      const start = Number(button.dataset.start);
      const end = Number(button.dataset.end);
      const pad = Math.max((end - start) * 0.1, MIN_WINDOW);
      this.moveTo(start - pad, end + pad, { user: true, animate: true });
      return;
    }
    this.selectIndex(Number(button.dataset.index), true);
  }

  private onFocusIn(event: FocusEvent): void {
    const button = event.target as HTMLElement;
    if (button.dataset?.index !== undefined) this.activeIndex = Number(button.dataset.index);
  }

  private selectIndex(index: number, user: boolean): void {
    const event = this.model.events.at(index);
    if (!event) return;
    this.activeIndex = index;
    this.selected = event.id;
    if (user) {
      const detail: EventSelectDetail = { event };
      this.dispatchEvent(new CustomEvent('event-select', { detail, bubbles: true, composed: true }));
    }
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selected !== undefined) {
      const index = this.model.events.indexOf(this.selected);
      this.selected = undefined;
      event.preventDefault();
      if (index !== undefined) void this.focusEvent(index);
      return;
    }
    const path = event.composedPath();
    if (!this.plot || !path.includes(this.plot)) return;
    const count = this.model.events.length;
    const current = this.activeIndex >= 0 ? this.activeIndex : this.firstVisibleIndex();
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = this.activeIndex < 0 ? current : Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = this.activeIndex < 0 ? current : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case '+':
      case '=':
        this.zoomBy(2, this.focusAnchor());
        event.preventDefault();
        return;
      case '-':
      case '_':
        this.zoomBy(0.5, this.focusAnchor());
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next === undefined || next < 0 || count === 0) return;
    this.activeIndex = next;
    this.reveal(next);
    void this.focusEvent(next);
  };

  private focusAnchor(): Date | undefined {
    const event = this.model.events.at(this.activeIndex);
    return event ? new Date((event.start + event.end) / 2) : undefined;
  }

  private firstVisibleIndex(): number {
    const view = this.currentView();
    const { starts } = this.model.times;
    for (let i = 0; i < starts.length; i++) if (starts[i]! >= view.start) return i;
    return starts.length - 1;
  }

  private async focusEvent(index: number): Promise<void> {
    this.activeIndex = index;
    this.requestUpdate();
    await this.updateComplete;
    this.flushButtons();
    this.buttons.get(`e${index}`)?.focus({ preventScroll: true });
  }

  private onListClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button[data-list-index]') as HTMLButtonElement | null;
    if (!button) return;
    const index = Number(button.dataset.listIndex);
    this.reveal(index);
    this.selectIndex(index, true);
  }

  // ---------------------------------------------------------------- template

  protected override render() {
    const count = this.model.events.length;
    const article = this.showArticle ? this.renderArticlePane() : nothing;
    return html`
      <div class="frame${article === nothing ? '' : ' with-article'}">
        <div class="main">
          <div class="toolbar" part="toolbar" role="toolbar" aria-label="${this.label} controls">
            <button part="zoom-in" aria-label="Zoom in" @click=${() => this.zoomBy(2)}>+</button>
            <button part="zoom-out" aria-label="Zoom out" @click=${() => this.zoomBy(0.5)}>−</button>
            <button part="fit" @click=${() => this.fit()}>Fit</button>
            <span class="window-label" part="window-label"></span>
          </div>
          ${this.renderMessage()} ${renderArticleStatus(this.article, this.intlLocale)}
          <div
            class="plot"
            part="plot"
            role="group"
            aria-label="${this.label}: ${count} event${count === 1 ? '' : 's'}. Arrow keys move between events, Enter selects, plus and minus zoom."
            @click=${this.onHitClick}
            @focusin=${this.onFocusIn}
          >
            <canvas aria-hidden="true"></canvas>
            <svg class="axis" part="axis" aria-hidden="true"><g></g></svg>
            <div class="hits"></div>
          </div>
          ${this.renderDetails()}
          ${guard([this.model, this.listOpen, this.listLimit, this.locale], () => this.renderList())}
        </div>
        ${article}
      </div>
      <div class="fallback"><slot></slot><slot name="article"></slot></div>
    `;
  }

  private renderArticlePane() {
    const state = this.article.state;
    if (!state) return nothing;
    let cache = this.blocksCache;
    if (!cache || cache.result !== state.result) {
      cache = { text: state.text, result: state.result, blocks: articleBlocks(state.text, state.result) };
      this.blocksCache = cache;
    }
    const title = (eventId: string) => {
      const index = this.model.events.indexOf(eventId);
      const event = index !== undefined ? this.model.events.at(index) : undefined;
      return event
        ? `${eventDateLabel(event, this.intlLocale)}: show on the timeline`
        : 'Show on the timeline';
    };
    const content = renderArticle(cache.text, cache.blocks, this.selected, title);
    // One line: the article is pre-wrap, whitespace around its content would show.
    // prettier-ignore
    return html`<div class="article-pane"><div class="article" part="article" role="region" aria-label="Article" tabindex="0" @click=${this.onArticleClick}>${content}</div></div>`;
  }

  private onArticleClick(event: MouseEvent): void {
    const button = (event.target as Element).closest('button.date-link') as HTMLButtonElement | null;
    const index =
      button?.dataset.eventId !== undefined ? this.model.events.indexOf(button.dataset.eventId) : undefined;
    if (index === undefined) return;
    this.reveal(index);
    this.selectIndex(index, true);
  }

  /** Scrolls the article (not the page) so the selected event's first sentence is in view. */
  private scrollArticleToSelection(behavior: ScrollBehavior): void {
    const pane = this.renderRoot.querySelector<HTMLElement>('.article');
    if (!pane || this.selected === undefined) return;
    const sentence = pane.querySelector<HTMLElement>(
      `.sentence[data-event-id="${CSS.escape(this.selected)}"]`,
    );
    if (!sentence) return;
    const top = sentence.offsetTop;
    if (top >= pane.scrollTop && top + sentence.offsetHeight <= pane.scrollTop + pane.clientHeight) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    pane.scrollTo({
      top: Math.max(0, top - pane.clientHeight / 3),
      behavior: reduced ? 'instant' : behavior,
    });
  }

  private renderMessage() {
    const lines = [...this.loadErrors(), ...this.model.invalid.map(describeInvalid)];
    const warnings = this.model.warnings;
    if (!lines.length && !warnings.length) return nothing;
    const shown = lines.slice(0, MESSAGE_ITEMS);
    return html`<div class="message" part="message" role="alert">
      <strong>${this.problemSummary()}</strong>
      ${
        shown.length
          ? html`<ul>
              ${shown.map((line) => html`<li>${line}</li>`)}
              ${lines.length > shown.length ? html`<li>…and ${lines.length - shown.length} more</li>` : nothing}
            </ul>`
          : nothing
      }
      ${
        warnings.length
          ? html`<details>
              <summary>Warnings</summary>
              <ul>
                ${warnings.slice(0, MESSAGE_ITEMS).map((w) => html`<li>${w}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  private renderDetails() {
    const index = this.selected !== undefined ? this.model.events.indexOf(this.selected) : undefined;
    const event = index !== undefined ? this.model.events.at(index) : undefined;
    if (!event) return nothing;
    const meta = [event.group, event.source].filter(Boolean).join(' · ');
    const extracted = this.article.extractedOf(event);
    const text = this.article.state?.text;
    return html`<section class="details" part="details" aria-label="Selected event">
      <h2>${event.title}</h2>
      <p class="date">${eventDateLabel(event, this.intlLocale)}</p>
      ${
        extracted && text !== undefined
          ? renderProvenance(text, extracted)
          : event.description
            ? html`<p class="description">${event.description}</p>`
            : nothing
      }
      ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      ${event.url ? html`<p><a href=${event.url} target="_blank" rel="noopener noreferrer">Read more</a></p>` : nothing}
      <button class="close" aria-label="Close details" @click=${() => (this.selected = undefined)}>×</button>
    </section>`;
  }

  private renderList() {
    const { events, invalid, undated } = this.model;
    const locale = this.intlLocale;
    const summary = [
      `All events (${events.length})`,
      ...(invalid.length ? [`${invalid.length} undated or unreadable`] : []),
      ...(undated.length ? [`${undated.length} undated mention${undated.length === 1 ? '' : 's'}`] : []),
    ].join(', ');
    const shown = this.listOpen ? events.slice(0, this.listLimit) : [];
    return html`<details
      class="list"
      part="list"
      ?open=${this.listOpen}
      @toggle=${(e: Event) => (this.listOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${summary}</summary>
      ${
        this.listOpen
          ? html`<ol @click=${this.onListClick}>
                ${shown.map(
                  (event, i) =>
                    html`<li>
                      <button data-list-index=${i}>
                        <span class="when">${eventDateLabel(event, locale)}</span>${event.title}
                      </button>
                    </li>`,
                )}
              </ol>
              ${
                events.length > shown.length
                  ? html`<button class="more" @click=${() => (this.listLimit += LIST_PAGE)}>
                      Show more (${events.length - shown.length} left)
                    </button>`
                  : nothing
              }
              ${
                invalid.length
                  ? html`<h3>Undated or unreadable</h3>
                      <ul class="invalid">
                        ${invalid.map((item) => html`<li>${describeInvalid(item)}</li>`)}
                      </ul>`
                  : nothing
              }
              ${
                undated.length
                  ? html`<h3>Undated mentions in the article</h3>
                      <ul class="undated">
                        ${undated.map((item) => html`<li><q>${item.text}</q> — ${item.message}</li>`)}
                      </ul>`
                  : nothing
              }`
          : nothing
      }
    </details>`;
  }
}

function validTime(date: Date | undefined): number | undefined {
  const time = date?.getTime();
  return time === undefined || Number.isNaN(time) ? undefined : time;
}

function describeInvalid(item: InvalidEvent): string {
  const name = item.title ? `“${item.title}”` : `item ${item.index + 1}`;
  return `${name}: ${item.reason}`;
}
