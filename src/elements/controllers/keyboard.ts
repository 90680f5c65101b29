import type { ReactiveController } from 'lit';
import { edgeEvent, stepEvent } from '../../layout/navigation.js';
import type { NewsTimeline } from '../news-timeline.js';
import type { TimelineData } from '../timeline-data.js';
import type { HitLayerController } from './hit-layer.js';
import type { ViewWindowController } from './view-window.js';

const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/**
 * Keyboard navigation of `<news-timeline>`. In the plot: ←/↑ and →/↓ move to the previous and next
 * event in reading order (panning only as far as needed), Home/End to the first and last (zoomed
 * to show their neighbours), +/− zoom around the focused event. With a card open, ←/→ step the
 * selection like slides. Right to left (`dir="rtl"`) ← and → swap, following the screen:
 * ← goes to the next (later) event. Escape closes the card and returns focus to its event.
 */
export class KeyboardController implements ReactiveController {
  /** The event that holds the plot's Tab stop (`-1`: none yet). */
  activeIndex = -1;

  constructor(
    private readonly host: NewsTimeline,
    private readonly parts: {
      data: () => TimelineData;
      view: ViewWindowController;
      hits: HitLayerController;
      plot: () => HTMLElement | null;
      /** The card of the selected event, when shown. */
      card: () => HTMLElement | null;
      /** Right to left: ← and → follow what the reader sees, so ← goes to later events. */
      rtl: () => boolean;
      /** Selects event `index` as the reader did (fires `event-select`). */
      select: (index: number) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  /** An event button got focus (click, Tab, a screen reader): it holds the Tab stop now. */
  onFocusIn = (event: FocusEvent): void => {
    const button = event.target;
    if (button instanceof HTMLElement && button.dataset.index !== undefined) {
      this.activeIndex = Number(button.dataset.index);
    }
  };

  /** Moves the Tab stop to event `index` and focuses its button once it is drawn. */
  async focusEvent(index: number): Promise<void> {
    this.activeIndex = index;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.parts.hits.flush();
    this.parts.hits.button(index)?.focus({ preventScroll: true });
  }

  /** Steps the selection `delta` events in reading order (prev/next buttons, ←/→ in the card). */
  step(delta: number): void {
    const data = this.parts.data();
    const current =
      this.host.selected !== undefined ? (data.events.indexOf(this.host.selected) ?? -1) : this.activeIndex;
    const next = stepEvent(data.reading, current, delta);
    if (next === undefined || next === current) return;
    this.activeIndex = next;
    this.parts.view.reveal(next, true);
    this.parts.select(next);
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const { data: dataOf, view, plot, card } = this.parts;
    const data = dataOf();
    if (event.key === 'Escape' && this.host.selected !== undefined) {
      const index = data.events.indexOf(this.host.selected);
      this.host.selected = undefined;
      event.preventDefault();
      if (index !== undefined) void this.focusEvent(index);
      return;
    }
    const path = event.composedPath();
    const inCard = card() !== null && path.includes(card()!);
    if (inCard && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      if (path[0] instanceof HTMLAnchorElement) return;
      event.preventDefault();
      this.step((event.key === 'ArrowLeft') !== this.parts.rtl() ? -1 : 1);
      return;
    }
    const area = plot();
    if (!area || !path.includes(area)) return;
    let next: number | undefined;
    // Arrows follow the screen: right to left, the later events are to the left.
    const key = this.parts.rtl() ? (MIRRORED[event.key] ?? event.key) : event.key;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = this.activeIndex < 0 ? this.firstVisible() : stepEvent(data.reading, this.activeIndex, 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = this.activeIndex < 0 ? this.firstVisible() : stepEvent(data.reading, this.activeIndex, -1);
        break;
      case 'Home':
      case 'End':
        next = edgeEvent(data.reading, key === 'Home' ? 'first' : 'last');
        if (next !== undefined) view.showWithContext(next);
        break;
      case '+':
      case '=':
        event.preventDefault();
        view.zoomBy(2, this.anchor());
        return;
      case '-':
      case '_':
        event.preventDefault();
        view.zoomBy(0.5, this.anchor());
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next === undefined) return;
    this.activeIndex = next;
    view.reveal(next);
    void this.focusEvent(next);
  };

  private anchor(): number | undefined {
    const event = this.parts.data().events.at(this.activeIndex);
    return event ? (event.start + event.end) / 2 : undefined;
  }

  /** The first event (in reading order) that starts inside the window. */
  private firstVisible(): number | undefined {
    const data = this.parts.data();
    const start = this.parts.view.current().start;
    const { order } = data.reading;
    for (let p = 0; p < order.length; p++) if (data.times.starts[order[p]!]! >= start) return order[p];
    return order[order.length - 1];
  }
}
