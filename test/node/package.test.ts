// The package as a consumer gets it: `npm run build`, `npm pack`, install the tarball into a fresh
// project, then use it from Node (normalize, types, CLI) and from a page in headless Chromium
// (the single-file bundle). Installing fetches lit, d3-* and chrono-node through npm's cache
// (--prefer-offline), so after `npm ci` it needs no network.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { BUNDLE_BUDGET, EXTRACT_BUNDLE, LAZY_CHUNKS } from '../../bench/size.js';
import { TIMELINEJS_HINT } from '../../src/model/parse-events.js';

/** Text mode's own code, a chunk of the bundle loaded on demand (see rollup.config.js). */
const [TEXT_MODE_CHUNK, TIMELINEJS_CHUNK] = LAZY_CHUNKS;

/** The extraction worker beside the bundle (see rollup.config.js). */
const WORKER_BUNDLE = 'news-timeline-extract-worker.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromium = chromiumPath;
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// Under `npm test` npm exports the repository as npm_config_local_prefix; the npm commands run in
// the consumer project must find their own.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'npm_config_local_prefix'),
);

/** Runs a command; on failure the error carries its output, so a broken build explains itself. */
async function sh(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout}\n${stderr}`, { cause: error });
  }
}

let work: string;
let consumer: string;
let installed: string;
let files: string[];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'news-timeline-package-'));
  await sh(npm, ['run', 'build', '--silent'], root);
  // prepack would build again; the build above is the one under test.
  const packed = JSON.parse(
    await sh(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(work, packed[0]!.filename);
  files = packed[0]!.files.map((file) => file.path).sort();

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
  );
  await sh(
    npm,
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball],
    consumer,
  );
  installed = join(consumer, 'node_modules/news-timeline');
  // What the React and Vue examples need besides the package, at this checkout's versions (in
  // npm's cache after \`npm ci\`).
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const frameworks = [
    'react',
    'react-dom',
    '@types/react',
    '@types/react-dom',
    'vue',
    'vite',
    '@vitejs/plugin-react',
    '@vitejs/plugin-vue',
  ].map((name) => `${name}@${rootPkg.devDependencies[name]}`);
  await sh(
    npm,
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...frameworks],
    consumer,
  );
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', { timeout: 240_000 }, () => {
  it('ships the built entries, types, bundle, manifest and CLI — and no sources or tests', () => {
    for (const path of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'bin/news-timeline.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/index.js.map',
      'dist/normalize/index.js',
      'dist/normalize/index.d.ts',
      'dist/extract/index.js',
      'dist/extract/index.d.ts',
      'dist/elements/classes.js',
      'dist/elements/classes.d.ts',
      'dist/news-timeline.bundle.js',
      'dist/news-timeline.bundle.js.map',
      'dist/news-timeline-text-mode.js',
      'dist/news-timeline-extract.bundle.js',
      'dist/news-timeline-extract-worker.js',
      'dist/elements/extract-worker.js',
      'dist/elements/i18n/de.js',
      'dist/news-timeline-strings-de.js',
      'dist/news-timeline.all.js',
      'dist/custom-elements.json',
      'dist/cli/main.js',
      'dist/react/index.js',
      'dist/react/index.d.ts',
      'dist/jsx.d.ts',
      'dist/vue.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
    ]) {
      assert.ok(files.includes(path), `${path} is missing from the tarball`);
    }
    assert.deepEqual(
      files.filter((path) => /^(src|test|bench|scripts|examples|demo)\//.test(path)),
      [],
    );
    // Every "exports" target exists in the tarball.
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
      customElements: string;
    };
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        // A pattern ("./languages/*") must resolve for each language shipped besides English.
        const expanded = file.includes('*')
          ? ['de', 'es', 'fr', 'ru'].map((id) => file.replace('*', id))
          : [file];
        for (const one of expanded)
          assert.ok(existsSync(join(installed, one)), `exports["${subpath}"] → ${one} is not in the package`);
      }
    }
    assert.ok(existsSync(join(installed, pkg.customElements)), 'customElements points to no file');
  });

  it('describes the elements in custom-elements.json, with tag names and paths into the package', () => {
    interface Declaration {
      name: string;
      customElement?: boolean;
      tagName?: string;
      attributes?: Array<{ name: string; type?: { text: string } }>;
      members?: Array<{ name: string; privacy?: string; static?: boolean }>;
      events?: Array<{ name: string; type?: { text: string } }>;
      cssParts?: Array<{ name: string }>;
      cssProperties?: Array<{ name: string; default?: string }>;
      slots?: Array<{ name: string }>;
    }
    const manifest = JSON.parse(readFileSync(join(installed, 'dist/custom-elements.json'), 'utf8')) as {
      modules: Array<{ path: string; declarations?: Declaration[] }>;
    };
    const paths = manifest.modules.map((module) => module.path);
    // Every module the manifest names exists in the package, except type-only ones (no JS emitted).
    for (const path of paths) {
      assert.match(path, /^dist\/.*\.js$/);
      assert.ok(
        existsSync(join(installed, path)) || existsSync(join(installed, path.replace(/\.js$/, '.d.ts'))),
        `${path} is in the manifest but not in the package`,
      );
    }
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.customElement);
    assert.deepEqual(elements.map((d) => [d.name, d.tagName]).sort(), [
      ['NewsTimeline', 'news-timeline'],
      ['TimelineEventElement', 'timeline-event'],
    ]);
    const timeline = elements.find((d) => d.tagName === 'news-timeline')!;
    const names = (list?: Array<{ name: string }>) => (list ?? []).map((item) => item.name);
    assert.ok(names(timeline.attributes).includes('reference-date'));
    assert.deepEqual(names(timeline.events).sort(), [
      'article-extract',
      'event-select',
      'timeline-error',
      'window-change',
    ]);
    // Typed events, so IDEs and framework wrappers know each detail.
    assert.deepEqual((timeline.events ?? []).map((event) => [event.name, event.type?.text]).sort(), [
      ['article-extract', 'CustomEvent<ArticleExtractDetail>'],
      ['event-select', 'CustomEvent<EventSelectDetail>'],
      ['timeline-error', 'CustomEvent<TimelineErrorDetail>'],
      ['window-change', 'CustomEvent<WindowChangeDetail>'],
    ]);
    assert.ok(names(timeline.cssParts).length > 0, 'no CSS parts documented');
    assert.ok(
      names(timeline.cssProperties).every((name) => name.startsWith('--news-timeline-')),
      'custom properties outside --news-timeline-*',
    );
    assert.deepEqual(names(timeline.slots).sort(), ['', 'article']);
    for (const name of ['article-src', 'prefer', 'show-article']) {
      assert.ok(names(timeline.attributes).includes(name), `attribute ${name} is not documented`);
    }
    // Public API only: no private, protected or static members, no internal modules.
    for (const element of elements) {
      for (const member of element.members ?? []) {
        assert.equal(member.privacy ?? 'public', 'public', `${element.name}.${member.name}`);
        assert.ok(!member.static && !/^[_#]/.test(member.name), `${element.name}.${member.name}`);
      }
    }
    assert.deepEqual(paths.sort(), [
      'dist/elements/classes.js',
      'dist/elements/define.js',
      'dist/elements/news-timeline.js',
      'dist/elements/timeline-event.js',
      'dist/index.js',
    ]);
    // Custom properties carry the defaults the styles give them; <timeline-event> attributes are typed.
    const defaults = Object.fromEntries((timeline.cssProperties ?? []).map((p) => [p.name, p.default]));
    assert.equal(defaults['--news-timeline-accent'], '#1f5fbf');
    assert.equal(defaults['--news-timeline-height'], '300px');
    assert.ok(
      (timeline.cssProperties ?? []).every((p) => p.default),
      'a custom property without a default',
    );
    const event = elements.find((d) => d.tagName === 'timeline-event')!;
    assert.deepEqual(
      (event.attributes ?? []).map((a) => [a.name, a.type?.text]),
      ['date', 'start', 'end', 'event-id', 'url', 'group', 'source'].map((name) => [
        name,
        'string | undefined',
      ]),
    );
  });

  it('imports every entry in Node with no DOM and no shims (SSR frameworks)', async () => {
    const script = `
      const main = await import('news-timeline');
      const elements = await import('news-timeline/elements');
      await import('news-timeline/normalize');
      await import('news-timeline/extract');
      await import('news-timeline/timelinejs');
      console.log(JSON.stringify({
        dom: typeof document,
        registered: customElements.get('news-timeline') === main.NewsTimeline,
        same: elements.TimelineEventElement === main.TimelineEventElement,
      }));`;
    const out = JSON.parse(
      await sh(process.execPath, ['--input-type=module', '-e', script], consumer),
    ) as unknown;
    assert.deepEqual(out, { dom: 'undefined', registered: true, same: true });
  });

  for (const example of ['react', 'vue'] as const) {
    it(`builds and type-checks examples/${example} against the package, and a wrong attribute value fails`, async () => {
      const dir = join(consumer, `example-${example}`);
      cpSync(join(root, 'examples', example), dir, {
        recursive: true,
        filter: (path) => !/node_modules|dist|package\.json$/.test(path),
      });
      // The production build a user of the example runs, with the package from the tarball.
      const vite = join(consumer, 'node_modules/vite/bin/vite.js');
      await sh(process.execPath, [vite, 'build', '--logLevel', 'error'], dir);
      const scripts = readdirSync(join(dir, 'dist/assets')).filter((name) => name.endsWith('.js'));
      assert.ok(
        scripts.some((name) =>
          readFileSync(join(dir, 'dist/assets', name), 'utf8').includes('news-timeline'),
        ),
        `the built app does not define <news-timeline>: ${scripts.join(', ')}`,
      );
      const checker =
        example === 'react'
          ? join(root, 'node_modules/typescript/bin/tsc')
          : join(root, 'node_modules/vue-tsc/bin/vue-tsc.js');
      await sh(process.execPath, [checker, '--noEmit', '-p', 'tsconfig.json'], dir);
      // The same app with one wrong value must not compile.
      const [file, from, to] =
        example === 'react'
          ? ['src/NewsTimelineView.tsx', 'prefer="past"', 'prefer="bogus"']
          : ['src/App.vue', 'label="News timeline"', 'label="News timeline" theme="purple"'];
      const source = readFileSync(join(dir, file), 'utf8');
      assert.ok(source.includes(from), `${file} no longer has ${from}`);
      writeFileSync(join(dir, file), source.replace(from, to));
      await assert.rejects(
        sh(process.execPath, [checker, '--noEmit', '-p', 'tsconfig.json'], dir),
        example === 'react'
          ? /TS2322: Type '"bogus"' is not assignable/
          : /TS2322: Type '"purple"' is not assignable/,
      );
    });
  }

  it('runs news-timeline/normalize in Node', async () => {
    const script = `
      import { findTimexes } from 'news-timeline/normalize';
      console.log(JSON.stringify(findTimexes('in 2003', { referenceDate: '2019-12-30' })));`;
    const out = await sh(process.execPath, ['--input-type=module', '-e', script], consumer);
    const timexes = JSON.parse(out) as Array<{ text: string; value: string; type: string }>;
    assert.equal(timexes.length, 1);
    assert.equal(timexes[0]!.text, '2003');
    assert.equal(timexes[0]!.type, 'DATE');
    assert.equal(timexes[0]!.value, '2003');
  });

  it('reads TimelineJS3 with news-timeline/timelinejs, and parseEvents names it', async () => {
    const script = `
      import { parseEvents } from 'news-timeline';
      import { parseTimelineJS } from 'news-timeline/timelinejs';
      const doc = { events: [{ start_date: { year: 2019, month: 12 }, text: { headline: '<b>Strikes</b>' } }] };
      const read = parseTimelineJS(doc).events.map((e) => [e.title, e.value, e.granularity]);
      console.log(JSON.stringify({ read, hint: parseEvents(doc).invalid[0].reason }));`;
    const out = await sh(process.execPath, ['--input-type=module', '-e', script], consumer);
    assert.deepEqual(JSON.parse(out), {
      read: [['Strikes', '2019-12', 'month']],
      hint: TIMELINEJS_HINT,
    });
  });

  it('registers a language with news-timeline/languages/<id>, for extraction without an await', async () => {
    const script = `
      import 'news-timeline/languages/de';
      import { extractEvents } from 'news-timeline/extract';
      const { events } = extractEvents('Der Bundestag stimmte am Freitag ab.', { referenceDate: '2025-03-04', locale: 'de' });
      console.log(JSON.stringify(events.map((event) => event.date.value)));`;
    const out = await sh(process.execPath, ['--input-type=module', '-e', script], consumer);
    assert.deepEqual(JSON.parse(out), ['2025-02-28']);
  });

  it('runs news-timeline/extract in Node: article text to dated events', async () => {
    const script = `
      import { extractEvents, toTimelineEvents } from 'news-timeline/extract';
      const { events } = extractEvents('Troops invaded Iraq in 2003. The vote was held on Sunday.', {
        referenceDate: '2019-12-30',
      });
      console.log(JSON.stringify(toTimelineEvents(events).map((event) => event.date)));`;
    const out = await sh(process.execPath, ['--input-type=module', '-e', script], consumer);
    assert.deepEqual(JSON.parse(out), ['2003', '2019-12-29']);
  });

  it('news-timeline/elements exports the classes without registering; news-timeline registers', async () => {
    // A recording registry stands in for the browser's; Lit itself loads in Node (its "node" build).
    const script = `
      const defined = [];
      globalThis.HTMLElement ??= class {};
      globalThis.customElements = { get: () => undefined, define: (tag) => defined.push(tag) };
      const classes = await import('news-timeline/elements');
      const afterClasses = [...defined];
      const main = await import('news-timeline');
      console.log(JSON.stringify({
        exports: Object.keys(classes).sort(),
        afterClasses,
        afterMain: [...defined].sort(),
        sameClass: main.NewsTimeline === classes.NewsTimeline,
      }));`;
    const out = JSON.parse(
      await sh(process.execPath, ['--input-type=module', '-e', script], consumer),
    ) as unknown;
    assert.deepEqual(out, {
      exports: ['NewsTimeline', 'TimelineEventElement'],
      afterClasses: [],
      afterMain: ['news-timeline', 'timeline-event'],
      sameClass: true,
    });
  });

  it('types every entry for TypeScript consumers, HTMLElementTagNameMap included', async () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import 'news-timeline';
import { findTimexes, type Timex } from 'news-timeline/normalize';
import { NewsTimeline } from 'news-timeline/elements';
import { extractEvents, toTimelineEvents } from 'news-timeline/extract';

const timexes: Timex[] = findTimexes('in 2003', { referenceDate: '2019-12-30' });
const value: string = timexes[0]?.value ?? '';
// Typed by HTMLElementTagNameMap: a plain HTMLElement has no referenceDate.
const timeline = document.querySelector('news-timeline');
const reference: Date | undefined = timeline?.referenceDate;
const isClass: boolean = timeline instanceof NewsTimeline;
// What extract produces is what the element takes.
const { events } = extractEvents('Troops invaded Iraq in 2003.', { referenceDate: '2019-12-30' });
if (timeline) timeline.events = toTimelineEvents(events);
// Typed by HTMLElementEventMap: detail is EventSelectDetail without a cast.
timeline?.addEventListener('event-select', (e) => {
  const title: string = e.detail.event.title;
  console.log(title, value, reference, isClass);
});
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    await sh(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
  });

  it('runs the news-timeline CLI from the installed bin', async () => {
    const out = await sh(
      process.execPath,
      [join(consumer, 'node_modules/.bin/news-timeline'), '--help'],
      consumer,
    );
    assert.match(out, /^Usage: news-timeline COMMAND/);
  });

  it(`keeps the built bundle within ${BUNDLE_BUDGET / 1000} kB min+gzip, with no imports left`, (t) => {
    const read = (file: string) => readFileSync(join(installed, 'dist', file));
    const gzipped = (file: string) => gzipSync(read(file), { level: 9 }).length;
    const bundle = gzipped('news-timeline.bundle.js');
    assert.ok(bundle <= BUNDLE_BUDGET, `dist/news-timeline.bundle.js is ${bundle} bytes min+gzip`);
    t.diagnostic(
      `min+gzip: news-timeline.bundle.js ${bundle} B, ${EXTRACT_BUNDLE} ${gzipped(EXTRACT_BUNDLE)} B (on demand), news-timeline.all.js ${gzipped('news-timeline.all.js')} B`,
    );
    // Everything inlined: no static or dynamic import of a bare specifier remains.
    for (const file of [
      'news-timeline.bundle.js',
      ...LAZY_CHUNKS,
      EXTRACT_BUNDLE,
      WORKER_BUNDLE,
      'news-timeline.all.js',
    ]) {
      const code = read(file).toString('utf8');
      assert.doesNotMatch(code, /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'][^"'./]/, file);
      assert.doesNotMatch(code, /\bimport\(\s*["'][^"'./]/, file);
    }
    // The bundle imports text mode's code beside it on demand, which imports the extraction…
    const imports = (file: string) =>
      [
        ...read(file)
          .toString('utf8')
          .matchAll(
            /\bimport\s*\(\s*["']([^"']+)["']\s*\)|\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
          ),
      ].map((m) => m[1] ?? m[2] ?? '');
    // …and the element's words in other languages, one file each, when an element needs them.
    const strings = ['ar', 'de', 'es', 'fr', 'ru'].map((id) => `news-timeline-strings-${id}.js`);
    assert.deepEqual(
      imports('news-timeline.bundle.js').sort(),
      [`./${TEXT_MODE_CHUNK}`, `./${TIMELINEJS_CHUNK}`, ...strings.map((file) => `./${file}`)].sort(),
    );
    // (text mode and the TimelineJS3 reader take what they share with the element from the bundle)
    assert.deepEqual(imports(TEXT_MODE_CHUNK).sort(), [`./${EXTRACT_BUNDLE}`, './news-timeline.bundle.js']);
    assert.deepEqual(imports(TIMELINEJS_CHUNK), ['./news-timeline.bundle.js', './news-timeline.bundle.js']);
    t.diagnostic(`min+gzip: ${TEXT_MODE_CHUNK} ${gzipped(TEXT_MODE_CHUNK)} B (on first use of text mode)`);
    for (const file of strings) assert.deepEqual(imports(file), [], file);
    // The extraction imports each language other than English on demand, and nothing else.
    // (the normalizer's and the extraction's tables of a language are a chunk each).
    const languages = ['de', 'es', 'fr', 'ru'].map((id) => `./news-timeline-locale-${id}.js`);
    const tables = ['de', 'es', 'fr', 'ru'].map((id) => `./news-timeline-locale-${id}-extract.js`);
    assert.deepEqual(imports(EXTRACT_BUNDLE).sort(), [...languages, ...tables].sort());
    for (const chunk of [...languages, ...tables]) {
      const own = imports(chunk.slice(2)).filter((f) => f !== `./${EXTRACT_BUNDLE}`);
      assert.ok(
        own.every(
          (f) => /^\.\/news-timeline-[\w-]+\.js$/.test(f) && !languages.includes(f) && !tables.includes(f),
        ),
        `${chunk} imports ${own.join(', ')}`,
      );
      t.diagnostic(
        `min+gzip: ${chunk.slice(2)} ${gzipped(chunk.slice(2))} B (on first use of that language)`,
      );
    }
    // The extraction worker (started by URL from text mode's chunk) imports the same extraction bundle.
    assert.match(read(TEXT_MODE_CHUNK).toString('utf8'), new RegExp(`new URL\\("\\./${WORKER_BUNDLE}"`));
    assert.deepEqual(imports(WORKER_BUNDLE), [`./${EXTRACT_BUNDLE}`]);
    assert.deepEqual(imports('news-timeline.all.js'), []);
  });

  it('renders a timeline from the bundle in headless Chromium', async (t) => {
    if (!existsSync(chromium)) {
      t.skip(
        `no Chromium at ${chromium} (set CHROME_PATH): the browser half of the packaging test did not run`,
      );
      console.log(`# package.test: skipped the browser check, no Chromium at ${chromium}`);
      return;
    }
    writeFileSync(
      join(consumer, 'index.html'),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>news-timeline from the package</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/node_modules/news-timeline/dist/news-timeline.bundle.js"></script>
  </head>
  <body>
    <news-timeline reference-date="2019-12-30" locale="en-GB" style="display:block;width:900px">
      <timeline-event date="2019-12-29">Parliament votes<p>A late vote.</p></timeline-event>
      <timeline-event date="2003">Invasion of Iraq</timeline-event>
      <timeline-event start="2010-05" end="2011-02">Coalition talks</timeline-event>
    </news-timeline>
  </body>
</html>
`,
    );
    const server = await serve(consumer);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: chromiumArgs,
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('request', (request) => requests.push(request.url().replace(origin, '')));
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });

      await page.waitForFunction(
        () => document.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="list"] summary'),
        { timeout: 15_000 },
      );
      const summary = await page.evaluate(
        () =>
          document.querySelector('news-timeline')!.shadowRoot!.querySelector('[part~="list"] summary')!
            .textContent,
      );
      assert.match(summary, /All events \(3\)/);

      // Open the list view and read the events, in date order.
      await page.evaluate(() => {
        const list = document.querySelector('news-timeline')!.shadowRoot!.querySelector('[part~="list"]');
        (list as HTMLDetailsElement).open = true;
      });
      await page.waitForFunction(
        () =>
          document.querySelector('news-timeline')!.shadowRoot!.querySelectorAll('[part~="list"] li').length >=
          3,
        { timeout: 5_000 },
      );
      const rendered = await page.evaluate(() => {
        const shadow = document.querySelector('news-timeline')!.shadowRoot!;
        return {
          items: [...shadow.querySelectorAll('[part~="list"] ol > li')].map((li) =>
            li.textContent.replace(/\s+/g, ' ').trim(),
          ),
          ticks: shadow.querySelectorAll('[part~="axis"] .tick').length,
          canvas: shadow.querySelectorAll('canvas').length,
          registered: ['news-timeline', 'timeline-event'].map((tag) => Boolean(customElements.get(tag))),
        };
      });
      assert.equal(rendered.items.length, 3);
      assert.match(rendered.items[0]!, /2003.*Invasion of Iraq/);
      assert.match(rendered.items[1]!, /2010.*Coalition talks/);
      assert.match(rendered.items[2]!, /2019.*Parliament votes/);
      assert.ok(rendered.ticks > 0, 'the d3 axis drew no ticks');
      assert.ok(rendered.canvas > 0, 'no canvas for the marks');
      assert.deepEqual(rendered.registered, [true, true]);

      assert.deepEqual(problems, []);
      // The bundle is self-contained: the page loads it and nothing else.
      assert.deepEqual(
        requests.filter((url) => !url.startsWith('data:')),
        ['/index.html', '/node_modules/news-timeline/dist/news-timeline.bundle.js'],
      );
    } finally {
      await browser.close();
      await new Promise((done) => server.close(done));
    }
  });
  for (const { beside, missing } of [
    { beside: [], missing: TEXT_MODE_CHUNK },
    { beside: [TEXT_MODE_CHUNK], missing: EXTRACT_BUNDLE },
  ])
    it(`copied without ${missing}, the bundle says to serve it beside when text mode needs it`, async (t) => {
      if (!existsSync(chromium)) {
        t.skip(`no Chromium at ${chromium} (set CHROME_PATH)`);
        return;
      }
      const folder = `alone-${missing}`;
      rmSync(join(consumer, folder), { recursive: true, force: true });
      mkdirSync(join(consumer, folder), { recursive: true });
      for (const file of ['news-timeline.bundle.js', ...beside])
        cpSync(join(installed, 'dist', file), join(consumer, folder, file));
      writeFileSync(
        join(consumer, folder, 'index.html'),
        `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>the bundle without its extraction file</title>
    <link rel="icon" href="data:," />
    <script>
      window.__errors = [];
      document.addEventListener('timeline-error', (e) => window.__errors.push(e.detail.message));
    </script>
    <script type="module" src="./news-timeline.bundle.js"></script>
  </head>
  <body>
    <news-timeline reference-date="2019-12-30"><script type="text/plain" slot="article">The vote was held on December 29.</script></news-timeline>
  </body>
</html>
`,
      );
      const server = await serve(consumer);
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        args: chromiumArgs,
      });
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/${folder}/index.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => (window as unknown as { __errors: string[] }).__errors.length > 0, {
          timeout: 15_000,
        });
        const messages = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
        const message = messages.join('\n');
        const hint = `news-timeline.bundle.js loads ${missing} from its own folder for text mode: serve that file beside it, or use news-timeline.all.js, which has text mode inlined`;
        assert.equal(message.split(hint).length - 1, 1, message);
        assert.ok(message.includes(`(${origin}/${folder}/${missing}: `), message);
      } finally {
        await browser.close();
        await new Promise((done) => server.close(done));
      }
    });
  for (const { file, loads } of [
    // Text mode reads in a worker, which loads the extraction; the all-in-one file has it inlined.
    {
      file: 'news-timeline.bundle.js',
      loads: ['news-timeline.bundle.js', TEXT_MODE_CHUNK, WORKER_BUNDLE, EXTRACT_BUNDLE],
    },
    { file: 'news-timeline.all.js', loads: ['news-timeline.all.js'] },
  ]) {
    it(`reads an article into a timeline (text mode) with ${file}, loading ${loads.join(' + ')}`, async (t) => {
      if (!existsSync(chromium)) {
        t.skip(`no Chromium at ${chromium} (set CHROME_PATH)`);
        return;
      }
      const page = `text-${file}.html`;
      writeFileSync(
        join(consumer, page),
        `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>news-timeline text mode from the package</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/node_modules/news-timeline/dist/${file}"></script>
  </head>
  <body>
    <news-timeline reference-date="2019-12-30" locale="en-GB" show-article style="display:block;width:1100px">
      <script type="text/plain" slot="article">
        The United States said on December 29 that it had conducted strikes.
        Iraq has been shaken by violence since the U.S.-led invasion in 2003.
      </script>
    </news-timeline>
  </body>
</html>
`,
      );
      const server = await serve(consumer);
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        args: chromiumArgs,
      });
      try {
        const tab = await browser.newPage();
        const problems: string[] = [];
        const requests: string[] = [];
        tab.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
        tab.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        tab.on('request', (request) => requests.push(request.url().replace(origin, '')));
        await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
        await tab.waitForFunction(
          // timelineEvents is undefined until the element is defined.
          () => document.querySelector('news-timeline')?.timelineEvents.length === 2,
          { timeout: 15_000 },
        );
        const rendered = await tab.evaluate(() => {
          const el = document.querySelector('news-timeline')!;
          return {
            values: el.timelineEvents.map((e) => e.value),
            marks: [...el.shadowRoot!.querySelectorAll('[part~="article"] mark')].map((m) => m.textContent),
          };
        });
        assert.deepEqual(rendered, { values: ['2003', '2019-12-29'], marks: ['December 29', '2003'] });
        assert.deepEqual(problems, []);
        assert.deepEqual(
          requests.filter((url) => !url.startsWith('data:')),
          [`/${page}`, ...loads.map((name) => `/node_modules/news-timeline/dist/${name}`)],
        );
      } finally {
        await browser.close();
        await new Promise((done) => server.close(done));
      }
    });
  }
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A static file server for `dir` on 127.0.0.1 (random port). */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir + sep) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
