// Renders N synthetic point events and reports how long the element took, then optionally drives
// 20 zoom steps and a pan through `start`/`end` and reports the frame times.
import '../assets/site.js';
import '../../src/index.ts';

const YEARS = 30;
const DAY = 86_400_000;
const FROM = Date.UTC(1995, 0, 1);
const TOPICS = ['Vote', 'Summit', 'Strike', 'Ruling', 'Storm', 'Election', 'Report', 'Protest', 'Deal'];

const form = document.getElementById('controls');
const countSelect = document.getElementById('count');
const zoomButton = document.getElementById('zoom-test');
const timeline = document.getElementById('timeline');
const out = {
  generated: document.getElementById('generated'),
  rendered: document.getElementById('rendered'),
  frames: document.getElementById('frames'),
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** Deterministic pseudo-random events (mulberry32), so every run draws the same picture. */
function makeEvents(count) {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * YEARS * 365.25);
    events[i] = {
      id: `s${i}`,
      date: new Date(FROM + day * DAY),
      title: `${TOPICS[i % TOPICS.length]} ${i + 1}`,
    };
  }
  return events;
}

async function render() {
  const count = Number(countSelect.value);
  out.rendered.textContent = out.frames.textContent = '…';
  await nextFrame();
  const began = performance.now();
  const events = makeEvents(count);
  const generated = performance.now();
  timeline.events = events;
  await timeline.updateComplete;
  await nextFrame();
  const drawn = performance.now();
  out.generated.textContent = `${count.toLocaleString('en')} in ${ms(generated - began)}`;
  out.rendered.textContent = ms(drawn - generated);
}

async function zoomTest() {
  zoomButton.disabled = true;
  const times = [];
  const step = async (start, end) => {
    const began = performance.now();
    timeline.start = new Date(start);
    timeline.end = new Date(end);
    await timeline.updateComplete;
    times.push(performance.now() - began);
    await nextFrame();
  };
  timeline.fit();
  await nextFrame();
  let start = timeline.start.getTime();
  let end = timeline.end.getTime();
  for (let i = 0; i < 20; i++) {
    const centre = start + (end - start) * 0.62;
    const width = (end - start) / 1.35;
    start = centre - width / 2;
    end = centre + width / 2;
    await step(start, end);
  }
  const width = end - start;
  for (let i = 0; i < 10; i++) await step(start - (width * i) / 10, end - (width * i) / 10);
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
  out.frames.textContent = `${ms(mean)} · ${ms(p95)}`;
  zoomButton.disabled = false;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void render();
});
zoomButton.addEventListener('click', () => void zoomTest());
void render();
