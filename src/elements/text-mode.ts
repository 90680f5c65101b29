/**
 * Text mode's code in the element: reading the article (fetch, extraction runner and worker),
 * the article pane in chunks and the source sentence in the card. Only pages with `text`,
 * `article-src` or a slotted article need it, so `<news-timeline>` imports this module on first
 * use (see `LazyArticle`); in the single-file bundle it is a file of its own beside it.
 */
export { ArticleSource } from './article-source.js';
export { ArticleChunksController } from './controllers/article-chunks.js';
export { dateTitle, renderArticlePane, scrollArticleTo } from './templates/article-pane.js';
export { renderProvenance } from './article-view.js';
