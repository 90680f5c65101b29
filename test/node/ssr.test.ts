import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

// This process has no DOM: the checks below hold for Node servers and SSR frameworks.
describe('in Node without a DOM', () => {
  test('there is no DOM in this process', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof (globalThis as { HTMLElement?: unknown }).HTMLElement, 'undefined');
  });

  test('every package entry imports', async () => {
    const main = await import('../../src/index.js');
    assert.equal(typeof main.NewsTimeline, 'function');
    assert.equal(typeof main.TimelineEventElement, 'function');
    assert.equal(typeof main.parseEvents, 'function');
    const elements = await import('../../src/elements/classes.js');
    assert.equal(elements.NewsTimeline, main.NewsTimeline);
    const normalize = await import('../../src/normalize/index.js');
    assert.equal(
      normalize.findTimexes('on 29 December', { referenceDate: '2019-12-30' })[0]?.value,
      '2019-12-29',
    );
    const extract = await import('../../src/extract/index.js');
    assert.equal(typeof extract.extractEvents, 'function');
  });

  test('importing news-timeline registers both tags in the server registry', async () => {
    const { NewsTimeline, TimelineEventElement } = await import('../../src/index.js');
    assert.equal(customElements.get('news-timeline'), NewsTimeline);
    assert.equal(customElements.get('timeline-event'), TimelineEventElement);
  });

  test('@lit-labs/ssr renders the shell of <news-timeline> with its light-DOM events kept', async () => {
    await import('../../src/index.js');
    const out = collectResultSync(
      render(
        html`<news-timeline reference-date="2019-12-30" label="Budget"
          ><timeline-event date="2003">Invasion</timeline-event></news-timeline
        >`,
      ),
    );
    // Declarative shadow DOM holding the styles and the toolbar, plot and list shell.
    assert.match(
      out,
      /<news-timeline\s+reference-date="2019-12-30" label="Budget"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(out, /--_accent: var\(--news-timeline-accent, #1f5fbf\);/);
    assert.match(out, /<div class="toolbar" part="toolbar" role="toolbar" aria-label="Budget controls">/);
    assert.match(out, /<button part="zoom-in" aria-label="Zoom in"\s*>\+<\/button>/);
    assert.match(out, /part="plot"\s+role="group"\s+aria-label="Budget: 0 events\./);
    assert.match(out, /<summary><!--lit-part-->All events \(0\)<!--\/lit-part--><\/summary>/);
    // The events stay light DOM after the template, readable without JavaScript.
    assert.match(
      out,
      /<\/template><timeline-event\s+date="2003">Invasion<\/timeline-event><\/news-timeline\s*>/,
    );
  });
});
