import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type {
  ArticleExtractDetail,
  EventSelectDetail,
  TimelineErrorDetail,
} from '../../src/elements/timeline-events.js';
import { eventButtons, settle, shadow } from './helpers.js';

/** A short article in the style of the seed (reference date 2019-12-30). */
const ARTICLE = [
  'U.S. Strikes Militia Bases In Iraq And Syria',
  'The United States said on December 29 that it had conducted strikes against five targets in Iraq and Syria.',
  'The caretaker Iraqi government warned on December 30 it might review its relations with the United States.',
  'Later on December 29, a security official said that four rockets had landed near a base in the evening.',
  'Iraq has been shaken by violence since the U.S.-led invasion in 2003.',
  '"We have no alternative today other than confrontation," the militia said.',
].join('\n\n');

const SENTENCE_E1 =
  'The United States said on December 29 that it had conducted strikes against five targets in Iraq and Syria.';

async function mountText(text: string, attrs: { showArticle?: boolean; width?: number } = {}) {
  const el = document.createElement('news-timeline');
  el.style.width = `${attrs.width ?? 900}px`;
  el.locale = 'en-GB';
  el.setAttribute('reference-date', '2019-12-30');
  el.showArticle = attrs.showArticle ?? false;
  const extracted = oneEvent(el, 'article-extract');
  el.text = text;
  document.body.append(el);
  const { detail } = (await extracted) as CustomEvent<ArticleExtractDetail>;
  await settle(el);
  return { el, detail };
}

const values = (el: NewsTimeline) => el.timelineEvents.map((e) => [e.id, e.value]);

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

/**
 * Each element starts its own extraction worker, which loads the extraction (normalizer, chrono,
 * language tables) cold: seconds on a loaded machine, so waits for a first extraction allow that.
 */
const EXTRACTION = { timeout: 10_000 };

describe('<news-timeline> text mode', function () {
  this.timeout(30_000);
  it('extracts and renders the events of the text property', async () => {
    const { el, detail } = await mountText(ARTICLE);
    expect(detail.text).to.equal(ARTICLE);
    expect(detail.result.events.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
    // Time order; the evening refinement of December 29 is kept.
    expect(values(el)).to.deep.equal([
      ['e4', '2003'],
      ['e1', '2019-12-29'],
      ['e3', '2019-12-29TEV'],
      ['e2', '2019-12-30'],
    ]);
    expect(el.extraction).to.equal(detail.result);
    expect(el.articleText).to.equal(ARTICLE);
    expect(el.timelineEvents.find((e) => e.id === 'e4')!.kind).to.equal('band');
    const labels = eventButtons(el).map((b) => b.getAttribute('aria-label'));
    expect(labels).to.include('Iraq has been shaken by violence since the U.S.-led invasion, 2003');
    expect(labels.some((l) => l!.endsWith('29 December 2019, evening'))).to.equal(true);
  });

  it('lists undated mentions as such in the list view', async () => {
    const { el } = await mountText(ARTICLE);
    const list = shadow(el).querySelector<HTMLDetailsElement>('details[part="list"]')!;
    expect(list.querySelector('summary')!.textContent.trim()).to.equal('All events (4), 1 undated mention');
    list.open = true;
    await waitUntil(() => list.querySelector('ul.undated'), 'undated mentions not listed');
    const item = list.querySelector('ul.undated li')!;
    expect(item.querySelector('q')!.textContent).to.equal('today');
    expect(item.textContent).to.contain('inside a quotation');
    // An undated mention is not an error of the data.
    expect(shadow(el).querySelector('[part="message"]')).to.equal(null);
  });

  it('re-reads the article when text, reference-date or prefer change', async () => {
    const { el } = await mountText('The vote was held in March.');
    expect(values(el)).to.deep.equal([['e1', '2019-03']]);
    let extracted = oneEvent(el, 'article-extract');
    el.prefer = 'future';
    await extracted;
    expect(values(el)).to.deep.equal([['e1', '2020-03']]);
    extracted = oneEvent(el, 'article-extract');
    el.setAttribute('reference-date', '2015-06-01');
    await extracted;
    expect(values(el)).to.deep.equal([['e1', '2016-03']]);
    extracted = oneEvent(el, 'article-extract');
    el.text = 'Troops left in 2011.';
    await extracted;
    expect(values(el)).to.deep.equal([['e1', '2011']]);
    el.text = undefined;
    await waitUntil(() => el.timelineEvents.length === 0, 'events of a removed article are still shown');
  });

  it('reads the article from a slot="article" child and follows edits', async () => {
    const el = await fixture<NewsTimeline>(html`
      <news-timeline reference-date="2019-12-30" style="width: 800px">
        <script type="text/plain" slot="article">
          Troops invaded Iraq in 2003.
          The United States said on December 29 that it had conducted strikes.
        </script>
        <timeline-event date="2020-01-03">A child event</timeline-event>
      </news-timeline>
    `);
    await waitUntil(
      () => el.timelineEvents.length === 3,
      'article events were not combined with children',
      EXTRACTION,
    );
    expect(el.articleText).to.equal(
      'Troops invaded Iraq in 2003.\nThe United States said on December 29 that it had conducted strikes.',
    );
    expect(el.timelineEvents.map((e) => e.value)).to.deep.equal(['2003', '2019-12-29', '2020-01-03']);
    const script = el.querySelector('script')!;
    const extracted = oneEvent(el, 'article-extract');
    script.textContent = 'The talks ended in 1998.';
    await extracted;
    expect(el.timelineEvents.map((e) => e.value)).to.deep.equal(['1998', '2020-01-03']);
    // The slotted article is hidden while the element runs (it is the print / no-JS fallback).
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="article"]')!;
    expect(slot.assignedElements()).to.deep.equal([script]);
    expect(getComputedStyle(slot.parentElement!).display).to.equal('none');
  });

  it('reads paragraphs of an <article slot="article"> as separate blocks', async () => {
    const el = await fixture<NewsTimeline>(html`
      <news-timeline reference-date="2019-12-30" style="width: 800px">
        <article slot="article">
          <h1>Strikes</h1>
          <p>The United States said on December 29 that it struck five targets.</p>
          <p>Iraq was invaded in 2003.</p>
        </article>
      </news-timeline>
    `);
    await waitUntil(() => el.timelineEvents.length === 2, 'article child not read', EXTRACTION);
    expect(el.articleText).to.equal(
      'Strikes\n\nThe United States said on December 29 that it struck five targets.\n\nIraq was invaded in 2003.',
    );
  });

  it('loads a plain-text article from article-src', async () => {
    const el = document.createElement('news-timeline');
    el.setAttribute('reference-date', '2019-12-30');
    const extracted = oneEvent(el, 'article-extract');
    el.setAttribute('article-src', '/test/browser/fixtures/article.txt');
    document.body.append(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Reading the article…');
    const { detail } = (await extracted) as CustomEvent<ArticleExtractDetail>;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')).to.equal(null);
    expect(detail.text.startsWith('U.S. Strikes Militia Bases In Iraq And Syria\n')).to.equal(true);
    expect(values(el)).to.deep.equal([
      ['e4', '2003'],
      ['e1', '2019-12-29'],
      ['e3', '2019-12-29TEV'],
      ['e2', '2019-12-30'],
    ]);
  });

  it('reports an article-src that 404s inside the element and with timeline-error', async () => {
    const el = document.createElement('news-timeline');
    el.setAttribute('reference-date', '2019-12-30');
    el.events = [{ date: '2020-01-01', title: 'Still shown' }];
    const error = oneEvent(el, 'timeline-error');
    el.articleSrc = '/test/browser/fixtures/missing-article.txt';
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.reasons).to.deep.equal([
      'could not load /test/browser/fixtures/missing-article.txt: HTTP 404',
    ]);
    await settle(el);
    expect(shadow(el).querySelector('[part="message"]')!.textContent).to.contain(
      'could not load /test/browser/fixtures/missing-article.txt: HTTP 404',
    );
    expect(el.timelineEvents.map((e) => e.title)).to.deep.equal(['Still shown']);
  });

  it('reports an unknown prefer value and a missing reference-date', async () => {
    const el = document.createElement('news-timeline');
    el.setAttribute('reference-date', '2019-12-30');
    el.setAttribute('prefer', 'sideways');
    let error = oneEvent(el, 'timeline-error');
    el.text = 'The vote was held in March.';
    document.body.append(el);
    let { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    expect(detail.reasons[0]).to.match(
      /^could not extract events from the article: prefer must be one of auto, past, future, nearest/,
    );

    error = oneEvent(el, 'timeline-error');
    el.removeAttribute('prefer');
    el.removeAttribute('reference-date');
    ({ detail } = (await error) as CustomEvent<TimelineErrorDetail>);
    expect(detail.reasons).to.have.length(1);
    expect(detail.reasons[0]).to.match(
      /^no reference-date: relative dates .* were read from today, \d{4}-\d\d-\d\d/,
    );
    expect(el.timelineEvents).to.have.length(1);
  });
});

describe('<news-timeline> provenance', () => {
  it('shows the source sentence of a selected event with its date expression marked', async () => {
    const { el } = await mountText(ARTICLE);
    const button = eventButtons(el).find((b) => b.dataset.eventId === 'e1')!;
    setTimeout(() => button.click());
    const { detail } = await oneEvent<CustomEvent<EventSelectDetail>>(el, 'event-select');
    expect(detail.event.id).to.equal('e1');
    await settle(el);
    const source = shadow(el).querySelector('[part="details"] [part="source"]')!;
    expect(source.querySelector('blockquote')!.textContent.trim()).to.equal(SENTENCE_E1);
    const marks = source.querySelectorAll('mark');
    expect(marks).to.have.length(1);
    expect(marks[0]!.textContent).to.equal('December 29');
    expect(marks[0]!.getAttribute('part')).to.equal('source-date');
    // The sentence replaces the description, it is not shown twice.
    expect(shadow(el).querySelector('[part="details"] .description')).to.equal(null);
  });

  it('highlights every date expression of the article beside the timeline', async () => {
    const { el, detail } = await mountText(ARTICLE, { showArticle: true, width: 1200 });
    const article = shadow(el).querySelector<HTMLElement>('[part="article"]')!;
    expect(article.textContent).to.equal(ARTICLE);
    const marks = [...article.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).to.deep.equal(detail.result.expressions.map((e) => e.text));
    expect(marks.map((m) => m.textContent)).to.deep.equal([
      'December 29',
      'December 30',
      'December 29',
      'the evening',
      '2003',
      'today',
    ]);
    // Dates of events are buttons; the quoted "today" is not on the timeline and says why.
    expect(marks.map((m) => m.querySelector('button')?.dataset.eventId)).to.deep.equal([
      'e1',
      'e2',
      'e3',
      'e3',
      'e4',
      undefined,
    ]);
    expect(marks[5]!.getAttribute('title')).to.contain('inside a quotation');
    // The pane's styles came with text mode's code: event dates highlighted, the rest dotted.
    expect(getComputedStyle(marks[0]!).backgroundColor).to.equal('rgb(255, 241, 168)');
    expect(getComputedStyle(marks[5]!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(marks[5]!).textDecorationStyle).to.equal('dotted');
    // Beside, not below: the article column is to the right of the plot.
    const plotBox = shadow(el).querySelector('.plot')!.getBoundingClientRect();
    const articleBox = article.getBoundingClientRect();
    expect(articleBox.left).to.be.at.least(plotBox.right - 1);
    expect(articleBox.top).to.be.lessThan(plotBox.bottom);
  });

  it('selects the event of a highlighted date when it is clicked', async () => {
    const { el } = await mountText(ARTICLE, { showArticle: true, width: 1200 });
    const date = shadow(el).querySelector<HTMLButtonElement>('[part="article"] button[data-event-id="e2"]')!;
    expect(date.textContent).to.equal('December 30');
    setTimeout(() => date.click());
    const { detail } = await oneEvent<CustomEvent<EventSelectDetail>>(el, 'event-select');
    expect(detail.event.id).to.equal('e2');
    expect(el.selected).to.equal('e2');
    await settle(el);
    const selected = [...shadow(el).querySelectorAll('[part="article"] .sentence.selected')];
    expect(selected.map((s) => s.textContent)).to.deep.equal([
      'The caretaker Iraqi government warned on December 30 it might review its relations with the United States.',
    ]);
    expect(shadow(el).querySelector('[part="details"] h2')!.textContent).to.contain(
      'caretaker Iraqi government',
    );
  });

  it('scrolls the article to the sentence of the selected event', async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} has no date at all.`).join(
      '\n\n',
    );
    const text = `${ARTICLE}\n\n${filler}\n\nThe talks finally ended in 1998.`;
    const { el } = await mountText(text, { showArticle: true, width: 1200 });
    const pane = shadow(el).querySelector<HTMLElement>('[part="article"]')!;
    expect(pane.scrollHeight).to.be.greaterThan(pane.clientHeight * 2);
    expect(pane.scrollTop).to.equal(0);
    const last = el.timelineEvents.find((e) => e.value === '1998')!;
    el.selected = last.id;
    const sentence = () => shadow(el).querySelector<HTMLElement>('.sentence.selected');
    await waitUntil(
      () => sentence()?.textContent === 'The talks finally ended in 1998.',
      'sentence not marked',
    );
    await waitUntil(() => {
      const top = sentence()!.offsetTop;
      return top >= pane.scrollTop && top < pane.scrollTop + pane.clientHeight;
    }, 'the selected sentence was not scrolled into view');
    // Only the article scrolled, not the page.
    expect(document.scrollingElement!.scrollTop).to.equal(0);
  });

  it('renders hostile article text as text', async () => {
    const attack = '<img src=x onerror="window.__xssText = true"><script>window.__xssText = true</script>';
    const { el } = await mountText(`${attack} The deal was signed on December 29. ${attack}`, {
      showArticle: true,
      width: 1200,
    });
    el.selected = el.timelineEvents[0]!.id;
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('[part="article"]')!.textContent).to.equal(
      `${attack} The deal was signed on December 29. ${attack}`,
    );
    expect(root.querySelector('[part="details"] h2')!.textContent).to.contain('<img src=x');
    expect(root.querySelector('[part="source"] blockquote')!.textContent).to.contain('<img src=x');
    await settle(el);
    expect((window as { __xssText?: boolean }).__xssText).to.equal(undefined);
  });

  it('has no axe violations with the article shown and an event selected', async () => {
    const { el } = await mountText(ARTICLE, { showArticle: true, width: 1200 });
    el.selected = 'e1';
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
