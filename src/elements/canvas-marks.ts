import { MARK_KINDS } from '../model/event-columns.js';
import type { PlacedMark, TimelineLayout } from '../layout/lanes.js';

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
  /** Font of the axis labels. */
  axisFont: string;
  laneHeight: number;
  top: number;
  /** Right to left: labels are right-aligned in their box (beside the mark) and read RTL. */
  rtl?: boolean;
}

/** What the painter needs to know about each event, indexed like the layout. */
/** Codes of {@link MarkData.kinds}. */
const POINT = MARK_KINDS.indexOf('point');
const BAND = MARK_KINDS.indexOf('band');
const BAR = MARK_KINDS.indexOf('bar');

export interface MarkData {
  /** Index into `MARK_KINDS` by event (a typed array: no object per event). */
  kinds: Uint8Array;
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
  const rtl = theme.rtl === true;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  // The end of the label box nearest its mark: its left edge, or its right edge right to left.
  const labelAt = (m: PlacedMark) => (rtl ? m.labelX + m.labelWidth : m.labelX);
  const placed = layout.placed;
  const selectedIndex = data.selectedIndex;
  // Marks are drawn in batches of one style (one path, one fill or stroke each): far fewer
  // canvas state changes and draw calls than mark by mark. The selected mark is drawn last.
  const clipX = (x: number) => Math.min(Math.max(x, -2), size.width + 2);
  const bandTop = (m: PlacedMark) => theme.top + m.lane * lane + 3;
  const barTop = (m: PlacedMark) => theme.top + m.lane * lane + lane - 8;
  const centreY = (m: PlacedMark) => theme.top + m.lane * lane + lane / 2;

  // Bands: translucent fill, outline (dashed when fuzzy).
  ctx.fillStyle = theme.band;
  for (const m of placed) {
    if (data.kinds[m.index] !== BAND || m.index === selectedIndex) continue;
    const x0 = clipX(m.x0);
    ctx.fillRect(x0, bandTop(m), clipX(m.x1) - x0, lane - 6);
  }
  for (const fuzzy of [0, 1]) {
    ctx.beginPath();
    for (const m of placed) {
      if (data.kinds[m.index] !== BAND || m.index === selectedIndex || data.fuzzy[m.index] !== fuzzy)
        continue;
      const x0 = clipX(m.x0);
      ctx.rect(x0 + 0.5, bandTop(m) + 0.5, clipX(m.x1) - x0 - 1, lane - 7);
    }
    strokeWith(ctx, theme.accent, 1, fuzzy === 1);
  }

  // Bars: solid, with a dashed outline when fuzzy.
  ctx.fillStyle = theme.accent;
  ctx.beginPath();
  for (const m of placed) {
    if (data.kinds[m.index] !== BAR || m.index === selectedIndex) continue;
    const x0 = clipX(m.x0);
    ctx.rect(x0, barTop(m), clipX(m.x1) - x0, 4);
  }
  ctx.fill();
  ctx.beginPath();
  for (const m of placed) {
    if (data.kinds[m.index] !== BAR || m.index === selectedIndex || !data.fuzzy[m.index]) continue;
    const x0 = clipX(m.x0);
    ctx.rect(x0 + 0.5, barTop(m) - 1.5, clipX(m.x1) - x0 - 1, 7);
  }
  strokeWith(ctx, theme.accent, 1, true);

  // Points: solid dots in one path; fuzzy ones hollow and dashed.
  ctx.beginPath();
  for (const m of placed) {
    if (data.kinds[m.index] !== POINT || m.index === selectedIndex || data.fuzzy[m.index]) continue;
    const r = (m.x1 - m.x0) / 2;
    const y = centreY(m);
    ctx.moveTo(m.x0 + 2 * r, y);
    ctx.arc(m.x0 + r, y, r, 0, Math.PI * 2);
  }
  ctx.fillStyle = theme.accent;
  ctx.fill();
  ctx.beginPath();
  for (const m of placed) {
    if (data.kinds[m.index] !== POINT || m.index === selectedIndex || !data.fuzzy[m.index]) continue;
    const r = (m.x1 - m.x0) / 2;
    const y = centreY(m);
    ctx.moveTo(m.x0 + 2 * r, y);
    ctx.arc(m.x0 + r, y, r, 0, Math.PI * 2);
  }
  ctx.fillStyle = theme.background;
  ctx.fill();
  strokeWith(ctx, theme.accent, 2, true);

  const selected = placed.find((m) => m.index === selectedIndex);
  if (selected) paintSelected(ctx, selected, data, theme, clipX, { bandTop, barTop, centreY }, lane);

  // Labels: one colour for all but the selected one.
  ctx.fillStyle = theme.text;
  for (const m of placed) {
    if (m.labelWidth <= 8 || m.index === selectedIndex) continue;
    const y = data.kinds[m.index] === BAR ? centreY(m) - 3 : centreY(m);
    ctx.fillText(data.label(m.index, m.labelWidth), labelAt(m), y);
  }
  if (selected && selected.labelWidth > 8) {
    ctx.fillStyle = theme.selected;
    const y = data.kinds[selected.index] === BAR ? centreY(selected) - 3 : centreY(selected);
    ctx.fillText(data.label(selected.index, selected.labelWidth), labelAt(selected), y);
  }

  const row = theme.top + layout.clusterRow * lane;
  ctx.fillStyle = theme.clusterBackground;
  ctx.beginPath();
  for (const cluster of layout.clusters) {
    ctx.roundRect(cluster.x0, row + 3, cluster.x1 - cluster.x0, lane - 6, (lane - 6) / 2);
  }
  ctx.fill();
  ctx.fillStyle = theme.clusterText;
  for (const cluster of layout.clusters) {
    ctx.fillText(data.clusterLabel(cluster.count), rtl ? cluster.x1 - 8 : cluster.x0 + 8, row + lane / 2);
  }
}

const DASH = [3, 2];
const SOLID: number[] = [];

/** Strokes the current path (if any) in one go. */
function strokeWith(ctx: CanvasRenderingContext2D, colour: string, width: number, dashed: boolean): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.setLineDash(dashed ? DASH : SOLID);
  ctx.stroke();
  ctx.setLineDash(SOLID);
  ctx.lineWidth = 1;
}

/** The selected mark, in the selected colour, over the others. */
function paintSelected(
  ctx: CanvasRenderingContext2D,
  m: PlacedMark,
  data: MarkData,
  theme: MarkTheme,
  clipX: (x: number) => number,
  at: {
    bandTop: (m: PlacedMark) => number;
    barTop: (m: PlacedMark) => number;
    centreY: (m: PlacedMark) => number;
  },
  lane: number,
): void {
  const kind = data.kinds[m.index];
  const fuzzy = data.fuzzy[m.index] === 1;
  const x0 = clipX(m.x0);
  const x1 = clipX(m.x1);
  ctx.beginPath();
  if (kind === POINT) {
    const r = (m.x1 - m.x0) / 2;
    ctx.arc(m.x0 + r, at.centreY(m), r, 0, Math.PI * 2);
    ctx.fillStyle = fuzzy ? theme.background : theme.selected;
    ctx.fill();
    if (fuzzy) strokeWith(ctx, theme.selected, 2, true);
  } else if (kind === BAND) {
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = theme.selected;
    ctx.fillRect(x0, at.bandTop(m), x1 - x0, lane - 6);
    ctx.globalAlpha = 1;
    ctx.rect(x0 + 0.5, at.bandTop(m) + 0.5, x1 - x0 - 1, lane - 7);
    strokeWith(ctx, theme.selected, 1, fuzzy);
  } else {
    ctx.fillStyle = theme.selected;
    ctx.fillRect(x0, at.barTop(m), x1 - x0, 4);
    if (fuzzy) {
      ctx.rect(x0 + 0.5, at.barTop(m) - 1.5, x1 - x0 - 1, 7);
      strokeWith(ctx, theme.selected, 1, true);
    }
  }
}
