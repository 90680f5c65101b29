import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { runExtract } from '../../src/cli/commands/extract.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = resolve(root, 'test/fixtures/seed/article.txt');
const chromium = chromiumPath;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-extract-html-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('news-timeline extract --html in Chromium', () => {
  test('the page opens from disk, alone, and shows the 14 events', async (t) => {
    if (!existsSync(chromium)) {
      t.skip(`no Chromium at ${chromium} (set CHROME_PATH)`);
      return;
    }
    const out = join(dir, 'seed.html');
    const io = {
      out: '',
      err: '',
      stdout: (s: string) => void (io.out += s),
      stderr: (s: string) => void (io.err += s),
    };
    assert.equal(await runExtract([seed, '-r', '2019-12-30', '--html', out, '-q'], io), 0, io.err);

    const browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: chromiumArgs,
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      // Self-contained: any request other than the page itself is a defect.
      page.on('request', (r) => {
        if (r.url() !== pathToFileURL(out).href && !r.url().startsWith('data:'))
          problems.push(`request: ${r.url()}`);
      });
      await page.setViewport({ width: 1200, height: 800 });
      await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const el = document.querySelector('news-timeline');
          const list = el?.shadowRoot?.querySelector<HTMLDetailsElement>('details[part="list"]');
          if (list && !list.open) list.open = true;
          return (el?.shadowRoot?.querySelectorAll('button[data-list-index]').length ?? 0) > 0;
        },
        { timeout: 15_000 },
      );
      const shown = await page.evaluate(() =>
        [
          ...document.querySelector('news-timeline')!.shadowRoot!.querySelectorAll('button[data-list-index]'),
        ].map((b) => b.textContent.replace(/\s+/g, ' ').trim()),
      );
      assert.equal(shown.length, 14);
      assert.ok(
        shown.some((s) => s.includes('Militia: "Our battle with America and its mercenaries')),
        shown.join('\n'),
      );
      assert.ok(shown.some((s) => s.includes('The U.S.-led invasion')));
      const heading = await page.$eval('h1', (h) => h.textContent);
      assert.match(heading, /^Baghdad Eyes 'Review,'/);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });
});
