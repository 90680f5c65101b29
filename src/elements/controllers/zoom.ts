import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { timeScale, type TimeScale } from '../../layout/time-scale.js';
import { MIN_WINDOW, type TimeWindow } from '../../layout/window.js';

/** What the zoom controller reads from and writes to. */
export interface ZoomTarget {
  /** The window shown. */
  current(): TimeWindow;
  /** How far the reader may pan and zoom out. */
  bounds(): TimeWindow;
  /** Right to left: later times to the left. */
  rtl(): boolean;
  /** The reader zoomed or panned to `[start, end)`. */
  onGesture(start: number, end: number): void;
}

/**
 * Wheel, drag and pinch on the plot through d3-zoom. d3-zoom's transform is kept in step with the
 * window (which also moves by buttons, keys and the app) without reporting those moves as
 * gestures; its scale and translate extents keep gestures inside the bounds.
 */
export class ZoomController {
  private behavior: ZoomBehavior<HTMLElement, unknown> | undefined;
  private element: HTMLElement | undefined;
  private baseScale: TimeScale = timeScale([0, 1], [0, 1]);
  private applying = false;
  /** Bounds, size and window that d3-zoom's transform currently encodes. */
  private key = '';

  constructor(private readonly target: ZoomTarget) {}

  /** Attaches the behaviour to `element` (the plot). */
  attach(element: HTMLElement): void {
    this.element = element;
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => {
        // d3's default: no ctrl-drag or secondary buttons (ctrl+wheel is pinch-zoom on touchpads).
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.onZoom(event));
    select(element).call(this.behavior);
  }

  /** Brings d3-zoom's transform in line with the window, for a plot `width` × `height`. */
  sync(width: number, height: number): void {
    const behavior = this.behavior;
    if (!behavior || !this.element || !width) return;
    const bounds = this.target.bounds();
    const view = this.target.current();
    const rtl = this.target.rtl();
    const key = `${bounds.start},${bounds.end},${width},${view.start},${view.end},${rtl}`;
    if (key === this.key) return;
    this.key = key;
    // An explicit extent keeps d3-zoom from reading (and forcing) layout on every transform.
    behavior.extent([
      [0, 0],
      [width, height],
    ]);
    this.baseScale = timeScale([bounds.start, bounds.end], rtl ? [width, 0] : [0, width]);
    // The window's left and right edges: its end and start right to left.
    const x0 = this.baseScale(rtl ? view.end : view.start);
    const x1 = this.baseScale(rtl ? view.start : view.end);
    const k = width / (x1 - x0);
    behavior
      .scaleExtent([Math.min(1, k), Math.max((bounds.end - bounds.start) / MIN_WINDOW, k)])
      .translateExtent([
        [Math.min(0, x0), -Infinity],
        [Math.max(width, x1), Infinity],
      ]);
    this.applying = true;
    behavior.transform(select(this.element), zoomIdentity.translate(-x0 * k, 0).scale(k));
    this.applying = false;
  }

  private onZoom(event: D3ZoomEvent<HTMLElement, unknown>): void {
    if (this.applying || !event.sourceEvent) return;
    // The window under the plot's edges after the gesture (d3-zoom's rescaleX, without a d3 scale).
    const base = this.baseScale;
    const [a, b] = base.range().map((px) => base.invert(event.transform.invertX(px))) as [number, number];
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    this.target.onGesture(start, end);
    const view = this.target.current();
    // d3-zoom already holds this window; only a window changed on the way (kept in bounds) needs a sync.
    if (Math.abs(view.start - start) < 1 && Math.abs(view.end - end) < 1) {
      const [b0, b1] = base.domain();
      const width = Math.max(...base.range());
      this.key = `${b0},${b1},${width},${view.start},${view.end},${this.target.rtl()}`;
    } else this.key = '';
  }
}
