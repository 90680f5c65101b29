import type { ParsedColumns } from '../model/parse-events.js';

type Reader = typeof import('../model/timelinejs.js');

let reader: Promise<Reader> | undefined;

/**
 * TimelineJS3 input (`src` or `events`) read as event columns. The reader is loaded on first use,
 * so a page that gives the element its own event format never downloads it; a failed load is
 * retried next time.
 */
export function readTimelineJS(data: unknown, idPrefix?: string): Promise<ParsedColumns> {
  reader ??= import('../model/timelinejs.js').catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader.then((module) => module.parseTimelineJSColumns(data, idPrefix ? { idPrefix } : {}));
}
