// The story card: what it shows, stepping through the story like slides, and where it appears.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { EventSelectDetail } from '../../src/elements/timeline-events.js';
import type { TimelineEventInput } from '../../src/model/event.js';
import { DAY, eventButtons, settle, shadow } from './helpers.js';

const STORY: TimelineEventInput[] = [
  { id: 'old', date: '2003-03-20', title: 'Invasion of Iraq begins' },
  ...Array.from({ length: 10 }, (_, i) => ({
    id: `s${i + 1}`,
    date: `2019-12-${String(20 + i).padStart(2, '0')}`,
    title: `Story event number ${i + 1} with a longer headline`,
    description: `Sentence ${i + 1}.`,
  })),
];

const card = (el: NewsTimeline) => shadow(el).querySelector<HTMLElement>('[part="card"]');
const active = (el: NewsTimeline) => shadow(el).activeElement as HTMLElement | null;

async function mount(width = '900px') {
  const el = await fixture<NewsTimeline>(
    html`<news-timeline style="width: ${width}" locale="en-GB" .events=${STORY}></news-timeline>`,
  );
  await settle(el);
  return el;
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('<news-timeline> story card', () => {
  it('shows date, headline, description, media with credit, and its place in the story', async () => {
    const events: TimelineEventInput[] = [
      {
        id: 'm',
        date: '2020-01-03',
        title: 'Strike at Baghdad airport',
        description: 'A drone strike hit a convoy.',
        source: 'Wire',
        group: 'Iraq',
        media: { src: '/demo/assets/favicon.svg', alt: 'The airport road', credit: 'Photo: Agency' },
      },
    ];
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        style="width: 900px"
        locale="en-GB"
        .events=${events}
        selected="m"
      ></news-timeline>`,
    );
    await settle(el);
    const c = card(el)!;
    expect(c.querySelector('h2')!.textContent).to.equal('Strike at Baghdad airport');
    expect(c.querySelector('.date')!.textContent).to.equal('3 January 2020');
    expect(c.querySelector('.description')!.textContent).to.equal('A drone strike hit a convoy.');
    expect(c.querySelector('.meta')!.textContent).to.equal('Iraq · Wire');
    const img = c.querySelector<HTMLImageElement>('[part="card-media"] img')!;
    expect(img.getAttribute('alt')).to.equal('The airport road');
    expect(c.querySelector('[part="card-media"] figcaption')!.textContent).to.equal('Photo: Agency');
    expect(c.querySelector('.position')!.textContent).to.equal('1 of 1');
    expect(c.querySelector<HTMLButtonElement>('[part="prev"]')!.disabled).to.equal(true);
    expect(c.querySelector<HTMLButtonElement>('[part="next"]')!.disabled).to.equal(true);
  });

  it('steps with prev/next and ←/→ in time order, moving the window only as needed', async () => {
    const el = await mount();
    el.selected = 's1';
    await settle(el);
    const next = card(el)!.querySelector<HTMLButtonElement>('[part="next"]')!;
    setTimeout(() => next.click());
    const { detail } = await oneEvent<CustomEvent<EventSelectDetail>>(el, 'event-select');
    expect(detail.event.id).to.equal('s2');
    await settle(el);
    expect(card(el)!.querySelector('h2')!.textContent).to.equal(
      'Story event number 2 with a longer headline',
    );
    expect(card(el)!.querySelector('.position')!.textContent).to.equal('3 of 11');
    card(el)!.querySelector<HTMLButtonElement>('[part="next"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.selected).to.equal('s3');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.selected).to.equal('old');
    // The outlier was outside the window: it moved there, and the event is readable.
    const old = Date.UTC(2003, 2, 20, 12);
    expect(el.start!.getTime()).to.be.lessThan(old);
    expect(el.end!.getTime()).to.be.greaterThan(old);
    expect(card(el)!.querySelector<HTMLButtonElement>('[part="prev"]')!.disabled).to.equal(true);
  });

  it('closes with Escape and returns focus to the event', async () => {
    const el = await mount();
    eventButtons(el)
      .find((b) => b.dataset.eventId === 's4')!
      .focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    card(el)!.querySelector<HTMLButtonElement>('[part="next"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(card(el)).to.equal(null);
    expect(active(el)?.dataset.eventId).to.equal('s4');
  });

  it('Home and End go to the first and last event at a zoom that shows their neighbours', async () => {
    const el = await mount();
    eventButtons(el)[2]!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('old');
    const span = el.end!.getTime() - el.start!.getTime();
    expect(span).to.be.lessThan(60 * DAY);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(active(el)?.dataset.eventId).to.equal('s10');
    // s8 and s9 are in view with it.
    expect(el.start!.getTime()).to.be.lessThan(Date.UTC(2019, 11, 27));
    expect(el.end!.getTime()).to.be.greaterThan(Date.UTC(2019, 11, 30));
    expect(eventButtons(el).map((b) => b.dataset.eventId)).to.include.members(['s8', 's9', 's10']);
  });

  it('has no axe violations with the bottom sheet open, in light and dark', async () => {
    await setViewport({ width: 390, height: 844 });
    for (const theme of ['light', 'dark']) {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline
          theme=${theme}
          style="width: 100%"
          .events=${STORY}
          selected="s3"
        ></news-timeline>`,
      );
      await settle(el);
      expect(card(el)!.matches(':popover-open')).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`opens where the reader is looking at ${width}×${height}, without the page jumping`, async () => {
      await setViewport({ width, height });
      const spacer = document.createElement('div');
      spacer.style.height = '300px';
      document.body.prepend(spacer);
      const el = await mount('100%');
      el.scrollIntoView({ block: 'start' });
      const scrolled = window.scrollY;
      eventButtons(el).at(-1)!.click();
      await settle(el);
      const box = card(el)!.getBoundingClientRect();
      expect(box.top).to.be.within(0, height - 120);
      expect(box.bottom).to.be.at.most(height + 1);
      expect(window.scrollY).to.equal(scrolled);
      // Narrow: a bottom sheet at the foot of the viewport; wide: beside the plot.
      if (width <= 480) expect(Math.round(box.bottom)).to.equal(height);
      else expect(box.left).to.be.greaterThan(width / 2);
      spacer.remove();
    });
  }

  it('keeps the plot its height on a narrow element whose card is a sheet', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        style="width: 358px; --news-timeline-height: 190px"
        selected="b"
        .events=${[
          { id: 'a', date: '2021-01-01', title: 'A' },
          { id: 'b', date: '2021-03-01', title: 'B' },
        ]}
      ></news-timeline>`,
    );
    await settle(el);
    expect(shadow(el).querySelector('.card')!.classList.contains('sheet')).to.equal(true);
    expect(shadow(el).querySelector<HTMLElement>('.plot')!.clientHeight).to.equal(190);
    expect(eventButtons(el).map((b) => b.dataset.eventId)).to.have.members(['a', 'b']);
  });
});
