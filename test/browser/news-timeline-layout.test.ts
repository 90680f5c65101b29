// A layout that fits its box: height from the lanes, explicit heights honoured, parts of day and
// days drawn where they are, bounded panning, the overview, swimlanes and narrow screens.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { TimelineEventInput } from '../../src/model/event.js';
import { canvasAlpha, DAY, eventButtons, plot, settle, shadow } from './helpers.js';

async function mount(
  events: TimelineEventInput[],
  style = 'width: 900px',
  attrs: Record<string, string> = {},
) {
  const el = document.createElement('news-timeline');
  el.setAttribute('style', style);
  el.locale = 'en-GB';
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.events = events;
  document.body.append(el);
  await settle(el);
  return el;
}

const x = (el: NewsTimeline, time: number) =>
  ((time - el.start!.getTime()) / (el.end!.getTime() - el.start!.getTime())) * plot(el).clientWidth;

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('<news-timeline> height', () => {
  it('is as tall as its lanes need: three events on a few days fit in about 300 px', async () => {
    const el = await mount([
      { date: '2020-03-01', title: 'One' },
      { date: '2020-03-02', title: 'Two' },
      { date: '2020-03-03', title: 'Three' },
    ]);
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.within(150, 310);
    expect(shadow(el).querySelector('[part="overview"]')!.getBoundingClientRect().height).to.equal(34);
    // Many overlapping events need more lanes: a taller plot, within the maximum.
    const busy = await mount(
      Array.from({ length: 12 }, (_, i) => ({ date: '2020-03-01', title: `Same day ${i + 1}` })),
    );
    expect(plot(busy).clientHeight).to.be.greaterThan(plot(el).clientHeight);
    expect(plot(busy).clientHeight).to.be.at.most(520);
  });

  it('uses an explicit height and keeps messages readable at any height', async () => {
    const events = [
      { date: '2020-03-01', title: 'Valid' },
      { date: 'soon', title: 'Bad one' },
      { date: 'later', title: 'Bad two' },
    ];
    const tall = await mount(events, 'width: 800px; height: 480px');
    expect(tall.getBoundingClientRect().height).to.equal(480);
    expect(plot(tall).clientHeight).to.be.greaterThan(200);
    const short = await mount(events, 'width: 800px; height: 170px');
    const message = shadow(short).querySelector<HTMLElement>('[part="message"]')!;
    expect(message.getBoundingClientRect().height).to.be.at.least(30);
    expect(message.scrollHeight).to.be.greaterThan(30);
  });
});

describe('<news-timeline> where marks are drawn', () => {
  it('draws the night of the 29th on the 29th, left of midnight', async () => {
    const el = await mount([{ id: 'n', date: '2019-12-29TNI', title: 'Night raid' }], 'width: 900px', {
      start: '2019-12-29T12:00:00Z',
      end: '2019-12-30T12:00:00Z',
    });
    const button = eventButtons(el)[0]!;
    const midnight = x(el, Date.UTC(2019, 11, 30));
    // The dot (the button's left end) is before midnight.
    expect(button.offsetLeft + 2 + 10).to.be.lessThan(midnight);
  });

  it('draws a day as a day-long band at hour zoom, a dot when zoomed out', async () => {
    const events = [{ id: 'd', date: '2020-03-01', title: 'A day' }];
    const el = await mount(events, 'width: 900px', {
      start: '2020-02-29T18:00:00Z',
      end: '2020-03-02T06:00:00Z',
    });
    const button = eventButtons(el)[0]!;
    const y = button.offsetTop + button.offsetHeight / 2;
    // At 02:00 on the day, 10 h before its midpoint, the band is painted.
    expect(canvasAlpha(el, x(el, Date.UTC(2020, 2, 1, 2)), y)).to.be.greaterThan(0);
    expect(button.offsetLeft).to.be.closeTo(x(el, Date.UTC(2020, 2, 1)) - 2, 2);
    el.start = new Date(Date.UTC(2020, 1, 1));
    el.end = new Date(Date.UTC(2020, 3, 1));
    await settle(el);
    expect(canvasAlpha(el, x(el, Date.UTC(2020, 2, 1, 2)) - 6, y)).to.equal(0);
  });
});

describe('<news-timeline> Fit, bounds and the overview', () => {
  const story: TimelineEventInput[] = [
    { id: 'old', date: '2003-03-20', title: 'Invasion' },
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `s${i + 1}`,
      date: `2019-12-${String(20 + i).padStart(2, '0')}`,
      title: `Story ${i + 1}`,
    })),
  ];

  it('fits the dense part when one outlier would crush it; the overview still shows it', async () => {
    const el = await mount(story);
    expect(el.start!.getTime()).to.be.greaterThan(Date.UTC(2019, 0, 1));
    expect(eventButtons(el).map((b) => b.dataset.eventId)).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => `s${i + 1}`),
    );
    const density = shadow(el).querySelector('[part="overview"] path.density')!.getAttribute('d')!;
    // One bar at the far left (2003), the rest at the far right.
    const bars = [...density.matchAll(/M([\d.]+),/g)].map((m) => Number(m[1]));
    const width = plot(el).clientWidth;
    expect(bars[0]).to.be.below(width * 0.05);
    expect(bars.slice(1).every((b) => b > width * 0.9)).to.equal(true);
  });

  it('keeps zooming out and panning within the events plus a margin', async () => {
    const el = await mount(story.slice(1));
    for (let i = 0; i < 5; i++) el.zoomBy(0.01);
    await settle(el);
    const span = el.end!.getTime() - el.start!.getTime();
    expect(span).to.be.at.most(10 * DAY + 60 * DAY + 1);
    const box = plot(el).getBoundingClientRect();
    const at = { clientX: box.left + 100, clientY: box.top + 40, bubbles: true, view: window };
    plot(el).dispatchEvent(new MouseEvent('mousedown', { ...at, button: 0 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...at, clientX: at.clientX + 5000 }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...at, clientX: at.clientX + 5000 }));
    await settle(el);
    expect(el.start!.getTime()).to.be.at.least(Date.UTC(2019, 11, 20) - 31 * DAY);
  });

  it('moves the window when the overview brush is dragged', async () => {
    const el = await mount(story.slice(1), 'width: 900px', {
      start: '2019-12-20T00:00:00Z',
      end: '2019-12-23T00:00:00Z',
    });
    const selection = shadow(el).querySelector<SVGRectElement>('[part="overview"] .selection')!;
    const box = selection.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(20);
    const before = el.start!.getTime();
    const changed = oneEvent(el, 'window-change');
    const at = { clientX: box.left + box.width / 2, clientY: box.top + 10, bubbles: true, view: window };
    selection.dispatchEvent(new MouseEvent('mousedown', { ...at, button: 0 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...at, clientX: at.clientX + 150 }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...at, clientX: at.clientX + 150 }));
    await changed;
    await settle(el);
    expect(el.start!.getTime()).to.be.greaterThan(before + DAY);
  });
});

describe('<news-timeline> groups', () => {
  const events: TimelineEventInput[] = [
    { id: 'a1', date: '2020-01-01', title: 'A first', group: 'Alpha' },
    { id: 'b1', date: '2020-01-02', title: 'B first', group: 'Beta' },
    { id: 'a2', date: '2020-01-03', title: 'A second', group: 'Alpha' },
    { id: 'b2', date: '2020-01-04', title: 'B second', group: 'Beta' },
  ];

  it('draws labelled swimlanes in first-seen or given order, and steps group then time', async () => {
    const el = await mount(events);
    const labels = () => [...shadow(el).querySelectorAll('.group-label')].map((l) => l.textContent);
    expect(labels()).to.deep.equal(['Alpha', 'Beta']);
    const tops = (ids: string[]) =>
      ids.map((id) => eventButtons(el).find((b) => b.dataset.eventId === id)!.offsetTop);
    const [a1, a2, b1, b2] = tops(['a1', 'a2', 'b1', 'b2']);
    expect(Math.max(a1!, a2!)).to.be.lessThan(Math.min(b1!, b2!));
    el.groups = ['Beta', 'Alpha'];
    await settle(el);
    expect(labels()).to.deep.equal(['Beta', 'Alpha']);
    eventButtons(el)[0]!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    const order = [(shadow(el).activeElement as HTMLElement).dataset.eventId];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      order.push((shadow(el).activeElement as HTMLElement).dataset.eventId);
    }
    expect(order).to.deep.equal(['b1', 'b2', 'a1', 'a2']);
    const list = shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!;
    list.open = true;
    await settle(el);
    expect(
      [...list.querySelectorAll('ol button')].map((b) => b.textContent.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal([
      'Beta2 January 2020B first',
      'Beta4 January 2020B second',
      'Alpha1 January 2020A first',
      'Alpha3 January 2020A second',
    ]);
  });
});

describe('<news-timeline> narrow screens', () => {
  it('gives labels of 30 characters and more room to be read at 390 px', async () => {
    const title = 'Parliament votes on the budget after a long night';
    const el = await mount(
      [
        { id: 'a', date: '2020-03-01', title },
        { id: 'b', date: '2020-03-05', title: 'Ministers resign over the budget vote' },
        { id: 'c', date: '2020-03-09', title: 'A new government is sworn in at last' },
      ],
      'width: 390px',
    );
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `13px ${getComputedStyle(el).fontFamily}`;
    const thirty = ctx.measureText(title.slice(0, 30)).width;
    const width = (id: string) => eventButtons(el).find((b) => b.dataset.eventId === id)!.offsetWidth;
    // Near either edge a label takes the plot's width; in the middle, the wider side (half of it).
    expect(width('a')).to.be.greaterThan(thirty);
    expect(width('c')).to.be.greaterThan(thirty);
    expect(width('b')).to.be.greaterThan(plot(el).clientWidth / 2 - 10);
  });
});
