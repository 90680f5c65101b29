import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import { eventButtons, plot, settle, shadow } from './helpers.js';

const EVENTS = [
  { id: 'a', date: '2021-03-04', title: 'First vote' },
  { id: 'b', date: '2021-06-10', title: 'Second vote' },
  { id: 'c', date: '2021-09-20', title: 'Third vote' },
  { date: 'not a date', title: 'Unreadable' },
];

const ARABIC = [
  { id: 'a', date: '2021-03-04', title: 'تصويت البرلمان' },
  { id: 'b', date: '2021-06-10', title: 'اتفاق وقف إطلاق النار' },
  { id: 'c', date: '2021-09-20', title: 'الانتخابات العامة' },
];

const fitButton = (el: NewsTimeline) => shadow(el).querySelector<HTMLButtonElement>('[part="fit"]')!;
const summary = (el: NewsTimeline) =>
  shadow(el).querySelector('details[part="list"] summary')!.textContent.trim();
const message = (el: NewsTimeline) => shadow(el).querySelector('[part="message"] strong')!.textContent;

/** Tick labels and the x of their tick, in time order. */
function ticks(el: NewsTimeline): Array<{ time: number; x: number; box: DOMRect }> {
  return [...shadow(el).querySelectorAll<SVGGElement>('svg.axis .tick')]
    .map((tick) => ({
      time: (tick as unknown as { __data__: Date }).__data__.getTime(),
      x: Number(/translate\(([-\d.]+)/.exec(tick.getAttribute('transform')!)![1]),
      box: tick.querySelector('text')!.getBoundingClientRect(),
    }))
    .sort((a, b) => a.time - b.time);
}

function overlapping(boxes: DOMRect[]): Array<[number, number]> {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const pairs: Array<[number, number]> = [];
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.left < sorted[i - 1]!.right) pairs.push([sorted[i - 1]!.right, sorted[i]!.left]);
  return pairs;
}

/**
 * Columns of the plot's canvas (CSS px) painted in the mark colour (pure red) and in the text
 * colour (pure blue), in the lane rows: where the dots and the labels are.
 */
function paintedColumns(el: NewsTimeline): { dots: number[]; text: number[] } {
  const canvas = shadow(el).querySelector('canvas')!;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const dots = new Set<number>();
  const text = new Set<number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a < 200) continue;
      if (r > 200 && g < 60 && b < 60) dots.add(Math.floor(x / ratio));
      else if (b > 200 && r < 60 && g < 60) text.add(Math.floor(x / ratio));
    }
  }
  return { dots: [...dots].sort((p, q) => p - q), text: [...text].sort((p, q) => p - q) };
}

const COLOURS =
  'width: 700px; --news-timeline-accent: rgb(255, 0, 0); --news-timeline-text: rgb(0, 0, 255); --news-timeline-selected: rgb(0, 160, 0)';

describe('<news-timeline> languages', function () {
  this.timeout(30_000);
  it('speaks English without any lang, and the language of its nearest lang', async () => {
    const en = await fixture<NewsTimeline>(html`<news-timeline .events=${EVENTS}></news-timeline>`);
    await settle(en);
    expect(fitButton(en).textContent.trim()).to.equal('Fit');
    expect(summary(en)).to.equal('All events (3), 1 undated or unreadable');

    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de-AT">
        <section><news-timeline .events=${EVENTS} selected="b"></news-timeline></section>
      </div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    await settle(el);
    expect(fitButton(el).textContent.trim()).to.equal('Alles');
    expect(summary(el)).to.equal('Alle Ereignisse (3), 1 ohne Datum oder unlesbar');
    expect(plot(el).getAttribute('aria-label')).to.match(/^Zeitleiste: 3 Ereignisse\. Pfeiltasten/);
    expect(shadow(el).querySelector('[part="zoom-in"]')!.getAttribute('aria-label')).to.equal('Vergrößern');
    expect(shadow(el).querySelector('[part="prev"]')!.getAttribute('aria-label')).to.equal(
      'Voriges Ereignis',
    );
    expect(shadow(el).querySelector('.position')!.textContent).to.equal('2 von 3');
    expect(message(el)).to.equal('1 Ereignis ließ sich nicht auf der Zeitleiste einordnen');
    // Dates follow the language too: the card, the axis and the event buttons' names.
    expect(shadow(el).querySelector('[part="details"] .date')!.textContent).to.equal('10. Juni 2021');
    expect(eventButtons(el).map((b) => b.getAttribute('aria-label'))).to.include('First vote, 4. März 2021');
  });

  it('re-renders when its own lang or an ancestor’s changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><news-timeline .events=${EVENTS}></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    await settle(el);
    expect(fitButton(el).textContent.trim()).to.equal('Ajustar');
    el.setAttribute('lang', 'ru');
    await waitUntil(() => fitButton(el).textContent.trim() === 'Всё', 'Russian after lang="ru"');
    expect(summary(el)).to.equal('Все события (3), Без даты или нечитаемых: 1');
    el.removeAttribute('lang');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => fitButton(el).textContent.trim() === 'Tout voir', 'French from the ancestor');
    expect(message(el)).to.equal('1 événement n’a pas pu être placé sur la chronologie');
    wrapper.setAttribute('lang', 'ja');
    await waitUntil(
      () => fitButton(el).textContent.trim() === 'Fit',
      'English for a language without a table',
    );
  });

  it('takes a partial strings override over the language’s table', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        lang="de"
        .events=${EVENTS}
        .strings=${{ fit: 'Zeig alles', allEvents: (n: number) => `Alle ${n}` }}
      ></news-timeline>`,
    );
    await settle(el);
    expect(fitButton(el).textContent.trim()).to.equal('Zeig alles');
    expect(summary(el)).to.equal('Alle 3, 1 ohne Datum oder unlesbar');
    expect(shadow(el).querySelector('[part="zoom-out"]')!.getAttribute('aria-label')).to.equal('Verkleinern');
    el.strings = { zoomOut: 'Weiter weg' };
    await settle(el);
    expect(fitButton(el).textContent.trim()).to.equal('Alles');
    expect(shadow(el).querySelector('[part="zoom-out"]')!.getAttribute('aria-label')).to.equal('Weiter weg');
  });

  it('reads the article in its language (text mode) and says when it cannot', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-ES">
        <news-timeline
          reference-date="2024-03-15"
          .text=${'El Gobierno aprobó ayer la nueva ley de vivienda.'}
        ></news-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    const extraction = { timeout: 10_000 };
    await waitUntil(() => el.timelineEvents.length === 1, 'Spanish article read', extraction);
    expect(el.timelineEvents.map((e) => [e.value, e.title])).to.deep.equal([
      ['2024-03-14', 'El Gobierno aprobó la nueva ley de vivienda'],
    ]);
    // A language the extraction has no tables for: read as English, with a warning.
    wrapper.setAttribute('lang', 'ja');
    el.text = 'The government approved the housing bill yesterday.';
    await waitUntil(
      () => el.timelineEvents[0]?.value === '2024-03-14' && el.timelineEvents[0].title.startsWith('The'),
      'read as English',
      extraction,
    );
    await settle(el);
    shadow(el).querySelector<HTMLDetailsElement>('[part="message"] details')!.open = true;
    expect(shadow(el).querySelector('[part="message"] details li')!.textContent).to.match(
      /^Unsupported language "ja" \(supported: .*\): the article was read as English$/,
    );
  });

  it('uses Russian plural forms', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ date: `2021-0${i + 1}-01`, title: `Событие ${i}` }));
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        lang="ru"
        .events=${[...many, { date: 'x', title: 'a' }, { date: 'y', title: 'b' }]}
      ></news-timeline>`,
    );
    await settle(el);
    expect(plot(el).getAttribute('aria-label')).to.match(/^Хронология: 5 событий\./);
    expect(message(el)).to.equal('Не удалось поместить на хронологию: 2 события');
  });
});

describe('<news-timeline> right to left', () => {
  it('runs time from right to left with labels left of their dots', async () => {
    const ltr = await fixture<NewsTimeline>(
      html`<news-timeline
        style=${COLOURS}
        start="2021-05-01"
        end="2021-07-20"
        .events=${ARABIC}
      ></news-timeline>`,
    );
    const rtl = await fixture<NewsTimeline>(
      html`<news-timeline
        dir="rtl"
        lang="ar"
        style=${COLOURS}
        start="2021-05-01"
        end="2021-07-20"
        .events=${ARABIC}
      ></news-timeline>`,
    );
    await settle(ltr);
    await settle(rtl);
    // One event in view (10 June): its dot, and its label beside it on the reading side.
    const l = paintedColumns(ltr);
    const r = paintedColumns(rtl);
    expect(l.dots.length).to.be.greaterThan(4);
    expect(r.dots.length).to.be.greaterThan(4);
    expect(l.text.length).to.be.greaterThan(40);
    expect(r.text.length).to.be.greaterThan(40);
    expect(Math.min(...l.text)).to.be.greaterThan(Math.max(...l.dots), 'LTR label right of its dot');
    expect(Math.max(...r.text)).to.be.lessThan(Math.min(...r.dots), 'RTL label left of its dot');
    const width = plot(rtl).clientWidth;
    expect(Math.abs(Math.min(...r.dots) + Math.max(...l.dots) - width)).to.be.lessThan(3, 'mirrored dot');

    const t = ticks(rtl);
    expect(t.length).to.be.greaterThan(2);
    for (let i = 1; i < t.length; i++) expect(t[i]!.x).to.be.lessThan(t[i - 1]!.x, 'later ticks to the left');
    // The event button sits over dot and label, the window label reads in Arabic.
    const button = eventButtons(rtl).find((b) => b.dataset.eventId === 'b')!;
    const left = parseFloat(button.style.left);
    expect(left).to.be.lessThan(Math.min(...r.text) + 1);
    expect(left + parseFloat(button.style.width)).to.be.greaterThan(Math.max(...r.dots) - 1);
    const windowLabel = shadow(rtl).querySelector<HTMLElement>('.window-label')!;
    expect(getComputedStyle(windowLabel).direction).to.equal('rtl');
    expect(windowLabel.textContent).to.equal(
      new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
        new Date('2021-05-01'),
        new Date('2021-07-20'),
      ),
    );
    expect(fitButton(rtl).textContent.trim()).to.equal('الكل');
  });

  it('inherits dir from an ancestor and keeps the earliest event at the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="he"><news-timeline style=${COLOURS} .events=${ARABIC}></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    await settle(el);
    const x = (id: string) => {
      const b = eventButtons(el).find((button) => button.dataset.eventId === id)!;
      return parseFloat(b.style.left) + parseFloat(b.style.width);
    };
    expect(x('a')).to.be.greaterThan(x('b'));
    expect(x('b')).to.be.greaterThan(x('c'));
    wrapper.setAttribute('dir', 'ltr');
    await waitUntil(() => {
      const t = ticks(el);
      return t.length > 1 && t[0]!.x < t[1]!.x;
    }, 'left to right again');
  });

  it('moves with the arrow keys as the reader sees the events', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline dir="rtl" .events=${ARABIC}></news-timeline>`);
    await settle(el);
    plot(el).focus();
    const active = () => shadow(el).activeElement as HTMLElement | null;
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active()?.dataset.eventId).to.equal('a');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(active()?.dataset.eventId).to.equal('b', '← goes to the later event, on the left');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(active()?.dataset.eventId).to.equal('a');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('a');
    shadow(el).querySelector<HTMLButtonElement>('[part="next"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(el.selected).to.equal('b', '← in the card steps to the next event');
  });

  it('lays out dense ar-EG axis labels without collisions', async () => {
    for (const width of [390, 640, 1000]) {
      for (const [start, end] of [
        ['2019-01-01', '2023-12-31'],
        ['2021-01-01', '2021-12-31'],
        ['2021-03-01', '2021-04-15'],
        ['2021-03-04T00:00Z', '2021-03-05T00:00Z'],
      ]) {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline
            lang="ar-EG"
            dir="rtl"
            style="width: ${width}px"
            start=${start!}
            end=${end!}
            .events=${ARABIC}
          ></news-timeline>`,
        );
        await settle(el);
        const t = ticks(el);
        expect(t.length, `${width}px ${start}`).to.be.greaterThan(1);
        expect(overlapping(t.map((tick) => tick.box)), `${width}px ${start}…${end}`).to.deep.equal([]);
        // Labels stay inside the plot.
        const box = plot(el).getBoundingClientRect();
        for (const tick of t) {
          expect(tick.box.left).to.be.at.least(box.left - 1);
          expect(tick.box.right).to.be.at.most(box.right + 1);
        }
      }
    }
  });

  it('has no axe violations right to left with the card and list open', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        dir="rtl"
        lang="ar"
        style="width: 800px"
        .events=${ARABIC}
        selected="b"
      ></news-timeline>`,
    );
    await settle(el);
    shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!.open = true;
    await waitUntil(() => shadow(el).querySelector('details[part="list"] ol'));
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
