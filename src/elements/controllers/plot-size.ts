import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The size of the plot, from a ResizeObserver (which reports before the first paint, so the first
 * frame is drawn at the right size). The host updates whenever it changes.
 */
export class PlotSizeController implements ReactiveController {
  width = 0;
  height = 0;
  /**
   * Width of the element's main column (its toolbar): decides the narrow layout and the lanes'
   * height. Observed on the toolbar, whose size never follows the plot's: watching the host
   * itself would loop, since its height follows the lanes.
   */
  hostWidth = 0;
  private toolbar: Element | undefined;
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
    if (this.hostWidth === 0 && this.toolbar?.isConnected) this.hostWidth = this.toolbar.clientWidth;
  }

  /** Starts observing `element` (the plot, once rendered). */
  observe(element: Element, toolbar?: Element): void {
    this.target = element;
    if (toolbar) {
      this.toolbar = toolbar;
      this.observeToolbar();
    }
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
    if (this.toolbar) this.observeToolbar();
    if (this.target) this.observe(this.target);
  }

  private observeToolbar(): void {
    this.hostObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width !== this.hostWidth) {
        this.hostWidth = width;
        this.host.requestUpdate();
      }
    });
    if (this.toolbar) this.hostObserver.observe(this.toolbar);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.hostObserver?.disconnect();
  }
}
