import type { ExtractionResult } from '../extract/types.js';
import type { ParsedEvents } from '../model/event.js';
import { parseEvents } from '../model/parse-events.js';
import type { Preference } from '../normalize/types.js';
import { yieldToPage } from './yield-to-page.js';
import {
  ARTICLE_ID_PREFIX,
  loadArticleLanguage,
  type ExtractReply,
  type ExtractRequest,
} from './extract-protocol.js';
import { loadOnce } from './load-once.js';

type ExtractModule = typeof import('../extract/index.js');

/** An extraction that finished. */
export interface Extracted {
  result: ExtractionResult;
  /**
   * The timeline events read from `result.events` (`parseEvents` of `toTimelineEvents`); each
   * event's `index` is the position of its extracted event in `result.events`.
   */
  data: ParsedEvents;
  /** Where it ran: `worker`, or `main` when no worker could be started. */
  thread: 'worker' | 'main';
}

/**
 * The extraction code (normalizer and chrono-node, about as large as the element itself) is
 * loaded on first use, so pages that only show JSON or child events never download it.
 */
export const loadExtract: () => Promise<ExtractModule> = loadOnce(() => import('../extract/index.js'));

/**
 * Starts the extraction worker, or returns `undefined` where workers are unavailable. The call is
 * written out literally (`new Worker(new URL('./x.js', import.meta.url), { type: 'module' })`) so
 * that bundlers (Vite, webpack, rollup's builds here) recognise and emit the worker.
 */
function startWorker(): Worker | undefined {
  if (typeof Worker !== 'function') return undefined;
  try {
    return new Worker(new URL('./extract-worker.js', import.meta.url), { type: 'module' });
  } catch {
    // A content security policy without worker-src, or a URL the page may not load.
    return undefined;
  }
}

/** Thrown (rejected) when a newer request or a cancel replaced this one. */
export class ExtractionCancelled extends Error {
  override name = 'ExtractionCancelled';
}

/** Rejected when the extraction module (or its language tables) could not be loaded on the main thread. */
export class ExtractModuleUnavailable extends Error {
  override name = 'ExtractModuleUnavailable';
  /** What the browser said, in its own words. */
  constructor(readonly reason: string) {
    super(`could not load the extraction module: ${reason}`);
  }
}

/** Options of {@link ExtractionRunner.run}. */
export interface RunOptions {
  referenceDate: Date;
  prefer?: Preference;
  /** BCP 47 language of the text (the element's `lang`). */
  locale?: string;
  /** Called now and then while the text is read, with the fraction done (0 to 1). */
  onProgress?: (done: number) => void;
}

/** Longest slice of main-thread work between two yields, in milliseconds. */
const MAIN_THREAD_SLICE_MS = 30;
/**
 * A frame not painted for this long is overdue: the next yield goes behind the page's tasks, as
 * `scheduler.yield()` lets the work resume ahead of painting for up to about 100 ms.
 */
const FRAME_DUE_MS = 50;

/**
 * A pause for sliced work on the main thread: {@link yieldToPage}, behind the page's tasks once
 * a frame is overdue. `stop()` ends its frame watch.
 */
function pacedPause(): { pause: () => Promise<void>; stop: () => void } {
  if (typeof requestAnimationFrame !== 'function') return { pause: () => yieldToPage(), stop: () => {} };
  let lastFrame = performance.now();
  let watching = true;
  const onFrame = (): void => {
    lastFrame = performance.now();
    if (watching) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  return {
    pause: () => yieldToPage(performance.now() - lastFrame > FRAME_DUE_MS),
    stop: () => (watching = false),
  };
}

interface Pending {
  id: number;
  request: ExtractRequest;
  onProgress: ((done: number) => void) | undefined;
  /** Stops the main-thread extraction at its next yield. */
  abort: AbortController;
  resolve: (value: Extracted) => void;
  reject: (error: Error) => void;
  /** The worker answered nothing yet: if it fails to start, the request runs on the main thread. */
  answered: boolean;
  /** The slices received so far. */
  received: { result: ExtractionResult; data: ParsedEvents };
}

/**
 * Runs text mode's extraction off the main thread, one article at a time.
 *
 * A module Web Worker does the work; a newer request or {@link cancel} terminates it (the
 * extraction is one synchronous pass, so only terminating stops it) and a stale answer is never
 * delivered. Where no worker can be started or loaded (no `Worker`, a CSP without `worker-src`,
 * the all-in-one build, which ships no worker file) the extraction runs on the main thread in
 * slices of about 30 ms with a yield between them (`extractEventsInSlices`: exactly the same
 * result), so the page keeps painting and answering; a newer request stops it at the next yield.
 *
 * @example
 * const runner = new ExtractionRunner();
 * const { result, data } = await runner.run(text, { referenceDate: new Date('2019-12-30') });
 */
export class ExtractionRunner {
  private worker: Worker | undefined;
  /** Set once a worker failed to start or load: later requests go straight to the main thread. */
  private workerBroken = false;
  private pending: Pending | undefined;
  private nextId = 1;

  /** @param allowWorker - false runs every request on the main thread (tests compare both). */
  constructor(private readonly allowWorker = true) {}

  /** Extracts the events of `text`; rejects with {@link ExtractionCancelled} when superseded. */
  run(text: string, options: RunOptions): Promise<Extracted> {
    this.cancel();
    const id = this.nextId++;
    const request: ExtractRequest = {
      id,
      text,
      referenceDate: options.referenceDate.getTime(),
      ...(options.prefer ? { prefer: options.prefer } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    };
    return new Promise<Extracted>((resolve, reject) => {
      const pending: Pending = {
        id,
        request,
        onProgress: options.onProgress,
        abort: new AbortController(),
        resolve,
        reject,
        answered: false,
        received: {
          result: { events: [], undated: [], expressions: [] },
          data: { events: [], invalid: [], warnings: [] },
        },
      };
      this.pending = pending;
      const worker = this.allowWorker && !this.workerBroken ? this.ensureWorker() : undefined;
      if (worker) worker.postMessage(request);
      else void this.runOnMainThread(pending);
    });
  }

  /** Stops the request in flight, if any; its promise rejects with {@link ExtractionCancelled}. */
  cancel(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (this.worker) {
      this.worker.terminate();
      this.worker = undefined;
    }
    const cancelled = new ExtractionCancelled('the article changed before it was read');
    pending.abort.abort(cancelled);
    pending.reject(cancelled);
  }

  /** Ends the worker; the runner starts a new one on the next request. */
  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    const worker = startWorker();
    if (!worker) {
      this.workerBroken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<ExtractReply>) => this.onReply(worker, event.data);
    // A worker script that cannot be fetched or parsed (served without a JavaScript type, bare
    // imports no bundler resolved) fails here before answering anything.
    worker.onerror = (event) => {
      event.preventDefault();
      this.onWorkerFailure(worker);
    };
    worker.onmessageerror = () => this.onWorkerFailure(worker);
    this.worker = worker;
    return worker;
  }

  private onReply(worker: Worker, reply: ExtractReply): void {
    const pending = this.pending;
    if (worker !== this.worker || !pending || reply.id !== pending.id) return;
    pending.answered = true;
    const { result, data } = pending.received;
    switch (reply.part) {
      case 'progress':
        pending.onProgress?.(reply.done);
        return;
      case 'events':
        for (const event of reply.events) result.events.push(event);
        return;
      case 'timeline':
        for (const event of reply.events) data.events.push(event);
        return;
      case 'expressions':
        for (const expression of reply.expressions) result.expressions.push(expression);
        return;
      case 'undated':
        for (const mention of reply.undated) result.undated.push(mention);
        return;
      case 'error':
        this.pending = undefined;
        pending.reject(new Error(reply.error));
        return;
      case 'done':
        this.pending = undefined;
        data.invalid = reply.invalid;
        data.warnings = reply.warnings;
        pending.resolve({ result, data, thread: 'worker' });
    }
  }

  private onWorkerFailure(worker: Worker): void {
    if (worker !== this.worker) return;
    worker.terminate();
    this.worker = undefined;
    this.workerBroken = true;
    const pending = this.pending;
    if (pending && !pending.answered) void this.runOnMainThread(pending);
  }

  private async runOnMainThread(pending: Pending): Promise<void> {
    pending.answered = true;
    let module: ExtractModule;
    let language: { locale?: string; warning?: string };
    try {
      module = await loadExtract();
      language = await loadArticleLanguage(module, pending.request.locale);
    } catch (error) {
      if (this.pending === pending) {
        this.pending = undefined;
        pending.reject(new ExtractModuleUnavailable((error as Error).message));
      }
      return;
    }
    // A turn first: the reading state is painted before the work starts.
    await yieldToPage();
    if (this.pending !== pending) return;
    const { text, referenceDate, prefer } = pending.request;
    const paced = pacedPause();
    try {
      const result = await module.extractEventsInSlices(
        text,
        {
          referenceDate: new Date(referenceDate),
          ...(prefer ? { prefer } : {}),
          ...(language.locale ? { locale: language.locale } : {}),
        },
        {
          pause: paced.pause,
          sliceMs: MAIN_THREAD_SLICE_MS,
          signal: pending.abort.signal,
          ...(pending.onProgress ? { onProgress: pending.onProgress } : {}),
        },
      );
      // The timeline's reading of the events in a task of its own.
      await yieldToPage();
      if (this.pending !== pending) return;
      const data = parseEvents(module.toTimelineEvents(result.events), { idPrefix: ARTICLE_ID_PREFIX });
      if (language.warning) data.warnings.push(language.warning);
      this.pending = undefined;
      pending.resolve({ result, data, thread: 'main' });
    } catch (error) {
      // Cancelled: cancel() rejected the promise already.
      if (this.pending !== pending) return;
      this.pending = undefined;
      pending.reject(error as Error);
    } finally {
      paced.stop();
    }
  }
}
