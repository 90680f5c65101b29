import type { ParsedColumns } from '../model/parse-events.js';
import { loadOnce } from './load-once.js';

const loadReader = loadOnce(() => import('../model/timelinejs.js'));

/**
 * TimelineJS3 input (`src` or `events`) read as event columns. The reader is loaded on first use,
 * so a page that gives the element its own event format never downloads it; a failed load is
 * retried next time.
 */
export function readTimelineJS(data: unknown, idPrefix?: string): Promise<ParsedColumns> {
  return loadReader().then((module) => module.parseTimelineJSColumns(data, idPrefix ? { idPrefix } : {}));
}
