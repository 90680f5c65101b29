// Checks that README.md's "The element" tables name everything custom-elements.json documents:
// attributes, public properties and methods, events, named slots, CSS parts and CSS custom
// properties of each element. The manifest is generated fresh from the sources (the JSDoc on the
// element classes) unless a path is given.
//
//   node --import tsx scripts/check-readme-manifest.ts [--manifest dist/custom-elements.json]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest as FullManifest } from './wrappers/manifest.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The parts of a custom-elements.json (schema 2.x) this check reads. */
export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}
interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Array<{ name: string }>;
  members?: Array<{ kind: string; name: string; privacy?: string; static?: boolean }>;
  events?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

export type ItemKind = 'attribute' | 'property' | 'method' | 'event' | 'slot' | 'part' | 'css property';

export interface ManifestItem {
  tag: string;
  kind: ItemKind;
  name: string;
}

/** Everything public the manifest documents, per element. The default slot has no name and is skipped. */
export function manifestItems(manifest: Manifest): ManifestItem[] {
  const items: ManifestItem[] = [];
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const tag = d.tagName;
      const add = (kind: ItemKind, names: Array<{ name: string }> = []) => {
        for (const { name } of names) if (name) items.push({ tag, kind, name });
      };
      add('attribute', d.attributes);
      const members = (d.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
      add(
        'property',
        members.filter((m) => m.kind === 'field'),
      );
      add(
        'method',
        members.filter((m) => m.kind === 'method'),
      );
      add('event', d.events);
      add('slot', d.slots);
      add('part', d.cssParts);
      add('css property', d.cssProperties);
    }
  }
  return items;
}

/**
 * Names written in code spans in the first two cells of the table rows of README's "## The
 * element" section, by element: a `###` heading that names `<tag>` starts that element's tables.
 * `zoomBy(factor, at?)` counts as `zoomBy`.
 */
export function readmeNames(readme: string, tags: readonly string[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>(tags.map((tag) => [tag, new Set<string>()]));
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => /^## The element\s*$/.test(line));
  if (start < 0) return names;
  let tag: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^### /.test(line)) {
      const named = tags.find((t) => line.includes(`<${t}>`));
      if (named) tag = named;
      continue;
    }
    if (!tag || !line.startsWith('|')) continue;
    // Cells are split at pipes that are not escaped, so `'a' \| 'b'` stays in one cell.
    const cells = line.split(/(?<!\\)\|/).slice(1, 3);
    for (const cell of cells) {
      for (const match of cell.matchAll(/`([^`]+)`/g))
        names.get(tag)!.add(match[1]!.replace(/\(.*$/, '').trim());
    }
  }
  return names;
}

/** Manifest items the README's element tables do not name, as `<tag> kind name` lines. */
export function missingFromReadme(manifest: Manifest, readme: string): string[] {
  const items = manifestItems(manifest);
  const tags = [...new Set(items.map((item) => item.tag))];
  const names = readmeNames(readme, tags);
  return items
    .filter((item) => !names.get(item.tag)!.has(item.name))
    .map((item) => `<${item.tag}> ${item.kind} ${item.name}`);
}

/** Runs the analyzer (same config as `npm run build:manifest`) into a scratch directory and reads the result. */
export function generateManifest(): Manifest & FullManifest {
  const scratch = join(root, 'node_modules', '.cache', `readme-manifest-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  try {
    const cem = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
    // The analyzer joins --outdir to the working directory, so it is given relative to root.
    execFileSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(root, scratch)], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')) as Manifest & FullManifest;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function main(): void {
  const at = process.argv.indexOf('--manifest');
  const manifest =
    at > 0 && process.argv[at + 1]
      ? (JSON.parse(readFileSync(resolve(process.argv[at + 1]!), 'utf8')) as Manifest)
      : generateManifest();
  const missing = missingFromReadme(manifest, readFileSync(join(root, 'README.md'), 'utf8'));
  if (missing.length) {
    console.error(`README.md "The element" does not document:\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`README.md documents all ${manifestItems(manifest).length} manifest items.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
