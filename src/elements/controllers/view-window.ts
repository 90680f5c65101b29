import type { ReactiveController } from 'lit';
import {
  clampWindow,
  contextWindow,
  denseRange,
  drawableTime,
  MIN_WINDOW,
  paddedExtent,
  panBounds,
  revealWindow,
  YEAR,
  zoomWindow,
  type TimeWindow,
} from '../../layout/window.js';
import type { TimelineData } from '../timeline-data.js';
import { emit } from '../emit.js';
import type { NewsTimeline } from '../news-timeline.js';

/** How a move of the window came about. */
export interface MoveOptions {
  /** The reader moved it: kept inside the bounds and reported with `window-change`. */
  user: boolean;
  animate: boolean;
}

/**
 * The visible window of `<news-timeline>`: the window Fit shows, the bounds panning and zooming
 * stay in, the `start`/`end` an app sets, and animated moves (zoom buttons, keys, clusters).
 */
export class ViewWindowController implements ReactiveController {
  /** Once the window was set (by the app or the reader), new data no longer re-fits it. */
  pinned = false;
  private view: TimeWindow | undefined;
  /** The window the app set last: the bounds always include it. */
  private appWindow: TimeWindow | undefined;
  private requestedStart: Date | undefined;
  private requestedEnd: Date | undefined;
  private animation = 0;
  private fitCache: { data: TimelineData; reference: Date | undefined; window: TimeWindow } | undefined;
  private finished: (() => void) | undefined;
  private moving: Promise<void> | undefined;

  constructor(
    private readonly host: NewsTimeline,
    private readonly data: () => TimelineData,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Resolves when no animated move is running. */
  get idle(): Promise<void> {
    return this.moving ?? Promise.resolve();
  }

  /** `start`/`end` set by the app; applied (in `willUpdate`) without animation or event. */
  request(which: 'start' | 'end', value: Date | undefined): void {
    if (which === 'start') this.requestedStart = value;
    else this.requestedEnd = value;
  }

  requested(which: 'start' | 'end'): Date | undefined {
    return which === 'start' ? this.requestedStart : this.requestedEnd;
  }

  /** Applies a window requested through `start`/`end` (before the update renders). */
  applyRequested(): void {
    if (!this.requestedStart && !this.requestedEnd) return;
    const view = this.current();
    const start = drawable(this.requestedStart) ?? view.start;
    const end = drawable(this.requestedEnd) ?? view.end;
    this.requestedStart = undefined;
    this.requestedEnd = undefined;
    if (end > start) {
      this.view = { start, end };
      this.appWindow = { start, end };
      this.pinned = true;
    }
  }

  /** New data: re-fits unless the window was pinned. */
  dataChanged(): void {
    if (!this.pinned) this.view = undefined;
  }

  /** The visible window (the Fit window until something moved it). */
  current(): TimeWindow {
    this.view ??= this.fitWindow();
    return this.view;
  }

  /**
   * The window Fit shows: the events' extent with padding, leaving out a few outliers that would
   * crush the rest (see {@link denseRange}); around the reference date (or now) without events.
   */
  fitWindow(): TimeWindow {
    const data = this.data();
    if (this.fitCache?.data === data && this.fitCache.reference === this.host.referenceDate)
      return this.fitCache.window;
    const window = this.computeFit(data);
    this.fitCache = { data, reference: this.host.referenceDate, window };
    return window;
  }

  private computeFit(data: TimelineData): TimeWindow {
    const { min, max, times } = data;
    if (Number.isNaN(min)) {
      const reference = this.host.referenceDate?.getTime();
      const centre = reference !== undefined && drawableTime(reference) ? reference : Date.now();
      return { start: centre - YEAR, end: centre + YEAR };
    }
    const { starts, ends } = times;
    const centres = new Float64Array(starts.length);
    for (let i = 0; i < starts.length; i++) centres[i] = (starts[i]! + ends[i]!) / 2;
    // Centres of sorted starts are nearly sorted; the dense rule needs them sorted.
    centres.sort();
    const [lo, hi] = denseRange(centres);
    if (lo === 0 && hi === centres.length - 1) return paddedExtent(min, max);
    // The events whose centres lie in the dense range, with their whole extent.
    let first = Infinity;
    let last = -Infinity;
    for (let i = 0; i < starts.length; i++) {
      const c = (starts[i]! + ends[i]!) / 2;
      if (c < centres[lo]! || c > centres[hi]!) continue;
      if (starts[i]! < first) first = starts[i]!;
      if (ends[i]! > last) last = ends[i]!;
    }
    return paddedExtent(first, last);
  }

  /** Where panning and zooming may go: every event plus a margin, the reference date, the app's window. */
  bounds(): TimeWindow {
    const { min, max } = this.data();
    const reference = this.host.referenceDate?.getTime();
    const include = [
      reference ?? Number.NaN,
      this.appWindow?.start ?? Number.NaN,
      this.appWindow?.end ?? Number.NaN,
    ];
    if (Number.isNaN(min)) {
      const fit = this.fitWindow();
      return panBounds(fit.start, fit.end, include);
    }
    return panBounds(min, max, include);
  }

  /** Sets the window now; a reader's change is kept in bounds and reported with `window-change`. */
  set(start: number, end: number, user: boolean): void {
    let next: TimeWindow = { start, end };
    if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) return;
    next = user ? clampWindow(next, this.bounds()) : clampWindow(next, { start: -Infinity, end: Infinity });
    this.view = next;
    this.pinned = true;
    this.host.requestUpdate();
    if (user) emit(this.host, 'window-change', { start: new Date(next.start), end: new Date(next.end) });
  }

  /** Moves to `[start, end)`, animated (220 ms, unless the reader prefers reduced motion). */
  moveTo(start: number, end: number, options: MoveOptions): void {
    this.stop();
    const target = options.user ? clampWindow({ start, end }, this.bounds()) : { start, end };
    const from = this.current();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!options.animate || reduced || !this.host.isConnected) {
      this.set(target.start, target.end, options.user);
      return;
    }
    const began = performance.now();
    const duration = 220;
    const fromCentre = (from.start + from.end) / 2;
    const toCentre = (target.start + target.end) / 2;
    const fromWidth = Math.log(from.end - from.start);
    const toWidth = Math.log(target.end - target.start);
    const step = (now: number): void => {
      const t = Math.min(1, (now - began) / duration);
      const ease = t * (2 - t);
      const centre = fromCentre + (toCentre - fromCentre) * ease;
      const width = Math.exp(fromWidth + (toWidth - fromWidth) * ease);
      if (t < 1) {
        this.set(centre - width / 2, centre + width / 2, false);
        this.animation = requestAnimationFrame(step);
      } else {
        this.set(target.start, target.end, options.user);
        this.stop();
      }
    };
    this.moving = new Promise((resolve) => (this.finished = resolve));
    this.animation = requestAnimationFrame(step);
  }

  /** Stops a running animation (the reader took over, or it ended). */
  stop(): void {
    cancelAnimationFrame(this.animation);
    this.finished?.();
    this.finished = undefined;
    this.moving = undefined;
  }

  /** Zooms by `factor` around `at` (ms); non-finite or non-positive factors are ignored. */
  zoomBy(factor: number, at?: number): void {
    const next = zoomWindow(this.current(), factor, at);
    if (next) this.moveTo(next.start, next.end, { user: true, animate: true });
  }

  /** Moves only as much as needed for event `index` to be readable. */
  reveal(index: number, animate = false): void {
    const { times } = this.data();
    if (index < 0 || index >= times.starts.length) return;
    const next = revealWindow(this.current(), times.starts[index]!, times.ends[index]!);
    if (next) this.moveTo(next.start, next.end, { user: true, animate });
  }

  /** Shows event `index` with its neighbours (Home/End). */
  showWithContext(index: number): void {
    const { times } = this.data();
    if (index < 0 || index >= times.starts.length) return;
    const next = contextWindow(times.starts, times.ends, index);
    this.moveTo(next.start, next.end, { user: true, animate: false });
  }

  /** Zooms into `[start, end)` with 10 % padding (a cluster). */
  zoomInto(start: number, end: number): void {
    const pad = Math.max((end - start) * 0.1, MIN_WINDOW);
    this.moveTo(start - pad, end + pad, { user: true, animate: true });
  }
}

/** ISO 8601 strings in the `start`/`end` attributes (read as by `new Date`), `Date` objects in properties. */
export const windowConverter = {
  fromAttribute(value: string | null): Date | undefined {
    if (!value) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
  toAttribute(value: Date | undefined): string | null {
    return value ? value.toISOString() : null;
  },
};

function drawable(date: Date | undefined): number | undefined {
  const time = date?.getTime();
  return time === undefined || !drawableTime(time) ? undefined : time;
}
