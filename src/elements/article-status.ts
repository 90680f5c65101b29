import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleSource } from './article-source.js';
import type { TimelineStrings } from './i18n/strings.js';

/** From this length on (about 100 kB) reading takes long enough to say how much is being read. */
export const LONG_ARTICLE = 100_000;

/**
 * The status line of text mode while an article is fetched or read: "Reading the article…",
 * and for long articles its size with a progress bar (indeterminate until the extraction reports
 * how far it got).
 */
export function renderArticleStatus(
  article: Pick<ArticleSource, 'busy' | 'progress'>,
  locale: string | undefined,
  s: TimelineStrings,
): TemplateResult | typeof nothing {
  const progress = article.progress;
  if (!article.busy || !progress) return nothing;
  if (progress.phase === 'fetching' || progress.chars < LONG_ARTICLE)
    return html`<p class="status" role="status">${s.reading}</p>`;
  const size = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: progress.chars >= 1_000_000 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(progress.chars >= 1_000_000 ? progress.chars / 1_000_000 : progress.chars / 1000);
  const label = s.readingSize(size);
  const bar =
    progress.done === undefined
      ? html`<progress aria-label=${label}></progress>`
      : html`<progress aria-label=${label} max="1" .value=${progress.done}></progress>`;
  return html`<p class="status" role="status">${label} ${bar}</p>`;
}
