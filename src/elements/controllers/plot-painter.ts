import { layoutMarks, type Cluster, type MarkTimes, type TimelineLayout } from '../../layout/lanes.js';
import { rowPlan } from '../../layout/rows.js';
import { MARK_KINDS } from '../../model/event-columns.js';

const BAND = MARK_KINDS.indexOf('band');
import { fitLabel } from '../../layout/label-fit.js';
import type { TimelineData } from '../timeline-data.js';
import { dateFormatter } from '../../layout/tick-format.js';
import { mirrorLayout } from '../../layout/mirror.js';
import { timeScale } from '../../layout/time-scale.js';
import type { TimelineStrings } from '../i18n/strings.js';
import { en } from '../i18n/strings.js';
import { AxisPainter } from './axis-painter.js';
import type { TimeWindow } from '../../layout/window.js';
import { eventDateLabel } from '../../model/event-label.js';
import { paintMarks, type MarkTheme } from '../canvas-marks.js';
import { readMarkTheme, WindowLabel } from './window-label.js';
import { TextMeasure } from '../text-measure.js';

export const AXIS_HEIGHT = 28;
const POINT_WIDTH = 10;
const LABEL_GAP = 8;
const MAX_LABEL_WIDTH = 220;
/** Height of a group's label row (px), as in the `.group-label` style. */
export const GROUP_HEADER = 18;
/** Lanes the auto height makes room for: all groups together, and each of several groups. */
const MAX_LANES = 10;
const MAX_GROUP_LANES = 4;
/** A point mark whose interval is wider than this (px) is drawn as a band over it. */
const WIDE_POINT = 160;

/** One set of lanes: all events, or one group's. */
interface Band {
  name: string;
  times: MarkTimes;
  /** Indices into `events` of the band's events; `undefined` for all events. */
  members: Int32Array | undefined;
  maxDuration: number;
}

/** What a paint tells the hit layer. */
export interface PaintedPlot {
  layout: TimelineLayout;
  /** Top (px) of every row, from the top of the plot. */
  rowTops: number[];
  /** Group names and the top (px) of their bands, when there are several. */
  groups: Array<{ name: string; top: number }>;
  /** The cluster row of the event's group (for a focused event hidden in a cluster). */
  fallbackRow: (index: number) => number;
}

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
  /** Narrow element: labels may use most of the plot's width. */
  narrow?: boolean;
  /** Right to left: earlier times on the right, labels left of their marks. */
  rtl?: boolean;
}

/**
 * Draws one frame of the plot: lane layout, canvas marks and labels, the d3 axis and the window
 * label. Keeps what is expensive to recompute per frame (label widths, fitted labels, tick texts,
 * theme colours) and forgets it when the data, font or locale change.
 */
export class PlotPainter {
  private textMeasure: TextMeasure | undefined;
  /** Made on first use: the element is also constructed where there is no DOM (server rendering). */
  private get measure(): TextMeasure {
    return (this.textMeasure ??= new TextMeasure());
  }
  private labelWidths = new Float32Array(0);
  private labelTexts: Array<string | undefined> = [];
  private ariaLabels: Array<string | undefined> = [];
  private labelFont = '';
  private maxLabelWidth = MAX_LABEL_WIDTH;
  private themeCache: { theme: MarkTheme; at: number } | undefined;
  private clusterWidths = new Map<number, number>();
  private clusterWidthKey = '';
  private words: TimelineStrings = en;
  private axis = new AxisPainter(() => this.measure);
  /** The label of the visible window in the toolbar. */
  readonly windowLabel = new WindowLabel();
  private data: TimelineData | undefined;
  private needsCache: { data: TimelineData; key: string; needs: number[] } | undefined;
  private locale: string | undefined;

  constructor(private readonly host: HTMLElement) {}

  /** New data, locale or words: label caches start again. */
  reset(data: TimelineData, locale: string | undefined, words: TimelineStrings = en): void {
    this.data = data;
    this.locale = locale;
    this.words = words;
    this.clusterWidthKey = '';
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
      this.themeCache = { theme: readMarkTheme(this.host), at: now };
    return this.themeCache.theme;
  }

  /**
   * Paints `frame`: one band of lanes per group (or one for all). Returns the combined layout
   * (indices into `data.events`, lanes counted from the top of the plot, clusters with their row)
   * and the top (px) of every row, for the hit layer.
   */
  paint(surface: PlotSurface, frame: Frame): PaintedPlot | undefined {
    const { width, height, view, data } = frame;
    if (width <= 0 || height <= 0) return undefined;
    this.setMaxLabelWidth(frame.narrow ? Math.max(MAX_LABEL_WIDTH, width - 24) : MAX_LABEL_WIDTH);
    const theme = this.theme();
    const plotHeight = height - AXIS_HEIGHT;
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
    ctx.clearRect(0, 0, width, plotHeight);
    const rtl = frame.rtl === true;
    const x = timeScale([view.start, view.end], rtl ? [width, 0] : [0, width]);
    const ticks = this.axis.ticks(x, width, frame.locale, theme.axisFont);
    const gridXs = ticks.map((t) => x(t));
    const reference = frame.reference;
    const referenceX =
      reference !== undefined && reference >= view.start && reference <= view.end ? x(reference) : undefined;

    const bands = this.bands(data);
    const header = bands.length > 1 ? GROUP_HEADER : 0;
    const totalRows = Math.max(
      bands.length * 2,
      Math.floor((plotHeight - theme.top - bands.length * header) / theme.laneHeight),
    );
    const plan = bands.length > 1 ? rowPlan(this.needs(data, width), totalRows) : [totalRows];
    const combined: TimelineLayout = { placed: [], clusters: [], clusterRow: 0 };
    const rowTops: number[] = [];
    const groupTops: number[] = [];
    const fallbackRow = new Map<number, number>();
    let y = 0;
    bands.forEach((band, g) => {
      const rows = plan[g]!;
      const lanes = Math.max(1, rows - 1);
      const top = (g === 0 ? theme.top : 2) + header;
      const bandHeight = g === bands.length - 1 ? plotHeight - y : top + rows * theme.laneHeight;
      groupTops.push(y);
      const firstRow = rowTops.length;
      for (let r = 0; r < rows; r++) rowTops.push(y + top + r * theme.laneHeight);
      const members = band.members;
      const global = (i: number): number => (members ? members[i]! : i);
      const layout = layoutMarks(
        band.times,
        { start: view.start, end: view.end, width },
        {
          lanes,
          pointWidth: POINT_WIDTH,
          gap: LABEL_GAP,
          maxDuration: band.maxDuration,
          pointBandWidth: WIDE_POINT,
          labelsBesideShortIntervals: true,
          labelWidth: (i) => this.labelWidth(global(i), font),
          clusterLabelWidth: (count) => this.clusterWidth(count, font),
        },
      );
      if (rtl) mirrorLayout(layout, width);
      // The painter sees the marks of this frame only, numbered 0…n-1, so how each is drawn can
      // follow the zoom: a day is a dot, but a day-long band once a day is wider than a few dots.
      const placed = layout.placed;
      const kinds = new Uint8Array(placed.length);
      const fuzzy = new Uint8Array(placed.length);
      const ids = new Int32Array(placed.length);
      let selected = -1;
      placed.forEach((m, j) => {
        const i = global(m.index);
        ids[j] = i;
        kinds[j] = m.band ? BAND : data.kinds[i]!;
        fuzzy[j] = data.fuzzy[i]!;
        if (i === frame.selectedIndex) selected = j;
        m.index = j;
      });
      ctx.save();
      ctx.translate(0, y);
      paintMarks(
        ctx,
        { width, height: bandHeight },
        layout,
        {
          kinds,
          fuzzy,
          label: (j, max) => this.fittedLabel(ids[j]!, max, font),
          selectedIndex: selected,
          clusterLabel: (count) => this.clusterText(count),
        },
        { ...theme, top, rtl },
        gridXs,
        referenceX,
      );
      ctx.restore();
      for (const m of placed) {
        m.index = ids[m.index]!;
        combined.placed.push({ ...m, lane: firstRow + m.lane });
      }
      for (const c of layout.clusters) {
        combined.clusters.push({
          ...c,
          first: global(c.first),
          last: global(c.last),
          row: firstRow + layout.clusterRow,
        });
      }
      if (members) for (const i of members) fallbackRow.set(i, firstRow + lanes);
      y += bandHeight;
    });
    combined.clusterRow = rowTops.length - 1;
    this.axis.draw(surface.axis, x, ticks, {
      plotHeight,
      width,
      locale: frame.locale,
      font: theme.axisFont,
      rtl,
    });
    this.windowLabel.write(surface.windowLabel, frame, false);
    return {
      layout: combined,
      rowTops,
      groups: bands.length > 1 ? bands.map((band, g) => ({ name: band.name, top: groupTops[g]! })) : [],
      fallbackRow: (index) => fallbackRow.get(index) ?? rowTops.length - 1,
    };
  }

  /** Rows each group needs to label its events at the Fit window (lanes plus a cluster row). */
  needs(data: TimelineData, width: number, fit?: TimeWindow, narrow = false): number[] {
    if (fit) this.setMaxLabelWidth(narrow ? Math.max(MAX_LABEL_WIDTH, width - 24) : MAX_LABEL_WIDTH);
    const key = `${width}|${fit?.start}|${fit?.end}`;
    if (this.needsCache?.data === data && (this.needsCache.key === key || !fit)) return this.needsCache.needs;
    const view = fit ?? { start: data.min, end: data.max };
    const font = this.theme().font;
    const bands = this.bands(data);
    const most = bands.length > 1 ? MAX_GROUP_LANES : MAX_LANES;
    const needs = bands.map((band) => {
      if (!band.times.starts.length || !(view.end > view.start)) return 2;
      const members = band.members;
      const layout = layoutMarks(
        band.times,
        { start: view.start, end: view.end, width },
        {
          lanes: most,
          pointWidth: POINT_WIDTH,
          gap: LABEL_GAP,
          maxDuration: band.maxDuration,
          pointBandWidth: WIDE_POINT,
          labelsBesideShortIntervals: true,
          labelWidth: (i) => this.labelWidth(members ? members[i]! : i, font),
          clusterLabelWidth: (count) => this.clusterWidth(count, font),
        },
      );
      let lanes = 0;
      for (const m of layout.placed) if (m.lane < most && m.lane + 1 > lanes) lanes = m.lane + 1;
      return Math.max(1, lanes) + 1;
    });
    this.needsCache = { data, key, needs };
    return needs;
  }

  private bands(data: TimelineData): Band[] {
    if (data.lanesOf.length > 1) {
      return data.lanesOf.map((lane, g) => ({ name: data.groups[g]!, ...lane }));
    }
    return [{ name: '', times: data.times, members: undefined, maxDuration: data.maxDuration }];
  }

  /** Accessible name of event `index`: title and date. */
  eventLabel(index: number): string {
    let label = this.ariaLabels[index];
    if (label === undefined) {
      const event = this.data!.events.at(index)!;
      label = `${event.title}, ${eventDateLabel(event, this.locale)}`;
      this.ariaLabels[index] = label;
    }
    return label;
  }

  /** Accessible name of a cluster button. */
  clusterLabel(cluster: Cluster): string {
    const fmt = dateFormatter(this.locale, { dateStyle: 'medium' });
    const range = fmt.formatRange(new Date(cluster.start), new Date(cluster.end - 1));
    return this.words.cluster(this.clusterText(cluster.count), range);
  }

  /** Widest label (px); labels measured for another width are measured again. */
  private setMaxLabelWidth(max: number): void {
    if (max === this.maxLabelWidth) return;
    this.maxLabelWidth = max;
    this.labelWidths.fill(Number.NaN);
    this.labelTexts = new Array<string | undefined>(this.labelWidths.length);
    this.needsCache = undefined;
  }

  private labelWidth(index: number, font: string): number {
    if (font !== this.labelFont) {
      this.labelWidths.fill(Number.NaN);
      this.labelTexts = new Array<string | undefined>(this.labelWidths.length);
      this.labelFont = font;
    }
    let width = this.labelWidths[index]!;
    if (Number.isNaN(width)) {
      const title = this.data!.events.columns.titles[index]!;
      const text = title.length > 120 ? title.slice(0, 120) : title;
      width = Math.min(this.maxLabelWidth, this.measure.width(text, font));
      this.labelWidths[index] = width;
    }
    return width;
  }

  private fittedLabel(index: number, maxWidth: number, font: string): string {
    const title = this.data!.events.columns.titles[index]!;
    // The layout's width estimate is never below the real width: when it fits, the title does.
    const estimate = this.labelWidths[index]!;
    if (title.length <= 120 && estimate < this.maxLabelWidth && maxWidth >= estimate) return title;
    const cached = this.labelTexts[index];
    if (cached !== undefined && maxWidth >= this.maxLabelWidth) return cached;
    const text = fitLabel(title, maxWidth, (t) => this.measure.exactWidth(t, font));
    if (maxWidth >= this.maxLabelWidth) this.labelTexts[index] = text;
    return text;
  }

  private clusterText(count: number): string {
    return this.words.events(count);
  }

  /** Width of the pill of a cluster of `count` events: one measurement per number of digits. */
  private clusterWidth(count: number, font: string): number {
    const key = `${font}|${this.locale}`;
    if (key !== this.clusterWidthKey) {
      this.clusterWidths.clear();
      this.clusterWidthKey = key;
    }
    // Small counts have words of their own in some languages ("حدثان", two events).
    const digits = count <= 10 ? -count : String(count).length;
    let width = this.clusterWidths.get(digits);
    if (width === undefined) {
      width = this.measure.exactWidth(this.clusterText(count), font) + 16;
      this.clusterWidths.set(digits, width);
    }
    return width;
  }
}
