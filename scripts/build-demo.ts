// `npm run build:demo`: the demo site as static files in build/demo/, for any static host.
// Each page's `<script type="module" src>` is bundled with esbuild (the library sources, lit, d3
// and chrono-node inlined; code shared between pages split into assets/chunks/); HTML, CSS and
// data files are copied as they are. `npm run build:demo -- --serve` then serves the result on
// http://127.0.0.1:8124/ (see build-demo.serve.ts).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_DIR = join(root, 'demo');
export const OUT_DIR = join(root, 'build', 'demo');

/** Module sources are bundled into the page scripts, not copied. */
const BUNDLED = /\.(?:js|mjs|ts)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Local `<script type="module" src>` and `<link href>` references of an HTML page. */
function pageReferences(html: string): { scripts: string[]; links: string[] } {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const links = [...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  const local = (url: string) => !/^[a-z]+:|^\/\//i.test(url);
  return { scripts: scripts.filter(local), links: links.filter(local) };
}

/**
 * package.json's `sideEffects` lists only the dist entries, so esbuild would drop the pages'
 * bare imports (`import '../../src/index.ts'` registers the elements, `import '../assets/site.js'`
 * sets the theme). Relative imports made by demo files keep their side effects.
 */
const demoImportsHaveSideEffects: Plugin = {
  name: 'demo-imports-have-side-effects',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(DEMO_DIR + sep)) return undefined;
      return { path: resolve(dirname(args.importer), args.path), sideEffects: true };
    });
  },
};

export interface DemoBuild {
  pages: string[];
  entries: string[];
  /** Output files with their sizes in bytes, relative to {@link OUT_DIR}. */
  outputs: Array<{ file: string; bytes: number }>;
}

/** Builds the demo site into {@link OUT_DIR}; throws when a page references a file that is not there. */
export async function buildDemo(): Promise<DemoBuild> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const files = filesUnder(DEMO_DIR);
  const pages = files.filter((file) => file.endsWith('.html'));
  const entries = new Set<string>();
  for (const page of pages) {
    for (const src of pageReferences(readFileSync(page, 'utf8')).scripts) {
      const entry = resolve(dirname(page), src);
      if (!existsSync(entry)) throw new Error(`${relative(root, page)}: script ${src} does not exist`);
      if (!entry.startsWith(DEMO_DIR + sep))
        throw new Error(`${relative(root, page)}: ${src} is outside demo/`);
      entries.add(entry);
    }
  }
  for (const file of files) {
    if (!BUNDLED.test(file)) cpSync(file, join(OUT_DIR, relative(DEMO_DIR, file)), { recursive: true });
  }
  const result = await build({
    entryPoints: [...entries],
    outbase: DEMO_DIR,
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    metafile: true,
    chunkNames: 'assets/chunks/[name]-[hash]',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [demoImportsHaveSideEffects],
  });
  for (const page of pages) {
    const { links } = pageReferences(readFileSync(page, 'utf8'));
    for (const href of links) {
      const target = resolve(dirname(join(OUT_DIR, relative(DEMO_DIR, page))), href);
      if (!existsSync(target)) throw new Error(`${relative(root, page)}: ${href} is missing from the build`);
    }
  }
  return {
    pages: pages.map((page) => relative(DEMO_DIR, page)),
    entries: [...entries].map((entry) => relative(DEMO_DIR, entry)),
    outputs: outputsOf(result.metafile),
  };
}

function outputsOf(metafile: Metafile): DemoBuild['outputs'] {
  return Object.entries(metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, output]) => ({ file: relative(OUT_DIR, resolve(root, file)), bytes: output.bytes }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const began = performance.now();
  const built = await buildDemo();
  const took = Math.round(performance.now() - began);
  console.log(`build/demo: ${built.pages.length} pages, ${built.entries.length} scripts in ${took} ms`);
  for (const { file, bytes } of built.outputs)
    console.log(`  ${file.padEnd(44)} ${(bytes / 1024).toFixed(1)} kB`);
  if (args.includes('--serve')) {
    const { serveStatic } = await import('./build-demo.serve.js');
    const port = Number(process.env.PORT ?? 8124);
    const server = await serveStatic(OUT_DIR, port);
    console.log(`\n  static demo: http://127.0.0.1:${server.port}/index.html (Ctrl+C stops)\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
