// The front page's timeline: the element reads the seed article (text mode) in the reader's browser.
import './assets/site.js';
import '../src/index.ts';

const hero = document.getElementById('hero');
const summary = document.getElementById('hero-summary');
const requested = performance.now();

hero.addEventListener('article-extract', async (e) => {
  const took = performance.now() - requested;
  summary.textContent = `${e.detail.result.events.length} events, fetched and read in ${Math.max(1, Math.round(took))} ms`;
  await hero.updateComplete;
  hero.start = new Date('2019-12-26T00:00:00Z');
  hero.end = new Date('2020-01-02T00:00:00Z');
});
hero.addEventListener('timeline-error', (e) => {
  summary.textContent = e.detail.message;
});
