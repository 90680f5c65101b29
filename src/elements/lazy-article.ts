import type { ExtractedEvent, ExtractionResult } from '../extract/types.js';
import type { ParsedEvents, TimelineEvent } from '../model/event.js';
import { articleInputsChanged, articleSource, type ArticleInputs } from './article-inputs.js';
import type { ArticleSource, ArticleState } from './article-source.js';
import { loadOnce } from './load-once.js';
import type { Wording } from './i18n/strings.js';

type TextMode = typeof import('./text-mode.js');

/** Text mode's code, loaded on first use (a later call retries after a failed load). */
export const loadTextMode: () => Promise<TextMode> = loadOnce(() => import('./text-mode.js'));

const EMPTY: ParsedEvents = { events: [], invalid: [], warnings: [] };

/**
 * The element's {@link ArticleSource}, loaded when an article first appears: a page that shows
 * JSON or child events only never downloads text mode. Until the code is there it reports the
 * article as being fetched or read, as the source itself does from its first moment; a load that
 * fails is an article error (the next change of the inputs tries again).
 */
export class LazyArticle {
  /** Text mode's module once loaded (templates and controllers of the article pane). */
  ui: TextMode | undefined;

  private source: ArticleSource | undefined;
  private loading = false;
  private inputs: ArticleInputs = {
    text: undefined,
    src: undefined,
    slotted: undefined,
    referenceDate: undefined,
    prefer: undefined,
  };
  private failure: Wording | undefined;
  private pending: Pick<ArticleSource, 'busy' | 'progress'> = { busy: false, progress: undefined };

  constructor(
    private readonly onChange: (result?: ExtractionResult) => void,
    private readonly onBusy: () => void = () => {},
  ) {}

  get state(): ArticleState | undefined {
    return this.source?.state;
  }
  get error(): Wording | undefined {
    return this.source ? this.source.error : this.failure;
  }
  get errorKind(): ArticleSource['errorKind'] {
    return this.source?.errorKind ?? 'article';
  }
  get busy(): boolean {
    return this.source ? this.source.busy : this.pending.busy;
  }
  get progress(): ArticleSource['progress'] {
    return this.source ? this.source.progress : this.pending.progress;
  }
  get thread(): ArticleSource['thread'] {
    return this.source?.thread;
  }
  /** The element's own warnings about the article's reading, worded when shown. */
  get notices(): readonly Wording[] {
    return this.source?.state?.notices ?? [];
  }
  get data(): ParsedEvents {
    return this.source?.data ?? EMPTY;
  }

  extractedOf(event: TimelineEvent): ExtractedEvent | undefined {
    return this.source?.extractedOf(event);
  }

  /** See `ArticleSource.set`; loads text mode when the inputs first name an article. */
  set(inputs: ArticleInputs): void {
    const old = this.inputs;
    this.inputs = inputs;
    if (this.source) return this.source.set(inputs);
    if (this.loading) return;
    const source = articleSource(inputs);
    if (this.failure !== undefined && !articleInputsChanged(old, inputs)) return;
    const hadFailure = this.failure !== undefined;
    this.failure = undefined;
    if (!source) {
      if (hadFailure) this.onChange();
      return;
    }
    this.loading = true;
    this.pending = {
      busy: true,
      progress:
        source.kind === 'src' ? { phase: 'fetching' } : { phase: 'reading', chars: source.text.length },
    };
    this.onBusy();
    loadTextMode().then(
      (ui) => {
        this.loading = false;
        this.pending = { busy: false, progress: undefined };
        this.ui = ui;
        this.source = new ui.ArticleSource(this.onChange, this.onBusy);
        this.source.set(this.inputs);
        // The article went away while the code loaded: nothing is being read any more.
        if (!articleSource(this.inputs)) this.onChange();
      },
      (error: unknown) => {
        this.loading = false;
        this.pending = { busy: false, progress: undefined };
        const why = error instanceof Error ? error.message : String(error);
        this.failure = (s) => s.extractFailed(why);
        this.onChange();
      },
    );
  }

  /** See `ArticleSource.disconnect`. */
  disconnect(): void {
    if (this.source) return this.source.disconnect();
    if (!this.loading) return;
    // The load finishes unseen; the reading starts again when the inputs come back.
    this.pending = { busy: false, progress: undefined };
    this.inputs = { ...this.inputs, text: undefined, src: undefined, slotted: undefined };
  }
}
