/**
 * Fitting an event's title into the room the lane layout gave it. Pure: the measuring function is
 * passed in (canvas `measureText` in the element, a fixed advance in tests).
 */

/** Shortest prefix worth drawing: an ellipsis after a letter or two says nothing. */
const MIN_CHARS = 3;

/**
 * `title` cut to fit `maxWidth`: whole when it fits, else the longest prefix with "…" that fits,
 * ending at a word boundary when one is within the last third of the room; `''` when not even a
 * few letters fit.
 *
 * @example
 * fitLabel('Parliament votes late', 70, (t) => t.length * 7) // 'Parliament…'
 */
export function fitLabel(title: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(title) <= maxWidth) return title;
  let lo = 0;
  let hi = Math.min(title.length, 120);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${title.slice(0, mid)}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo < MIN_CHARS) return '';
  const space = title.lastIndexOf(' ', lo);
  const cut = space >= Math.max(MIN_CHARS, (lo * 2) / 3) ? space : lo;
  return `${title.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
