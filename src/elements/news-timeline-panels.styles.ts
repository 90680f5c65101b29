import { css } from 'lit';

/** Styles of the story card and the list of `<news-timeline>`. */
export const panelStyles = css`
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
    .stage.with-card .plot {
      height: 100%;
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
`;
