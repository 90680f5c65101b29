import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { importViolations, specifiersOf, typescriptFiles } from '../../scripts/import-rules.js';

describe('import direction (elements → layout / extract → model → normalize)', () => {
  test('no module in src/ imports against the direction', () => {
    const srcDir = fileURLToPath(new URL('../../src', import.meta.url));
    const files = typescriptFiles(srcDir);
    assert.ok(files.some((f) => f.endsWith(join('normalize', 'index.ts'))));
    assert.deepEqual(importViolations(srcDir, files), []);
  });

  test('finds imports, re-exports, type imports and dynamic imports', () => {
    const source = `
      import { a } from './a.js';
      import type { B } from '../model/b.js';
      export { c } from '../layout/c.js';
      const d = await import('../elements/d.js');
      import 'lit';
    `;
    assert.deepEqual(specifiersOf(source), ['./a.js', '../model/b.js', '../layout/c.js', '../elements/d.js']);
  });

  const dir = mkdtempSync(join(tmpdir(), 'import-rules-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reports each wrong-way import with its file, specifier and layers', () => {
    const src = join(dir, 'src');
    for (const layer of ['normalize', 'model', 'layout', 'extract', 'elements'])
      mkdirSync(join(src, layer), { recursive: true });
    const write = (path: string, text: string): string => {
      writeFileSync(join(src, path), text);
      return join(src, path);
    };
    const files = [
      write(
        'normalize/find.ts',
        "import type { E } from '../model/event.js';\nimport { x } from './x.js';\n",
      ),
      write(
        'model/label.ts',
        "import { f } from '../layout/tick-format.js';\nimport { t } from '../normalize/find.js';\n",
      ),
      write(
        'extract/to.ts',
        "import { l } from '../layout/lanes.js';\nimport { m } from '../model/label.js';\n",
      ),
      write('layout/lanes.ts', "export { e } from '../elements/x.js';\n"),
      write('elements/x.ts', "import '../layout/lanes.js';\nimport('../extract/to.js');\n"),
      write('index.ts', "export * from './elements/x.js';\n"),
    ];
    assert.deepEqual(importViolations(src, files), [
      { file: 'src/normalize/find.ts', specifier: '../model/event.js', from: 'normalize', to: 'model' },
      { file: 'src/model/label.ts', specifier: '../layout/tick-format.js', from: 'model', to: 'layout' },
      { file: 'src/extract/to.ts', specifier: '../layout/lanes.js', from: 'extract', to: 'layout' },
      { file: 'src/layout/lanes.ts', specifier: '../elements/x.js', from: 'layout', to: 'elements' },
    ]);
  });
});
