/**
 * What each public entry costs a page: bundled with esbuild (dependencies inlined, minified, ES
 * modules for browsers), gzipped with zlib level 9. Sizes are in kB of 1000 bytes.
 * Dynamic imports (text mode's extraction) stay imports, as in the shipped bundle: an entry's
 * figure is what a page loads up front; the lazily loaded extraction is measured as its own entry.
 * Peers: vis-timeline's standalone build is measured from node_modules in the same run;
 * TimelineJS3 is not installed, so its published figure is quoted.
 *
 *   npm run bench:size            # table
 *   npm run bench:size -- --json  # figures as JSON
 *
 * test/node/size.test.ts holds the budget and the dependency rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budget of the built single-file bundle (what a page loads up front: rollup + terser), min+gzip
 * bytes: 60 kB. It had grown to 65.2 kB (story card, overview, swimlanes, event columns, the
 * worker runner, TimelineJS3 input, the element's languages, right to left). Back under 60 kB:
 * the time scale is our own linear map over d3-time's ticks instead of d3-scale's scaleUtc (whose
 * interpolators and en-US tick formatter the element never used: -3.9 kB), the styles are
 * minified (-0.6 kB), the element's code keeps no class names (-0.2 kB) and the TimelineJS3
 * reader is a chunk loaded on demand (news-timeline-timelinejs.js: -1.1 kB), and so are the
 * article pane's styles, with text mode's code (-0.3 kB): 59.2 kB.
 */
export const BUNDLE_BUDGET = 60_000;

/**
 * Budget of the same bundle as esbuild measures it from the sources, the quick check of
 * `test/node/size.test.ts`: esbuild's minifier leaves ~4 kB (gzip) more than terser does, and it
 * does not minify the styles, so this proxy has its own, higher line (63.7 kB measured this way
 * when the built file was 59.2 kB).
 */
export const SOURCE_BUNDLE_BUDGET = 64_500;

export interface SizeEntry {
  /** Import specifier consumers use (`news-timeline/normalize`) or the bundle file name. */
  name: string;
  /** Source module(s), relative to the repository root; several are measured as one file. */
  source: string | string[];
  /** Inline dynamic imports too (one self-contained file); by default they stay imports. */
  inlineDynamic?: boolean;
}

/** The package entries (see "exports" in package.json); an entry whose source is absent is skipped. */
export const ENTRIES: readonly SizeEntry[] = [
  { name: 'news-timeline/normalize', source: 'src/normalize/index.ts' },
  { name: 'news-timeline/extract', source: 'src/extract/index.ts' },
  { name: 'news-timeline/elements', source: 'src/elements/classes.ts' },
  // dist/news-timeline.bundle.js is built (by rollup) from the main entry with everything inlined
  // except the extraction, which it imports on first use of text mode from
  // dist/news-timeline-extract.bundle.js (= news-timeline/extract bundled, measured above).
  { name: 'news-timeline.bundle.js', source: 'src/index.ts' },
  // dist/news-timeline.all.js: the same with the extraction inlined (self-contained pages).
  { name: 'news-timeline.all.js', source: 'src/index.ts', inlineDynamic: true },
  // The element's words in languages other than English, each loaded when an element needs it.
  ...['ar', 'de', 'es', 'fr', 'ru'].map((id) => ({
    name: `news-timeline-strings-${id}.js`,
    source: `src/elements/i18n/${id}.ts`,
  })),
];

/** The file the bundle's `import('../extract/index.js')` becomes (see rollup.config.js). */
export const EXTRACT_BUNDLE = 'news-timeline-extract.bundle.js';

/** Chunks of the main bundle loaded on demand (see rollup.config.js): text mode, the TimelineJS3 reader. */
export const LAZY_CHUNKS = ['news-timeline-text-mode.js', 'news-timeline-timelinejs.js'] as const;

/** When each of {@link LAZY_CHUNKS} is loaded. */
const LOADED_ON: Record<(typeof LAZY_CHUNKS)[number], string> = {
  'news-timeline-text-mode.js': 'first use of text mode',
  'news-timeline-timelinejs.js': 'first TimelineJS3 input',
};

/** gzip of what a page loads up front from `dist`: the bundle (it imports no chunk statically). */
export function builtUpFront(dist: string): number | undefined {
  return gzippedFile(join(dist, 'news-timeline.bundle.js'));
}

export interface SizeFigures {
  name: string;
  source: string | string[];
  /** Minified bytes with every dependency inlined. */
  minified: number;
  /** Gzipped (level 9) `minified`. */
  gzipped: number;
  /** Gzipped bytes of this project's own code alone (dependencies left as imports). */
  ownGzipped: number;
  /** npm packages inlined, by name, with their minified bytes in the output. */
  packages: Record<string, number>;
  /** Every input file esbuild read, relative to the repository root. */
  inputs: string[];
  /** The inputs that left code in the output (tree-shaken modules read but dropped are not here). */
  included: string[];
  /** Modules imported dynamically (loaded on demand, not in these figures), as written. */
  lazy: string[];
}

/** `node_modules/@lit/reactive-element/x.js` → `@lit/reactive-element`; `src/x.ts` → undefined. */
export function packageOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
  return first?.startsWith('@') ? `${first}/${second}` : first;
}

function gzip(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Leaves dynamic imports of this project's modules as imports and records them. */
function keepDynamicImports(lazy: Set<string>): Plugin {
  return {
    name: 'keep-dynamic-imports',
    setup(context) {
      context.onResolve({ filter: /^\./ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        lazy.add(args.path);
        return { path: args.path, external: true };
      });
    },
  };
}

async function bundle(
  source: string | string[],
  external: string[],
  options: { inlineDynamic?: boolean; lazy?: Set<string> } = {},
): Promise<{ code: Uint8Array; metafile: Metafile }> {
  const sources = typeof source === 'string' ? [source] : source;
  const result = await build({
    absWorkingDir: root,
    // Several modules: one file re-exporting them all.
    ...(sources.length === 1
      ? { entryPoints: sources }
      : {
          stdin: {
            contents: sources.map((file) => `export * from './${file}';`).join('\n'),
            resolveDir: root,
            sourcefile: 'entries.ts',
            loader: 'ts' as const,
          },
        }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    external,
    plugins: options.inlineDynamic ? [] : [keepDynamicImports(options.lazy ?? new Set())],
    write: false,
    metafile: true,
    outfile: 'size.js',
    logLevel: 'silent',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!output) throw new Error(`esbuild produced no JavaScript for ${sources.join(', ')}`);
  return { code: output.contents, metafile: result.metafile };
}

/** Measures one entry: with dependencies inlined, and its own code alone. */
export async function measureEntry(entry: SizeEntry): Promise<SizeFigures> {
  const lazy = new Set<string>();
  const options = { inlineDynamic: entry.inlineDynamic ?? false };
  const full = await bundle(entry.source, [], { ...options, lazy });
  const own = await bundle(
    entry.source,
    ['lit', 'lit/*', '@lit/*', 'd3-*', 'chrono-node', 'chrono-node/*'],
    options,
  );
  const packages: Record<string, number> = {};
  const included = new Set<string>();
  for (const output of Object.values(full.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      if (name) packages[name] = (packages[name] ?? 0) + bytesInOutput;
      if (bytesInOutput > 0) included.add(input);
    }
  }
  return {
    name: entry.name,
    source: entry.source,
    minified: full.code.length,
    gzipped: gzip(full.code),
    ownGzipped: gzip(own.code),
    packages,
    inputs: Object.keys(full.metafile.inputs).sort(),
    included: [...included].sort(),
    lazy: [...lazy].sort(),
  };
}

/** Every entry in {@link ENTRIES} whose source exists. */
export async function measureEntries(): Promise<SizeFigures[]> {
  const present = ENTRIES.filter((entry) =>
    [entry.source].flat().every((file) => existsSync(join(root, file))),
  );
  const figures: SizeFigures[] = [];
  for (const entry of present) figures.push(await measureEntry(entry));
  return figures;
}

/** gzip of a file on disk (the rollup-built bundle, a peer's minified build), or undefined if absent. */
export function gzippedFile(path: string): number | undefined {
  return existsSync(path) ? gzip(readFileSync(path)) : undefined;
}

/** vis-timeline's standalone UMD build (JS with its CSS injected), from node_modules. */
function visTimelineStandalone(): string | undefined {
  try {
    const require = createRequire(join(root, 'package.json'));
    const pkg = require.resolve('vis-timeline/package.json');
    return join(dirname(pkg), 'standalone/umd/vis-timeline-graph2d.min.js');
  } catch {
    return undefined;
  }
}

/** Groups `d3-*` and Lit's packages (`lit`, `lit-html`, `lit-element`, `@lit/*`) for the table. */
function packageFamilies(packages: Record<string, number>): Record<string, { bytes: number; count: number }> {
  const families: Record<string, { bytes: number; count: number }> = {};
  for (const [name, bytes] of Object.entries(packages)) {
    const family = /^d3-|^internmap$/.test(name)
      ? 'd3'
      : /^(lit|lit-html|lit-element|@lit\/.*)$/.test(name)
        ? 'lit'
        : name;
    const total = (families[family] ??= { bytes: 0, count: 0 });
    total.bytes += bytes;
    total.count += 1;
  }
  return families;
}

/** TimelineJS3 3.x as published (timeline-min.js and timeline.css), quoted in issue 6. */
const TIMELINEJS3 = { js: 64_400, css: 11_600 };

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Aligned columns: the first and last (text) left-aligned, figures right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const figures = await measureEntries();
  const built = builtUpFront(join(root, 'dist'));
  const builtLazy = gzippedFile(join(root, 'dist', EXTRACT_BUNDLE));
  const builtAll = gzippedFile(join(root, 'dist/news-timeline.all.js'));
  const visPath = visTimelineStandalone();
  const vis = visPath ? gzippedFile(visPath) : undefined;
  const bundleFigures = figures.find((f) => f.name === 'news-timeline.bundle.js');

  if (process.argv.includes('--json')) {
    const out = {
      unit: 'bytes',
      gzipLevel: 9,
      entries: figures.map(({ inputs: _inputs, included: _included, ...rest }) => rest),
      builtBundleGzipped: built ?? null,
      builtLazyChunksGzipped: Object.fromEntries(
        LAZY_CHUNKS.map((chunk) => [chunk, gzippedFile(join(root, 'dist', chunk)) ?? null]),
      ),
      builtExtractBundleGzipped: builtLazy ?? null,
      builtAllGzipped: builtAll ?? null,
      visTimelineStandaloneGzipped: vis ?? null,
      timelineJS3Gzipped: TIMELINEJS3,
      bundleBudget: BUNDLE_BUDGET,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }

  const rows = [['entry', 'min', 'min+gzip', 'own code min+gzip', 'inlined packages (min)']];
  for (const f of figures) {
    const families = Object.entries(packageFamilies(f.packages))
      .sort(([, a], [, b]) => b.bytes - a.bytes)
      .map(([name, { bytes, count }]) => `${name}${count > 1 ? ` (${count} packages)` : ''} ${kB(bytes)}`)
      .join(', ');
    const lazy = f.lazy.length ? ` (+ on demand: ${f.lazy.join(', ')})` : '';
    rows.push([f.name, kB(f.minified), kB(f.gzipped), kB(f.ownGzipped), `${families || '-'}${lazy}`]);
  }
  console.log('news-timeline entries, esbuild --bundle --minify, gzip -9 (kB = 1000 bytes)\n');
  console.log(table(rows));
  console.log('');
  if (built !== undefined) {
    console.log('built by rollup + terser (min+gzip):');
    console.log(`  dist/news-timeline.bundle.js (loaded up front): ${kB(built)}`);
    for (const chunk of LAZY_CHUNKS) {
      const size = gzippedFile(join(root, 'dist', chunk));
      if (size !== undefined) console.log(`  dist/${chunk} (loaded on ${LOADED_ON[chunk]}): ${kB(size)}`);
    }
    if (builtLazy !== undefined)
      console.log(`  dist/${EXTRACT_BUNDLE} (loaded on first use of text mode): ${kB(builtLazy)}`);
    if (builtAll !== undefined)
      console.log(`  dist/news-timeline.all.js (everything in one file): ${kB(builtAll)}`);
  } else {
    console.log('dist/news-timeline.bundle.js not built (npm run build) — esbuild figure above only');
  }
  const shipped = built ?? bundleFigures?.gzipped;
  const budget = built !== undefined ? BUNDLE_BUDGET : SOURCE_BUNDLE_BUDGET;
  if (shipped !== undefined) {
    console.log(
      `budget: ${kB(shipped)} of ${kB(budget)} (${shipped <= budget ? 'within' : 'OVER'}${built === undefined ? ', esbuild measure' : ''})`,
    );
  }
  console.log('\npeers (min+gzip)');
  if (vis !== undefined) {
    const ratio = shipped ? ` — ${(vis / shipped).toFixed(1)}× news-timeline's bundle` : '';
    console.log(`  vis-timeline standalone (measured, ${visPath?.slice(root.length)}): ${kB(vis)}${ratio}`);
  } else {
    console.log('  vis-timeline standalone: not installed (published figure 155.7 kB)');
  }
  console.log(
    `  TimelineJS3 (published figure): ${kB(TIMELINEJS3.js)} JS + ${kB(TIMELINEJS3.css)} CSS = ${kB(TIMELINEJS3.js + TIMELINEJS3.css)}`,
  );
  if (shipped !== undefined && shipped > budget) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
