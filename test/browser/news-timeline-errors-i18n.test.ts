// Load errors in the element's language: the message it shows and the `timeline-error` it sends.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/elements/news-timeline.js';
import type { TimelineErrorDetail } from '../../src/elements/timeline-events.js';
import { shadow } from './helpers.js';

const message = (el: NewsTimeline): string =>
  shadow(el).querySelector<HTMLElement>('[part="message"] strong')?.textContent.trim() ?? '';

function create(lang: string, attrs: Record<string, string> = {}): NewsTimeline {
  const el = document.createElement('news-timeline');
  el.style.width = '800px';
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('news-timeline')) el.remove();
});

describe('<news-timeline> load errors in its language', function () {
  // Text mode and the language tables load cold on a busy machine.
  this.timeout(30_000);
  it('a German element shows a missing src in German', async () => {
    const el = create('de');
    el.src = '/test/browser/fixtures/missing.json';
    document.body.append(el);
    const expected = '/test/browser/fixtures/missing.json ließ sich nicht laden: HTTP 404';
    await waitUntil(() => message(el) === expected, `German message, got "${message(el)}"`);
  });

  it('a German element that waits in vain says so in German, in the message and the event', async () => {
    const el = create('de-AT', { 'load-timeout': '300' });
    // The German table is loaded before the load fails, so the event speaks German too.
    el.events = [{ date: '2020-01-01', title: 'Eröffnung' }];
    document.body.append(el);
    await waitUntil(
      () => shadow(el).querySelector('[part="fit"]')?.textContent.trim() === 'Alles',
      'the German table was not loaded',
    );
    const error = oneEvent(el, 'timeline-error');
    el.src = '/__test/never';
    const { detail } = (await error) as CustomEvent<TimelineErrorDetail>;
    const expected = '/__test/never ließ sich nicht laden: keine Antwort innerhalb von 0.3 s';
    expect(detail.kind).to.equal('timeout');
    expect(detail.reasons).to.deep.equal([expected]);
    await waitUntil(() => message(el) === expected, `German message, got "${message(el)}"`);
  });

  it('a Spanish element reports a missing article-src in Spanish', async () => {
    const el = create('es', { 'reference-date': '2025-06-20' });
    el.articleSrc = '/test/browser/fixtures/missing-article.txt';
    document.body.append(el);
    const expected = 'no se pudo cargar /test/browser/fixtures/missing-article.txt: HTTP 404';
    await waitUntil(() => message(el) === expected, `Spanish message, got "${message(el)}"`, {
      timeout: 4000,
    });
  });

  it('a German element words an unusable reference-date in German, in the message and the event', async () => {
    const el = create('de', { 'reference-date': '30.12.2019' });
    el.text = 'Gestern stimmte das Parlament ab.';
    const expected = 'reference-date: „30.12.2019“ ist kein Datum nach ISO 8601 (erwartet etwa „2019-12-30“)';
    const errors: TimelineErrorDetail[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e.detail));
    document.body.append(el);
    await waitUntil(() => message(el) === expected, `German message, got "${message(el)}"`);
    const last = errors.at(-1)!;
    expect(last.kind).to.equal('reference-date');
    expect(last.reasons).to.deep.equal([expected]);
    expect(el.timelineEvents).to.have.length(0);
  });

  it('a Russian element warns in Russian that it read the article from today', async () => {
    const el = create('ru');
    el.text = 'Вчера парламент проголосовал.';
    const warning =
      /^нет reference-date: относительные даты вроде «вчера» отсчитаны от сегодняшнего дня, \d{4}-\d\d-\d\d; укажите в reference-date дату публикации статьи$/;
    const next = () => oneEvent<CustomEvent<TimelineErrorDetail>>(el, 'timeline-error');
    const first = next();
    document.body.append(el);
    let { detail } = await first;
    // An event sent before the Russian table arrived is followed by one in Russian.
    while (!warning.test(detail.reasons.join('\n'))) ({ detail } = await next());
    expect(detail.reasons).to.have.length(1);
    await el.updateComplete;
    expect(message(el)).to.equal('1 предупреждение');
    const items = [...shadow(el).querySelectorAll('[part="message"] details li')].map((li) =>
      li.textContent.trim(),
    );
    expect(items).to.have.length(1);
    expect(items[0]).to.match(warning);
  });

  it('the message follows a change of language', async () => {
    const el = create('fr');
    el.src = '/test/browser/fixtures/missing.json';
    document.body.append(el);
    await waitUntil(
      () => message(el) === 'impossible de charger /test/browser/fixtures/missing.json : HTTP 404',
      `French message, got "${message(el)}"`,
    );
    el.setAttribute('lang', 'ru');
    await waitUntil(
      () => message(el) === 'не удалось загрузить /test/browser/fixtures/missing.json: HTTP 404',
      `Russian message, got "${message(el)}"`,
    );
  });

  it('`strings` overrides a load error text', async () => {
    const el = create('de');
    el.strings = { loadFailed: (src, reason) => `Fehler beim Laden (${reason}): ${src}` };
    el.src = '/test/browser/fixtures/missing.json';
    document.body.append(el);
    const expected = 'Fehler beim Laden (HTTP 404): /test/browser/fixtures/missing.json';
    await waitUntil(() => message(el) === expected, `overridden message, got "${message(el)}"`);
  });

  it('an English element keeps its English text', async () => {
    const el = create('en');
    el.src = '/test/browser/fixtures/missing.json';
    document.body.append(el);
    const expected = 'could not load /test/browser/fixtures/missing.json: HTTP 404';
    await waitUntil(() => message(el) === expected, `English message, got "${message(el)}"`);
  });
});
