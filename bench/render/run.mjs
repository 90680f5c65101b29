// npm run bench:render — <news-timeline> vs vis-timeline on the same synthetic data in headless Chromium.
// Usage: node bench/render/run.mjs [sizes, default 1000,10000,100000] [--runs=3] [--timeout=seconds] [--only=ours|vis]
// Each figure is the median of --runs fresh-browser runs (the machine is shared and noisy).
import { build } from 'esbuild';
import { createReadStream, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '1000,10000,100000').split(',').map(Number);
const timeoutSeconds = Number(args.find((a) => a.startsWith('--timeout='))?.slice(10) ?? 120);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const libraries = only ? [only] : ['ours', 'vis'];
const executablePath = chromiumPath;

// Bundle the element like a user would ship it (production Lit, minified), so no TS or dev server is needed.
const buildDir = mkdtempSync(join(tmpdir(), 'news-timeline-bench-'));
await build({
  entryPoints: [join(root, 'src/index.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: join(buildDir, 'news-timeline.js'),
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/__build/') ? join(buildDir, path.slice(9)) : join(root, normalize(path));
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
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** One library at one size in a fresh browser: render time, heap after render, zoom/pan frame times. */
async function measure(library, count) {
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
    const baseline = await usedHeap(page);
    const render = await withTimeout(
      page.evaluate((l, n) => window.renderBench(l, n), library, count),
      `${library} ${count} render`,
    );
    const heap = await usedHeap(page);
    const zoom = await withTimeout(
      page.evaluate(() => window.zoomBench()),
      `${library} ${count} zoom`,
    );
    return { ...render, ...zoom, heapMB: heap / 2 ** 20, heapDeltaMB: (heap - baseline) / 2 ** 20 };
  } catch (error) {
    return { error: error.message };
  } finally {
    browser.process()?.kill('SIGKILL');
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
const METRICS = ['renderMs', 'meanFrameMs', 'p95FrameMs', 'heapMB', 'heapDeltaMB'];

const results = [];
for (const count of sizes) {
  for (const library of libraries) {
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`measuring ${library} with ${count} events (run ${run}/${runs})…\n`);
      const sample = await measure(library, count);
      samples.push(sample);
      if (sample.error) break; // a timeout will not get better on the next run
    }
    const ok = samples.filter((s) => !s.error);
    const row = { library, count, runs: ok.length, ok: ok.every((s) => s.ok) };
    for (const key of METRICS) row[key] = median(ok.map((s) => s[key]));
    if (!ok.length) row.error = samples[0].error;
    results.push(row);
  }
}
server.close();

const fmt = (v, digits = 1) => (typeof v === 'number' ? v.toFixed(digits) : '—');
const rows = [['events', 'library', 'render ms', 'zoom mean ms', 'zoom p95 ms', 'heap MB (Δ)', 'note']];
for (const r of results) {
  rows.push([
    String(r.count),
    r.library === 'ours' ? 'news-timeline' : 'vis-timeline',
    fmt(r.renderMs),
    fmt(r.meanFrameMs, 2),
    fmt(r.p95FrameMs, 2),
    r.heapMB === undefined ? '—' : `${fmt(r.heapMB)} (${fmt(r.heapDeltaMB)})`,
    r.error ?? (r.ok ? `median of ${r.runs}` : 'nothing drawn!'),
  ]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));

console.log('\nvis-timeline ÷ news-timeline (higher = news-timeline faster/leaner):');
for (const count of sizes) {
  const ours = results.find((r) => r.library === 'ours' && r.count === count);
  const vis = results.find((r) => r.library === 'vis' && r.count === count);
  const ratio = (key) => (ours?.[key] > 0 && vis?.[key] > 0 ? `${(vis[key] / ours[key]).toFixed(1)}×` : '—');
  console.log(
    `  ${String(count).padStart(6)} events: render ${ratio('renderMs')}, zoom mean ${ratio('meanFrameMs')}, zoom p95 ${ratio('p95FrameMs')}, heap Δ ${ratio('heapDeltaMB')}`,
  );
}
const big = results.find((r) => r.library === 'ours' && r.count === 100_000);
if (big && !big.error) {
  console.log(
    `\ntargets at 100,000 events: render < 1000 ms → ${fmt(big.renderMs)} ms ${big.renderMs < 1000 ? 'OK' : 'MISSED'}; ` +
      `zoom p95 ≤ 16 ms → ${fmt(big.p95FrameMs, 2)} ms ${big.p95FrameMs <= 16 ? 'OK' : 'MISSED'}`,
  );
}
