/**
 * Module Web Worker that runs text mode's extraction off the page's main thread: a 1 MB article
 * takes from half a second to several seconds to read, which would freeze the page.
 * Started by `ExtractionRunner`; one request at a time, answered with the same `id`.
 */
// Only through the package entry: the bundles turn it into an import of the extraction bundle.
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
/** How often the worker reports its progress, in milliseconds. */
const PROGRESS_MS = 100;

scope.onmessage = ({ data }) => void read(data);

async function read(data: ExtractRequest): Promise<void> {
  try {
    const { locale, warning } = await loadArticleLanguage(extract, data.locale);
    const steps = extract.extractEventsSteps(data.text, {
      referenceDate: new Date(data.referenceDate),
      ...(data.prefer ? { prefer: data.prefer } : {}),
      ...(locale ? { locale } : {}),
    });
    // The same extraction as extractEvents, telling the page how far it got every PROGRESS_MS.
    let posted = performance.now();
    let next = steps.next();
    while (!next.done) {
      if (performance.now() - posted >= PROGRESS_MS) {
        scope.postMessage({ id: data.id, part: 'progress', done: next.value });
        posted = performance.now();
      }
      next = steps.next();
    }
    const result = next.value;
    // The timeline's validation of the events runs here too: it costs the page as much as copying.
    const parsed = parseEvents(extract.toTimelineEvents(result.events), { idPrefix: ARTICLE_ID_PREFIX });
    if (warning) parsed.warnings.push(warning);
    postResult((message) => scope.postMessage(message), data.id, result, parsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: data.id, part: 'error', error: message });
  }
}
