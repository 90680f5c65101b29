import type { ExtractionResult } from '../extract/types.js';
import type { ParsedEvents } from '../model/event.js';
import { parseEvents } from '../model/parse-events.js';
import type { Preference } from '../normalize/types.js';
import {
  ARTICLE_ID_PREFIX,
  loadArticleLanguage,
  type ExtractReply,
  type ExtractRequest,
} from './extract-protocol.js';

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

let extractModule: Promise<ExtractModule> | undefined;

/**
 * The extraction code (normalizer and chrono-node, about as large as the element itself) is
 * loaded on first use, so pages that only show JSON or child events never download it.
 */
export function loadExtract(): Promise<ExtractModule> {
  extractModule ??= import('../extract/index.js').catch((error: unknown) => {
    extractModule = undefined; // a later attempt may succeed (network back)
    throw error;
  });
  return extractModule;
}

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

interface Pending {
  id: number;
  request: ExtractRequest;
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
 * the all-in-one build, which ships no worker file) the extraction runs on the main thread after
 * yielding once, so the element's "Reading the article…" state is painted first.
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
  run(
    text: string,
    options: { referenceDate: Date; prefer?: Preference; locale?: string },
  ): Promise<Extracted> {
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
    pending.reject(new ExtractionCancelled('the article changed before it was read'));
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
        pending.reject(new Error(`could not load the extraction module: ${(error as Error).message}`));
      }
      return;
    }
    // One macrotask later: the reading state is painted before the long synchronous pass.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.pending !== pending) return;
    const { text, referenceDate, prefer } = pending.request;
    this.pending = undefined;
    try {
      const result = module.extractEvents(text, {
        referenceDate: new Date(referenceDate),
        ...(prefer ? { prefer } : {}),
        ...(language.locale ? { locale: language.locale } : {}),
      });
      const data = parseEvents(module.toTimelineEvents(result.events), { idPrefix: ARTICLE_ID_PREFIX });
      if (language.warning) data.warnings.push(language.warning);
      pending.resolve({ result, data, thread: 'main' });
    } catch (error) {
      pending.reject(error as Error);
    }
  }
}
