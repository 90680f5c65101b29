import { css } from 'lit';

/** Styles of `<news-timeline>`; every colour and size is a `--news-timeline-*` custom property. */
export const newsTimelineStyles = css`
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
  .plot {
    position: relative;
    contain: strict;
    height: var(--news-timeline-height, 300px);
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
  .frame.with-article {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--news-timeline-article-width, 38%);
  }
  .main {
    min-width: 0;
  }
  .article-pane {
    position: relative;
    border-inline-start: 1px solid var(--_grid);
    min-height: 200px;
  }
  .article {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 10px 14px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.5;
    outline: none;
  }
  .article:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  @container (max-width: 640px) {
    .frame.with-article {
      display: block;
    }
    .article-pane {
      border-inline-start: 0;
      border-top: 1px solid var(--_grid);
      min-height: 0;
    }
    .article {
      /* Still the offset parent of its sentences, which selection scrolls to. */
      position: relative;
      inset: auto;
      max-height: 320px;
    }
  }
  mark {
    color: inherit;
    background: var(--_highlight);
    border-radius: 3px;
    padding: 0 1px;
  }
  .article mark.date:not(.anchor, .refinement) {
    background: transparent;
    text-decoration: underline dotted var(--_muted);
    text-underline-offset: 3px;
  }
  .article .date-link {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-underline-offset: 3px;
  }
  .article .date-link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .article .sentence.selected {
    background: color-mix(in srgb, var(--_selected) 16%, transparent);
    box-shadow: 0 2px 0 var(--_selected);
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
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
  .stage.with-card {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(240px, var(--news-timeline-card-width, 36%));
  }
  .card {
    position: relative;
    box-sizing: border-box;
    margin: 0;
    padding: 8px 12px 12px;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_panel);
    color: var(--_fg);
    overflow: auto;
    /* As tall as the plot beside it, never taller: a long sentence scrolls inside the card. */
    contain: size;
  }
  @container (max-width: 480px) {
    .stage.with-card {
      display: block;
    }
  }
  .card.sheet {
    position: fixed;
    inset: auto 0 0 0;
    width: 100%;
    max-width: none;
    max-height: min(60vh, 520px);
    height: auto;
    contain: none;
    border: 0;
    border-top: 1px solid var(--_border);
    border-radius: 12px 12px 0 0;
    box-shadow: 0 -6px 24px rgb(0 0 0 / 0.18);
    padding-bottom: max(12px, env(safe-area-inset-bottom));
  }
  .steps {
    display: flex;
    align-items: center;
    gap: 6px;
    margin-bottom: 4px;
  }
  .steps button {
    min-width: 32px;
    height: 30px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    cursor: pointer;
  }
  .steps button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .steps .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .card .close {
    margin-inline-start: auto;
  }
  .card .written code {
    font-size: 0.9em;
  }
  .card .media {
    margin: 8px 0;
  }
  .card .media img {
    display: block;
    max-width: 100%;
    max-height: 180px;
    border-radius: 4px;
  }
  .card h2 {
    margin: 2px 0 6px;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .card p {
    margin: 4px 0;
  }
  .card .date,
  .card .written,
  .card .meta {
    color: var(--_muted);
  }
  .card a {
    color: var(--_accent);
  }
  .list {
    margin: 0 8px 8px;
  }
  .list summary {
    cursor: pointer;
    padding: 6px 0;
    color: var(--_muted);
  }
  .list ol,
  .list ul {
    margin: 0;
    padding-inline-start: 22px;
  }
  .list ol {
    max-height: 320px;
    overflow: auto;
  }
  .list .more,
  .list li button {
    color: inherit;
  }
  .list .more {
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_panel);
    padding: 4px 10px;
    cursor: pointer;
  }
  .list li button {
    border: 0;
    background: none;
    padding: 2px 0;
    text-align: start;
    cursor: pointer;
  }
  .list .when {
    color: var(--_muted);
    margin-inline-end: 6px;
  }
  .list .more {
    margin: 6px 0;
  }
  .list h3 {
    margin: 10px 0 4px;
    font-size: 1em;
  }
  .fallback {
    display: none;
  }
  @media print {
    .toolbar,
    .plot {
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
`;
