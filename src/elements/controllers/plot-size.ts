import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The size of the plot, from a ResizeObserver (which reports before the first paint, so the first
 * frame is drawn at the right size). The host updates whenever it changes.
 */
export class PlotSizeController implements ReactiveController {
  width = 0;
  height = 0;
  /** Width of the host's content box: decides the narrow layout (it does not change with it). */
  hostWidth = 0;
  private hostObserver: ResizeObserver | undefined;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * Reads the host's width now when no observation has come yet, so the first update can size
   * the plot: changing it later, from inside a ResizeObserver callback, would loop.
   */
  measureHost(): void {
    if (this.hostWidth === 0 && this.host.isConnected) this.hostWidth = this.host.clientWidth;
  }

  /** Starts observing `element` (the plot, once rendered). */
  observe(element: Element): void {
    this.target = element;
    this.observer ??= new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && (box.width !== this.width || box.height !== this.height)) {
        this.width = box.width;
        this.height = box.height;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(element);
  }

  hostConnected(): void {
    this.hostObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width !== this.hostWidth) {
        this.hostWidth = width;
        this.host.requestUpdate();
      }
    });
    this.hostObserver.observe(this.host);
    if (this.target) this.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.hostObserver?.disconnect();
  }
}
