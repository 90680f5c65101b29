// The front page's timeline: the seed article extracted in the reader's browser.
import './assets/site.js';
import '../src/index.ts';
import { extractEvents, toTimelineEvents } from '../src/extract/index.ts';

const hero = document.getElementById('hero');
const summary = document.getElementById('hero-summary');

async function main() {
  const response = await fetch('./seed/article.txt');
  if (!response.ok) throw new Error(`seed/article.txt: HTTP ${response.status}`);
  const text = await response.text();
  const began = performance.now();
  const { events } = extractEvents(text, { referenceDate: '2019-12-30' });
  const took = performance.now() - began;
  hero.events = toTimelineEvents(events);
  hero.start = new Date('2019-12-26T00:00:00Z');
  hero.end = new Date('2020-01-02T00:00:00Z');
  summary.textContent = `${events.length} events in ${Math.max(1, Math.round(took))} ms`;
}

main().catch((error) => {
  summary.textContent = String(error);
});
