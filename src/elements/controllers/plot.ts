import type { TimelineData } from '../timeline-data.js';
import { autoPlotHeight, MIN_PLOT_HEIGHT } from '../../layout/rows.js';
import { drawableTime } from '../../layout/window.js';
import type { NewsTimeline } from '../news-timeline.js';
import { HitLayerController } from './hit-layer.js';
import { OverviewController } from './overview.js';
import { AXIS_HEIGHT, GROUP_HEADER, PlotPainter } from './plot-painter.js';
import { PlotSizeController } from './plot-size.js';
import type { ViewWindowController } from './view-window.js';
import { ZoomController } from './zoom.js';
import type { LanguageController } from './language.js';

/** Widest element (px) with the compact layout: long labels and the card as a bottom sheet. */
export const NARROW = 480;

/** What the plot needs from the element. */
export interface PlotParts {
  data: () => TimelineData;
  view: ViewWindowController;
  locale: () => string | undefined;
  language: Pick<LanguageController, 'words' | 'rtl'>;
  activeIndex: () => number;
  selectedIndex: () => number;
}

/**
 * The plot of `<news-timeline>` and everything drawn with it, once per frame: its size, the
 * painter (canvas and axis), the hit layer of event buttons, d3-zoom, the overview brush, the
 * swimlane labels, and the height the lanes need when the page sets none.
 */
export class PlotController {
  readonly size: PlotSizeController;
  readonly painter: PlotPainter;
  readonly hits: HitLayerController;
  /** Plot height (px) from the lanes the events need, used when the page sets none. */
  autoHeight: number | undefined;
  private zoom: ZoomController;
  private overview: OverviewController;
  private heightData: TimelineData | undefined;
  private heightKey = '';
  private groupLabelKey = '';
  /** The page sets `--news-timeline-height`. */
  private explicitHeight = false;

  constructor(
    private readonly host: NewsTimeline,
    private readonly parts: PlotParts,
  ) {
    this.size = new PlotSizeController(host);
    this.painter = new PlotPainter(host);
    const reader = (start: number, end: number): void => {
      parts.view.stop();
      parts.view.set(start, end, true);
    };
    this.zoom = new ZoomController({
      current: () => parts.view.current(),
      bounds: () => parts.view.bounds(),
      rtl: () => parts.language.rtl,
      onGesture: reader,
    });
    this.overview = new OverviewController(reader);
    this.hits = new HitLayerController(host, {
      data: parts.data,
      view: () => parts.view.current(),
      width: () => this.size.width,
      rtl: () => parts.language.rtl,
      laneHeight: () => this.painter.theme().laneHeight,
      activeIndex: parts.activeIndex,
      selectedIndex: parts.selectedIndex,
      eventLabel: (i) => this.painter.eventLabel(i),
      clusterLabel: (cluster) => this.painter.clusterLabel(cluster),
      plot: () => this.element('.plot'),
      layer: () => this.element('.hits'),
      focused: () => host.shadowRoot?.activeElement ?? null,
    });
  }

  /** At most {@link NARROW} px wide. */
  get narrow(): boolean {
    return this.size.hostWidth > 0 && this.size.hostWidth <= NARROW;
  }

  /** After the first render: attaches d3-zoom, the brush and the size observer. */
  attach(): void {
    const plot = this.element('.plot');
    if (!plot) return;
    this.zoom.attach(plot);
    this.size.observe(plot, this.element('.toolbar') ?? undefined);
    const overview = this.host.renderRoot.querySelector<SVGSVGElement>('svg.overview');
    if (overview) this.overview.attach(overview);
  }

  /** New data or locale: cached labels and buttons go. */
  reset(): void {
    this.painter.reset(this.parts.data(), this.parts.locale(), this.parts.language.words);
    this.groupLabelKey = '';
    this.hits.clear();
  }

  /** Before rendering: the height follows the data and the width, not the reader's zoom. */
  measure(): void {
    this.size.measureHost();
    const data = this.parts.data();
    const key = `${this.size.hostWidth}|${this.host.showArticle}`;
    if (data === this.heightData && key === this.heightKey) return;
    this.heightData = data;
    this.heightKey = key;
    if (this.host.isConnected)
      this.explicitHeight =
        getComputedStyle(this.host).getPropertyValue('--news-timeline-height').trim() !== '';
    this.autoHeight = this.fitHeight();
  }

  /**
   * The plot's height as an inline custom property: the lanes' height, unless the page set
   * `--news-timeline-height` itself (then its value is inherited and wins).
   */
  heightStyle(): string {
    return this.autoHeight === undefined || this.explicitHeight
      ? ''
      : `--news-timeline-height: ${this.autoHeight}px`;
  }

  /** The height the lanes need at the Fit window, for the element's own width. */
  private fitHeight(): number {
    // From the main column's width, not the plot's: the plot's size follows from this height, and
    // measuring what one sets would loop (the card only narrows the plot).
    const width = this.size.hostWidth;
    if (width <= 0) return this.autoHeight ?? MIN_PLOT_HEIGHT;
    const theme = this.painter.theme();
    const needs = this.painter.needs(this.parts.data(), width, this.parts.view.fitWindow(), this.narrow);
    return autoPlotHeight(needs, {
      top: theme.top,
      lane: theme.laneHeight,
      header: GROUP_HEADER,
      axis: AXIS_HEIGHT,
    });
  }

  /** Draws the current window (after every update). */
  draw(): void {
    const { width, height } = this.size;
    const canvas = this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    const axis = this.host.renderRoot.querySelector<SVGGElement>('svg.axis g');
    const windowLabel = this.element('.window-label');
    if (!canvas || !axis || width <= 0 || height <= 0) return;
    this.zoom.sync(width, height);
    const data = this.parts.data();
    const view = this.parts.view.current();
    const reference = this.host.referenceDate?.getTime();
    const frame = {
      data,
      view,
      width,
      height,
      selectedIndex: this.parts.selectedIndex(),
      reference: reference !== undefined && drawableTime(reference) ? reference : undefined,
      locale: this.parts.locale(),
      narrow: this.narrow,
      rtl: this.parts.language.rtl,
    };
    const painted = this.painter.paint({ canvas, axis, windowLabel }, frame);
    if (!painted) return;
    this.writeGroupLabels(painted.groups);
    // The brush follows once the view rests, like the event buttons: moving it every frame
    // (d3-brush redraws and fires its events) costs as much as drawing the marks.
    this.hits.painted(painted, () => {
      this.overview.draw(data, view, width, frame.rtl);
      if (this.painter.windowLabel.stale) this.painter.windowLabel.write(windowLabel, frame, true);
    });
  }

  /** Labels of the swimlanes, over the start edge of each group's band. */
  private writeGroupLabels(groups: ReadonlyArray<{ name: string; top: number }>): void {
    const key = groups.map((g) => `${g.name}@${g.top}`).join('|');
    const layer = this.element('.groups');
    if (!layer || key === this.groupLabelKey) return;
    this.groupLabelKey = key;
    layer.replaceChildren(
      ...groups.map((group) => {
        const label = document.createElement('div');
        label.className = 'group-label';
        label.setAttribute('part', 'group-label');
        label.textContent = group.name || this.parts.language.words.otherGroup;
        label.style.top = `${group.top}px`;
        return label;
      }),
    );
  }

  private element(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
