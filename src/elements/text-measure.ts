/**
 * Widths of label texts for the lane layout. Measuring every label with `measureText` costs more
 * than laying it out; for text in Latin, Greek and Cyrillic letters (no ligatures or combining
 * marks in practice) the sum of cached per-character advances is within a pixel or two (kerning
 * only narrows), so each character of a font is measured once. Other text is measured whole.
 */
export class TextMeasure {
  private ctx: CanvasRenderingContext2D | null;
  /** The font set on `ctx` (reading `ctx.font` back is slow). */
  private font = '';
  private advances = new Map<string, Map<number, number>>();

  constructor() {
    this.ctx = document.createElement('canvas').getContext('2d');
  }

  private use(ctx: CanvasRenderingContext2D, font: string): void {
    if (font !== this.font) {
      ctx.font = font;
      this.font = font;
    }
  }

  /** Width of `text` in CSS pixels when drawn in `font` (a CSS font shorthand); never below the real width. */
  width(text: string, font: string): number {
    const ctx = this.ctx;
    if (!ctx) return text.length * 7;
    let advances = this.advances.get(font);
    if (!advances) {
      if (this.advances.size > 8) this.advances.clear();
      advances = new Map();
      this.advances.set(font, advances);
    }
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Combining marks, scripts with contextual shaping, surrogates: measure the whole text.
      if (code >= 0x0300 && (code < 0x0370 || code >= 0x0530)) return this.exactWidth(text, font);
      let advance = advances.get(code);
      if (advance === undefined) {
        this.use(ctx, font);
        advance = ctx.measureText(text[i]!).width;
        advances.set(code, advance);
      }
      sum += advance;
    }
    return sum;
  }

  /** Exact width (kerning included), for fitting a truncated label into a given width. */
  exactWidth(text: string, font: string): number {
    const ctx = this.ctx;
    if (!ctx) return text.length * 7;
    this.use(ctx, font);
    return ctx.measureText(text).width;
  }
}
