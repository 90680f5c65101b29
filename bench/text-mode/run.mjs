// npm run bench:text — how long the page's main thread is blocked while <news-timeline> reads a
// 1 MB article (text mode), measured with the browser's long-task observer in headless Chromium.
//
// Usage: node bench/text-mode/run.mjs [--runs=3] [--size=1000000] [--show-article] [--src=DIR]
//   --src=DIR  build the element from another checkout's src/ (e.g. an export of main) to compare
//
// For each article kind (news prose, date-dense) and each mode (worker; main thread, i.e. `Worker`
// removed before the element loads) it reports the longest main-thread task, the number and total
// of tasks over 50 ms, the longest gap between two animation frames and the time until the
// events are on the timeline (with --show-article also until the whole article is in the page,
// which is rendered a chunk at a time; the tasks are counted until then). Each figure is the
// median of --runs fresh-browser runs.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(option('runs', 3));
const size = Number(option('size', 1_000_000));
const src = resolve(option('src', join(root, 'src')));
const showArticle = args.includes('--show-article');
// --profile=news|dense: one run (in worker mode, or --mode=main), unminified, printing the main
// thread's CPU profile and when the long tasks were.
const profile = option('profile', undefined);
const profileMode = option('mode', 'worker');

// The element as a user would ship it (production Lit, minified), with its extraction worker.
const buildDir = mkdtempSync(join(tmpdir(), 'news-timeline-text-bench-'));
const worker = join(src, 'elements/extract-worker.ts');
await build({
  entryPoints: [join(src, 'index.ts'), ...(existsSync(worker) ? [worker] : [])],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: !profile,
  target: 'es2022',
  outdir: buildDir,
  entryNames: '[name]',
  // A --src outside the repository still takes its packages from here.
  nodePaths: [join(root, 'node_modules')],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});

/** News prose: the repository's sample articles, repeated to `size` characters. */
function newsArticle() {
  const dir = join(root, 'test/fixtures/articles');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = parts[i % parts.length];
    out.push(part);
    length += part.length + 2;
  }
  return out.join('\n\n').slice(0, size);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Date-dense: every sentence carries two or three distinct dates. */
function denseArticle() {
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const year = 1950 + (i % 70);
    const paragraph =
      `On ${MONTHS[i % 12]} ${(i % 28) + 1}, ${year}, the council met and agreed to meet again in ${MONTHS[(i + 5) % 12]}. ` +
      `By ${year + 1} the plan, first drafted in ${year - 3}, had been revised twice, the last time on ${MONTHS[(i + 2) % 12]} ${(i % 27) + 2}.`;
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out.join('\n\n').slice(0, size);
}

const articles = { news: newsArticle(), dense: denseArticle() };
for (const [name, text] of Object.entries(articles)) writeFileSync(join(buildDir, `${name}.txt`), text);

const page = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>text-mode bench</title><link rel="icon" href="data:," />
  <style>news-timeline { --news-timeline-height: 360px; width: 1200px; display: block; }</style></head>
  <body>
    <script type="module">
      const params = new URLSearchParams(location.search);
      if (params.get('mode') === 'main') delete window.Worker;
      await import('./index.js');
      window.benchText = async (name, showArticle) => {
        const text = await (await fetch('./' + name + '.txt')).text();
        await customElements.whenDefined('news-timeline');
        const el = document.createElement('news-timeline');
        el.setAttribute('reference-date', '2019-12-30');
        el.locale = 'en-GB';
        el.showArticle = showArticle;
        document.body.append(el);
        await el.updateComplete;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        await frame();
        await frame();
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
        observer.observe({ type: 'longtask', buffered: false });
        let lastFrame = performance.now();
        let longestGap = 0;
        let reading = true;
        const tick = (now) => {
          longestGap = Math.max(longestGap, now - lastFrame);
          lastFrame = now;
          if (reading) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        const t0 = performance.now();
        let landed = 0;
        const done = new Promise((r) =>
          el.addEventListener('article-extract', (e) => ((landed = performance.now()), r(e)), { once: true }),
        );
        el.text = text;
        await done;
        await el.updateComplete;
        await frame();
        await frame();
        const t1 = performance.now();
        // show-article: until the whole article is in the page (it is rendered a chunk at a time).
        const pane = () => el.shadowRoot.querySelector('[part="article"]');
        while (showArticle && pane()?.textContent.length !== text.length) await frame();
        await frame();
        const t2 = performance.now();
        reading = false;
        // Long tasks are reported after they end; one more task lets the observer deliver.
        await new Promise((r) => setTimeout(r, 0));
        observer.disconnect();
        const during = tasks.filter((t) => t.startTime + t.duration >= t0 && t.startTime <= t2);
        return {
          readMs: t1 - t0,
          articleMs: showArticle ? t2 - t0 : 0,
          events: el.timelineEvents.length,
          longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
          // When the long tasks began and how long they took, from the text being set (ms).
          longTaskAt: during.map((t) => [Math.round(t.startTime - t0), Math.round(t.duration)]),
          landedMs: Math.round(landed - t0),
          longTasks: during.length,
          blockedMs: during.reduce((sum, t) => sum + t.duration, 0),
          longestFrameGapMs: longestGap,
          status: !!el.shadowRoot.querySelector('.status'),
        };
      };
      window.benchReady = true;
    </script>
  </body>
</html>`;
writeFileSync(join(buildDir, 'index.html'), page);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(buildDir, path);
  if (!file.startsWith(buildDir) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Self time by function (top 25) of a CPU profile. */
function summarize(cpuProfile) {
  const self = new Map();
  const dt = new Map();
  cpuProfile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (cpuProfile.timeDeltas[i] ?? 0)));
  for (const node of cpuProfile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
}

async function measure(name, mode) {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/index.html?mode=${mode}`, { waitUntil: 'load' });
    await tab.waitForFunction('window.benchReady === true');
    if (!profile) return await tab.evaluate((n, s) => window.benchText(n, s), name, showArticle);
    const session = await tab.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    const result = await tab.evaluate((n, s) => window.benchText(n, s), name, showArticle);
    const { profile: cpu } = await session.send('Profiler.stop');
    for (const [fn, ms] of summarize(cpu)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${fn}`);
    return result;
  } finally {
    browser.process()?.kill('SIGKILL');
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const METRICS = ['readMs', 'articleMs', 'longestTaskMs', 'longTasks', 'blockedMs', 'longestFrameGapMs'];
if (profile) {
  console.log(await measure(profile, profileMode));
  server.close();
  process.exit(0);
}
const rows = [];
for (const name of Object.keys(articles)) {
  for (const mode of ['worker', 'main']) {
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`reading ${name} (${size} chars) with ${mode} (run ${run}/${runs})…\n`);
      samples.push(await measure(name, mode));
    }
    const row = { name, mode, events: samples[0].events };
    for (const key of METRICS) row[key] = median(samples.map((s) => s[key]));
    rows.push(row);
  }
}
server.close();

const fmt = (v) => (typeof v === 'number' ? v.toFixed(0) : String(v));
const table = [
  [
    'article',
    'mode',
    'events',
    'read ms',
    'article shown ms',
    'longest task ms',
    'tasks > 50 ms',
    'blocked ms',
    'longest frame gap ms',
  ],
];
for (const r of rows)
  table.push([
    `${r.name} ${(size / 1e6).toFixed(1)} MB`,
    r.mode,
    String(r.events),
    ...METRICS.map((k) => fmt(r[k])),
  ]);
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
console.log(
  `text mode${showArticle ? ' with show-article' : ''}, medians of ${runs} runs, build from ${src}`,
);
for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
for (const r of rows.filter((row) => row.mode === 'worker')) {
  console.log(
    `target for ${r.name}: no main-thread task over 100 ms → longest ${fmt(r.longestTaskMs)} ms ${r.longestTaskMs <= 100 ? 'OK' : 'MISSED'}`,
  );
}
