import type { MarkKind } from '../model/event.js';
import type { TimelineLayout } from '../layout/lanes.js';

/** Colours and metrics read from the element's custom properties before each paint. */
export interface MarkTheme {
  background: string;
  text: string;
  muted: string;
  accent: string;
  band: string;
  grid: string;
  clusterBackground: string;
  clusterText: string;
  selected: string;
  font: string;
  laneHeight: number;
  top: number;
}

/** What the painter needs to know about each event, indexed like the layout. */
export interface MarkData {
  kinds: readonly MarkKind[];
  fuzzy: Uint8Array;
  /** Label text already fitted to the layout's label width. */
  label: (index: number, maxWidth: number) => string;
  selectedIndex: number;
  clusterLabel: (count: number) => string;
}

/**
 * Paints grid lines, marks, labels and clusters of one layout onto a 2D canvas (CSS pixels).
 * Points are dots, bands translucent boxes over their interval, bars solid bars; fuzzy values
 * get a dashed outline.
 */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  layout: TimelineLayout,
  data: MarkData,
  theme: MarkTheme,
  gridXs: readonly number[],
  referenceX: number | undefined,
): void {
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.grid;
  ctx.beginPath();
  for (const x of gridXs) {
    const px = Math.round(x) + 0.5;
    ctx.moveTo(px, 0);
    ctx.lineTo(px, size.height);
  }
  ctx.stroke();
  if (referenceX !== undefined) {
    ctx.save();
    ctx.strokeStyle = theme.selected;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(Math.round(referenceX) + 0.5, 0);
    ctx.lineTo(Math.round(referenceX) + 0.5, size.height);
    ctx.stroke();
    ctx.restore();
  }

  const lane = theme.laneHeight;
  ctx.font = theme.font;
  ctx.textBaseline = 'middle';
  for (const mark of layout.placed) {
    const i = mark.index;
    const y = theme.top + mark.lane * lane + lane / 2;
    const kind = data.kinds[i];
    const fuzzy = data.fuzzy[i] === 1;
    const selected = i === data.selectedIndex;
    const color = selected ? theme.selected : theme.accent;
    ctx.setLineDash(fuzzy ? [3, 2] : []);
    if (kind === 'point') {
      const r = (mark.x1 - mark.x0) / 2;
      ctx.beginPath();
      ctx.arc(mark.x0 + r, y, r, 0, Math.PI * 2);
      if (fuzzy) {
        ctx.fillStyle = theme.background;
        ctx.fill();
        ctx.strokeStyle = color;
        ctx.lineWidth = 2;
        ctx.stroke();
        ctx.lineWidth = 1;
      } else {
        ctx.fillStyle = color;
        ctx.fill();
      }
    } else if (kind === 'band') {
      const x0 = Math.max(mark.x0, -2);
      const x1 = Math.min(mark.x1, size.width + 2);
      ctx.fillStyle = selected ? theme.selected : theme.band;
      ctx.globalAlpha = selected ? 0.35 : 1;
      ctx.fillRect(x0, y - lane / 2 + 3, x1 - x0, lane - 6);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = color;
      ctx.strokeRect(x0 + 0.5, y - lane / 2 + 3.5, x1 - x0 - 1, lane - 7);
    } else {
      const x0 = Math.max(mark.x0, -2);
      const x1 = Math.min(mark.x1, size.width + 2);
      ctx.fillStyle = color;
      ctx.fillRect(x0, y + lane / 2 - 8, x1 - x0, 4);
      if (fuzzy) {
        ctx.strokeStyle = color;
        ctx.strokeRect(x0 + 0.5, y + lane / 2 - 9.5, x1 - x0 - 1, 7);
      }
    }
    ctx.setLineDash([]);
    if (mark.labelWidth > 8) {
      ctx.fillStyle = selected ? theme.selected : theme.text;
      ctx.fillText(data.label(i, mark.labelWidth), mark.labelX, kind === 'bar' ? y - 3 : y);
    }
  }

  const row = theme.top + layout.clusterRow * lane;
  for (const cluster of layout.clusters) {
    const w = cluster.x1 - cluster.x0;
    ctx.fillStyle = theme.clusterBackground;
    ctx.beginPath();
    ctx.roundRect(cluster.x0, row + 3, w, lane - 6, (lane - 6) / 2);
    ctx.fill();
    ctx.fillStyle = theme.clusterText;
    ctx.fillText(data.clusterLabel(cluster.count), cluster.x0 + 8, row + lane / 2);
  }
}
