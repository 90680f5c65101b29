// Size budget and dependency rules of the package entries, measured with esbuild from the sources
// (bench/size.ts prints the same figures). The rollup-built dist bundle is checked against the
// same budget in package.test.ts, which builds it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { SOURCE_BUNDLE_BUDGET, measureEntries, packageOf, type SizeFigures } from '../../bench/size.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** The packages installing news-timeline brings, from the installed package.json files. */
function dependencyClosure(names: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    // npm installs flat; package.json files are read directly because some "exports" hide them.
    const path = new URL(`node_modules/${name}/package.json`, root);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    pending.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return seen;
}

function packagesOf(figures: SizeFigures): string[] {
  return [...new Set(figures.inputs.map(packageOf).filter((name) => name !== undefined))].sort();
}

function entry(figures: SizeFigures[], name: string): SizeFigures {
  const found = figures.find((f) => f.name === name);
  assert.ok(found, `${name} was not measured`);
  return found;
}

describe('package entry sizes (esbuild, min+gzip)', () => {
  let figures: SizeFigures[];
  before(async () => {
    figures = await measureEntries();
  });

  it(`keeps the single-file bundle within ${SOURCE_BUNDLE_BUDGET / 1000} kB`, (t) => {
    const bundle = entry(figures, 'news-timeline.bundle.js');
    assert.ok(
      bundle.gzipped <= SOURCE_BUNDLE_BUDGET,
      `bundle is ${bundle.gzipped} bytes min+gzip, budget ${SOURCE_BUNDLE_BUDGET}`,
    );
    // Sanity: the measurement really inlined the dependencies.
    assert.ok(packagesOf(bundle).includes('lit-html'), 'lit was not inlined');
    assert.ok(packagesOf(bundle).includes('d3-zoom'), 'd3-zoom was not inlined');
    const lazy = entry(figures, 'news-timeline/extract');
    const all = entry(figures, 'news-timeline.all.js');
    t.diagnostic(
      `bundle ${bundle.gzipped} B up front; extraction ${lazy.gzipped} B on first use of text mode; all-in-one ${all.gzipped} B`,
    );
  });

  it('loads text mode and the extraction (normalizer, chrono-node) only on demand from the bundle', () => {
    const bundle = entry(figures, 'news-timeline.bundle.js');
    // Text mode's code (which imports the extraction in turn), the words of other languages and
    // the TimelineJS3 reader.
    assert.deepEqual(bundle.lazy, [
      '../model/timelinejs.js',
      './ar.js',
      './de.js',
      './es.js',
      './fr.js',
      './ru.js',
      './text-mode.js',
    ]);
    assert.ok(
      !bundle.inputs.includes('src/model/timelinejs.ts'),
      'the TimelineJS3 reader is loaded up front',
    );
    const textMode =
      /^src\/(elements\/(article-(source|view|pane\.styles)|extraction-runner|extract-protocol|yield-to-page|text-mode|controllers\/article-chunks|templates\/article-pane)|layout\/article-.*)\.ts$/;
    assert.deepEqual(
      bundle.inputs.filter((input) => textMode.test(input)),
      [],
      'text mode’s code is loaded up front',
    );
    // The words of languages other than English come on demand too.
    assert.deepEqual(
      bundle.inputs.filter((input) => /^src\/elements\/i18n\/(?!strings|load-strings)/.test(input)),
      [],
      'other languages’ words are loaded up front',
    );
    assert.ok(!packagesOf(bundle).includes('chrono-node'), 'chrono-node is loaded up front');
    // The element reads TIMEX3 values of event data with two small data modules of the normalizer
    // (model re-exports them), and reference-date with the normalizer's own reader (so a date reads
    // the same in the element, the library and the CLI); the rest comes on demand.
    const upFrontData = /^src\/normalize\/(timex-value|part-of-day|reference-date)\.ts$/;
    assert.deepEqual(
      bundle.inputs.filter((input) => /^src\/(extract|normalize)\//.test(input) && !upFrontData.test(input)),
      [],
      'extraction modules are loaded up front',
    );
    // The all-in-one file has text mode inlined.
    const all = entry(figures, 'news-timeline.all.js');
    assert.deepEqual(all.lazy, []);
    assert.ok(packagesOf(all).includes('chrono-node'));
    assert.ok(all.inputs.includes('src/extract/index.ts'));
    assert.ok(all.gzipped > bundle.gzipped + entry(figures, 'news-timeline/normalize').ownGzipped);
  });

  it('news-timeline/normalize pulls neither Lit nor d3 nor any element code', () => {
    const normalize = entry(figures, 'news-timeline/normalize');
    const packages = packagesOf(normalize);
    assert.deepEqual(
      packages.filter((name) => /^(lit|lit-html|lit-element|@lit\/.*|d3|d3-.*)$/.test(name)),
      [],
    );
    assert.deepEqual(packages, ['chrono-node']);
    const ownModules = normalize.inputs.filter((input) => packageOf(input) === undefined);
    assert.deepEqual(
      ownModules.filter((input) => !/^src\/(normalize|model)\//.test(input)),
      [],
      'normalize reaches outside src/normalize and src/model',
    );
  });

  it('news-timeline/extract pulls neither Lit nor d3 nor any element code', () => {
    const extract = entry(figures, 'news-timeline/extract');
    assert.deepEqual(packagesOf(extract), ['chrono-node']);
    const ownModules = extract.inputs.filter((input) => packageOf(input) === undefined);
    assert.deepEqual(
      ownModules.filter((input) => !/^src\/(extract|normalize|model)\//.test(input)),
      [],
      'extract reaches outside src/extract, src/normalize and src/model',
    );
  });

  it('chrono-node brings its English configuration only', () => {
    const normalize = entry(figures, 'news-timeline/normalize');
    // Through the package root, which re-exports every locale: what counts is what stays after
    // tree-shaking.
    const chronoLocales = normalize.included
      .map((input) => /node_modules\/chrono-node\/dist\/esm\/locales\/([^/]+)\//.exec(input)?.[1])
      .filter((locale) => locale !== undefined);
    assert.deepEqual([...new Set(chronoLocales)], ['en']);
  });

  it('the element entry pulls d3 submodules only, all of them declared dependencies or theirs', () => {
    const elements = entry(figures, 'news-timeline/elements');
    const packages = packagesOf(elements);
    assert.ok(!packages.includes('d3'), 'the d3 umbrella package was bundled');
    const allowed = dependencyClosure(Object.keys(pkg.dependencies));
    assert.deepEqual(
      packages.filter((name) => !allowed.has(name)),
      [],
      'bundled packages that package.json does not bring',
    );
    const direct = elements.inputs
      .filter((input) => input.startsWith('src/'))
      .flatMap((input) => [...readFileSync(new URL(input, root), 'utf8').matchAll(/from '(d3[^'/]*)/g)])
      .map((match) => match[1]!);
    assert.ok(direct.length > 0, 'the elements import no d3 module');
    for (const name of direct) {
      assert.ok(name in pkg.dependencies, `src imports ${name}, which is not in "dependencies"`);
    }
  });
});
