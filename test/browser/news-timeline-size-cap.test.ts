// Size caps of src and article-src: a huge answer is given up as soon as it passes max-bytes,
// with a message and a timeline-error of kind too-large; what is under the cap still loads.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { TimelineErrorDetail } from '../../src/elements/timeline-events.js';
import { settle, shadow } from './helpers.js';

const MB = 1024 * 1024;
const message = (el: NewsTimeline) => shadow(el).querySelector<HTMLElement>('[part="message"]');

function create(attrs: Record<string, string> = {}): NewsTimeline {
  const el = document.createElement('news-timeline');
  el.style.width = '800px';
  el.setAttribute('reference-date', '2019-12-30');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** What the test server sent of answer `id`, once the browser has closed it or it ended. */
async function report(id: string): Promise<{ sent: number; closed: boolean; done: boolean }> {
  let last: { sent: number; closed: boolean; done: boolean } | null = null;
  await waitUntil(
    async () => {
      last = (await (await fetch(`/__test/big-report?id=${id}`)).json()) as typeof last;
      return last !== null && (last.closed || last.done);
    },
    `answer ${id} was neither closed nor finished`,
    { timeout: 8000 },
  );
  return last!;
}

let run = 0;
const id = (): string => `${Date.now()}-${++run}`;

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('<news-timeline> size caps', () => {
  it('stops reading a src larger than 32 MB by default, with a message and kind too-large', async () => {
    const el = create();
    expect(el.maxBytes).to.equal(32 * MB);
    const answer = id();
    const error = oneEvent(el, 'timeline-error');
    // No Content-Length: only counting the stream can tell.
    el.src = `/__test/big?kind=json&bytes=${48 * MB}&id=${answer}`;
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    const reason = `could not load ${el.src}: larger than 32 MB (max-bytes)`;
    expect(detail.kind).to.equal('too-large');
    expect(detail.reasons).to.deep.equal([reason]);
    await settle(el);
    expect(message(el)!.textContent.trim()).to.equal(reason);
    expect(el.timelineEvents).to.deep.equal([]);
    // The browser hung up well before the end of the answer.
    const sent = await report(answer);
    expect(sent.closed).to.equal(true);
    expect(sent.sent).to.be.lessThan(44 * MB);
  });

  it('reads a src under max-bytes, and refuses one over it by its Content-Length', async () => {
    const el = create({ 'max-bytes': String(2 * MB) });
    const loaded = id();
    el.src = `/__test/big?kind=json&bytes=${MB}&id=${loaded}`;
    document.body.append(el);
    await waitUntil(() => el.timelineEvents.length > 1000, 'the events under the cap were not shown', {
      timeout: 8000,
    });
    expect((await report(loaded)).done).to.equal(true);
    expect(message(el)).to.equal(null);
    const refused = id();
    const error = oneEvent(el, 'timeline-error');
    el.src = `/__test/big?kind=json&bytes=${64 * MB}&id=${refused}&length=1`;
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.kind).to.equal('too-large');
    expect(detail.message).to.equal(`could not load ${el.src}: larger than 2 MB (max-bytes)`);
    const sent = await report(refused);
    expect(sent.closed).to.equal(true);
    expect(sent.sent).to.be.lessThan(32 * MB);
    expect(el.timelineEvents).to.deep.equal([]);
  });

  it('stops reading an article-src over max-bytes, with a message and kind too-large', async () => {
    const el = create({ 'max-bytes': '100000' });
    const answer = id();
    const error = oneEvent(el, 'timeline-error');
    // Far more than socket buffers hold, so the server cannot have sent it all before the hang-up.
    el.articleSrc = `/__test/big?kind=text&bytes=${64 * MB}&id=${answer}`;
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    const reason = `could not load ${el.articleSrc}: larger than 97.7 kB (max-bytes)`;
    expect(detail.kind).to.equal('too-large');
    expect(detail.reasons).to.deep.equal([reason]);
    await settle(el);
    expect(message(el)!.textContent.trim()).to.equal(reason);
    expect(el.articleText).to.equal(undefined);
    const sent = await report(answer);
    expect(sent.closed).to.equal(true);
    expect(sent.sent).to.be.lessThan(32 * MB);
    // An article under the cap is read.
    const read = oneEvent(el, 'article-extract');
    const small = id();
    el.articleSrc = `/__test/big?kind=text&bytes=90000&id=${small}`;
    await read;
    expect(el.articleText!.length).to.equal(90_000);
    expect(el.timelineEvents.length).to.be.greaterThan(0);
    expect(message(el)).to.equal(null);
  });
});
