// Paste an article, pick its reference date and `prefer`: 250 ms after the last change the text
// goes to the element (text mode), which extracts the events; the page draws what it read, every
// expression with its value, from the `article-extract` event.
import '../assets/site.js';
import '../../src/index.ts';
import { renderArticle } from '../assets/article-view.js';
import { linkArticle } from '../assets/provenance.js';
import { SAMPLES } from './samples.js';

const DEBOUNCE_MS = 250;
const DEFAULT_SAMPLE = 'earnings';

const form = document.getElementById('controls');
const sampleSelect = document.getElementById('sample');
const languageSelect = document.getElementById('language');
const dateInput = document.getElementById('reference-date');
const preferSelect = document.getElementById('prefer');
const textarea = document.getElementById('article');
const output = document.getElementById('output');
const readout = document.getElementById('readout');
const errorBox = document.getElementById('error');
const timeline = document.getElementById('timeline');
const rows = document.getElementById('expression-rows');
const eventRows = document.getElementById('event-rows');

const link = linkArticle(output, timeline);
let timer = 0;
let extentKey = '';
let requestedAt = 0;

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = !message;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function fillTable(expressions) {
  rows.replaceChildren(
    ...expressions.map((expression) => {
      const row = document.createElement('tr');
      row.append(
        cell(expression.text),
        cell(expression.mod ? `${expression.value} ${expression.mod}` : expression.value),
        cell(expression.type),
        cell(expression.role),
        cell(expression.eventId ?? ''),
      );
      return row;
    }),
  );
  rows.closest('details').querySelector('summary').textContent = `All expressions (${expressions.length})`;
}

/** Each event with why its date was chosen: the words and the rule that won (`event.why`). */
function fillEvents(events) {
  eventRows.replaceChildren(
    ...events.map((event) => {
      const row = document.createElement('tr');
      const date = event.refinement ? `${event.date.value} (${event.refinement.value})` : event.date.value;
      row.append(
        cell(event.id),
        cell(date),
        cell(event.title),
        cell(event.why.expression),
        cell(event.why.rule),
      );
      return row;
    }),
  );
  eventRows.closest('details').querySelector('summary').textContent =
    `Events and why their date (${events.length})`;
}

/** Hands the text, reference date and `prefer` to the element (text mode); it extracts and fires `article-extract`. */
function update() {
  const referenceDate = dateInput.value;
  if (!referenceDate) {
    showError('Give the reference date: the day the article was published.');
    return;
  }
  showError('');
  requestedAt = performance.now();
  timeline.setAttribute('reference-date', referenceDate);
  timeline.prefer = preferSelect.value;
  timeline.text = textarea.value;
}

timeline.addEventListener('article-extract', async (e) => {
  const { text, result } = e.detail;
  const took = performance.now() - requestedAt;
  const { sentences } = renderArticle(output, text, {
    events: result.events,
    expressions: result.expressions,
    undated: result.undated,
    badges: true,
    linkAnchors: true,
  });
  fillTable(result.expressions);
  fillEvents(result.events);
  const undated = result.undated.length ? `, ${result.undated.length} not placed` : '';
  readout.value =
    `${result.events.length} events, ${result.expressions.length} expressions${undated} · ` +
    `read in ${took < 1 ? '<1' : Math.round(took)} ms`;
  await timeline.updateComplete;
  link.setSentences(sentences);
  // New dates outside the old ones: show them all, even after the reader zoomed.
  const events = timeline.timelineEvents;
  const key = events.length ? `${events[0].start}/${Math.max(...events.map((event) => event.end))}` : '';
  if (key !== extentKey) {
    extentKey = key;
    if (events.length) timeline.fit();
  }
});

timeline.addEventListener('timeline-error', (e) => showError(e.detail.message));

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

/**
 * The element reads the article, and speaks, in its `lang`; English dates keep the day-month
 * order of en-GB. The English name of the timeline goes for the element's own in other languages.
 */
function setLanguage(lang) {
  languageSelect.value = lang;
  textarea.lang = lang;
  timeline.lang = lang === 'en' ? 'en-GB' : lang;
  if (lang === 'en') timeline.label = 'Timeline of the text';
  else timeline.removeAttribute('label');
}

async function loadSample(id) {
  const sample = SAMPLES.find((s) => s.id === id) ?? SAMPLES[0];
  sampleSelect.value = sample.id;
  setLanguage(sample.lang);
  if (sample.referenceDate) dateInput.value = sample.referenceDate;
  textarea.value = sample.url ? await (await fetch(sample.url)).text() : sample.text;
  clearTimeout(timer);
  update();
}

for (const sample of SAMPLES) sampleSelect.append(new Option(sample.name, sample.id));
const params = new URLSearchParams(location.search);
sampleSelect.value =
  params.get('sample') ?? SAMPLES.find((s) => s.lang === params.get('lang'))?.id ?? DEFAULT_SAMPLE;
sampleSelect.addEventListener('change', () => void loadSample(sampleSelect.value));
languageSelect.addEventListener('change', () => {
  const first = SAMPLES.find((s) => s.lang === languageSelect.value);
  if (first) void loadSample(first.id);
});
textarea.addEventListener('input', schedule);
dateInput.addEventListener('input', schedule);
preferSelect.addEventListener('change', schedule);
form.addEventListener('submit', (e) => e.preventDefault());
void loadSample(sampleSelect.value);
