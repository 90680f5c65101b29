import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { extractEvents, toTimelineEvents } from '../../src/extract/index.js';
import { parseEvents } from '../../src/model/parse-events.js';
import { ExtractionCancelled, ExtractionRunner } from '../../src/elements/extraction-runner.js';
import type { ArticleExtractDetail } from '../../src/elements/timeline-events.js';
import { shadow } from './helpers.js';

const REFERENCE = new Date('2019-12-30T00:00:00Z');

const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** A long article of `paragraphs` dated paragraphs, deterministic, each date different. */
function longArticle(paragraphs: number): string {
  const out = ['Strikes and Talks: A Year in Review'];
  for (let i = 0; i < paragraphs; i++) {
    const month = MONTHS[i % MONTHS.length]!;
    const day = (i % 27) + 1;
    const year = 1990 + (i % 30);
    out.push(
      `The ministry said on ${month} ${day}, ${year} that talks had resumed after the strikes of the previous week. ` +
        `Officials, who met again in ${year + 1}, described the mood as tense but said a deal was possible "within days". ` +
        `Later that evening, a spokesman added that nothing had been signed.`,
    );
  }
  return out.join('\n\n');
}

async function anchorsArticle(): Promise<string> {
  const response = await fetch('/test/fixtures/articles/anchors.txt');
  return response.text();
}

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('text mode extraction off the main thread', () => {
  it('gives in the worker exactly what extractEvents gives on the main thread', async () => {
    const text = `${await anchorsArticle()}\n\n${longArticle(40)}`;
    const runner = new ExtractionRunner();
    try {
      const inWorker = await runner.run(text, { referenceDate: REFERENCE, prefer: 'past' });
      expect(inWorker.thread).to.equal('worker');
      const direct = extractEvents(text, { referenceDate: REFERENCE, prefer: 'past' });
      expect(direct.events.length).to.be.greaterThan(40);
      expect(inWorker.result).to.deep.equal(direct);
      expect(inWorker.data).to.deep.equal(
        parseEvents(toTimelineEvents(direct.events), { idPrefix: 'article' }),
      );
    } finally {
      runner.dispose();
    }
  });

  it('gives the element the same result as a main-thread extraction', async () => {
    const text = await anchorsArticle();
    const el = document.createElement('news-timeline');
    el.setAttribute('reference-date', '2019-12-30');
    const extracted = oneEvent(el, 'article-extract');
    el.text = text;
    document.body.append(el);
    const { detail } = (await extracted) as CustomEvent<ArticleExtractDetail>;
    const onMain = await new ExtractionRunner(false).run(text, { referenceDate: REFERENCE });
    expect(onMain.thread).to.equal('main');
    expect(detail.result).to.deep.equal(onMain.result);
    expect(el.timelineEvents).to.deep.equal(onMain.data.events);
    // Selecting an event leads back to its sentence, as on the main thread.
    el.selected = el.timelineEvents[0]!.id;
    await el.updateComplete;
    const source = shadow(el).querySelector('[part="source"]');
    expect(source?.textContent).to.contain(onMain.result.events[onMain.data.events[0]!.index]!.sentence);
  });

  it('rejects a superseded request and answers the newer one', async () => {
    const runner = new ExtractionRunner();
    try {
      const first = runner.run(longArticle(600), { referenceDate: REFERENCE });
      const second = runner.run('The vote was held on March 3, 2019.', { referenceDate: REFERENCE });
      let error: unknown;
      await first.catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(ExtractionCancelled);
      const { result, thread } = await second;
      expect(thread).to.equal('worker');
      expect(result.events.map((e) => e.date.value)).to.deep.equal(['2019-03-03']);
    } finally {
      runner.dispose();
    }
  });

  it('never lands the result of a text that changed while it was read', async () => {
    const el = document.createElement('news-timeline');
    el.setAttribute('reference-date', '2019-12-30');
    const seen: string[] = [];
    el.addEventListener('article-extract', (e) => seen.push(e.detail.text.slice(0, 20)));
    const long = longArticle(600);
    el.text = long;
    document.body.append(el);
    await el.updateComplete;
    expect(el.articleText).to.equal(undefined);
    const short = 'The vote was held on March 3, 2019.';
    const shortDone = oneEvent(el, 'article-extract');
    el.text = short;
    await shortDone;
    expect(el.articleText).to.equal(short);
    expect(el.timelineEvents.map((e) => e.value)).to.deep.equal(['2019-03-03']);
    // Reading the long text again takes as long as the cancelled read would have: had that one
    // not been stopped, its answer would have arrived before this one.
    const longDone = oneEvent(el, 'article-extract');
    el.text = `${long} `;
    await longDone;
    expect(seen).to.deep.equal([short.slice(0, 20), long.slice(0, 20)]);
    expect(el.articleText).to.equal(`${long} `);
  });

  it('reads the article again when the element is moved while reading', async () => {
    const el = document.createElement('news-timeline');
    el.setAttribute('reference-date', '2019-12-30');
    const text = longArticle(300);
    el.text = text;
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('.status')).to.not.equal(null);
    const done = oneEvent(el, 'article-extract');
    el.remove();
    const host = document.createElement('div');
    document.body.append(host);
    host.append(el);
    const { detail } = (await done) as CustomEvent<ArticleExtractDetail>;
    expect(detail.text).to.equal(text);
    expect(el.articleText).to.equal(text);
    expect(el.timelineEvents.length).to.equal(detail.result.events.length);
    expect(el.timelineEvents.length).to.be.greaterThan(300);
    host.remove();
  });

  it('shows the size of a long article with a progress bar while the page stays responsive', async () => {
    const el = document.createElement('news-timeline');
    el.locale = 'en-GB';
    el.setAttribute('reference-date', '2019-12-30');
    const text = longArticle(600);
    expect(text.length).to.be.greaterThan(150_000);
    const done = oneEvent(el, 'article-extract');
    el.text = text;
    document.body.append(el);
    await el.updateComplete;
    const status = shadow(el).querySelector('.status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      `Reading the article (${(text.length / 1000).toFixed(1)} kB of text)…`,
    );
    const bar = status.querySelector('progress')!;
    expect(bar.hasAttribute('value')).to.equal(false);
    // Frames keep coming while the worker reads: the status is painted, not just in the DOM.
    await nextFrame();
    await nextFrame();
    expect(el.articleText).to.equal(undefined);
    await done;
    await el.updateComplete;
    expect(shadow(el).querySelector('.status')).to.equal(null);
  });

  it('reads on the main thread when the worker cannot be loaded', async () => {
    const original = window.Worker;
    // A worker whose script fails to load: it reports an error event and never answers.
    class BrokenWorker extends EventTarget {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      onmessageerror: ((event: MessageEvent) => void) | null = null;
      postMessage(): void {
        setTimeout(() => this.onerror?.(new Event('error', { cancelable: true })));
      }
      terminate(): void {}
    }
    window.Worker = BrokenWorker;
    try {
      const runner = new ExtractionRunner();
      const text = 'The vote was held on March 3, 2019.';
      const { result, thread } = await runner.run(text, { referenceDate: REFERENCE });
      expect(thread).to.equal('main');
      expect(result).to.deep.equal(extractEvents(text, { referenceDate: REFERENCE }));
      // Later requests go straight to the main thread.
      expect((await runner.run(text, { referenceDate: REFERENCE })).thread).to.equal('main');
    } finally {
      window.Worker = original;
    }
  });

  it('reports an error thrown by the extraction in the worker as the element message', async () => {
    const runner = new ExtractionRunner();
    try {
      let error: Error | undefined;
      await runner
        .run('March 3', { referenceDate: new Date(Number.NaN) })
        .catch((e: unknown) => (error = e as Error));
      const direct = (() => {
        try {
          extractEvents('March 3', { referenceDate: new Date(Number.NaN) });
        } catch (e) {
          return (e as Error).message;
        }
        return undefined;
      })();
      expect(direct).to.be.a('string');
      expect(error?.message).to.equal(direct);
    } finally {
      runner.dispose();
    }
  });
});
