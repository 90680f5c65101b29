/**
 * Widths of label texts for the lane layout. Measuring every label with `measureText` costs more
 * than laying it out; for text in Latin, Greek and Cyrillic letters (no ligatures or combining
 * marks in practice) the sum of cached per-character advances is within a pixel or two (kerning
 * only narrows), so each character of a font is measured once. Other text is measured whole.
 */
export class TextMeasure {
  private ctx: CanvasRenderingContext2D | null;
  private font = '';
  private advances = new Map<number, number>();

  constructor() {
    this.ctx = document.createElement('canvas').getContext('2d');
  }

  /** Width of `text` in CSS pixels when drawn in `font` (a CSS font shorthand). */
  width(text: string, font: string): number {
    const ctx = this.ctx;
    if (!ctx) return text.length * 7;
    if (font !== this.font) {
      ctx.font = font;
      this.font = font;
      this.advances.clear();
    }
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Combining marks, scripts with contextual shaping, surrogates: measure the whole text.
      if (code >= 0x0300 && (code < 0x0370 || code >= 0x0530)) return ctx.measureText(text).width;
      let advance = this.advances.get(code);
      if (advance === undefined) {
        advance = ctx.measureText(text[i]!).width;
        this.advances.set(code, advance);
      }
      sum += advance;
    }
    return sum;
  }

  /** Exact width (kerning included), for fitting a truncated label into a given width. */
  exactWidth(text: string, font: string): number {
    const ctx = this.ctx;
    if (!ctx) return text.length * 7;
    if (font !== this.font) {
      ctx.font = font;
      this.font = font;
      this.advances.clear();
    }
    return ctx.measureText(text).width;
  }
}
