/**
 * Scores the normalizer in each language other than English: the blind TimeML news set of that
 * language (value F1 and the rest, TempEval-3 style) and its typed strings (exact value).
 *
 *   npm run eval:lang [-- --only es] [--errors]
 *
 * Sets live in test/fixtures/lang/<id>/ (*.tml, typed.json), written and annotated by people who
 * had not seen the rules; the rules were tuned on them after their first score. A second set per
 * language, test/fixtures/lang2/<id>/, was written later by other annotators and has never been
 * tuned on: its figure is what to expect on other news.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const sets = [
  { dir: join(root, 'test/fixtures/lang'), name: 'dev' },
  { dir: join(root, 'test/fixtures/lang2'), name: 'held-out' },
].filter((set) => existsSync(set.dir));
const { values } = parseArgs({ options: { only: { type: 'string' }, errors: { type: 'boolean' } } });
let failed = 0;
for (const { dir: setDir, name } of sets)
  for (const id of readdirSync(setDir)
    .filter((id) => !values.only || id === values.only)
    .sort()) {
    const dir = join(setDir, id);
    const run = (script: string, args: string[]): string => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], {
        encoding: 'utf8',
      });
      if (r.status !== 0) failed++;
      return (r.stdout + r.stderr).trimEnd();
    };
    const te3 = run('eval-te3.ts', ['--gold', dir, '--locale', id, ...(values.errors ? ['--errors'] : [])]);
    const lines = te3.split('\n');
    process.stdout.write(
      `${id} news   ${(values.errors ? te3 : lines[lines.length - 1]!).replace(/^overall\s+/, '')}\n`,
    );
    if (existsSync(join(dir, 'typed.json'))) {
      const typed = run('eval-typed.ts', ['--set', join(dir, 'typed.json'), '--locale', id]).split('\n');
      process.stdout.write(`${id} ${name} typed  ${typed[typed.length - 1]!.replace(/^overall\s+/, '')}\n`);
    }
  }
process.exitCode = failed ? 1 : 0;
