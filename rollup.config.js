// Two builds from the TypeScript sources (declarations come from `tsc -p tsconfig.build.json`):
// 1. dist/**.js — ES modules mirroring src/, with lit, d3-* and chrono-node left as imports so
//    npm consumers share one copy with the rest of their app;
// 2. dist/news-timeline.bundle.js — minified, every dependency inlined, for
//    `<script type="module" src="…">` from a CDN. Importing it registers the elements. It is a
//    code-splitting build: text mode's own code (article source, runner, article pane) is the chunk
//    news-timeline-text-mode.js, loaded when a page first has an article. Text mode's
//    extraction (normalizer + chrono-node, about as large again) is a dynamic import of
//    dist/news-timeline-extract.bundle.js, built beside it and fetched only when a page uses text
//    mode. That file is `news-timeline/extract` bundled on its own (it imports nothing back), so
//    it also works alone and however the main bundle's URL is written (query strings, redirects);
//    The extraction runs in a module worker, dist/news-timeline-extract-worker.js, which imports that
//    same extraction bundle (one download whether the worker or, without one, the page runs it);
// 3. dist/news-timeline.all.js — the same with the extraction inlined: one self-contained file for
//    pages that must not load anything else (the CLI's --html output inlines it). It has no worker
//    file to start, so text mode reads on the main thread there.
// TypeScript is transpiled by esbuild, the same compiler the node (tsx) and browser
// (@web/dev-server-esbuild) tests run, so the shipped code is the tested code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});

/** Public entries (see "exports" in package.json); the CLI is reached through bin/. */
const entries = [
  'src/index.ts',
  'src/normalize/index.ts',
  'src/extract/index.ts',
  'src/elements/classes.ts',
  'src/model/timelinejs.ts',
  // news-timeline/languages/<id>: a language registered on import.
  ...['de', 'es', 'fr', 'ru'].map((id) => `src/extract/languages/${id}.ts`),
  // Started by URL (`new Worker(new URL('./extract-worker.js', import.meta.url))`), not imported.
  'src/elements/extract-worker.ts',
  'src/cli/main.ts',
].filter((file) => existsSync(file));

/** `lit`, `lit/decorators.js`, `d3-zoom`, `chrono-node/en`, `node:fs`… stay imports. */
function isExternal(id) {
  return id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * Sources import siblings as `./x.js` (NodeNext); this finds `./x.ts` and transpiles it with the
 * project's decorator settings (Lit's `@property` needs legacy decorators without define semantics).
 */
function typescript() {
  return {
    name: 'typescript-esbuild',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: {
          compilerOptions: {
            experimentalDecorators: true,
            useDefineForClassFields: false,
            verbatimModuleSyntax: true,
          },
        },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Minifies the CSS of Lit's css`…` templates in the element's *.styles.ts files with esbuild's CSS
 * minifier: terser leaves template text as written, indentation and comments included (0.6 kB of
 * the bundle gzipped). Styles are static text; one with `${…}` or a backslash fails the build
 * instead of being minified wrongly.
 */
function minifyStyles() {
  return {
    name: 'minify-styles',
    async transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      let out = code;
      for (const [whole, text] of code.matchAll(/\bcss`([^`]*)`/g)) {
        if (/\$\{|\\/.test(text)) this.error(`${id}: css\`…\` with \${…} or a backslash is not minified`);
        const { code: minified } = await transform(text, { loader: 'css', minify: true });
        out = out.replace(whole, `css\`${minified.trim()}\``);
      }
      return { code: out, map: null };
    },
  };
}

const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} */`;

const EXTRACT_BUNDLE = 'news-timeline-extract.bundle.js';

/**
 * Why text mode failed when a file it loads is not beside the main bundle: said once, in the
 * error the element shows and reports, with the URL it tried and the two ways out.
 */
export const missingFileHint = (file) =>
  `news-timeline.bundle.js loads ${file} from its own folder for text mode: serve that file beside it, or use news-timeline.all.js, which has text mode inlined`;

export const MISSING_EXTRACT_HINT = missingFileHint(EXTRACT_BUNDLE);

/** `import(x)` that, failing, names the file to serve beside the bundle. */
function hintedImport(file) {
  const url = `new URL(${JSON.stringify(`./${file}`)}, import.meta.url).href`;
  return {
    left: 'import(',
    right: `).catch((cause) => { throw new Error(\`\${${JSON.stringify(missingFileHint(file))}} (\${${url}}: \${cause && cause.message})\`, { cause }); })`,
  };
}

/**
 * The element's `import('../extract/index.js')` loads the extraction bundle next to it; if that
 * fails (the bundle was copied alone), the error names the file to serve beside it.
 */
function lazyExtract() {
  return {
    name: 'lazy-extract',
    resolveId(source, importer, options) {
      if (options?.isEntry || !importer || !/\/extract\/index\.js$/.test(source)) return null;
      return { id: `./${EXTRACT_BUNDLE}`, external: 'relative' };
    },
    renderDynamicImport({ targetModuleId }) {
      return targetModuleId?.endsWith(EXTRACT_BUNDLE) ? hintedImport(EXTRACT_BUNDLE) : null;
    },
  };
}

/**
 * The parts of the main bundle loaded on demand (text mode's code) are chunks beside it; a chunk
 * that cannot be fetched fails with the same hint as the extraction bundle.
 */
function lazyChunks() {
  return {
    name: 'lazy-chunks',
    renderDynamicImport({ targetChunk }) {
      return targetChunk ? hintedImport(targetChunk.fileName) : null;
    },
  };
}

/** The element's word tables other than English (src/elements/i18n/<id>.ts), one file each. */
const STRING_TABLES = ['ar', 'de', 'es', 'fr', 'ru'];
const stringsBundle = (id) => `news-timeline-strings-${id}.js`;

/**
 * The element loads the word tables of languages other than English on first use
 * (src/elements/i18n/load-strings.ts): in the single-file bundle each is a file of its own beside
 * it (a failed load leaves the element in English).
 */
function lazyStrings() {
  return {
    name: 'lazy-strings',
    resolveId(source, importer) {
      if (!importer?.endsWith('/src/elements/i18n/load-strings.ts')) return null;
      const id = /^\.\/([a-z]+)\.js$/.exec(source)?.[1];
      if (!id || !STRING_TABLES.includes(id)) return null;
      return { id: `./${stringsBundle(id)}`, external: 'relative' };
    },
  };
}

const WORKER_BUNDLE = 'news-timeline-extract-worker.js';
const WORKER_START = "new Worker(new URL('./extract-worker.js', import.meta.url), { type: 'module' })";

/**
 * Points the element's worker URL at the bundled worker beside the bundle, or (`inline`, for the
 * self-contained file) removes it so text mode reads on the main thread. Fails the build when the
 * expression is no longer found, so a refactor cannot silently ship a worker URL to nowhere.
 */
function extractWorker(mode) {
  return {
    name: 'extract-worker',
    transform(code, id) {
      if (!id.endsWith('/src/elements/extraction-runner.ts')) return null;
      if (!code.includes(WORKER_START)) this.error(`extraction-runner.ts no longer contains ${WORKER_START}`);
      const replacement =
        mode === 'inline'
          ? '(undefined as Worker | undefined)'
          : WORKER_START.replace('./extract-worker.js', `./${WORKER_BUNDLE}`);
      return { code: code.replace(WORKER_START, replacement), map: null };
    },
  };
}

/**
 * `news-timeline-locale-es.js` for the normalizer's Spanish, `news-timeline-locale-es-extract.js`
 * for the extraction's: rollup keeps in them only what that language needs, and what English uses
 * too stays in the bundle they import from.
 */
function chunkFileName(chunk) {
  const m = /\/(normalize|extract)\/locales\/([a-z]{2,3})(?:\/index)?\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (!m) return 'news-timeline-[name].js';
  return `news-timeline-locale-${m[2]}${m[1] === 'extract' ? '-extract' : ''}.js`;
}

/**
 * Single-file builds: every dependency resolved from node_modules and inlined, minified.
 * `withChrono`: the build holds the normalizer, which drops the chrono-node parsers it replaces by
 * class name (src/normalize/locales/en/engine.ts), so class names are kept (renamed, those parsers
 * stay and only cost time); the element's builds need none (0.2 kB gzipped).
 */
function bundlePlugins({ withChrono = true } = {}) {
  return [
    typescript(),
    minifyStyles(),
    nodeResolve({ browser: true }),
    terser({ ecma: 2020, module: true, keep_classnames: withChrono, compress: { passes: 2 } }),
  ];
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: entries,
    external: isExternal,
    plugins: [typescript(), minifyStyles()],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    input: 'src/index.ts',
    // The bundle may export more than src/index.ts does (what its chunks import from it).
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      extractWorker('bundle'),
      lazyExtract(),
      lazyStrings(),
      lazyChunks(),
      ...bundlePlugins({ withChrono: false }),
    ],
    output: {
      dir: 'dist',
      format: 'esm',
      sourcemap: true,
      banner,
      entryFileNames: 'news-timeline.bundle.js',
      // text-mode.ts → news-timeline-text-mode.js, which imports what it shares with the element
      // from ./news-timeline.bundle.js: the bundle stays the one file a first paint loads. (Served
      // under another URL, a query string or a redirect, that import fetches the bundle again.)
      chunkFileNames: 'news-timeline-[name].js',
    },
  },
  {
    // The worker's static import of the extraction becomes an import of the extraction bundle.
    input: 'src/elements/extract-worker.ts',
    plugins: [lazyExtract(), ...bundlePlugins()],
    output: { file: `dist/${WORKER_BUNDLE}`, format: 'esm', sourcemap: true, banner },
  },
  {
    // Each language other than English is a chunk beside the extraction bundle, fetched by
    // `loadLocale` on first use; a page that reads English only never downloads one.
    input: 'src/extract/index.ts',
    // The language chunks import what they share with English from the bundle itself.
    preserveEntrySignatures: 'allow-extension',
    plugins: bundlePlugins(),
    output: {
      dir: 'dist',
      format: 'esm',
      sourcemap: true,
      banner,
      entryFileNames: EXTRACT_BUNDLE,
      chunkFileNames: chunkFileName,
    },
  },
  ...STRING_TABLES.map((id) => ({
    input: `src/elements/i18n/${id}.ts`,
    plugins: bundlePlugins({ withChrono: false }),
    output: { file: `dist/${stringsBundle(id)}`, format: 'esm', sourcemap: true, banner },
  })),
  {
    input: 'src/index.ts',
    plugins: [extractWorker('inline'), ...bundlePlugins()],
    output: {
      file: 'dist/news-timeline.all.js',
      format: 'esm',
      sourcemap: true,
      banner,
      inlineDynamicImports: true,
    },
  },
];
