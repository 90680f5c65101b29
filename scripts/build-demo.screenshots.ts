// The README's screenshots: builds the static demo (build-demo.ts), serves it on 127.0.0.1 and
// takes each shot below with headless Chromium into docs/screenshots/. Look at them afterwards.
//
//   node --import tsx scripts/build-demo.screenshots.ts            # every shot
//   node --import tsx scripts/build-demo.screenshots.ts languages  # shots whose file names contain "languages"
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import { buildDemo, OUT_DIR } from './build-demo.js';
import { serveStatic } from './build-demo.serve.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHOTS_DIR = join(root, 'docs', 'screenshots');
const chromium = chromiumPath;

interface Shot {
  file: string;
  path: string;
  width: number;
  height: number;
  /** A selector whose text contains `readyText` once the page has done its work. */
  ready: string;
  readyText: string;
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
    readyText: 'events',
    act: async (page) => {
      // A date in the article (inside the element's shadow root) selects its event.
      const date = await page.waitForSelector('news-timeline >>> button.date-link[data-event-id="e2"]');
      await date!.click();
    },
  },
  {
    file: 'playground.png',
    path: 'playground/index.html?theme=light&sample=earnings',
    width: 1280,
    height: 1060,
    ready: '#readout',
    readyText: 'events',
  },
  {
    file: 'gallery-light.png',
    path: 'gallery/index.html?theme=light',
    width: 1280,
    height: 800,
    ready: '#log',
    readyText: 'timeline-error',
  },
  {
    file: 'gallery-dark.png',
    path: 'gallery/index.html?theme=dark',
    width: 1280,
    height: 800,
    ready: '#log',
    readyText: 'timeline-error',
  },
  // Languages: the gallery's German and Arabic (right-to-left) timelines, desktop and phone.
  {
    file: 'gallery-languages.png',
    path: 'gallery/index.html?theme=light#languages',
    width: 1280,
    height: 800,
    ready: '#log',
    readyText: 'timeline-error',
    act: scrollTo('#languages'),
  },
  {
    file: 'gallery-languages-phone.png',
    path: 'gallery/index.html?theme=light#languages',
    width: 390,
    height: 844,
    ready: '#log',
    readyText: 'timeline-error',
    act: scrollTo('#arabic'),
  },
  {
    file: 'playground-de.png',
    path: 'playground/index.html?theme=light&lang=de',
    width: 1280,
    height: 1060,
    ready: '#readout',
    readyText: 'events',
  },
  {
    file: 'playground-ru-phone.png',
    path: 'playground/index.html?theme=light&lang=ru',
    width: 390,
    height: 844,
    ready: '#readout',
    readyText: 'events',
    act: scrollTo('#timeline'),
  },
];

function scrollTo(selector: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'center' }), selector);
  };
}

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
    args: chromiumArgs,
  });
  mkdirSync(SHOTS_DIR, { recursive: true });
  const problems: string[] = [];
  try {
    const only = process.argv.slice(2);
    for (const shot of SHOTS.filter((s) => !only.length || only.some((o) => s.file.includes(o)))) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => problems.push(`${shot.path}: ${(error as Error).message}`));
      await page.setViewport({ width: shot.width, height: shot.height });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`http://127.0.0.1:${port}/${shot.path}`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        (selector, text) => (document.querySelector(selector)?.textContent ?? '').includes(text),
        { timeout: 10_000 },
        shot.ready,
        shot.readyText,
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
