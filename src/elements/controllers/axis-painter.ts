import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { boxesCollide, tickBoxes, type TickBox } from '../../layout/axis-labels.js';
import { tickFormatter } from '../../layout/tick-format.js';
import type { TimeScale } from '../../layout/time-scale.js';
import type { TextMeasure } from '../text-measure.js';

/** Least room (px) between two axis labels. */
const TICK_GAP = 10;
/** About one tick per this many px, fewer when the labels are wider. */
const TICK_SPACING = 110;

/**
 * The d3 time axis under the plot. Chooses as many ticks as fit without their labels touching
 * (labels are localized: German month names, Arabic-Indic digits are wider than English ones),
 * aligns the labels at the ends inwards, and keeps the tick texts of the current locale.
 */
export class AxisPainter {
  private texts = new Map<number, string>();
  private locale: string | undefined = '';

  constructor(private readonly measure: () => TextMeasure) {}

  /** Tick times for scale `x` over a plot `width` px wide, none of whose labels collide. */
  ticks(x: TimeScale, width: number, locale: string | undefined, font: string): Date[] {
    let count = Math.max(2, Math.floor(width / TICK_SPACING));
    let ticks = x.ticks(count);
    // d3 picks "nice" intervals near `count`: a few tries step down to the next coarser interval.
    for (let tries = 0; tries < 6 && ticks.length > 2; tries++) {
      if (!boxesCollide(this.boxes(x, ticks, width, locale, font), TICK_GAP)) break;
      count = Math.max(1, Math.floor(count * 0.7));
      const fewer = x.ticks(count);
      if (fewer.length >= ticks.length) break;
      ticks = fewer;
    }
    return ticks;
  }

  /** Draws the axis of `x` with `ticks` at the bottom of a plot `plotHeight` px high. */
  draw(
    g: SVGGElement,
    x: TimeScale,
    ticks: Date[],
    frame: { plotHeight: number; width: number; locale: string | undefined; font: string; rtl: boolean },
  ): void {
    const { width, locale, font, rtl } = frame;
    const axis = axisBottom<Date | number>(x)
      .tickValues(ticks)
      .tickFormat((d) => this.text(d as Date, locale))
      .tickSizeOuter(0);
    const group = select(g).attr('transform', `translate(0,${frame.plotHeight})`).call(axis);
    const aligns = new Map<number, TickBox['align']>();
    this.boxes(x, ticks, width, locale, font).forEach((box, i) => aligns.set(ticks[i]!.getTime(), box.align));
    // `start` is the left edge of a left-to-right label and the right edge of a right-to-left one.
    const anchors = rtl ? { left: 'end', right: 'start' } : { left: 'start', right: 'end' };
    group.selectAll<SVGTextElement, Date>('.tick text').attr('text-anchor', (d) => {
      const align = aligns.get(d.getTime());
      return align === 'left' || align === 'right' ? anchors[align] : null;
    });
  }

  private boxes(
    x: TimeScale,
    ticks: Date[],
    width: number,
    locale: string | undefined,
    font: string,
  ): TickBox[] {
    return tickBoxes(
      ticks.map((t) => x(t)),
      // Never below the real width (see TextMeasure): labels that pass do not touch.
      ticks.map((t) => this.measure().width(this.text(t, locale), font)),
      width,
    );
  }

  /** The label of the tick at `date`. */
  text(date: Date, locale: string | undefined): string {
    if (this.locale !== locale || this.texts.size > 1000) {
      this.texts.clear();
      this.locale = locale;
    }
    const time = date.getTime();
    let text = this.texts.get(time);
    if (text === undefined) {
      text = tickFormatter(locale)(date);
      this.texts.set(time, text);
    }
    return text;
  }
}
