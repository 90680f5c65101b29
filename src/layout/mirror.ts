/**
 * Right-to-left timelines: time runs from right to left, so the layout made for left to right is
 * flipped about the middle of the plot. A label that sat right of its dot (after it in reading
 * order, left to right) then sits left of it, which is after it in reading order right to left.
 */
import type { TimelineLayout } from './lanes.js';

/** `x` in a plot `width` px wide, seen from its right edge. */
export function mirrorX(x: number, width: number): number {
  return width - x;
}

/**
 * Flips every mark, label and cluster of `layout` (made for a plot `width` px wide) in place, so
 * that what was `[a, b]` from the left spans `[width - b, width - a]`. Lanes and rows stay.
 *
 * @example
 * const layout = layoutMarks(times, { start, end, width }, options);
 * if (rtl) mirrorLayout(layout, width);
 */
export function mirrorLayout(layout: TimelineLayout, width: number): TimelineLayout {
  for (const m of layout.placed) {
    const x0 = m.x0;
    m.x0 = width - m.x1;
    m.x1 = width - x0;
    m.labelX = width - m.labelX - m.labelWidth;
  }
  for (const c of layout.clusters) {
    const x0 = c.x0;
    c.x0 = width - c.x1;
    c.x1 = width - x0;
  }
  return layout;
}
