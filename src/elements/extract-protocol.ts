import type {
  ExtractedEvent,
  ExtractedExpression,
  ExtractionResult,
  UndatedMention,
} from '../extract/types.js';
import type { InvalidEvent, ParsedEvents, TimelineEvent } from '../model/event.js';
import type { Preference } from '../normalize/types.js';

/** What the page asks the extraction worker. */
export interface ExtractRequest {
  id: number;
  text: string;
  /** Epoch milliseconds. */
  referenceDate: number;
  prefer?: Preference;
  /** BCP 47 language of the article; its language's tables are loaded before reading. */
  locale?: string;
}

/**
 * What the worker answers, in several messages: its progress now and then (the fraction done),
 * then the result in slices (extracted events, the
 * timeline events read from them, expressions, undated mentions), then `done` with the rest of
 * the timeline data; or `error`. The page copies each
 * message in a task of its own, so a result of thousands of events makes no long task there
 * (one message of 4,200 events took 70 ms to copy, plus the garbage collection it caused).
 */
export type ExtractReply =
  | { id: number; part: 'progress'; done: number }
  | { id: number; part: 'events'; events: ExtractedEvent[] }
  | { id: number; part: 'timeline'; events: TimelineEvent[] }
  | { id: number; part: 'expressions'; expressions: ExtractedExpression[] }
  | { id: number; part: 'undated'; undated: UndatedMention[] }
  | { id: number; part: 'done'; invalid: InvalidEvent[]; warnings: string[] }
  | { id: number; part: 'error'; error: string };

/** Events (and undated mentions) per message; expressions are smaller and go four times as many. */
export const REPLY_SLICE = 500;

/** Posts `result` and the timeline's `data` read from it as {@link ExtractReply} messages. */
export function postResult(
  post: (message: ExtractReply) => void,
  id: number,
  result: ExtractionResult,
  data: ParsedEvents,
): void {
  for (let i = 0; i < result.events.length; i += REPLY_SLICE) {
    post({ id, part: 'events', events: result.events.slice(i, i + REPLY_SLICE) });
  }
  for (let i = 0; i < data.events.length; i += REPLY_SLICE) {
    post({ id, part: 'timeline', events: data.events.slice(i, i + REPLY_SLICE) });
  }
  for (let i = 0; i < result.expressions.length; i += REPLY_SLICE * 4) {
    post({ id, part: 'expressions', expressions: result.expressions.slice(i, i + REPLY_SLICE * 4) });
  }
  for (let i = 0; i < result.undated.length; i += REPLY_SLICE) {
    post({ id, part: 'undated', undated: result.undated.slice(i, i + REPLY_SLICE) });
  }
  post({ id, part: 'done', invalid: data.invalid, warnings: data.warnings });
}

/** The timeline events of an article: ids `article-…` unless the extraction gave them. */
export const ARTICLE_ID_PREFIX = 'article';

/**
 * Loads the tables of `locale`'s language into the extraction module (`loadLanguage`) and says
 * which locale to read with. A language the extraction cannot read is read as English, with a
 * warning that says so; any other failure (the language's chunk cannot be fetched) rejects.
 */
export async function loadArticleLanguage(
  module: { loadLanguage(tag: string): Promise<void> },
  locale: string | undefined,
): Promise<{ locale?: string; warning?: string }> {
  if (!locale) return {};
  try {
    await module.loadLanguage(locale);
    return { locale };
  } catch (error) {
    if (error instanceof TypeError && /^Unsupported language/.test(error.message))
      return { warning: `${error.message}: the article was read as English` };
    throw error;
  }
}
