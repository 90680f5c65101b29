import type { Steps } from '../normalize/steps.js';
import { extractEventsSteps } from './extract-events.js';
import type { ExtractionResult, ExtractOptions } from './types.js';

/** How {@link extractEventsInSlices} shares the thread. */
export interface SliceOptions {
  /**
   * Gives the thread back and resolves when the work may go on, e.g. `() => scheduler.yield()` or
   * a macrotask; called between slices.
   */
  pause: () => Promise<unknown>;
  /** Longest slice of work before a pause, in milliseconds (default 16: about one frame). */
  sliceMs?: number;
  /** Stops the work at the next pause; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called at each pause with the fraction of the work done (0 to 1), and with 1 at the end. */
  onProgress?: (done: number) => void;
}

/**
 * Runs `steps` a slice of `sliceMs` at a time, pausing in between (see {@link SliceOptions}).
 *
 * @returns what the steps return, exactly as if run at once
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T> {
  const { pause, sliceMs = 16, signal, onProgress } = options;
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      onProgress?.(1);
      return next.value;
    }
    if (performance.now() - sliceStart < sliceMs) continue;
    onProgress?.(next.value);
    await pause();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}

/**
 * `extractEvents` for a thread that must stay responsive (a page's main thread without a worker):
 * the same extraction, run a slice at a time with pauses, that can be cancelled and reports its
 * progress. The result is exactly that of `extractEvents(text, options)`.
 *
 * @param text - the article as plain text
 * @param options - as for `extractEvents`
 * @param slices - how to pause, for how long to work between pauses, a signal to cancel, progress
 * @returns the extraction, or a rejection with `slices.signal`'s reason when cancelled (or with the
 *   `TypeError` of `extractEvents` for bad arguments)
 * @example
 * const controller = new AbortController();
 * const result = await extractEventsInSlices(text, { referenceDate: '2019-12-30' }, {
 *   pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
 *   signal: controller.signal,
 *   onProgress: (done) => console.log(`${Math.round(done * 100)} %`),
 * });
 */
export function extractEventsInSlices(
  text: string,
  options: ExtractOptions,
  slices: SliceOptions,
): Promise<ExtractionResult> {
  return runInSlices(extractEventsSteps(text, options), slices);
}
