import { html, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';

/** The toolbar: zoom in/out, Fit and the label of the visible window (written by the painter). */
export function renderToolbar(
  label: string,
  s: TimelineStrings,
  zoomBy: (factor: number) => void,
  fit: () => void,
): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${s.toolbar(label)}>
    <button part="zoom-in" aria-label=${s.zoomIn} @click=${() => zoomBy(2)}>+</button>
    <button part="zoom-out" aria-label=${s.zoomOut} @click=${() => zoomBy(0.5)}>−</button>
    <button part="fit" @click=${fit}>${s.fit}</button>
    <span class="window-label" part="window-label"></span>
  </div>`;
}

/**
 * The plot: canvas marks, the d3 axis, and the layer of event buttons the hit-layer controller
 * fills. One Tab stop: the plot itself while no event button holds it.
 */
export function renderPlot(
  label: string,
  count: number,
  s: TimelineStrings,
  onClick: (event: MouseEvent) => void,
  onFocusIn: (event: FocusEvent) => void,
): TemplateResult {
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- delegated from the event buttons of the hit layer; the keyboard controller handles keys
  return html`<div
    class="plot"
    part="plot"
    role="group"
    aria-label=${s.plot(label, count)}
    @click=${onClick}
    @focusin=${onFocusIn}
  >
    <canvas aria-hidden="true"></canvas>
    <svg class="axis" part="axis" aria-hidden="true"><g></g></svg>
    <div class="groups" aria-hidden="true"></div>
    <div class="hits"></div>
  </div>`;
}

/** The overview strip: density of all events and the brush of the visible window. */
export function renderOverview(): TemplateResult {
  // Hidden from assistive technology: the window label, the zoom buttons and the list say the same.
  return html`<svg class="overview" part="overview" aria-hidden="true">
    <path class="density"></path>
    <g class="brush"></g>
  </svg>`;
}
