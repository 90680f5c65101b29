import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Cluster } from '../../layout/lanes.js';
import type { PaintedPlot } from './plot-painter.js';
import type { TimelineData } from '../timeline-data.js';
import type { TimeWindow } from '../../layout/window.js';

/** What the hit layer needs from the element, read when it updates. */
export interface HitContext {
  data(): TimelineData;
  view(): TimeWindow;
  /** Plot width (px). */
  width(): number;
  /** Right to left (time runs leftwards). */
  rtl(): boolean;
  /** Height of a lane (px). */
  laneHeight(): number;
  activeIndex(): number;
  selectedIndex(): number;
  eventLabel(index: number): string;
  clusterLabel(cluster: Cluster): string;
  plot(): HTMLElement | null;
  layer(): HTMLElement | null;
  focused(): Element | null;
}

interface Spec {
  left: number;
  width: number;
  row: number;
  index: number;
  cluster?: number;
}

/**
 * One focusable `<button>` per labelled event and cluster over the canvas, keyed so focus
 * survives redraws, with a roving tabindex (one Tab stop). The focused button follows every
 * frame; the rest is brought up to date once the view has rested for 100 ms, since moving a few
 * hundred buttons every frame would double the cost of a zoom frame.
 */
export class HitLayerController implements ReactiveController {
  private buttons = new Map<string, HTMLButtonElement>();
  private timer = 0;
  private dueAt = 0;
  private pending: (() => void) | undefined;
  private plot: PaintedPlot | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly context: HitContext,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = 0;
  }

  /** Forgets every button (new data or locale: their labels change). */
  clear(): void {
    for (const button of this.buttons.values()) button.remove();
    this.buttons.clear();
  }

  /** The button of event `index`, if it has one. */
  button(index: number): HTMLButtonElement | undefined {
    return this.buttons.get(`e${index}`);
  }

  /**
   * After a paint of `layout` with `rows` label rows; `onRest` runs with the full update, once
   * the view has rested.
   */
  painted(plot: PaintedPlot, onRest?: () => void): void {
    this.plot = plot;
    this.update(plot, true);
    this.pending = () => {
      this.pending = undefined;
      this.update(plot, false);
      onRest?.();
    };
    this.schedule(this.buttons.size === 0 ? 0 : 100);
  }

  /** Brings the layer up to date now (before moving focus into it, or before a test looks). */
  flush(): void {
    this.pending?.();
  }

  /** True while an update of the buttons is waiting for the view to rest. */
  get stale(): boolean {
    return this.pending !== undefined;
  }

  private schedule(delay: number): void {
    const due = performance.now() + delay;
    // One timer for a whole gesture: it re-arms itself while the due time keeps moving later.
    if (this.timer && due < this.dueAt) {
      clearTimeout(this.timer);
      this.timer = 0;
    }
    this.dueAt = due;
    if (!this.timer) this.timer = window.setTimeout(this.onTimer, delay);
  }

  private onTimer = (): void => {
    this.timer = 0;
    const wait = this.dueAt - performance.now();
    if (wait > 1) this.timer = window.setTimeout(this.onTimer, wait);
    else this.pending?.();
  };

  private update(painted: PaintedPlot, focusedOnly: boolean): void {
    const context = this.context;
    const layer = context.layer();
    const plot = context.plot();
    if (painted !== this.plot || !layer || !plot) return;
    const { layout, rowTops } = painted;
    const focused = context.focused();
    if (focusedOnly && !(focused instanceof HTMLButtonElement && focused.classList.contains('hit'))) return;
    const data = context.data();
    const width = context.width();
    const wanted = new Map<string, Spec>();
    const clamp = (left: number, right: number) => {
      const l = Math.max(0, left);
      return { left: l, width: Math.max(12, Math.min(width, right) - l) };
    };
    for (const mark of layout.placed) {
      const box = clamp(
        Math.min(mark.x0, mark.labelX) - 2,
        Math.max(mark.x1, mark.labelX + mark.labelWidth) + 2,
      );
      wanted.set(`e${mark.index}`, { ...box, row: mark.lane, index: mark.index });
    }
    layout.clusters.forEach((cluster, c) => {
      wanted.set(`c${cluster.first}`, {
        ...clamp(cluster.x0, cluster.x1),
        row: cluster.row ?? layout.clusterRow,
        index: cluster.first,
        cluster: c,
      });
    });
    // The active event keeps a button while visible, even when it is inside a cluster.
    const view = context.view();
    const activeIndex = context.activeIndex();
    const active = data.events.at(activeIndex);
    if (active && !wanted.has(`e${activeIndex}`)) {
      const centre = (active.start + active.end) / 2;
      if (centre >= view.start && centre <= view.end) {
        const ltr = ((centre - view.start) / (view.end - view.start)) * width;
        const x = context.rtl() ? width - ltr : ltr;
        wanted.set(`e${activeIndex}`, {
          ...clamp(x - 8, x + 8),
          row: painted.fallbackRow(activeIndex),
          index: activeIndex,
        });
      }
    }
    let tabTarget = active && wanted.has(`e${activeIndex}`) ? `e${activeIndex}` : undefined;
    if (!tabTarget) {
      // The first event in reading order that has a button.
      const keys = [...wanted.keys()].filter((k) => k.startsWith('e'));
      if (keys.length) {
        const { position } = data.reading;
        tabTarget = keys.reduce((a, b) =>
          position[Number(b.slice(1))]! < position[Number(a.slice(1))]! ? b : a,
        );
      }
    }
    if (focusedOnly) {
      const focusedKey = [...this.buttons].find(([, button]) => button === focused)?.[0];
      for (const key of [...wanted.keys()]) if (key !== focusedKey) wanted.delete(key);
    }
    for (const [key, button] of this.buttons) {
      if (!wanted.has(key) && (!focusedOnly || button === focused)) {
        if (button === focused) plot.focus({ preventScroll: true });
        button.remove();
        this.buttons.delete(key);
      }
    }
    const selectedIndex = context.selectedIndex();
    const laneHeight = context.laneHeight();
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
          button.setAttribute('part', 'event');
          button.dataset.index = String(spec.index);
          button.dataset.eventId = data.events.columns.ids[spec.index]!;
          button.setAttribute('aria-label', context.eventLabel(spec.index));
        }
        layer.append(button);
        this.buttons.set(key, button);
      }
      if (spec.cluster !== undefined) {
        const cluster = layout.clusters[spec.cluster]!;
        const start = String(cluster.start);
        const end = String(cluster.end);
        const count = String(cluster.count);
        if (button.dataset.start !== start || button.dataset.end !== end || button.dataset.count !== count) {
          button.setAttribute('aria-label', context.clusterLabel(cluster));
          Object.assign(button.dataset, { start, end, count });
        }
      } else {
        const pressed = String(spec.index === selectedIndex);
        if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
      }
      setStyle(button.style, 'left', `${spec.left}px`);
      setStyle(button.style, 'top', `${rowTops[spec.row] ?? rowTops[rowTops.length - 1] ?? 0}px`);
      setStyle(button.style, 'width', `${spec.width}px`);
      setStyle(button.style, 'height', `${laneHeight}px`);
      const tabIndex = key === tabTarget ? 0 : -1;
      if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
    }
    if (!focusedOnly) plot.tabIndex = tabTarget ? -1 : 0;
  }
}

function setStyle(
  style: CSSStyleDeclaration,
  name: 'left' | 'top' | 'width' | 'height',
  value: string,
): void {
  if (style[name] !== value) style[name] = value;
}
