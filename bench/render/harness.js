// Runs inside the bench page: builds the same synthetic data for both libraries and times them.
/* global vis */

const YEARS = 30;
const FIRST = Date.UTC(1995, 0, 1);
const SPAN = YEARS * 365.25 * 86_400_000;

/** Deterministic pseudo-random day events over 30 years, as ISO date strings. */
function syntheticEvents(count) {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    day: new Date(FIRST + Math.floor(random() * SPAN)).toISOString().slice(0, 10),
    title: `Event ${i + 1}`,
  }));
}

/** Resolves after the frame that follows the current task has been painted. */
const afterPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );

/** Runs `step` at the start of a frame and returns the time until that frame is painted. */
const frameOf = (step) =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      step();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - t0);
      channel.port2.postMessage(0);
    }),
  );

/** Each library's input, built before the heap baseline so that the figures exclude it. */
const inputs = {
  ours: (data) => data.map((d) => ({ id: String(d.id), date: d.day, title: d.title })),
  vis: (data) => data.map((d) => ({ id: d.id, start: d.day, content: d.title })),
};

const libraries = {
  async ours(events, stage) {
    await customElements.whenDefined('news-timeline');
    await afterPaint();
    const t0 = performance.now();
    const el = document.createElement('news-timeline');
    el.events = events;
    stage.append(el);
    await el.updateComplete;
    const t1 = await afterPaint();
    return {
      renderMs: t1 - t0,
      getWindow: () => [el.start.getTime(), el.end.getTime()],
      setWindow: (start, end) => {
        el.start = new Date(start);
        el.end = new Date(end);
      },
      check: () => el.shadowRoot.querySelectorAll('svg.axis .tick').length > 0,
    };
  },
  async vis(items, stage) {
    const container = document.createElement('div');
    stage.append(container);
    await afterPaint();
    const t0 = performance.now();
    const timeline = new vis.Timeline(container, items, { height: '400px' });
    let changed = 0;
    timeline.on('changed', () => changed++);
    let t1 = await afterPaint();
    // vis-timeline queues redraws; the render is complete once a frame passes without one.
    for (let i = 0; i < 50; i++) {
      const before = changed;
      const t = await afterPaint();
      if (changed === before) break;
      t1 = t;
    }
    return {
      renderMs: t1 - t0,
      getWindow: () => {
        const w = timeline.getWindow();
        return [w.start.getTime(), w.end.getTime()];
      },
      setWindow: (start, end) => timeline.setWindow(start, end, { animation: false }),
      check: () => container.querySelectorAll('.vis-item').length > 0,
    };
  },
};

let handle;
let input;

/** Builds the input of `count` synthetic events for `library` (kept until the run ends). */
window.prepareBench = (library, count) => {
  input = inputs[library](syntheticEvents(count));
  return input.length;
};

/** Renders the prepared events with `library` and returns the time to the first complete paint. */
window.renderBench = async (library) => {
  handle = await libraries[library](input, document.getElementById('stage'));
  return { renderMs: handle.renderMs, ok: handle.check() };
};

/** Zooms in 20 steps and pans 10 steps programmatically, timing every frame. */
window.zoomBench = async () => {
  const frames = [];
  let [start, end] = handle.getWindow();
  for (let i = 0; i < 20; i++) {
    const centre = (start + end) / 2;
    const half = (end - start) / 2 / 1.3;
    start = centre - half;
    end = centre + half;
    frames.push(await frameOf(() => handle.setWindow(start, end)));
  }
  for (let i = 0; i < 10; i++) {
    const shift = (end - start) * 0.08;
    start += shift;
    end += shift;
    frames.push(await frameOf(() => handle.setWindow(start, end)));
  }
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  const [s, e] = handle.getWindow();
  return {
    meanFrameMs: mean,
    frameTimes: frames,
    p95FrameMs: p95,
    frames: frames.length,
    windowDays: (e - s) / 86_400_000,
    ok: handle.check(),
  };
};
window.benchReady = true;
