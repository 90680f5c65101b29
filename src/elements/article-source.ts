import type { ExtractedEvent, ExtractionResult } from '../extract/types.js';
import type { ParsedEvents, TimelineEvent } from '../model/event.js';
import { articleInputsChanged, articleSource, type ArticleInputs } from './article-inputs.js';
import {
  ExtractModuleUnavailable,
  ExtractionCancelled,
  ExtractionRunner,
  type Extracted,
} from './extraction-runner.js';
import { formatBytes, MAX_BYTES, readText, TooLarge } from './read-body.js';
import type { Wording } from './i18n/strings.js';

export type { ArticleInputs } from './article-inputs.js';

/** The article currently shown and what was read from it. */
export interface ArticleState {
  /** The text events were extracted from (offsets in `result` point into it). */
  text: string;
  result: ExtractionResult;
  /** The events as the timeline takes them. */
  data: ParsedEvents;
  /** Warnings of the element about this reading ("no reference-date"), worded when shown. */
  notices: Wording[];
}

const EMPTY: ParsedEvents = { events: [], invalid: [], warnings: [] };

/**
 * Text mode of `<news-timeline>`: picks the article (property, URL or child), fetches it,
 * extracts its events off the main thread ({@link ExtractionRunner}: a worker, or the lazily
 * loaded extraction module where there is none), drops a result whose text has changed since,
 * and keeps the link from each timeline event back to its extracted event (sentence and date
 * offsets).
 */
export class ArticleSource {
  /** The latest extraction; `undefined` when there is no article (or it failed). */
  state: ArticleState | undefined;
  /** Why the article could not be loaded or read, shown in the element. */
  error: Wording | undefined;
  /** The `timeline-error` kind of {@link error}: `too-large` past `max-bytes`, else `article`. */
  errorKind: 'article' | 'too-large' = 'article';
  /** True while fetching or extracting. */
  busy = false;
  /**
   * What is being done while {@link busy}: fetching, or reading a text of `chars` characters, of
   * which the fraction `done` (0 to 1) is read once the extraction has said so.
   */
  progress: { phase: 'fetching' } | { phase: 'reading'; chars: number; done?: number } | undefined;
  /** Where the latest extraction ran (`main` where no worker could be started). */
  thread: Extracted['thread'] | undefined;

  private inputs: ArticleInputs = {
    text: undefined,
    src: undefined,
    slotted: undefined,
    referenceDate: undefined,
    prefer: undefined,
  };
  private fetched: { src: string; maxBytes: number | undefined; text: string } | undefined;
  private controller: AbortController | undefined;
  private generation = 0;
  private extracted = new WeakMap<object, ExtractedEvent>();
  private runner = new ExtractionRunner();

  /**
   * @param onChange - called after the state changed (events or error), with the extraction
   *   result when there is a new one.
   * @param onBusy - called when reading starts (`busy` became true).
   */
  constructor(
    private readonly onChange: (result?: ExtractionResult) => void,
    private readonly onBusy: () => void = () => {},
  ) {}

  /** Takes new inputs; re-fetches and re-extracts only what they change. */
  set(inputs: ArticleInputs): void {
    const old = this.inputs;
    this.inputs = inputs;
    const changed = articleInputsChanged(old, inputs);
    if (changed) void this.run();
  }

  /** The extracted event behind a timeline event, if it came from the article. */
  extractedOf(event: TimelineEvent): ExtractedEvent | undefined {
    return typeof event.input === 'object' && event.input !== null
      ? this.extracted.get(event.input)
      : undefined;
  }

  /** Events for the timeline (empty when there is no article). */
  get data(): ParsedEvents {
    return this.state?.data ?? EMPTY;
  }

  /** Cancels a fetch or extraction in flight; the next {@link set} starts it again. */
  disconnect(): void {
    if (!this.busy) {
      this.runner.dispose();
      return;
    }
    this.controller?.abort();
    this.controller = undefined;
    this.runner.dispose();
    this.generation++;
    this.busy = false;
    this.progress = undefined;
    this.inputs = { ...this.inputs, text: undefined, src: undefined, slotted: undefined };
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.errorKind = 'article';
    const source = articleSource(this.inputs);
    if (!source) {
      this.controller?.abort();
      this.runner.cancel();
      const had = this.state !== undefined || this.error !== undefined || this.busy;
      this.state = undefined;
      this.error = undefined;
      this.busy = false;
      this.progress = undefined;
      if (had) this.onChange();
      return;
    }
    this.setProgress(
      source.kind === 'src' ? { phase: 'fetching' } : { phase: 'reading', chars: source.text.length },
    );
    let text: string;
    if (source.kind === 'src') {
      if (this.fetched?.src === source.src && this.fetched.maxBytes === this.inputs.maxBytes)
        text = this.fetched.text;
      else {
        const loaded = await this.fetch(source.src, current);
        if (!current()) return;
        if (loaded === undefined) {
          this.fail(this.error ?? ((s) => s.loadFailed(source.src, 'no text')));
          return;
        }
        text = loaded;
      }
    } else {
      this.controller?.abort();
      text = source.text;
    }
    if (!text.trim()) {
      this.runner.cancel();
      this.state = undefined;
      this.error = undefined;
      this.busy = false;
      this.progress = undefined;
      this.onChange();
      return;
    }
    if (source.kind === 'src') this.setProgress({ phase: 'reading', chars: text.length });
    const { referenceDate, prefer, locale } = this.inputs;
    const notices: Wording[] = [];
    let reference: Date;
    if (referenceDate) reference = referenceDate;
    else {
      const today = new Date();
      reference = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
      const day = reference.toISOString().slice(0, 10);
      notices.push((s) => s.noReferenceDate(day));
    }
    let extracted: Extracted;
    try {
      extracted = await this.runner.run(text, {
        referenceDate: reference,
        ...(prefer ? { prefer } : {}),
        onProgress: (done) => {
          const progress = this.progress;
          // A repaint per whole percent is plenty.
          if (!current() || progress?.phase !== 'reading') return;
          if (Math.floor(done * 100) === Math.floor((progress.done ?? -1) * 100)) return;
          this.setProgress({ ...progress, done });
        },
        ...(locale ? { locale } : {}),
      });
    } catch (error) {
      // A newer text took over (its own run reports), or the element was disconnected.
      if (error instanceof ExtractionCancelled || !current()) return;
      if (error instanceof ExtractModuleUnavailable) {
        const { reason } = error;
        this.fail((s) => s.extractModuleFailed(reason));
        return;
      }
      const message = (error as Error).message;
      this.fail((s) => s.extractFailed(message));
      return;
    }
    if (!current()) return;
    const { result, data } = extracted;
    this.extracted = new WeakMap();
    for (const event of data.events) {
      const source = result.events[event.index];
      if (source && typeof event.input === 'object' && event.input !== null)
        this.extracted.set(event.input, source);
    }
    this.state = { text, result, data, notices };
    this.error = undefined;
    this.busy = false;
    this.progress = undefined;
    this.thread = extracted.thread;
    this.onChange(result);
  }

  private setProgress(progress: NonNullable<ArticleSource['progress']>): void {
    this.progress = progress;
    if (!this.busy) {
      this.busy = true;
      this.onBusy();
    } else this.onBusy();
  }

  private async fetch(src: string, current: () => boolean): Promise<string | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.fetched = undefined;
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const maxBytes = this.inputs.maxBytes;
      const text = await readText(response, maxBytes ?? MAX_BYTES);
      if (!current()) return undefined;
      this.fetched = { src, maxBytes, text };
      return text;
    } catch (error) {
      if (current()) {
        const why = error instanceof TooLarge ? formatBytes(error.limit) : (error as Error).message;
        this.error =
          error instanceof TooLarge ? (s) => s.loadTooLarge(src, why) : (s) => s.loadFailed(src, why);
        this.errorKind = error instanceof TooLarge ? 'too-large' : 'article';
      }
      return undefined;
    }
  }

  private fail(message: Wording): void {
    this.state = undefined;
    this.error = message;
    this.busy = false;
    this.progress = undefined;
    this.onChange();
  }
}
