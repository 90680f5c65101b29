import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import {
  EventDataError,
  parseEventColumns,
  readEventsJson,
  type ParsedColumns,
} from '../../model/parse-events.js';
import { looksLikeTimelineJS } from '../../model/timelinejs-shape.js';
import { ReferenceDateError, readReferenceDate } from '../../normalize/reference-date.js';
import type { ExtractionResult } from '../../extract/types.js';
import { buildTimelineData, type TimelineData } from '../timeline-data.js';
import { EMPTY_PART, partOf } from '../event-data.js';
import { LazyArticle } from '../lazy-article.js';
import { articleTextOf } from '../article-text.js';
import { emit } from '../emit.js';
import { formatBytes, readText, TooLarge } from '../read-body.js';
import type { NewsTimeline } from '../news-timeline.js';
import type { TimelineErrorKind } from '../timeline-events.js';
import { TimelineEventElement } from '../timeline-event.js';
import { describeInvalid } from '../templates/messages.js';
import { readTimelineJS } from '../timelinejs-input.js';
import type { LanguageController } from './language.js';
import { en, type Wording } from '../i18n/strings.js';

/** Why the `src` fetch stopped without data, in the words of the element's language when shown. */
class LoadFailure extends Error {
  constructor(
    readonly text: Wording,
    readonly kind: TimelineErrorKind,
  ) {
    super(text(en));
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Abort reason when the element leaves the document mid-load: the load restarts when it returns. */
const INTERRUPTED = new Error('the element left the document during the load');

/**
 * Where the element's events come from, combined: the `events` property, the JSON at `src`
 * (a `@lit/task` with a timeout, restarted when the element is moved mid-load), the
 * `<timeline-event>` children, and the article (text mode). Keeps the combined
 * {@link TimelineData}, the problems with it, and reports them once with `timeline-error`.
 */
export class EventSourcesController implements ReactiveController {
  /** The combined events as drawn. */
  data: TimelineData = buildTimelineData([]);
  readonly article: LazyArticle;

  private propertyData: ParsedColumns = EMPTY_PART;
  private childData: ParsedColumns = EMPTY_PART;
  private srcData: ParsedColumns = EMPTY_PART;
  private srcFailure: LoadFailure | undefined;
  private slottedText: string | undefined;
  private childObserver: MutationObserver | undefined;
  private interrupted = false;
  private lastErrorKey = '';
  /** Why `reference-date` cannot be used, shown as an error in the element's language. */
  private referenceError: Wording | undefined;

  /** The `src` fetch: pending while loading, its value the parsed events. */
  readonly load: Task<[string | undefined, number, number], ParsedColumns>;

  constructor(
    private readonly host: NewsTimeline,
    private readonly onData: (data: TimelineData) => void,
    onArticle: (result?: ExtractionResult) => void,
    private readonly language: Pick<LanguageController, 'words' | 'lang'>,
  ) {
    host.addController(this);
    this.article = new LazyArticle(
      (result) => {
        this.rebuild();
        onArticle(result);
      },
      () => host.requestUpdate(),
    );
    this.load = new Task(host, {
      task: ([src, timeout, maxBytes], { signal }) => this.fetchEvents(src, timeout, maxBytes, signal),
      args: () => [host.src || undefined, host.loadTimeout, host.maxBytes],
      // Called before the task's status changes: what they report is kept here.
      onComplete: (data) => {
        this.srcData = data;
        this.srcFailure = undefined;
        this.rebuild();
      },
      onError: (error) => {
        if (error !== INTERRUPTED) {
          this.srcFailure =
            error instanceof LoadFailure
              ? error
              : new LoadFailure((s) => s.loadFailed(String(host.src), String(error)), 'load');
          this.rebuild();
        }
      },
    });
  }

  hostConnected(): void {
    this.childObserver = new MutationObserver((records) => {
      if (records.some((r) => this.touchesEvents(r))) this.readChildren();
    });
    this.childObserver.observe(this.host, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    this.readChildren();
    if (this.interrupted) {
      this.interrupted = false;
      void this.load.run();
    }
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    if (this.load.status === TaskStatus.PENDING && this.host.src) {
      this.interrupted = true;
      this.load.abort(INTERRUPTED);
    }
    this.article.disconnect();
  }

  /** Takes the element's changed properties (from `willUpdate`). */
  update(changed: Map<PropertyKey, unknown>): void {
    const host = this.host;
    if (changed.has('events')) this.readProperty(host.events);
    let reference: Date | undefined;
    this.referenceError = undefined;
    const given = host.referenceDate;
    if (given !== undefined) {
      if (Number.isNaN(given.getTime())) {
        const raw = host.getAttribute('reference-date');
        const problem = raw !== null ? referenceDateProblem(raw) : 'day';
        const shown = raw !== null ? raw.slice(0, 40) : String(given);
        this.referenceError = (s) => s.badReferenceDate(shown, problem);
      } else reference = given;
    }
    this.article.set({
      // An unreadable publication date is an error, not a reason to read "yesterday" from today.
      text: this.referenceError ? undefined : host.text,
      src: this.referenceError ? undefined : host.articleSrc || undefined,
      slotted: this.referenceError ? undefined : this.slottedText,
      referenceDate: reference,
      prefer: host.prefer,
      maxBytes: host.maxBytes,
      locale: this.language.lang,
    });
    if (changed.has('events') || changed.has('groups') || changed.has('referenceDate')) this.rebuild();
  }

  /** True while `src` is being fetched. */
  get loading(): boolean {
    return this.load.status === TaskStatus.PENDING && Boolean(this.host.src);
  }

  /** Failures to load data or the article and an unusable reference date, one line each. */
  loadErrors(): string[] {
    const errors: string[] = [];
    if (this.referenceError) errors.push(this.referenceError(this.language.words));
    if (this.srcFailure) errors.push(this.srcFailure.text(this.language.words));
    if (this.article.error !== undefined) errors.push(this.article.error(this.language.words));
    return errors;
  }

  /** One-line summary of every problem. */
  problemSummary(): string {
    const parts = this.loadErrors();
    const n = this.data.invalid.length;
    const s = this.language.words;
    if (n) parts.push(s.notPlaced(n));
    const w = this.warnings().length;
    if (w) parts.push(s.warningCount(w));
    return parts.join('; ');
  }

  /** Warnings of every source, then the article's own (in the element's language). */
  warnings(): string[] {
    const notices = this.article.notices;
    if (!notices.length) return this.data.warnings;
    return [...this.data.warnings, ...notices.map((notice) => notice(this.language.words))];
  }

  private errorKind(): TimelineErrorKind {
    if (this.referenceError) return 'reference-date';
    if (this.srcFailure) return this.srcFailure.kind;
    if (this.article.error !== undefined) return this.article.errorKind;
    return this.data.invalid.length ? 'invalid' : 'warning';
  }

  private async fetchEvents(
    src: string | undefined,
    timeout: number,
    maxBytes: number,
    signal: AbortSignal,
  ): Promise<ParsedColumns> {
    this.srcData = EMPTY_PART;
    this.srcFailure = undefined;
    if (!src) return EMPTY_PART;
    const controller = new AbortController();
    const stop = (): void => controller.abort(signal.reason);
    signal.addEventListener('abort', stop);
    const limit = Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000;
    const timer = setTimeout(
      () => controller.abort(new LoadFailure((s) => s.loadTimeout(src, formatSeconds(limit)), 'timeout')),
      limit,
    );
    try {
      const response = await fetch(src, { signal: controller.signal });
      if (!response.ok) throw new LoadFailure((s) => s.loadFailed(src, `HTTP ${response.status}`), 'load');
      let text: string;
      try {
        text = await readText(response, maxBytes);
      } catch (error) {
        if (error instanceof TooLarge) {
          const size = formatBytes(error.limit);
          throw new LoadFailure((s) => s.loadTooLarge(src, size), 'too-large');
        }
        throw error;
      }
      let data: unknown;
      try {
        data = readEventsJson(text);
      } catch (error) {
        const reason = error instanceof EventDataError ? error.message : String(error);
        throw new LoadFailure((s) => s.badData(src, reason), 'load');
      }
      if (!looksLikeTimelineJS(data)) return parseEventColumns(data, { idPrefix: 'src' });
      try {
        return await readTimelineJS(data, 'src');
      } catch (error) {
        const why = messageOf(error);
        throw new LoadFailure((s) => s.notTimelineJS(src, why), 'load');
      }
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
      if (reason === INTERRUPTED) throw INTERRUPTED;
      if (reason instanceof LoadFailure) throw reason;
      if (signal.aborted) throw error; // a newer load replaced this one
      if (error instanceof LoadFailure) throw error;
      throw new LoadFailure((s) => s.loadFailed(src, messageOf(error)), 'load');
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
  }

  private touchesEvents(record: MutationRecord): boolean {
    const target = record.target;
    if (target === this.host) return record.type === 'childList';
    return target instanceof Node && this.host.contains(target);
  }

  private readChildren(): void {
    const all = [...this.host.children];
    const inputs = all
      .filter((child) => child.localName === 'timeline-event')
      // Children not upgraded yet (definition loaded later) are read through the prototype.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the prototype's reader needs only the attributes
      .map((child) => TimelineEventElement.prototype.toEventInput.call(child as TimelineEventElement));
    this.childData = inputs.length ? parseEventColumns(inputs, { idPrefix: 'child' }) : EMPTY_PART;
    const articleChild = all.find((child) => child.slot === 'article');
    const slotted = articleChild ? articleTextOf(articleChild) : undefined;
    if (slotted !== this.slottedText) {
      this.slottedText = slotted;
      this.host.requestUpdate();
    }
    this.rebuild();
  }

  /** The `events` property; TimelineJS3 input waits for its reader (loaded on first use). */
  private readProperty(input: unknown): void {
    if (input === undefined || !looksLikeTimelineJS(input)) {
      this.propertyData = input === undefined ? EMPTY_PART : parseEventColumns(input);
      return;
    }
    this.propertyData = EMPTY_PART;
    readTimelineJS(input).then(
      (parsed) => this.tookProperty(input, parsed),
      (error: unknown) =>
        this.tookProperty(input, {
          ...EMPTY_PART,
          invalid: [{ index: 0, reason: `TimelineJS3 input could not be read: ${messageOf(error)}`, input }],
        }),
    );
  }

  private tookProperty(input: unknown, parsed: ParsedColumns): void {
    if (this.host.events !== input) return; // replaced meanwhile
    this.propertyData = parsed;
    this.rebuild();
  }

  private rebuild(): void {
    const parts = [this.propertyData, this.srcData, this.childData, partOf(this.article.data)];
    this.data = buildTimelineData(parts, this.article.state?.result.undated ?? [], this.host.groups ?? []);
    this.onData(this.data);
    this.reportErrors();
    this.host.requestUpdate();
  }

  private reportErrors(): void {
    const reasons = [
      ...this.loadErrors(),
      ...this.data.invalid.map((item) => describeInvalid(item, this.language.words)),
      ...this.warnings(),
    ];
    const key = reasons.join('\n');
    const changed = key !== this.lastErrorKey;
    this.lastErrorKey = key;
    if (!reasons.length || !changed) return;
    emit(this.host, 'timeline-error', {
      message: this.problemSummary(),
      reasons,
      invalid: this.data.invalid,
      kind: this.errorKind(),
    });
  }
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** The normalizer's reason why `raw` is no reference date: not ISO 8601, or no calendar day. */
function referenceDateProblem(raw: string): 'format' | 'day' {
  try {
    readReferenceDate(raw);
  } catch (error) {
    if (error instanceof ReferenceDateError && error.problem === 'format') return 'format';
  }
  return 'day';
}

/**
 * Converter of `reference-date`: read by the normalizer's reader (a zone-less date-time is UTC);
 * anything else becomes an Invalid Date, which the element reports as an error.
 */
export const referenceDateConverter = {
  fromAttribute(value: string | null): Date | undefined {
    if (value === null || value.trim() === '') return undefined;
    try {
      return readReferenceDate(value);
    } catch {
      return new Date(Number.NaN);
    }
  },
  toAttribute(value: Date | undefined): string | null {
    return value && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
  },
};
