import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type TimelineStrings } from '../i18n/strings.js';
import { loadStrings, stringsIfLoaded } from '../i18n/load-strings.js';

/** The `lang` that applies to `element` as HTML reads it, across shadow roots; `''` when none. */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang')!.trim();
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang.trim();
}

/**
 * HTML's directionality of `element` (`dir`, own or inherited), which `:dir()` reads without a
 * style pass; browsers before `:dir()` (Chrome 120) read the computed `direction`.
 */
function isRightToLeft(element: Element): boolean {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(element).direction === 'rtl';
  }
}

/**
 * The language and direction of `<news-timeline>` and its words: `lang` as HTML inherits it (own,
 * nearest ancestor, document; `en` without any), `dir` the same way, and the words from that
 * language's table (loaded on first use) with the page's `strings` laid over them. Watches `lang`
 * and `dir` on the document's elements, so a page switching language re-renders the element.
 */
export class LanguageController implements ReactiveController {
  /** The language tag found (`''` when no element has `lang`). */
  tag = '';
  /** Right to left. */
  rtl = false;
  private table: TimelineStrings = en;
  private merged: TimelineStrings = en;
  private overrides: Partial<TimelineStrings> | undefined;
  private mergedTable: TimelineStrings = en;
  private observer: MutationObserver | undefined;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: () => Partial<TimelineStrings> | undefined,
  ) {
    host.addController(this);
  }

  /** The language of text mode and the words: the tag found, else `en`. */
  get lang(): string {
    return this.tag || 'en';
  }

  /** The element's words. */
  get words(): TimelineStrings {
    return this.merged;
  }

  /** Settles once the table of the current language is loaded (for `renderComplete`). */
  get ready(): Promise<unknown> {
    return this.pending;
  }

  hostConnected(): void {
    const root = this.host.ownerDocument.documentElement;
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang', 'dir'] };
    this.observer.observe(root, { ...options, subtree: true });
    // Inside another component's shadow root the document's subtree does not reach the host.
    this.observer.observe(this.host, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Reads language and direction again (before each render); true when either, or the words,
   * changed (labels drawn from them must be redrawn).
   */
  update(): boolean {
    const host = this.host;
    const tag = host.isConnected ? inheritedLang(host) : (host.getAttribute('lang')?.trim() ?? '');
    const rtl = host.isConnected && isRightToLeft(host);
    const changed = tag !== this.tag || rtl !== this.rtl;
    this.tag = tag;
    this.rtl = rtl;
    const table = stringsIfLoaded(this.lang);
    // Until a table arrives, the words of the previous language stay (English at first).
    if (table) this.table = table;
    else if (changed) {
      const lang = this.lang;
      this.pending = loadStrings(lang).then(() => {
        if (this.lang === lang) host.requestUpdate();
      });
    }
    const overrides = this.strings();
    if (overrides === this.overrides && this.table === this.mergedTable) return changed;
    this.merged = overrides ? { ...this.table, ...overrides } : this.table;
    this.overrides = overrides;
    this.mergedTable = this.table;
    return true;
  }
}
