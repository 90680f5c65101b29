import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import { eventButtons, plot, settle, shadow } from './helpers.js';

const EVENTS = [
  { id: 'a', date: '2003-03-20', title: 'Invasion begins', url: 'https://example.org/a', source: 'Wire' },
  { id: 'b', date: '2003', title: 'Year of the invasion' },
  { id: 'c', start: '2007-01', end: '2008-07', title: 'The surge' },
  { id: 'd', date: '1997-XX', title: 'Inspections crisis' },
  { date: 'not a date', title: 'Unreadable' },
];

describe('<news-timeline> accessibility', () => {
  it('has no axe violations in light theme with details, messages and the list open', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline theme="light" style="width: 800px" .events=${EVENTS} selected="a"></news-timeline>`,
    );
    await settle(el);
    shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!.open = true;
    await waitUntil(() => shadow(el).querySelector('details[part="list"] ol'));
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in dark theme', async () => {
    const el = await fixture<NewsTimeline>(
      html`<div style="background: #000; padding: 8px">
        <news-timeline theme="dark" style="width: 800px" .events=${EVENTS} selected="c"></news-timeline>
      </div>`,
    );
    const timeline = el.querySelector('news-timeline')!;
    await settle(timeline);
    await expect(timeline).to.be.accessible();
  });

  it('has no axe violations with swimlanes, a phone width and an "early" period', async () => {
    const grouped = [
      { id: 'g1', date: '2004', mod: 'START', title: 'Talks begin', group: 'Diplomacy' },
      { id: 'g2', date: '2004-06-02', title: 'Ceasefire signed', group: 'Diplomacy' },
      { id: 'g3', date: '2004-03-11', title: 'Train bombings', group: 'Security' },
      { id: 'g4', start: '2004-05', end: '2004-08', title: 'Curfew', group: 'Security' },
    ];
    const el = await fixture<NewsTimeline>(
      html`<news-timeline theme="light" style="width: 390px" .events=${grouped}></news-timeline>`,
    );
    await settle(el);
    expect(
      [...shadow(el).querySelectorAll('[part~="group-label"], .group-label')].map((n) =>
        n.textContent.trim(),
      ),
    ).to.deep.equal(['Diplomacy', 'Security']);
    expect(eventButtons(el).map((b) => b.getAttribute('aria-label'))).to.include('Talks begin, early 2004');
    await expect(el).to.be.accessible();
  });

  it('names the plot and its event buttons', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline locale="en-GB" style="width: 800px" .events=${EVENTS}></news-timeline>`,
    );
    await settle(el);
    expect(plot(el).getAttribute('role')).to.equal('group');
    expect(plot(el).getAttribute('aria-label')).to.match(/^Timeline: 4 events\./);
    expect(shadow(el).querySelector('canvas')!.getAttribute('aria-hidden')).to.equal('true');
    expect(eventButtons(el).map((b) => b.getAttribute('aria-label'))).to.include(
      'Inspections crisis, 1997 (approximate)',
    );
  });

  it('lists every event in time order in the list view and selects from it', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline locale="en-GB" style="width: 800px" .events=${EVENTS}></news-timeline>`,
    );
    await settle(el);
    const list = shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!;
    expect(list.querySelector('summary')!.textContent.trim()).to.equal(
      'All events (4), 1 undated or unreadable',
    );
    list.open = true;
    await waitUntil(() => list.querySelector('ol'));
    const items = [...list.querySelectorAll('ol li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      '1997 (approximate)Inspections crisis',
      '2003Year of the invasion',
      '20 March 2003Invasion begins',
      'January 2007 – July 2008The surge',
    ]);
    expect(list.querySelector('ul.invalid li')!.textContent).to.equal(
      '“Unreadable”: unreadable date "not a date"',
    );
    list.querySelectorAll<HTMLButtonElement>('ol button')[3]!.click();
    await settle(el);
    expect(el.selected).to.equal('c');
  });

  it('keeps slotted children as the no-JS/print fallback', async () => {
    const el = await fixture<NewsTimeline>(html`
      <news-timeline style="width: 800px">
        <timeline-event date="2020-01-01">New year</timeline-event>
      </news-timeline>
    `);
    await settle(el);
    const slot = shadow(el).querySelector<HTMLSlotElement>('.fallback slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['New year']);
    expect(getComputedStyle(shadow(el).querySelector('.fallback')!).display).to.equal('none');
  });
});

describe('<news-timeline> theming and size', () => {
  it('switches colours with the theme attribute and custom properties', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline theme="light" style="width: 600px" .events=${EVENTS}></news-timeline>`,
    );
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 24, 33)');
    el.style.setProperty('--news-timeline-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('follows its container size', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        style="width: 600px; --news-timeline-height: 200px"
        .events=${EVENTS}
      ></news-timeline>`,
    );
    await settle(el);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.getBoundingClientRect().width).to.equal(598);
    el.style.width = '900px';
    await settle(el);
    expect(canvas.getBoundingClientRect().width).to.equal(898);
    expect(canvas.getBoundingClientRect().height).to.equal(200 - 28);
  });
});
