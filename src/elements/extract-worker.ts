/**
 * Module Web Worker that runs text mode's extraction off the page's main thread: a 1 MB article
 * takes from half a second to several seconds to read, which would freeze the page.
 * Started by `ExtractionRunner`; one request at a time, answered with the same `id`.
 */
import * as extract from '../extract/index.js';
import { parseEvents } from '../model/parse-events.js';
import {
  ARTICLE_ID_PREFIX,
  loadArticleLanguage,
  postResult,
  type ExtractReply,
  type ExtractRequest,
} from './extract-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => void read(data);

async function read(data: ExtractRequest): Promise<void> {
  try {
    const { locale, warning } = await loadArticleLanguage(extract, data.locale);
    const result = extract.extractEvents(data.text, {
      referenceDate: new Date(data.referenceDate),
      ...(data.prefer ? { prefer: data.prefer } : {}),
      ...(locale ? { locale } : {}),
    });
    // The timeline's validation of the events runs here too: it costs the page as much as copying.
    const parsed = parseEvents(extract.toTimelineEvents(result.events), { idPrefix: ARTICLE_ID_PREFIX });
    if (warning) parsed.warnings.push(warning);
    postResult((message) => scope.postMessage(message), data.id, result, parsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: data.id, part: 'error', error: message });
  }
}
