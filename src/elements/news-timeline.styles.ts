import { css } from 'lit';
import { panelStyles } from './news-timeline-panels.styles.js';

/** Styles of `<news-timeline>`; every colour and size is a `--news-timeline-*` custom property. */
export const newsTimelineStyles = [
  css`
    :host {
      --_bg: var(--news-timeline-background, #ffffff);
      --_fg: var(--news-timeline-text, #1d2330);
      --_muted: var(--news-timeline-muted, #5b6474);
      --_accent: var(--news-timeline-accent, #1f5fbf);
      --_band: var(--news-timeline-band, rgba(31, 95, 191, 0.18));
      --_grid: var(--news-timeline-grid, #e3e7ee);
      --_cluster-bg: var(--news-timeline-cluster-background, #eef1f6);
      --_cluster-fg: var(--news-timeline-cluster-text, #2c3440);
      --_selected: var(--news-timeline-selected, #c2410c);
      --_focus: var(--news-timeline-focus, #1f5fbf);
      --_error: var(--news-timeline-error, #a4161a);
      --_error-bg: var(--news-timeline-error-background, #fdecec);
      --_panel: var(--news-timeline-panel, #f6f8fb);
      --_border: var(--news-timeline-border, #cfd6e1);
      --_font: var(--news-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_font-size: var(--news-timeline-font-size, 13px);
      --_lane: var(--news-timeline-lane-height, 26px);
      --_highlight: var(--news-timeline-highlight, #fff1a8);
      display: block;
      container-type: inline-size;
      box-sizing: border-box;
      color: var(--_fg);
      background: var(--_bg);
      font-family: var(--_font);
      font-size: var(--_font-size);
      border: 1px solid var(--_border);
      border-radius: var(--news-timeline-radius, 8px);
      overflow: hidden;
      contain: content;
    }
    :host([theme='dark']) {
      --_bg: var(--news-timeline-background, #141821);
      --_fg: var(--news-timeline-text, #e6e9ef);
      --_muted: var(--news-timeline-muted, #9aa3b2);
      --_accent: var(--news-timeline-accent, #79a8ff);
      --_band: var(--news-timeline-band, rgba(121, 168, 255, 0.22));
      --_grid: var(--news-timeline-grid, #262c38);
      --_cluster-bg: var(--news-timeline-cluster-background, #2a3140);
      --_cluster-fg: var(--news-timeline-cluster-text, #e6e9ef);
      --_selected: var(--news-timeline-selected, #ffb86b);
      --_focus: var(--news-timeline-focus, #ffd166);
      --_error: var(--news-timeline-error, #ffb4b4);
      --_error-bg: var(--news-timeline-error-background, #3a1d21);
      --_panel: var(--news-timeline-panel, #1b202b);
      --_border: var(--news-timeline-border, #333b4a);
      --_highlight: var(--news-timeline-highlight, #5c4a12);
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        --_bg: var(--news-timeline-background, #141821);
        --_fg: var(--news-timeline-text, #e6e9ef);
        --_muted: var(--news-timeline-muted, #9aa3b2);
        --_accent: var(--news-timeline-accent, #79a8ff);
        --_band: var(--news-timeline-band, rgba(121, 168, 255, 0.22));
        --_grid: var(--news-timeline-grid, #262c38);
        --_cluster-bg: var(--news-timeline-cluster-background, #2a3140);
        --_cluster-fg: var(--news-timeline-cluster-text, #e6e9ef);
        --_selected: var(--news-timeline-selected, #ffb86b);
        --_focus: var(--news-timeline-focus, #ffd166);
        --_error: var(--news-timeline-error, #ffb4b4);
        --_error-bg: var(--news-timeline-error-background, #3a1d21);
        --_panel: var(--news-timeline-panel, #1b202b);
        --_border: var(--news-timeline-border, #333b4a);
        --_highlight: var(--news-timeline-highlight, #5c4a12);
      }
    }
    [hidden] {
      display: none !important;
    }
    button {
      font: inherit;
      color: inherit;
    }
    .toolbar {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 6px 8px;
      border-bottom: 1px solid var(--_grid);
    }
    .toolbar button {
      min-width: 32px;
      height: 30px;
      padding: 0 10px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_panel);
      cursor: pointer;
    }
    .toolbar button:hover {
      border-color: var(--_accent);
    }
    .window-label {
      margin-inline-start: auto;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .frame,
    .main {
      height: 100%;
    }
    .main {
      display: flex;
      flex-direction: column;
    }
    .toolbar,
    .list,
    .status {
      flex: none;
    }
    .stage {
      /* Grows into an explicit element height, else as tall as the lanes need. */
      flex: 1 1 auto;
      min-height: 80px;
      height: var(--news-timeline-height, 300px);
      display: grid;
      grid-template-rows: minmax(0, 1fr);
    }
    .plot {
      position: relative;
      contain: strict;
      min-height: 0;
      overflow: hidden;
      cursor: grab;
      touch-action: none;
      outline: none;
    }
    .plot:focus-visible {
      box-shadow: inset 0 0 0 2px var(--_focus);
    }
    canvas {
      will-change: transform;
    }
    canvas,
    svg.axis {
      position: absolute;
      left: 0;
      top: 0;
      pointer-events: none;
    }
    svg.axis {
      width: 100%;
      height: 100%;
      overflow: visible;
      color: var(--_muted);
      font-family: var(--_font);
    }
    svg.axis text {
      /* Over d3-axis's font attributes; the element measures labels in this font (AXIS_FONT_SIZE). */
      font-family: var(--_font);
      font-size: 11px;
      fill: currentColor;
    }
    .hits {
      position: absolute;
      inset: 0;
      /* Hundreds of buttons: keep the axis and canvas updates of a zoom frame from repainting them. */
      contain: strict;
    }
    .hit {
      position: absolute;
      box-sizing: border-box;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 4px;
      background: transparent;
      cursor: pointer;
      color: transparent;
      overflow: hidden;
      white-space: nowrap;
    }
    .hit:hover {
      background: color-mix(in srgb, var(--_accent) 10%, transparent);
    }
    .hit:focus-visible,
    .hit:focus {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }
    .main {
      min-width: 0;
    }
    .status {
      margin: 8px;
      color: var(--_muted);
    }
    .card .source {
      margin: 8px 0 4px;
    }
    .card blockquote {
      margin: 0;
      padding-inline-start: 10px;
      border-inline-start: 3px solid var(--_border);
      line-height: 1.45;
    }
    .card figcaption {
      margin-top: 4px;
      color: var(--_muted);
      font-size: 0.92em;
    }
    .message {
      /* Readable at any element height: it scrolls rather than being squeezed. */
      flex: 0 1 auto;
      min-height: 2.8em;
      overflow: auto;
      margin: 8px;
      padding: 8px 10px;
      border-radius: 6px;
      color: var(--_error);
      background: var(--_error-bg);
    }
    .message ul {
      margin: 4px 0 0;
      padding-inline-start: 20px;
    }
    .fallback {
      display: none;
    }
    .overview {
      flex: none;
      display: block;
      width: 100%;
      height: 34px;
      box-shadow: inset 0 1px 0 var(--_grid);
      background: color-mix(in srgb, var(--_grid) 35%, transparent);
    }
    .overview .density {
      fill: var(--_muted);
      opacity: 0.55;
    }
    .overview .selection {
      fill: var(--_accent);
      fill-opacity: 0.16;
      stroke: var(--_accent);
      stroke-width: 1.5;
    }
    .overview .handle {
      fill: var(--_accent);
      fill-opacity: 0.35;
    }
    .groups {
      position: absolute;
      inset: 0;
      pointer-events: none;
    }
    .group-label {
      position: absolute;
      left: 0;
      right: 0;
      height: 17px;
      padding: 1px 8px 0;
      box-sizing: border-box;
      border-top: 1px solid var(--_grid);
      color: var(--_muted);
      font-size: 11px;
      font-weight: 600;
      letter-spacing: 0.02em;
      text-transform: uppercase;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .group-label:first-child {
      border-top: 0;
    }
    @media print {
      .toolbar,
      .stage,
      .overview {
        display: none;
      }
      .fallback {
        display: block;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
      }
    }
  `,
  panelStyles,
];
