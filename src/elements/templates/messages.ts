import { html, nothing, type TemplateResult } from 'lit';
import type { InvalidEvent } from '../../model/event.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** Invalid items and warnings listed in the message before "…and N more". */
const MESSAGE_ITEMS = 20;

/** One line about an event that could not be placed. */
export function describeInvalid(item: InvalidEvent, s: TimelineStrings): string {
  const name = item.title ? `“${item.title}”` : s.item(item.index + 1);
  return `${name}: ${item.reason}`;
}

/**
 * The problem message (`part="message"`, an alert): load errors in the summary (once each), one
 * item per invalid event, warnings folded away. `nothing` when all is well.
 */
export function renderMessage(
  summary: string,
  invalid: readonly InvalidEvent[],
  warnings: readonly string[],
  s: TimelineStrings,
): TemplateResult | typeof nothing {
  if (!summary) return nothing;
  const lines = invalid.slice(0, MESSAGE_ITEMS).map((item) => describeInvalid(item, s));
  return html`<div class="message" part="message" role="alert">
    <strong>${summary}</strong>
    ${
      lines.length
        ? html`<ul>
            ${lines.map((line) => html`<li>${line}</li>`)}
            ${invalid.length > lines.length ? html`<li>${s.andMore(invalid.length - lines.length)}</li>` : nothing}
          </ul>`
        : nothing
    }
    ${
      warnings.length
        ? html`<details>
            <summary>${s.warnings}</summary>
            <ul>
              ${warnings.slice(0, MESSAGE_ITEMS).map((w) => html`<li>${w}</li>`)}
            </ul>
          </details>`
        : nothing
    }
  </div>`;
}

/** The loading line (a status): "Loading events…", "Reading the article…". */
export function renderStatus(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="status" role="status">${text}</p>` : nothing;
}
