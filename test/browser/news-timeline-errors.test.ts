// Bad input and hostile conditions: loads that move, stall or fail; items that throw; dates the
// element cannot draw. Nothing is lost and nothing freezes.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { TimelineErrorDetail } from '../../src/elements/timeline-events.js';
import { eventButtons, settle, shadow, tickLabels } from './helpers.js';

const message = (el: NewsTimeline) => shadow(el).querySelector<HTMLElement>('[part="message"]');
const status = (el: NewsTimeline) => shadow(el).querySelector<HTMLElement>('[role="status"]');

function create(attrs: Record<string, string> = {}): NewsTimeline {
  const el = document.createElement('news-timeline');
  el.style.width = '800px';
  el.locale = 'en-GB';
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('<news-timeline> loading src', () => {
  it('restarts a load interrupted by moving the element', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = create();
    host.append(el);
    el.src = '/__test/slow/events.json?ms=600';
    await el.updateComplete;
    expect(status(el)?.textContent).to.equal('Loading events…');
    // Moved in the page while the response is on its way: the first fetch is aborted.
    await new Promise(requestAnimationFrame);
    el.remove();
    host.append(el);
    await waitUntil(() => el.timelineEvents.length === 3, 'the load was not restarted', { timeout: 4000 });
    await settle(el);
    expect(eventButtons(el).map((b) => b.dataset.eventId)).to.deep.equal(['a', 'b', 'c']);
    expect(message(el)).to.equal(null);
    expect(status(el)).to.equal(null);
    host.remove();
  });

  it('gives up on a src that never answers after load-timeout, with a message and kind timeout', async () => {
    const el = create({ 'load-timeout': '300' });
    const error = oneEvent(el, 'timeline-error');
    el.src = '/__test/never';
    document.body.append(el);
    await el.updateComplete;
    expect(status(el)!.textContent).to.equal('Loading events…');
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.kind).to.equal('timeout');
    expect(detail.reasons).to.deep.equal(['could not load /__test/never: no answer within 0.3 s']);
    await settle(el);
    expect(status(el)).to.equal(null);
    expect(message(el)!.textContent.trim()).to.equal('could not load /__test/never: no answer within 0.3 s');
  });

  it('waits 30 s by default', () => {
    expect(create().loadTimeout).to.equal(30_000);
  });

  it('shows one load error once, in the summary only', async () => {
    const el = create();
    const error = oneEvent(el, 'timeline-error');
    el.src = '/test/browser/fixtures/missing.json';
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.kind).to.equal('load');
    await settle(el);
    const text = message(el)!.textContent;
    expect(text.split('HTTP 404').length - 1).to.equal(1);
    expect(message(el)!.querySelectorAll('li')).to.have.length(0);
  });
});

describe('<news-timeline> hostile items', () => {
  it('reports an item whose getter throws, and a throwing Proxy, with their index; shows the rest', async () => {
    const throwing = {
      date: '2021-02-01',
      get title(): string {
        throw new Error('no title for you');
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    const el = create();
    const error = oneEvent(el, 'timeline-error');
    el.events = [
      { date: '2021-01-01', title: 'First' },
      throwing,
      proxy as never,
      { date: '2021-03-01', title: 'Last' },
    ];
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.kind).to.equal('invalid');
    expect(detail.invalid.map((i) => [i.index, i.reason])).to.deep.equal([
      [1, 'could not read the item: no title for you'],
      [2, 'could not read the item: trap'],
    ]);
    await settle(el);
    expect(eventButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'First, 1 January 2021',
      'Last, 1 March 2021',
    ]);
    expect([...message(el)!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'item 2: could not read the item: no title for you',
      'item 3: could not read the item: trap',
    ]);
  });

  it('pages the invalid list like the valid one', async () => {
    const el = create();
    el.events = Array.from({ length: 1000 }, (_, i) => ({ date: 'soon', title: `Bad ${i + 1}` }));
    document.body.append(el);
    await settle(el);
    const list = shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!;
    list.open = true;
    await waitUntil(() => list.querySelector('ul.invalid'));
    expect(list.querySelectorAll('ul.invalid li')).to.have.length(200);
    const more = [...list.querySelectorAll<HTMLButtonElement>('button.more')].at(-1)!;
    expect(more.textContent.trim()).to.equal('Show more (800 left)');
    more.click();
    await waitUntil(() => list.querySelectorAll('ul.invalid li').length === 400);
  });
});

describe('<news-timeline> dates it cannot use', () => {
  it('reads reference-date like the library (zone-less is UTC) and shows anything else as an error', async () => {
    const el = create({ 'reference-date': '2019-12-30T23:30' });
    expect(el.referenceDate!.toISOString()).to.equal('2019-12-30T23:30:00.000Z');
    const extracted = oneEvent(el, 'article-extract');
    el.text = 'Yesterday, parliament voted.';
    document.body.append(el);
    await extracted;
    expect(el.timelineEvents.map((e) => e.value)).to.deep.equal(['2019-12-29']);

    const bad = create({ 'reference-date': 'December 30, 2019' });
    const error = oneEvent(bad, 'timeline-error');
    bad.text = 'Yesterday, parliament voted.';
    document.body.append(bad);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.kind).to.equal('reference-date');
    expect(detail.reasons[0]).to.equal(
      'reference-date: "December 30, 2019" is not an ISO 8601 date (expected e.g. "2019-12-30")',
    );
    await settle(bad);
    expect(message(bad)!.getAttribute('role')).to.equal('alert');
    expect(message(bad)!.textContent).to.contain('is not an ISO 8601 date');
    // Nothing was guessed from today.
    expect(bad.timelineEvents).to.have.length(0);
  });

  it('refuses extreme dates with a message instead of hanging', async () => {
    const el = create({ 'reference-date': '+275759-09-13' });
    const error = oneEvent(el, 'timeline-error');
    document.body.append(el);
    await error;
    await settle(el);
    expect(message(el)!.textContent).to.contain('reference-date');
    expect(tickLabels(el).length).to.be.greaterThan(0);

    const far = create();
    const farError = oneEvent(far, 'timeline-error');
    far.events = [
      { date: new Date(8.64e15), title: 'End of time' },
      { date: '2020-01-01', title: 'Near' },
    ];
    document.body.append(far);
    const { detail } = (await farError) as CustomEvent<TimelineErrorDetail>;
    expect(detail.invalid.map((i) => i.reason)).to.deep.equal(['date out of range "8640000000000000"']);
    await settle(far);
    expect(eventButtons(far).map((b) => b.dataset.eventId)).to.deep.equal(['event-2']);
    expect(Number.isFinite(far.start!.getTime())).to.equal(true);
  });

  it('ignores zoom factors that are not finite and positive', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        style="width: 800px"
        .events=${[{ date: '2020-01-01', title: 'One' }]}
      ></news-timeline>`,
    );
    await settle(el);
    const before = [el.start!.getTime(), el.end!.getTime()];
    let changes = 0;
    el.addEventListener('window-change', () => changes++);
    for (const factor of [0, -1, Number.NaN, Infinity]) el.zoomBy(factor);
    await settle(el);
    expect([el.start!.getTime(), el.end!.getTime()]).to.deep.equal(before);
    expect(changes).to.equal(0);
    expect(tickLabels(el).length).to.be.greaterThan(0);
  });
});
