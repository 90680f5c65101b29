// npm run bench:render — <news-timeline> vs vis-timeline on the same synthetic data in headless Chromium.
// Usage: node bench/render/run.mjs [sizes, default 1000,10000,100000,1000000] [--runs=3] [--timeout=seconds]
//        [--only=ours|vis] [--profile=N] [--against=DIR]
// Each figure is the median of --runs fresh-browser runs (the machine is shared and noisy).
// Heap: the JS heap plus array buffers plus Blink's heap, after a GC. "held" is what the page
// holds beyond the input events (built before the baseline); "Δ with input" also counts them.
// vis-timeline is not run above 100,000 events (it takes minutes there).
// --profile=N: one unminified run of news-timeline with N events, printing the main thread's CPU
// profile (self time by function) of the first render and of the zoom frames.
import { build } from 'esbuild';
import { createReadStream, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const profile = Number(args.find((a) => a.startsWith('--profile='))?.slice(10) ?? 0);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '1000,10000,100000,1000000').split(',').map(Number);
const VIS_MAX = 100_000;
// --src=DIR builds the element from another checkout's src/ (an export of main, to compare).
const src = resolve(args.find((a) => a.startsWith('--src='))?.slice(6) ?? join(root, 'src'));
const timeoutSeconds = Number(args.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 120);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
// --against=DIR: also measures the element built from DIR (e.g. an export of main's src/) as
// "before", interleaved run by run with the current one so both see the same machine load.
const against = args.find((a) => a.startsWith('--against='))?.slice(10);
const libraries = [...(only ? [only] : ['ours', 'vis']), ...(against ? ['before'] : [])];
const executablePath = chromiumPath;

// Bundle the element like a user would ship it (production Lit, minified), so no TS or dev server is needed.
const buildDir = mkdtempSync(join(tmpdir(), 'news-timeline-bench-'));
await build({
  entryPoints: [join(src, 'index.ts')],
  nodePaths: [join(root, 'node_modules')],
  bundle: true,
  format: 'esm',
  minify: !profile,
  target: 'es2022',
  outfile: join(buildDir, 'news-timeline.js'),
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
if (against) {
  await build({
    entryPoints: [join(resolve(against), 'index.ts')],
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: join(buildDir, 'before/news-timeline.js'),
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
}
/** Which build `/__build/news-timeline.js` serves: '' (current) or 'before/'. */
let served = '';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/__build/')
    ? join(buildDir, served + path.slice(9))
    : join(root, normalize(path));
  if (!file.startsWith(root) && !file.startsWith(buildDir)) return void res.writeHead(403).end();
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/bench/render/page.html`;

const withTimeout = (promise, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what}: timeout after ${timeoutSeconds} s`)),
        timeoutSeconds * 1000,
      ),
    ),
  ]);

async function usedHeap(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  // Typed arrays live outside the JS heap (backingStorageSize) and DOM nodes in Blink's
  // (embedderHeapUsedSize): both count, or columns of a million events would look free.
  const {
    usedSize,
    backingStorageSize = 0,
    embedderHeapUsedSize = 0,
  } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize + backingStorageSize + embedderHeapUsedSize;
}

/** One library at one size in a fresh browser: render time, heap after render, zoom/pan frame times. */
async function measure(library, count) {
  served = library === 'before' ? 'before/' : '';
  if (library === 'before') library = 'ours';
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.benchReady === true && customElements.get("news-timeline")');
    const empty = await usedHeap(page);
    await page.evaluate((l, n) => window.prepareBench(l, n), library, count);
    const baseline = await usedHeap(page);
    const session = profile ? await page.createCDPSession() : undefined;
    if (session) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 250 });
      await session.send('Profiler.start');
    }
    const render = await withTimeout(
      page.evaluate((l) => window.renderBench(l), library),
      `${library} ${count} render`,
    );
    if (session) printProfile('first render', (await session.send('Profiler.stop')).profile);
    const heap = await usedHeap(page);
    if (session) await session.send('Profiler.start');
    const zoom = await withTimeout(
      page.evaluate(() => window.zoomBench()),
      `${library} ${count} zoom`,
    );
    if (session) printProfile('zoom frames', (await session.send('Profiler.stop')).profile);
    return {
      ...render,
      ...zoom,
      heapMB: heap / 2 ** 20,
      heapHeldMB: (heap - baseline) / 2 ** 20,
      heapDeltaMB: (heap - empty) / 2 ** 20,
    };
  } catch (error) {
    return { error: error.message };
  } finally {
    browser.process()?.kill('SIGKILL');
  }
}

/** Self time by function (top 25) of a CPU profile. */
function printProfile(title, cpuProfile) {
  const dt = new Map();
  cpuProfile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (cpuProfile.timeDeltas[i] ?? 0)));
  const self = new Map();
  for (const node of cpuProfile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  console.log(`\n${title}: self time by function`);
  for (const [fn, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
}

if (profile) {
  const result = await measure('ours', profile);
  console.log(result);
  server.close();
  process.exit(0);
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
const METRICS = ['renderMs', 'meanFrameMs', 'p95FrameMs', 'heapMB', 'heapHeldMB', 'heapDeltaMB'];

const results = [];
for (const count of sizes) {
  const measured = libraries.filter((library) => library !== 'vis' || count <= VIS_MAX || only);
  const samples = new Map(measured.map((library) => [library, []]));
  // Libraries take turns run by run, so that a busy stretch of the machine hits all of them.
  for (let run = 1; run <= runs; run++) {
    for (const library of measured) {
      const list = samples.get(library);
      if (list.some((s) => s.error)) continue; // a timeout will not get better on the next run
      process.stderr.write(`measuring ${library} with ${count} events (run ${run}/${runs})…\n`);
      list.push(await measure(library, count));
    }
  }
  for (const library of measured) {
    const list = samples.get(library);
    const ok = list.filter((s) => !s.error);
    const row = { library, count, runs: ok.length, ok: ok.every((s) => s.ok) };
    for (const key of METRICS) row[key] = median(ok.map((s) => s[key]));
    if (!ok.length) row.error = list[0].error;
    results.push(row);
  }
}
server.close();

const fmt = (v, digits = 1) => (typeof v === 'number' ? v.toFixed(digits) : '—');
const rows = [
  [
    'events',
    'library',
    'render ms',
    'zoom mean ms',
    'zoom p95 ms',
    'heap held MB',
    'Δ with input MB',
    'note',
  ],
];
for (const r of results) {
  rows.push([
    String(r.count),
    { ours: 'news-timeline', vis: 'vis-timeline', before: 'news-timeline before' }[r.library],
    fmt(r.renderMs),
    fmt(r.meanFrameMs, 2),
    fmt(r.p95FrameMs, 2),
    fmt(r.heapHeldMB),
    fmt(r.heapDeltaMB),
    r.error ?? (r.ok ? `median of ${r.runs}` : 'nothing drawn!'),
  ]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));

for (const [peer, title] of [
  ['vis', 'vis-timeline ÷ news-timeline (higher = news-timeline faster/leaner)'],
  ['before', 'before ÷ now (higher = now faster/leaner)'],
]) {
  if (!libraries.includes(peer)) continue;
  console.log(`\n${title}:`);
  for (const count of sizes) {
    const ours = results.find((r) => r.library === 'ours' && r.count === count);
    const other = results.find((r) => r.library === peer && r.count === count);
    const ratio = (key) =>
      ours?.[key] > 0 && other?.[key] > 0 ? `${(other[key] / ours[key]).toFixed(1)}×` : '—';
    console.log(
      `  ${String(count).padStart(7)} events: render ${ratio('renderMs')}, zoom mean ${ratio('meanFrameMs')}, zoom p95 ${ratio('p95FrameMs')}, heap held ${ratio('heapHeldMB')}`,
    );
  }
}
const TARGETS = [
  { count: 100_000, renderMs: 600, p95FrameMs: 16 },
  { count: 1_000_000, renderMs: 1500, p95FrameMs: 16, heapHeldMB: 80 },
];
for (const target of TARGETS) {
  const r = results.find((row) => row.library === 'ours' && row.count === target.count);
  if (!r || r.error) continue;
  const check = (key, unit, digits = 1) =>
    target[key] === undefined
      ? []
      : [
          `${key} ≤ ${target[key]} ${unit} → ${fmt(r[key], digits)} ${r[key] <= target[key] ? 'OK' : 'MISSED'}`,
        ];
  console.log(
    `\ntargets at ${target.count.toLocaleString('en')} events: ${[
      ...check('renderMs', 'ms'),
      ...check('p95FrameMs', 'ms', 2),
      ...check('heapHeldMB', 'MB'),
    ].join('; ')}`,
  );
}
