// The seed article beside its timeline. The page runs the extractor itself and links both views:
// a date in the text selects its event, a selected event tints and scrolls to its sentence.
import '../assets/site.js';
import '../../src/index.ts';
import { extractEvents, toTimelineEvents } from '../../src/extract/index.ts';
import { renderArticle } from '../assets/article-view.js';
import { linkArticle } from '../assets/provenance.js';

const REFERENCE_DATE = '2019-12-30';
const article = document.getElementById('article');
const timeline = document.getElementById('timeline');
const summary = document.getElementById('summary');
const status = document.getElementById('status');
const link = linkArticle(article, timeline, (event) => {
  status.textContent = event ? `${event.value} · ${event.title}` : '';
});

const presets = [...document.querySelectorAll('[data-window]')];

function showPreset(button) {
  for (const other of presets) other.setAttribute('aria-pressed', String(other === button));
  const range = button.dataset.window;
  if (range === 'fit') {
    timeline.fit();
    return;
  }
  const [start, end] = range.split('/');
  timeline.start = new Date(`${start}T00:00:00Z`);
  timeline.end = new Date(`${end}T00:00:00Z`);
}

for (const button of presets) button.addEventListener('click', () => showPreset(button));
timeline.addEventListener('window-change', () => {
  for (const button of presets) button.setAttribute('aria-pressed', 'false');
});

function showUndated(undated) {
  const section = document.getElementById('undated');
  const list = section.querySelector('ul');
  list.replaceChildren(
    ...undated.map((mention) => {
      const item = document.createElement('li');
      const words = document.createElement('q');
      words.textContent = mention.text;
      item.append(words, ` — ${mention.message}`);
      return item;
    }),
  );
  section.hidden = undated.length === 0;
}

async function main() {
  const response = await fetch('./article.txt');
  if (!response.ok) throw new Error(`article.txt: HTTP ${response.status}`);
  const text = await response.text();
  const began = performance.now();
  const result = extractEvents(text, { referenceDate: REFERENCE_DATE });
  const took = performance.now() - began;
  timeline.events = toTimelineEvents(result.events);
  // Most of the story happens in its last week; "Whole story" fits 2003 to 2019.
  showPreset(presets[0]);
  const { sentences } = renderArticle(article, text, {
    events: result.events,
    expressions: result.expressions,
    undated: result.undated,
    linkAnchors: true,
  });
  link.setSentences(sentences);
  article.removeAttribute('aria-busy');
  showUndated(result.undated);
  summary.textContent = `${result.events.length} events from ${result.expressions.length} expressions, extracted in ${took < 1 ? '<1' : Math.round(took)} ms`;
}

main().catch((error) => {
  article.removeAttribute('aria-busy');
  article.replaceChildren(Object.assign(document.createElement('p'), { textContent: String(error) }));
});
