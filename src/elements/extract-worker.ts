/**
 * Module Web Worker that runs text mode's extraction off the page's main thread: a 1 MB article
 * takes from half a second to several seconds to read, which would freeze the page.
 * Started by {@link ExtractionRunner}; one request at a time, answered with the same `id`.
 */
import { extractEvents, toTimelineEvents } from '../extract/index.js';
import type { ExtractReply, ExtractRequest } from './extraction-runner.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const result = extractEvents(data.text, {
      referenceDate: new Date(data.referenceDate),
      ...(data.prefer ? { prefer: data.prefer } : {}),
    });
    scope.postMessage({ id: data.id, result, inputs: toTimelineEvents(result.events) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
