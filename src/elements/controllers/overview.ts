import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { densityBins } from '../../layout/density.js';
import type { TimelineData } from '../timeline-data.js';
import { paddedExtent, type TimeWindow } from '../../layout/window.js';

/** Height of the overview strip (px), as in the `.overview` style. */
export const OVERVIEW_HEIGHT = 34;
/** Width of one density bar (px). */
const BIN_WIDTH = 3;

/**
 * The overview strip under the plot (`part="overview"`): the events' whole extent with their
 * density, and the visible window as a d3-brush the reader drags to pan and resizes to zoom.
 * Outliers that Fit leaves out are shown here.
 */
export class OverviewController {
  private brush: BrushBehavior<unknown> | undefined;
  private svg: SVGSVGElement | undefined;
  private domain: TimeWindow = { start: 0, end: 1 };
  private width = 0;
  private rtl = false;
  /** Right to left: the strip's right edge (px), where the earliest time is drawn. */
  private right = 0;
  private moving = false;
  private densityKey: unknown;
  private brushKey = '';

  constructor(private readonly onBrush: (start: number, end: number) => void) {}

  /** Attaches the brush to the overview's `<svg>`. */
  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    this.brush = brushX<unknown>()
      .handleSize(10)
      .on('brush end', (event: D3BrushEvent<unknown>) => this.brushed(event));
    select(svg).select<SVGGElement>('g.brush').call(this.brush);
  }

  /** Redraws density (when data or width changed) and moves the brush to the window. */
  draw(data: TimelineData, view: TimeWindow, width: number, rtl = false): void {
    const svg = this.svg;
    const brush = this.brush;
    if (!svg || !brush || width <= 0) return;
    // The strip may be wider than the plot (beside the card): right to left, it hangs from the right.
    const right = rtl ? Math.max(width, svg.clientWidth) : width;
    if (data !== this.densityKey || width !== this.width || rtl !== this.rtl || right !== this.right) {
      this.densityKey = data;
      this.width = width;
      this.rtl = rtl;
      this.right = right;
      this.domain = Number.isNaN(data.min) ? view : paddedExtent(data.min, data.max, 0.02);
      brush.extent([
        [right - width, 0],
        [right, OVERVIEW_HEIGHT],
      ]);
      select(svg).select<SVGGElement>('g.brush').call(brush);
      this.drawDensity(data, width);
      this.brushKey = '';
    }
    const x0 = Math.max(right - width, Math.min(this.x(view.start), this.x(view.end)));
    const x1 = Math.min(right, Math.max(this.x(view.start), this.x(view.end)));
    const key = `${Math.round(x0 * 2)},${Math.round(x1 * 2)}`;
    if (key === this.brushKey) return;
    this.brushKey = key;
    this.moving = true;
    select(svg)
      .select<SVGGElement>('g.brush')
      .call((g) => brush.move(g, [x0, Math.max(x0 + 2, x1)]));
    this.moving = false;
  }

  private x(time: number): number {
    const ltr = ((time - this.domain.start) / (this.domain.end - this.domain.start)) * this.width;
    return this.rtl ? this.right - ltr : ltr;
  }

  /** The time at `x` px, the inverse of {@link x}. */
  private time(x: number): number {
    const ltr = this.rtl ? this.right - x : x;
    return this.domain.start + (ltr / this.width) * (this.domain.end - this.domain.start);
  }

  private drawDensity(data: TimelineData, width: number): void {
    const bins = densityBins(
      data.times.starts,
      this.domain.start,
      this.domain.end,
      Math.floor(width / BIN_WIDTH),
    );
    let max = 0;
    for (const count of bins) if (count > max) max = count;
    let d = '';
    const top = 4;
    const room = OVERVIEW_HEIGHT - top - 2;
    // Square root: one event stays visible next to a thousand.
    bins.forEach((count, b) => {
      if (!count) return;
      const h = Math.max(2, Math.sqrt(count / max) * room);
      const left = this.rtl ? this.right - (b + 1) * BIN_WIDTH : b * BIN_WIDTH;
      d += `M${left},${OVERVIEW_HEIGHT - 2}v-${h.toFixed(1)}h${BIN_WIDTH - 1}v${h.toFixed(1)}z`;
    });
    this.svg?.querySelector('path.density')?.setAttribute('d', d);
  }

  private brushed(event: D3BrushEvent<unknown>): void {
    if (this.moving || !event.sourceEvent) return;
    const selection = event.selection as [number, number] | null;
    if (!selection) return;
    const a = this.time(selection[0]);
    const b = this.time(selection[1]);
    this.onBrush(Math.min(a, b), Math.max(a, b));
  }
}
