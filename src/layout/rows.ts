/**
 * Vertical layout of the plot: how many rows each swimlane group gets and how tall the plot
 * should be when the page does not set a height. Pure.
 */

/** Plot heights (px) without an explicit height: never smaller or taller than these. */
export const MIN_PLOT_HEIGHT = 120;
export const MAX_PLOT_HEIGHT = 520;

/**
 * Rows of each group (label lanes plus its cluster row, at least 2 each) for `available` rows:
 * each group first gets 2, then the rest go one at a time to the group whose need is least met.
 *
 * @example
 * rowPlan([5, 2], 6) // [4, 2]
 */
export function rowPlan(needs: readonly number[], available: number): number[] {
  const rows = needs.map(() => 2);
  let left = available - rows.length * 2;
  while (left > 0) {
    let best = -1;
    let bestRatio = Infinity;
    needs.forEach((need, g) => {
      if (rows[g]! >= need) return;
      const ratio = rows[g]! / need;
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = g;
      }
    });
    if (best < 0) break;
    rows[best]!++;
    left--;
  }
  // Rows nobody needs go to the last group, so the plot has no dead strip at the bottom.
  if (left > 0 && rows.length) rows[rows.length - 1]! += left;
  return rows;
}

/**
 * Height (px) of a plot whose groups need `needs` rows each: `top` padding, the rows, a header
 * per group when there are several, and the axis; kept within the min and max.
 */
export function autoPlotHeight(
  needs: readonly number[],
  metrics: { top: number; lane: number; header: number; axis: number },
): number {
  const rows = needs.reduce((a, b) => a + b, 0);
  const headers = needs.length > 1 ? needs.length * metrics.header : 0;
  const height = metrics.top + rows * metrics.lane + headers + metrics.axis + 4;
  return Math.min(MAX_PLOT_HEIGHT, Math.max(MIN_PLOT_HEIGHT, Math.round(height)));
}
