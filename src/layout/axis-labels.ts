/**
 * Where the axis labels go: centred under their tick, except near the ends of the plot, where a
 * centred label would be cut and is aligned inwards instead. Pure, so the axis can check before
 * drawing that no two labels touch (long month names, Arabic-Indic digits) and use fewer ticks.
 */

/** A label's extent (px from the plot's left edge) and how it hangs from its tick. */
export interface TickBox {
  left: number;
  right: number;
  /** `center` under the tick, `left`: starts at the tick, `right`: ends at it. */
  align: 'center' | 'left' | 'right';
}

/** The boxes of labels `widths` (px) under ticks at `xs` in a plot `width` px wide. */
export function tickBoxes(xs: readonly number[], widths: readonly number[], width: number): TickBox[] {
  return xs.map((x, i) => {
    const half = widths[i]! / 2;
    if (x - half < 0) return { left: x, right: x + 2 * half, align: 'left' };
    if (x + half > width) return { left: x - 2 * half, right: x, align: 'right' };
    return { left: x - half, right: x + half, align: 'center' };
  });
}

/** True when two of `boxes` come closer than `gap` px (in any order along the axis). */
export function boxesCollide(boxes: readonly TickBox[], gap: number): boolean {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.left - sorted[i - 1]!.right < gap) return true;
  return false;
}
