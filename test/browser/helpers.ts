import type { NewsTimeline } from '../../src/elements/news-timeline.js';

/** Waits until the element has loaded, rendered, measured its size, painted and placed its event buttons. */
export async function settle(el: NewsTimeline): Promise<void> {
  await el.renderComplete;
}

export function shadow(el: NewsTimeline): ShadowRoot {
  return el.shadowRoot!;
}

export function eventButtons(el: NewsTimeline): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part="event"]')];
}

export function clusterButtons(el: NewsTimeline): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part="cluster"]')];
}

export function tickLabels(el: NewsTimeline): string[] {
  return [...shadow(el).querySelectorAll('svg.axis .tick text')].map((t) => t.textContent);
}

export function plot(el: NewsTimeline): HTMLDivElement {
  return shadow(el).querySelector<HTMLDivElement>('.plot')!;
}

/** Alpha of the canvas pixel at CSS coordinates relative to the plot. */
export function canvasAlpha(el: NewsTimeline, x: number, y: number): number {
  const canvas = shadow(el).querySelector('canvas')!;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const ctx = canvas.getContext('2d')!;
  return ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3]!;
}

export const DAY = 86_400_000;
