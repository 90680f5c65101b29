import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { layoutMarks, type Cluster, type TimelineLayout } from '../../layout/lanes.js';
import { fitLabel } from '../../layout/label-fit.js';
import type { TimelineData } from '../../layout/timeline-data.js';
import { dateFormatter, tickFormatter } from '../../layout/tick-format.js';
import type { TimeWindow } from '../../layout/window.js';
import { eventDateLabel } from '../../model/event-label.js';
import { paintMarks, type MarkTheme } from '../canvas-marks.js';
import { TextMeasure } from '../text-measure.js';

export const AXIS_HEIGHT = 28;
/** Font size of axis labels (as in the `svg.axis text` style). */
const AXIS_FONT_SIZE = '11px';
const POINT_WIDTH = 10;
const LABEL_GAP = 8;
const MAX_LABEL_WIDTH = 220;
const DAY = 86_400_000;

/** The DOM the painter draws into. */
export interface PlotSurface {
  canvas: HTMLCanvasElement;
  axis: SVGGElement;
  windowLabel: HTMLElement | null;
}

/** What one frame is drawn from. */
export interface Frame {
  data: TimelineData;
  view: TimeWindow;
  width: number;
  height: number;
  selectedIndex: number;
  reference: number | undefined;
  locale: string | undefined;
}

/**
 * Draws one frame of the plot: lane layout, canvas marks and labels, the d3 axis and the window
 * label. Keeps what is expensive to recompute per frame (label widths, fitted labels, tick texts,
 * theme colours) and forgets it when the data, font or locale change.
 */
export class PlotPainter {
  private measure = new TextMeasure();
  private labelWidths = new Float32Array(0);
  private labelTexts: Array<string | undefined> = [];
  private ariaLabels: Array<string | undefined> = [];
  private labelFont = '';
  private themeCache: { theme: MarkTheme; at: number } | undefined;
  private clusterWidths = new Map<number, number>();
  private clusterWidthKey = '';
  private numberFormat: Intl.NumberFormat | undefined;
  private numberFormatLocale: string | undefined = '';
  private tickTexts = new Map<number, string>();
  private tickTextLocale: string | undefined = '';
  private windowLabelAt = -Infinity;
  private windowLabelKey = '';
  /** True when the window label lags the view (written at most every 100 ms while it moves). */
  windowLabelStale = false;
  private data: TimelineData | undefined;
  private locale: string | undefined;

  constructor(private readonly host: HTMLElement) {}

  /** New data or locale: label caches start again. */
  reset(data: TimelineData, locale: string | undefined): void {
    this.data = data;
    this.locale = locale;
    const n = data.events.length;
    this.labelWidths = new Float32Array(n).fill(Number.NaN);
    this.labelTexts = new Array<string | undefined>(n);
    this.ariaLabels = new Array<string | undefined>(n);
  }

  /** Forgets cached colours (the theme changed). */
  forgetTheme(): void {
    this.themeCache = undefined;
  }

  /** Lane height and top of the first lane, in px. */
  theme(now = performance.now()): MarkTheme {
    // Custom properties are re-read at most every 250 ms during continuous zooming.
    if (!this.themeCache || now - this.themeCache.at > 250)
      this.themeCache = { theme: this.readTheme(), at: now };
    return this.themeCache.theme;
  }

  /** Paints `frame`; returns the layout (for the hit layer) and the number of label rows. */
  paint(surface: PlotSurface, frame: Frame): { layout: TimelineLayout; rows: number } | undefined {
    const { width, height, view, data } = frame;
    if (width <= 0 || height <= 0) return undefined;
    const theme = this.theme();
    const plotHeight = height - AXIS_HEIGHT;
    const rows = Math.max(1, Math.floor((plotHeight - theme.top) / theme.laneHeight) - 1);
    const font = theme.font;
    const canvas = surface.canvas;
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * ratio);
    const pixelHeight = Math.round(plotHeight * ratio);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${plotHeight}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const layout = layoutMarks(
      data.times,
      { start: view.start, end: view.end, width },
      {
        lanes: rows,
        pointWidth: POINT_WIDTH,
        gap: LABEL_GAP,
        maxDuration: data.maxDuration,
        labelWidth: (i) => this.labelWidth(i, font),
        clusterLabelWidth: (count) => this.clusterWidth(count, font),
      },
    );
    const x = scaleUtc().domain([view.start, view.end]).range([0, width]);
    const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
    const reference = frame.reference;
    paintMarks(
      ctx,
      { width, height: plotHeight },
      layout,
      {
        kinds: data.kinds,
        fuzzy: data.fuzzy,
        label: (i, max) => this.fittedLabel(i, max, font),
        selectedIndex: frame.selectedIndex,
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
    const group = select(surface.axis).attr('transform', `translate(0,${plotHeight})`).call(axis);
    // Labels of ticks near the ends would be cut by the plot: they are aligned inwards instead.
    group.selectAll<SVGTextElement, Date>('.tick text').attr('text-anchor', (d) => {
      const px = x(d);
      const half = this.measure.width(this.tickText(d), theme.axisFont) / 2;
      return px - half < 0 ? 'start' : px + half > width ? 'end' : null;
    });
    this.writeWindowLabel(surface.windowLabel, frame, false);
    return { layout, rows };
  }

  /**
   * The "27 Apr 2002 – 5 Sept 2020" label: written at most every 100 ms while the view moves
   * (formatting a range costs as much as drawing the marks) and always once it rests (`force`).
   */
  writeWindowLabel(
    label: HTMLElement | null,
    frame: Pick<Frame, 'data' | 'view' | 'locale'>,
    force: boolean,
  ): void {
    if (!label) return;
    const now = performance.now();
    if (!force && now - this.windowLabelAt < 100) {
      this.windowLabelStale = true;
      return;
    }
    this.windowLabelAt = now;
    this.windowLabelStale = false;
    const view = frame.data.events.length ? frame.view : undefined;
    const key = view ? `${frame.locale}|${Math.floor(view.start / DAY)}|${Math.floor(view.end / DAY)}` : '';
    if (key === this.windowLabelKey) return;
    this.windowLabelKey = key;
    label.textContent = view
      ? dateFormatter(frame.locale, { dateStyle: 'medium' }).formatRange(
          new Date(view.start),
          new Date(view.end),
        )
      : '';
  }

  /** Accessible name of event `index`: title and date. */
  eventLabel(index: number): string {
    let label = this.ariaLabels[index];
    if (label === undefined) {
      const event = this.data!.events[index]!;
      label = `${event.title}, ${eventDateLabel(event, this.locale)}`;
      this.ariaLabels[index] = label;
    }
    return label;
  }

  /** Accessible name of a cluster button. */
  clusterLabel(cluster: Cluster): string {
    const fmt = dateFormatter(this.locale, { dateStyle: 'medium' });
    const range = fmt.formatRange(new Date(cluster.start), new Date(cluster.end - 1));
    return `${this.clusterText(cluster.count)}, ${range}. Zoom in`;
  }

  private readTheme(): MarkTheme {
    const style = getComputedStyle(this.host);
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

  private labelWidth(index: number, font: string): number {
    if (font !== this.labelFont) {
      this.labelWidths.fill(Number.NaN);
      this.labelTexts = new Array<string | undefined>(this.labelWidths.length);
      this.labelFont = font;
    }
    let width = this.labelWidths[index]!;
    if (Number.isNaN(width)) {
      const title = this.data!.events[index]!.title;
      const text = title.length > 80 ? title.slice(0, 80) : title;
      width = Math.min(MAX_LABEL_WIDTH, this.measure.width(text, font));
      this.labelWidths[index] = width;
    }
    return width;
  }

  private fittedLabel(index: number, maxWidth: number, font: string): string {
    const title = this.data!.events[index]!.title;
    // The layout's width estimate is never below the real width: when it fits, the title does.
    const estimate = this.labelWidths[index]!;
    if (title.length <= 80 && estimate < MAX_LABEL_WIDTH && maxWidth >= estimate) return title;
    const cached = this.labelTexts[index];
    if (cached !== undefined && maxWidth >= MAX_LABEL_WIDTH) return cached;
    const text = fitLabel(title, maxWidth, (t) => this.measure.exactWidth(t, font));
    if (maxWidth >= MAX_LABEL_WIDTH) this.labelTexts[index] = text;
    return text;
  }

  private clusterText(count: number): string {
    if (!this.numberFormat || this.numberFormatLocale !== this.locale) {
      this.numberFormat = new Intl.NumberFormat(this.locale);
      this.numberFormatLocale = this.locale;
    }
    return `${this.numberFormat.format(count)} events`;
  }

  /** Width of the pill of a cluster of `count` events: one measurement per number of digits. */
  private clusterWidth(count: number, font: string): number {
    const key = `${font}|${this.locale}`;
    if (key !== this.clusterWidthKey) {
      this.clusterWidths.clear();
      this.clusterWidthKey = key;
    }
    const digits = String(count).length;
    let width = this.clusterWidths.get(digits);
    if (width === undefined) {
      width = this.measure.exactWidth(this.clusterText(count), font) + 16;
      this.clusterWidths.set(digits, width);
    }
    return width;
  }

  private tickText(date: Date): string {
    if (this.tickTextLocale !== this.locale || this.tickTexts.size > 1000) {
      this.tickTexts.clear();
      this.tickTextLocale = this.locale;
    }
    const time = date.getTime();
    let text = this.tickTexts.get(time);
    if (text === undefined) {
      text = tickFormatter(this.locale)(date);
      this.tickTexts.set(time, text);
    }
    return text;
  }
}
