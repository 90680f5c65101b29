import type { ExtractionResult } from '../../extract/index.js';

/** One article's extraction, under the name it is reported by. */
export interface ArticleResult {
  file: string;
  result: ExtractionResult;
}

/** Several articles on one timeline: every item says which file it comes from. */
export interface MergedResult {
  events: (ExtractionResult['events'][number] & { file: string })[];
  undated: (ExtractionResult['undated'][number] & { file: string })[];
  expressions: (ExtractionResult['expressions'][number] & { file: string })[];
}

/**
 * Puts the events of several articles on one timeline. Event ids (`e1`, `e2`… in each article)
 * become `a1-e1`, `a2-e1`… (article number, then the article's own id), and the references to
 * them in `undated` and `expressions` follow; source offsets stay offsets into the item's `file`.
 */
export function mergeResults(articles: readonly ArticleResult[]): MergedResult {
  const merged: MergedResult = { events: [], undated: [], expressions: [] };
  articles.forEach(({ file, result }, index) => {
    const id = (own: string): string => `a${index + 1}-${own}`;
    const ref = <T extends { eventId?: string }>(item: T): T =>
      item.eventId === undefined ? item : { ...item, eventId: id(item.eventId) };
    for (const event of result.events) merged.events.push({ ...event, id: id(event.id), file });
    for (const u of result.undated) merged.undated.push({ ...ref(u), file });
    for (const x of result.expressions) merged.expressions.push({ ...ref(x), file });
  });
  return merged;
}
