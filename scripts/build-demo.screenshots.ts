// The README's screenshots: builds the static demo (build-demo.ts), serves it on 127.0.0.1 and
// takes each shot below with headless Chromium into docs/screenshots/. Look at them afterwards.
//
//   node --import tsx scripts/build-demo.screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import { buildDemo, OUT_DIR } from './build-demo.js';
import { serveStatic } from './build-demo.serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHOTS_DIR = join(root, 'docs', 'screenshots');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Shot {
  file: string;
  path: string;
  width: number;
  height: number;
  /** A selector whose text is non-empty once the page has done its work. */
  ready: string;
  /** What a reader would do before the picture is taken. */
  act?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    file: 'seed.png',
    path: 'seed/index.html?theme=light',
    width: 1280,
    height: 900,
    ready: '#summary',
    act: async (page) => {
      await page.click('button.timex[data-event-id="e2"]');
    },
  },
  {
    file: 'playground.png',
    path: 'playground/index.html?theme=light&sample=earnings',
    width: 1280,
    height: 1060,
    ready: '#readout',
  },
  {
    file: 'gallery-light.png',
    path: 'gallery/index.html?theme=light',
    width: 1280,
    height: 800,
    ready: '#log',
  },
  {
    file: 'gallery-dark.png',
    path: 'gallery/index.html?theme=dark',
    width: 1280,
    height: 800,
    ready: '#log',
  },
];

/** Resolves after the next two animation frames, when the timelines have drawn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  await new Promise((resolve) => setTimeout(resolve, 400));
}

async function main(): Promise<void> {
  await buildDemo();
  const { server, port } = await serveStatic(OUT_DIR, 0);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  mkdirSync(SHOTS_DIR, { recursive: true });
  const problems: string[] = [];
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`${shot.path}: ${(error as Error).message}`));
      await page.setViewport({ width: shot.width, height: shot.height });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`http://127.0.0.1:${port}/${shot.path}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        (selector) => (document.querySelector(selector)?.textContent ?? '').trim() !== '',
        { timeout: 10_000 },
        shot.ready,
      );
      await settle(page);
      if (shot.act) {
        await shot.act(page);
        await settle(page);
      }
      await page.screenshot({ path: join(SHOTS_DIR, shot.file) });
      console.log(`docs/screenshots/${shot.file}  ${shot.width}×${shot.height}  ${shot.path}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length) throw new Error(`errors in the pages:\n  ${problems.join('\n  ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
