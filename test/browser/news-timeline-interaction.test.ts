import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { EventSelectDetail, WindowChangeDetail } from '../../src/elements/timeline-events.js';
import type { TimelineEventInput } from '../../src/model/event.js';
import { clusterButtons, DAY, eventButtons, plot, settle, shadow, tickLabels } from './helpers.js';

/** Ten daily events, 1–10 March 2020. */
const DAILY: TimelineEventInput[] = Array.from({ length: 10 }, (_, i) => ({
  id: `d${i + 1}`,
  date: `2020-03-${String(i + 1).padStart(2, '0')}`,
  title: `Day ${i + 1}`,
  description: `What happened on day ${i + 1}`,
}));

async function mount(events = DAILY, attrs = { start: '2020-02-28T00:00:00Z', end: '2020-03-13T00:00:00Z' }) {
  const el = await fixture<NewsTimeline>(
    html`<news-timeline
      style="width: 900px"
      locale="en-GB"
      start=${attrs.start}
      end=${attrs.end}
      .events=${events}
    ></news-timeline>`,
  );
  await settle(el);
  return el;
}

const span = (el: NewsTimeline) => el.end!.getTime() - el.start!.getTime();
const active = (el: NewsTimeline) => shadow(el).activeElement as HTMLElement | null;

describe('<news-timeline> window, zoom and pan', () => {
  it('moves the view when start/end are set, without firing window-change', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('window-change', () => fired++);
    expect(eventButtons(el)).to.have.length(10);
    el.start = new Date(Date.UTC(2020, 2, 1));
    el.end = new Date(Date.UTC(2020, 2, 4));
    await settle(el);
    expect(el.start.toISOString()).to.equal('2020-03-01T00:00:00.000Z');
    expect(el.end.toISOString()).to.equal('2020-03-04T00:00:00.000Z');
    expect(eventButtons(el).map((b) => b.dataset.eventId)).to.deep.equal(['d1', 'd2', 'd3']);
    expect(tickLabels(el)).to.include('2 Mar');
    // "1 – 4 Mar 2020" (the spaces around the dash differ between ICU versions).
    expect(shadow(el).querySelector('[part="window-label"]')!.textContent.replace(/\s/g, ' ')).to.equal(
      '1 – 4 Mar 2020',
    );
    expect(fired).to.equal(0);
  });

  it('zooms with the + and − buttons and fires window-change', async () => {
    const el = await mount();
    const before = span(el);
    const zoomIn = shadow(el).querySelector<HTMLButtonElement>('[part="zoom-in"]')!;
    setTimeout(() => zoomIn.click());
    const { detail } = await oneEvent<CustomEvent<WindowChangeDetail>>(el, 'window-change');
    expect(detail.end.getTime() - detail.start.getTime()).to.be.closeTo(before / 2, 1);
    expect(span(el)).to.be.closeTo(before / 2, 1);
    const zoomOut = shadow(el).querySelector<HTMLButtonElement>('[part="zoom-out"]')!;
    setTimeout(() => zoomOut.click());
    await oneEvent(el, 'window-change');
    expect(span(el)).to.be.closeTo(before, 1);
  });

  it('fits all events with the Fit button', async () => {
    const el = await mount(DAILY, { start: '2020-03-01T00:00:00Z', end: '2020-03-02T00:00:00Z' });
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part="fit"]')!.click());
    await oneEvent(el, 'window-change');
    expect(el.start!.getTime()).to.be.lessThan(Date.UTC(2020, 2, 1));
    expect(el.end!.getTime()).to.be.greaterThan(Date.UTC(2020, 2, 11));
  });

  it('zooms on wheel and pans on drag', async () => {
    const el = await mount();
    const area = plot(el);
    const box = area.getBoundingClientRect();
    const before = span(el);
    const wheel = oneEvent(el, 'window-change');
    area.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        clientX: box.left + box.width / 2,
        clientY: box.top + 50,
        bubbles: true,
        cancelable: true,
      }),
    );
    await wheel;
    expect(span(el)).to.be.lessThan(before * 0.9);
    await settle(el);

    const startBefore = el.start!.getTime();
    const perPixel = span(el) / area.clientWidth;
    const at = { clientX: box.left + 400, clientY: box.top + 200, bubbles: true, view: window };
    area.dispatchEvent(new MouseEvent('mousedown', { ...at, button: 0 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...at, clientX: at.clientX - 100 }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...at, clientX: at.clientX - 100 }));
    await settle(el);
    expect(el.start!.getTime() - startBefore).to.be.closeTo(100 * perPixel, perPixel);
  });
});

describe('<news-timeline> selection and keyboard', () => {
  it('selects an event on click, shows details and fires event-select', async () => {
    const el = await mount();
    const button = eventButtons(el).find((b) => b.dataset.eventId === 'd3')!;
    setTimeout(() => button.click());
    const { detail } = await oneEvent<CustomEvent<EventSelectDetail>>(el, 'event-select');
    expect(detail.event.id).to.equal('d3');
    expect(detail.event.title).to.equal('Day 3');
    expect(el.selected).to.equal('d3');
    await settle(el);
    const details = shadow(el).querySelector('[part="details"]')!;
    expect(details.querySelector('h2')!.textContent).to.equal('Day 3');
    expect(details.querySelector('.date')!.textContent).to.equal('3 March 2020');
    expect(details.querySelector('.description')!.textContent).to.equal('What happened on day 3');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows details when selected is set, without firing event-select', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('event-select', () => fired++);
    el.selected = 'd7';
    await settle(el);
    expect(shadow(el).querySelector('[part="details"] h2')!.textContent).to.equal('Day 7');
    expect(fired).to.equal(0);
  });

  it('is reachable with Tab and moves focus with arrows, Home and End', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const el = await mount();
    el.before(before);
    before.focus();
    // Tab passes the toolbar (+, −, Fit) and lands on the first event.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)?.dataset.eventId).to.equal('d1');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('d2');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('d3');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('d2');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('d10');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('d1');
    // Only one event button is in the tab order (roving tabindex).
    expect(
      eventButtons(el)
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.dataset.eventId),
    ).to.deep.equal(['d1']);
    before.remove();
  });

  it('selects with Enter and Space and closes details with Escape', async () => {
    const el = await mount();
    eventButtons(el)[0]!.focus();
    const selected = oneEvent(el, 'event-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<EventSelectDetail>).detail.event.id).to.equal('d1');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const space = oneEvent(el, 'event-select');
    await sendKeys({ press: 'Space' });
    expect(((await space) as CustomEvent<EventSelectDetail>).detail.event.id).to.equal('d2');
    await settle(el);
    expect(shadow(el).querySelector('[part="details"]')).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(shadow(el).querySelector('[part="details"]')).to.equal(null);
    expect(el.selected).to.equal(undefined);
    expect(active(el)?.dataset.eventId).to.equal('d2');
  });

  it('pans to events outside the window when arrowing to them', async () => {
    const el = await mount(DAILY, { start: '2020-03-01T00:00:00Z', end: '2020-03-03T00:00:00Z' });
    let changes = 0;
    el.addEventListener('window-change', () => changes++);
    eventButtons(el)
      .find((b) => b.dataset.eventId === 'd2')!
      .focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('d3');
    const centre = Date.UTC(2020, 2, 3, 12);
    expect(el.start!.getTime()).to.be.lessThan(centre);
    expect(el.end!.getTime()).to.be.greaterThan(centre);
    expect(changes).to.equal(1);
  });

  it('zooms with + and − keys around the focused event', async () => {
    const el = await mount();
    const before = span(el);
    eventButtons(el)[4]!.focus();
    const zoomed = oneEvent(el, 'window-change');
    await sendKeys({ press: '+' });
    await zoomed;
    expect(span(el)).to.be.closeTo(before / 2, 1);
    const centre = Date.UTC(2020, 2, 5, 12);
    expect(el.start!.getTime()).to.be.lessThan(centre);
    expect(el.end!.getTime()).to.be.greaterThan(centre);
    const out = oneEvent(el, 'window-change');
    await sendKeys({ press: '-' });
    await out;
    expect(span(el)).to.be.closeTo(before, 1);
  });
});

describe('<news-timeline> clustering', () => {
  const dense: TimelineEventInput[] = Array.from({ length: 300 }, (_, i) => ({
    date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
    title: `Update ${i + 1}`,
  }));

  it('clusters dense events with a count and expands them on click', async () => {
    const el = await mount(dense, { start: '2019-12-31T00:00:00Z', end: '2020-01-15T00:00:00Z' });
    const clusters = clusterButtons(el);
    expect(clusters.length).to.be.greaterThan(0);
    const label = clusters[0]!.getAttribute('aria-label')!;
    const count = Number(/^(\d+) events/.exec(label)![1]);
    expect(count).to.be.greaterThan(1);
    const shown = eventButtons(el).length;
    const clustered = clusters.reduce(
      (n, c) => n + Number(/^(\d+)/.exec(c.getAttribute('aria-label')!)![1]),
      0,
    );
    expect(shown + clustered).to.equal(300);

    const clusterStart = Number(clusters[0]!.dataset.start);
    setTimeout(() => clusters[0]!.click());
    await oneEvent(el, 'window-change');
    await settle(el);
    expect(el.start!.getTime()).to.be.lessThan(clusterStart);
    expect(span(el)).to.be.lessThan(2 * DAY);
    expect(eventButtons(el).length).to.be.greaterThan(shown / 2);
    await nextFrame();
  });
});
