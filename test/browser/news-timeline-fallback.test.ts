import { expect, oneEvent } from '@open-wc/testing';
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
    const year = 1990 + (i % 30);
    out.push(
      `The ministry said on ${month} ${(i % 27) + 1}, ${year} that talks had resumed after the strikes of the previous week. ` +
        `Officials, who met again in ${year + 1}, described the mood as tense but said a deal was possible "within days". ` +
        `Later that evening, a spokesman added that nothing had been signed.`,
    );
  }
  return out.join('\n\n');
}

async function fixture(path: string): Promise<string> {
  return (await fetch(path)).text();
}

/** Counts animation frames until `stop` settles: how often the page painted meanwhile. */
async function framesDuring(stop: Promise<unknown>): Promise<number> {
  let frames = 0;
  let running = true;
  const tick = (): void => {
    frames++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await stop.finally(() => (running = false));
  return frames;
}

/** Resolves on the first animation frame at which `condition` holds. */
function frameWhen(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => (condition() ? resolve() : void requestAnimationFrame(check));
    check();
  });
}

let originalWorker: typeof Worker;
beforeEach(() => {
  originalWorker = window.Worker;
  // As in a page whose content security policy allows no worker.
  (window as { Worker?: typeof Worker }).Worker = undefined;
});
afterEach(() => {
  window.Worker = originalWorker;
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('text mode without a worker: chunked main-thread extraction', () => {
  it('gives exactly the one-shot extraction for the seed and a long article, painting meanwhile', async () => {
    const seed = await fixture('/test/fixtures/seed/article.txt');
    const long = `${await fixture('/test/fixtures/articles/anchors.txt')}\n\n${longArticle(600)}\n\n${seed}`;
    expect(long.length).to.be.greaterThan(150_000);
    const runner = new ExtractionRunner();
    for (const [text, prefer] of [
      [seed, undefined],
      [long, 'past'],
    ] as const) {
      const progress: number[] = [];
      const run = runner.run(text, {
        referenceDate: REFERENCE,
        ...(prefer ? { prefer } : {}),
        onProgress: (done) => progress.push(done),
      });
      // The page's own tasks: a chain of timers, each queued when the one before ran.
      let timers = 0;
      let reading = true;
      const timer = (): void => {
        timers++;
        if (reading) setTimeout(timer, 0);
      };
      setTimeout(timer, 0);
      const frames = await framesDuring(run);
      reading = false;
      const { result, data, thread } = await run;
      expect(thread).to.equal('main');
      const direct = extractEvents(text, { referenceDate: REFERENCE, ...(prefer ? { prefer } : {}) });
      expect(result).to.deep.equal(direct);
      expect(data).to.deep.equal(parseEvents(toTimelineEvents(direct.events), { idPrefix: 'article' }));
      if (text === long) {
        expect(direct.events.length).to.be.greaterThan(500);
        // One long task would let a frame and a timer or two through; slices let the page paint
        // and run its own tasks.
        expect(frames).to.be.at.least(4);
        expect(timers).to.be.at.least(3);
        expect(progress.length).to.be.greaterThan(5);
        expect([...progress].sort((a, b) => a - b)).to.deep.equal(progress);
        expect(progress.at(-1)).to.be.at.most(1);
      }
    }
  });

  it('stops reading when a newer text comes, and answers that one', async () => {
    const runner = new ExtractionRunner();
    let afterCancel = 0;
    let cancelled = false;
    const first = runner.run(longArticle(600), {
      referenceDate: REFERENCE,
      onProgress: () => {
        if (cancelled) afterCancel++;
      },
    });
    // Wait until the first read is under way on the main thread.
    await new Promise<void>((resolve) => {
      const probe = runner.run(longArticle(600), { referenceDate: REFERENCE, onProgress: () => resolve() });
      probe.catch(() => {});
    });
    first.catch(() => {});
    cancelled = true;
    const second = runner.run('The vote was held on March 3, 2019.', { referenceDate: REFERENCE });
    const { result, thread } = await second;
    expect(thread).to.equal('main');
    expect(result.events.map((e) => e.date.value)).to.deep.equal(['2019-03-03']);
    let error: unknown;
    await first.catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(ExtractionCancelled);
    expect(afterCancel).to.equal(0);
  });

  it('shows how far it has read, and the element lands only the newest text', async () => {
    const el = document.createElement('news-timeline');
    el.locale = 'en-GB';
    el.setAttribute('reference-date', '2019-12-30');
    const seen: string[] = [];
    el.addEventListener('article-extract', (e) => seen.push(e.detail.text));
    const long = longArticle(600);
    el.text = long;
    document.body.append(el);
    await el.updateComplete;
    const bar = (): HTMLProgressElement | null => shadow(el).querySelector('.status progress');
    expect(bar()).to.not.equal(null);
    await frameWhen(() => (bar()?.value ?? 0) > 0);
    expect(bar()!.max).to.equal(1);
    expect(bar()!.value).to.be.lessThan(1);
    const second = `${longArticle(5)}\n\nThe vote was held on March 3, 2019.`;
    const done = oneEvent(el, 'article-extract');
    el.text = second;
    const { detail } = (await done) as CustomEvent<ArticleExtractDetail>;
    expect(detail.text).to.equal(second);
    expect(seen).to.deep.equal([second]);
    expect(el.timelineEvents).to.deep.equal(
      parseEvents(toTimelineEvents(extractEvents(second, { referenceDate: REFERENCE }).events), {
        idPrefix: 'article',
      }).events,
    );
    await el.updateComplete;
    expect(shadow(el).querySelector('.status')).to.equal(null);
  });
});
