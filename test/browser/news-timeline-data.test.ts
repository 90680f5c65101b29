import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { TimelineErrorDetail } from '../../src/elements/timeline-events.js';
import { canvasAlpha, eventButtons, plot, settle, shadow, tickLabels } from './helpers.js';

const EVENTS = [
  { id: 'vote', date: '2019-12-29TEV', title: 'Evening vote' },
  { id: 'month', date: '2019-11', title: 'November talks' },
  { id: 'hearings', start: '2019-12-02', end: '2019-12-12', title: 'Hearings' },
  { id: 'unsure', date: '2019-XX', title: 'Sometime in 2019' },
];

describe('<news-timeline> data sources', () => {
  it('renders the events property with granularity-aware marks', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline style="width: 800px" locale="en-GB" .events=${EVENTS}></news-timeline>`,
    );
    await settle(el);
    expect(el.timelineEvents.map((e) => [e.id, e.kind])).to.deep.equal([
      ['unsure', 'band'],
      ['month', 'band'],
      ['hearings', 'bar'],
      ['vote', 'point'],
    ]);
    const labels = eventButtons(el).map((b) => b.getAttribute('aria-label'));
    expect(labels).to.include('Evening vote, 29 December 2019, evening');
    expect(labels).to.include('November talks, November 2019');
    expect(labels).to.include('Hearings, 2 December 2019 – 12 December 2019');
    expect(labels).to.include('Sometime in 2019, 2019 (approximate)');

    // The evening point sits at 20:00 on 29 December: its dot is painted there.
    const start = el.start!.getTime();
    const end = el.end!.getTime();
    const vote = eventButtons(el).find((b) => b.dataset.eventId === 'vote')!;
    const width = plot(el).clientWidth;
    const x = ((Date.UTC(2019, 11, 29, 20) - start) / (end - start)) * width;
    // The last event is near the right edge: its label sits left of the dot, the button spans both.
    expect(Math.abs(vote.offsetLeft + vote.offsetWidth - 2 - 5 - x)).to.be.lessThan(1.5);
    expect(vote.offsetWidth).to.be.greaterThan(40);
    const y = vote.offsetTop + vote.offsetHeight / 2;
    expect(canvasAlpha(el, x, y)).to.equal(255);
    expect(canvasAlpha(el, x, y - 11)).to.be.lessThan(255);
  });

  it('draws a localized, adaptive axis', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        style="width: 800px"
        locale="de-DE"
        start="2019-01-01T00:00:00Z"
        end="2019-07-01T00:00:00Z"
        .events=${EVENTS}
      ></news-timeline>`,
    );
    await settle(el);
    expect(tickLabels(el)).to.deep.equal(['2019', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul']);
    // The labels of the ticks at both ends are aligned inwards, not cut by the plot.
    const anchors = [...shadow(el).querySelectorAll('svg.axis .tick text')].map(
      (t) => getComputedStyle(t).textAnchor,
    );
    expect(anchors).to.deep.equal(['start', 'middle', 'middle', 'middle', 'middle', 'middle', 'end']);
    el.start = new Date(Date.UTC(2019, 11, 29, 12));
    el.end = new Date(Date.UTC(2019, 11, 30, 0));
    await settle(el);
    expect(tickLabels(el)).to.include('18:00');
  });

  it('loads events from a JSON src', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline style="width: 800px" src="/test/browser/fixtures/events.json"></news-timeline>`,
    );
    await waitUntil(() => el.timelineEvents.length === 3, 'JSON events did not load');
    await settle(el);
    expect(el.timelineEvents.map((e) => e.id)).to.deep.equal(['a', 'b', 'c']);
    expect(eventButtons(el).map((b) => b.dataset.eventId)).to.deep.equal(['a', 'b', 'c']);
  });

  it('reads TimelineJS3 as src and as the events property, with its reader loaded on first use', async () => {
    const url = '/test/fixtures/timelinejs/kataib-hizbullah.json';
    const doc: unknown = await (await fetch(url)).json();
    const fromProperty = await fixture<NewsTimeline>(
      html`<news-timeline style="width: 800px" .events=${doc}></news-timeline>`,
    );
    const fromSrc = await fixture<NewsTimeline>(
      html`<news-timeline style="width: 800px" src=${url}></news-timeline>`,
    );
    for (const el of [fromProperty, fromSrc]) {
      await waitUntil(() => el.timelineEvents.length === 6, 'TimelineJS3 events were not read');
      await settle(el);
      expect(el.timelineEvents.map((e) => e.value)).to.deep.equal([
        '2003-03-20',
        '2014-06/2017-12',
        '2018',
        '2019-10/2019-12',
        '2019-12-27T19:20',
        '2019-12-29',
      ]);
      expect(el.invalidEvents.map((i) => i.reason)).to.deep.equal([
        'no date',
        'unreadable date "2019-02-30"',
      ]);
      expect(eventButtons(el).length).to.be.greaterThan(0);
    }
  });

  it('reports a src that 404s inside the element and with timeline-error', async () => {
    const el = document.createElement('news-timeline');
    const error = oneEvent(el, 'timeline-error');
    el.src = '/test/browser/fixtures/missing.json';
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.reasons).to.deep.equal(['could not load /test/browser/fixtures/missing.json: HTTP 404']);
    await settle(el);
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.contain('HTTP 404');
    el.remove();
  });

  it('reports a src that is not JSON', async () => {
    const el = document.createElement('news-timeline');
    const error = oneEvent(el, 'timeline-error');
    el.src = '/test/browser/fixtures/not-json.txt';
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.message).to.match(/^\/test\/browser\/fixtures\/not-json\.txt: not valid JSON/);
    el.remove();
  });

  it('reads declarative children and follows additions and removals', async () => {
    const el = await fixture<NewsTimeline>(html`
      <news-timeline style="width: 800px" locale="en-GB">
        <timeline-event date="2019-12-29TEV" event-id="vote"
          >Vote
          <p>Parliament votes late.</p></timeline-event
        >
        <timeline-event date="2019-12">Budget month</timeline-event>
      </news-timeline>
    `);
    await settle(el);
    expect(el.timelineEvents.map((e) => [e.title, e.description])).to.deep.equal([
      ['Budget month', undefined],
      ['Vote', 'Parliament votes late.'],
    ]);
    const child = document.createElement('timeline-event');
    child.setAttribute('date', '2020-01-02');
    child.textContent = 'Added later';
    el.append(child);
    await waitUntil(() => el.timelineEvents.length === 3, 'added child not read');
    child.setAttribute('date', '2020-01-03');
    await waitUntil(
      () => el.timelineEvents[2]!.start === Date.UTC(2020, 0, 3) + 0,
      'attribute change not read',
    );
    el.querySelector('timeline-event')!.remove();
    await waitUntil(() => el.timelineEvents.length === 2, 'removed child still shown');
    expect(el.timelineEvents.map((e) => e.title)).to.deep.equal(['Budget month', 'Added later']);
    await settle(el);
    expect(eventButtons(el).map((b) => b.getAttribute('aria-label'))).to.include(
      'Added later, 3 January 2020',
    );
  });

  it('keeps valid events, lists invalid ones and fires timeline-error', async () => {
    const el = document.createElement('news-timeline');
    el.style.width = '800px';
    el.locale = 'en-GB';
    const error = oneEvent(el, 'timeline-error');
    el.events = [
      { date: '2021-03-01', title: 'Valid' },
      { date: 'sometime soon', title: 'Unreadable' },
      { title: 'Undated' },
      { date: '2021-06-01' } as never,
    ];
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.message).to.equal('3 events could not be placed on the timeline');
    expect(detail.reasons).to.deep.equal([
      '“Unreadable”: unreadable date "sometime soon"',
      '“Undated”: no date',
      'item 4: missing title',
    ]);
    await settle(el);
    const message = shadow(el).querySelector('[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect([...message.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(detail.reasons);
    expect(eventButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Valid, 1 March 2021']);
    const list = shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!;
    list.open = true;
    await waitUntil(() => shadow(el).querySelector('ul.invalid'), 'undated list not shown');
    expect(shadow(el).querySelectorAll('ul.invalid li')).to.have.length(3);
    el.remove();
  });

  it('renders hostile titles and descriptions as text', async () => {
    const attack = '<img src=x onerror="window.__xss = true">';
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        style="width: 800px"
        .events=${[{ id: 'x', date: '2020-02-02', title: attack, description: attack, url: 'javascript:alert(1)' }]}
        selected="x"
      ></news-timeline>`,
    );
    await settle(el);
    const details = shadow(el).querySelector('[part="details"]')!;
    expect(details.querySelector('h2')!.textContent).to.equal(attack);
    expect(details.querySelector('.description')!.textContent).to.equal(attack);
    expect(details.querySelector('a')).to.equal(null);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(eventButtons(el)[0]!.getAttribute('aria-label')).to.contain(attack);
    expect((window as { __xss?: boolean }).__xss).to.equal(undefined);
  });
});
