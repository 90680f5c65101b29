import type { MarkTheme } from '../canvas-marks.js';
import type { TimelineData } from '../timeline-data.js';
import { dateFormatter } from '../../layout/tick-format.js';
import type { TimeWindow } from '../../layout/window.js';

/** Font size of axis labels (as in the `svg.axis text` style). */
const AXIS_FONT_SIZE = '11px';
const DAY = 86_400_000;

/** Colours and metrics of the marks, from the element's custom properties. */
export function readMarkTheme(host: Element): MarkTheme {
  const style = getComputedStyle(host);
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

/** The toolbar's label of the visible window. */
export class WindowLabel {
  /** True when the label lags the view (written at most every 100 ms while it moves). */
  stale = false;
  private at = -Infinity;
  private key = '';

  /**
   * The "27 Apr 2002 – 5 Sept 2020" label: written at most every 100 ms while the view moves
   * (formatting a range costs as much as drawing the marks) and always once it rests (`force`).
   */
  write(
    label: HTMLElement | null,
    frame: { data: TimelineData; view: TimeWindow; locale: string | undefined },
    force: boolean,
  ): void {
    if (!label) return;
    const now = performance.now();
    if (!force && now - this.at < 100) {
      this.stale = true;
      return;
    }
    this.at = now;
    this.stale = false;
    const view = frame.data.events.length ? frame.view : undefined;
    const key = view ? `${frame.locale}|${Math.floor(view.start / DAY)}|${Math.floor(view.end / DAY)}` : '';
    if (key === this.key) return;
    this.key = key;
    label.textContent = view
      ? dateFormatter(frame.locale, { dateStyle: 'medium' }).formatRange(
          new Date(view.start),
          new Date(view.end),
        )
      : '';
  }
}
