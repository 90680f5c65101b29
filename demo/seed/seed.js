// The seed article in text mode: the element fetches article.txt, extracts its events against the
// reference date and shows the article beside the timeline, dates and events linked both ways.
// The page adds window presets and a summary of what was read.
import '../assets/site.js';
import '../../src/index.ts';

const timeline = document.getElementById('timeline');
const summary = document.getElementById('summary');
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

timeline.addEventListener('article-extract', async (e) => {
  const { events, expressions, undated } = e.detail.result;
  const notPlaced = undated.length ? `, ${undated.length} not placed` : '';
  summary.textContent = `${events.length} events from ${expressions.length} date expressions${notPlaced}`;
  await timeline.updateComplete;
  // Most of the story happens in its last week; "Whole story" fits 2003 to 2019.
  showPreset(presets[0]);
});
timeline.addEventListener('timeline-error', (e) => {
  summary.textContent = e.detail.message;
});
