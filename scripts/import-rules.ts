/**
 * The direction of imports inside src/: elements → layout / extract → model → normalize, and the
 * CLI on top. Each layer names the layers it must not import (type-only imports count too: a
 * type points the same way as the code it describes). `npm test` runs this through
 * test/node/import-rules.test.ts; `node --import tsx scripts/import-rules.ts` lists violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** For each folder of src/, the folders of src/ its modules must not import from. */
export const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  normalize: ['model', 'layout', 'extract', 'elements', 'cli'],
  model: ['layout', 'extract', 'elements', 'cli'],
  layout: ['extract', 'elements', 'cli'],
  extract: ['layout', 'elements', 'cli'],
  elements: ['cli'],
};

/** One import that points the wrong way. */
export interface ImportViolation {
  /** The importing module, relative to the root (`src/model/event-label.ts`). */
  file: string;
  /** The specifier as written (`../layout/tick-format.js`). */
  specifier: string;
  /** Layer of the importing module and of the imported one. */
  from: string;
  to: string;
}

/** The folder of src/ a path inside src/ belongs to, or undefined for files at its top. */
function layerOf(srcDir: string, file: string): string | undefined {
  const parts = relative(srcDir, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Every relative specifier a module imports, re-exports or loads with `import()`. */
export function specifiersOf(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'));
}

/** The violations among `files` (absolute paths of TypeScript modules under `srcDir`). */
export function importViolations(
  srcDir: string,
  files: readonly string[],
  root = dirname(srcDir),
): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const file of files) {
    const from = layerOf(srcDir, file);
    const forbidden = from ? (FORBIDDEN[from] ?? []) : [];
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const to = layerOf(srcDir, resolve(dirname(file), specifier));
      if (from && to && forbidden.includes(to)) {
        violations.push({ file: relative(root, file).split(sep).join('/'), specifier, from, to });
      }
    }
  }
  return violations;
}

/** Every .ts module below `dir`. */
export function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = fileURLToPath(new URL('../src', import.meta.url));
  const violations = importViolations(srcDir, typescriptFiles(srcDir));
  for (const v of violations) {
    process.stderr.write(`${v.file}: imports ${v.specifier} (${v.from} must not import ${v.to})\n`);
  }
  process.exitCode = violations.length ? 1 : 0;
}
