/**
 * TempEval-3 evaluation: annotates every gold TimeML file with the normalizer (in this process),
 * then scores the output with the TempEval-3 scorer (a copy in test/fixtures/eval), per corpus and overall.
 *
 *   npm run eval:te3 [-- --gold DIR]... [--errors] [--json] [--prefer MODE] [--locale TAG]
 *
 * A gold DIR holding .tml files is one corpus; a DIR holding sub-directories of .tml files (the
 * default, ../shared/te3/train → TimeBank, AQUAINT) is one corpus per sub-directory.
 * System files go to .eval/system, a flattened view of all gold files to .eval/gold.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { annotateTimeML } from '../src/cli/timeml.js';
import { findTimexes, loadLocale } from '../src/normalize/index.js';
import type { Anchor, Preference } from '../src/normalize/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultGold = resolve(root, '../shared/te3/train');
const defaultScorer = resolve(root, 'test/fixtures/eval/timeml-score.mjs');
const evalDir = join(root, '.eval');
const systemDir = join(evalDir, 'system');
const flatGoldDir = join(evalDir, 'gold');

interface Corpus {
  name: string;
  dir: string;
  files: string[];
}

const tmlFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort();

function corporaOf(dir: string): Corpus[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new Error(`gold directory ${dir} does not exist`);
  const own = tmlFiles(dir);
  if (own.length) return [{ name: basename(dir), dir, files: own }];
  const subs = readdirSync(dir)
    .sort()
    .map((d) => join(dir, d))
    .filter((d) => statSync(d).isDirectory() && tmlFiles(d).length > 0)
    .map((d) => ({ name: basename(d), dir: d, files: tmlFiles(d) }));
  if (!subs.length) throw new Error(`${dir} holds no .tml files (directly or one level down)`);
  return subs;
}

interface ScorerRun {
  stdout: string;
  summary: string;
}

function runScorer(scorer: string, gold: string, flags: string[]): ScorerRun {
  const r = spawnSync(process.execPath, [scorer, gold, systemDir, ...flags], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new Error(`scorer failed on ${gold} (exit ${r.status}):\n${r.stderr || r.stdout}`);
  }
  const lines = r.stdout.trimEnd().split('\n');
  return { stdout: r.stdout, summary: lines[lines.length - 1] ?? '' };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string', multiple: true },
      errors: { type: 'boolean' },
      json: { type: 'boolean' },
      prefer: { type: 'string' },
      anchor: { type: 'string' },
      locale: { type: 'string' },
      scorer: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run eval:te3 -- [--gold DIR]... [--errors] [--json] [--prefer MODE] [--anchor MODE] [--locale TAG] [--scorer FILE]\n',
    );
    return 0;
  }
  const scorer = values.scorer ?? defaultScorer;
  // The scorer and the default gold corpus are not part of the repository: say where they go and
  // skip, so a fresh clone runs the rest of its checks.
  const missing = [
    !existsSync(scorer) && `the TempEval-3 scorer (${scorer}; or pass --scorer FILE)`,
    !values.gold?.length &&
      !existsSync(defaultGold) &&
      `the TempEval-3 training TimeML (${defaultGold}; or pass --gold DIR)`,
  ].filter(Boolean);
  if (missing.length) {
    process.stderr.write(`eval:te3: skipped: this evaluation needs ${missing.join(' and ')}\n`);
    return 0;
  }
  const corpora = (values.gold?.length ? values.gold.map((d) => resolve(d)) : [defaultGold]).flatMap(
    corporaOf,
  );
  const prefer = values.prefer as Preference | undefined;
  const anchor = values.anchor as Anchor | undefined;
  const locale = values.locale;
  if (locale !== undefined) await loadLocale(locale);
  const log = (line: string): void => void (values.json ? process.stderr : process.stdout).write(line + '\n');

  rmSync(systemDir, { recursive: true, force: true });
  rmSync(flatGoldDir, { recursive: true, force: true });
  mkdirSync(systemDir, { recursive: true });
  mkdirSync(flatGoldDir, { recursive: true });

  const seen = new Map<string, string>();
  let failures = 0;
  let rejected = 0;
  let chars = 0;
  const started = performance.now();
  for (const corpus of corpora) {
    for (const file of corpus.files) {
      const path = join(corpus.dir, file);
      const clash = seen.get(file);
      if (clash) throw new Error(`${path} and ${clash} have the same name; the scorer needs unique names`);
      seen.set(file, path);
      symlinkSync(path, join(flatGoldDir, file));
      const xml = readFileSync(path, 'utf8');
      chars += xml.length;
      try {
        const result = annotateTimeML(xml, {
          find: findTimexes,
          ...(prefer ? { prefer } : {}),
          ...(anchor ? { anchor } : {}),
          ...(locale ? { locale } : {}),
        });
        writeFileSync(join(systemDir, file), result.xml);
        rejected += result.rejected.length;
      } catch (error) {
        // Report every failing file before giving up: the scorer needs a system file for each gold file.
        failures++;
        log(`error    ${corpus.name}/${file}: ${(error as Error).message}`);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  log(
    `annotated ${seen.size - failures}/${seen.size} files (${(chars / 1e6).toFixed(2)} MB) in ${seconds.toFixed(2)} s` +
      (rejected ? `; ${rejected} overlapping or invalid timexes not written` : ''),
  );
  if (failures) return 1;

  const passThrough = values.json ? ['--json'] : [];
  const results: Record<string, ScorerRun> = {};
  for (const corpus of corpora) results[corpus.name] = runScorer(scorer, corpus.dir, passThrough);
  const overall = runScorer(scorer, flatGoldDir, [...passThrough, ...(values.errors ? ['--errors'] : [])]);

  if (values.json) {
    const parse = (r: ScorerRun): unknown => JSON.parse(r.summary);
    const report = {
      corpora: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, parse(r)])),
      overall: parse(overall),
      files: seen.size,
      seconds: Math.round(seconds * 100) / 100,
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  if (values.errors)
    process.stdout.write(overall.stdout.slice(0, overall.stdout.lastIndexOf(overall.summary)));
  const width = Math.max(7, ...corpora.map((c) => c.name.length));
  for (const [name, r] of Object.entries(results)) log(`${name.padEnd(width)}  ${r.summary}`);
  log(`${'overall'.padEnd(width)}  ${overall.summary}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`eval:te3: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
