import { css, supportsAdoptingStyleSheets } from 'lit';

/**
 * Styles of the article pane (`show-article`) and of the dates marked in it and in the card's
 * quote. Only text mode shows them, so they come with text mode's code and are added to the
 * element's shadow root when it loads ({@link adoptArticleStyles}).
 */
export const articlePaneStyles = css`
  .frame.with-article {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--news-timeline-article-width, 38%);
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
  .article .chunk {
    /* Long articles: only the chunks near the view are laid out and painted. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--_chunk-lines, 40) * 1.5em);
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
`;

/** Adds {@link articlePaneStyles} to `root` (a shadow root Lit renders into), after the element's own. */
export function adoptArticleStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot)) return;
  if (supportsAdoptingStyleSheets && articlePaneStyles.styleSheet) {
    if (!root.adoptedStyleSheets.includes(articlePaneStyles.styleSheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, articlePaneStyles.styleSheet];
    return;
  }
  if (root.querySelector('style[data-article-pane]')) return;
  const style = document.createElement('style');
  style.dataset.articlePane = '';
  style.textContent = articlePaneStyles.cssText;
  root.append(style);
}
