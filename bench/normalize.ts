/**
 * Throughput of findTimexes on real news text (the TempEval-3 training texts, repeated to size),
 * from 10 kB to 4 MB in one string each, against plain chrono.parse measured in the same run.
 * Also checks that every offset returned is exact. Exit code 1 when an offset is wrong.
 *
 *   npm run bench:normalize
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node/en';
import { readTimeMLText } from '../src/cli/timeml.js';
import { findTimexes } from '../src/normalize/index.js';
import type { Timex } from '../src/normalize/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const te3 = resolve(root, '../shared/te3/train');
const referenceDate = '2019-12-30';
const KB = 1000;
const MB = 1000 * KB;
const SIZES = [10 * KB, 100 * KB, 1 * MB, 2 * MB, 4 * MB];
const PEER_PIECE = 4 * KB;
/** Whole-run budget; a size whose projected time would overrun it is skipped and said so. */
const BUDGET_MS = 110_000;
/** Each size is repeated until this much time has passed, for a stable mean (slow runs happen once). */
const MIN_SAMPLE_MS = 400;

function newsCorpus(): string {
  if (!existsSync(te3))
    throw new Error(
      `TempEval-3 texts not found at ${te3}: this bench needs the TempEval-3 training TimeML there (one folder per corpus of .tml files)`,
    );
  const texts: string[] = [];
  for (const corpus of readdirSync(te3).sort()) {
    const dir = join(te3, corpus);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.tml'))
      .sort()) {
      texts.push(readTimeMLText(readFileSync(join(dir, file), 'utf8')).plain.trim());
    }
  }
  return texts.join('\n\n');
}

/** `size` characters of news, repeating the corpus, cut at a word boundary and padded with spaces. */
function newsOfSize(corpus: string, size: number): string {
  const long = corpus.repeat(Math.ceil(size / corpus.length) + 1);
  const cut = long.lastIndexOf(' ', size);
  return long.slice(0, cut).padEnd(size, ' ');
}

/** Splits at whitespace into pieces of about `size` characters. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** Mean milliseconds of `run`, repeated until MIN_SAMPLE_MS has passed when `repeat` is set. */
function time<T>(run: () => T, repeat: boolean): { ms: number; result: T } {
  let runs = 0;
  let result: T;
  const start = performance.now();
  do {
    result = run();
    runs++;
  } while (repeat && performance.now() - start < MIN_SAMPLE_MS);
  return { ms: (performance.now() - start) / runs, result };
}

function offsetErrors(text: string, timexes: Timex[]): string[] {
  return timexes
    .filter(
      (t) =>
        !(t.start >= 0 && t.end <= text.length && t.start < t.end && text.slice(t.start, t.end) === t.text),
    )
    .map((t) => `${t.start}–${t.end} "${t.text}" but the text holds "${text.slice(t.start, t.end)}"`);
}

const mbps = (chars: number, ms: number): number => chars / MB / (ms / 1000);
const fmt = (x: number, digits = 2): string => x.toFixed(digits);
const sizeLabel = (n: number): string => (n >= MB ? `${n / MB} MB` : `${n / KB} kB`);

function main(): number {
  const began = performance.now();
  const corpus = newsCorpus();
  console.log(`news text: TempEval-3 training texts, ${fmt(corpus.length / MB)} MB, repeated to size`);
  console.log(`reference date ${referenceDate}, node ${process.version}\n`);

  // Warm up the JIT on text not measured.
  const warm = newsOfSize(corpus.slice(5000), 20 * KB);
  for (let i = 0; i < 5; i++) findTimexes(warm, { referenceDate });

  console.log('findTimexes, one string per size');
  console.log('  size       time        MB/s    ms per MB   timexes');
  const rows: { size: number; ms: number }[] = [];
  let checked = 0;
  const errors: string[] = [];
  const peerReserve = 6_000;
  for (const size of SIZES) {
    const last = rows[rows.length - 1];
    // Project pessimistically (quadratic) so a slow engine cannot run for many minutes.
    const projected = last ? last.ms * (size / last.size) ** 2 : 0;
    const spent = performance.now() - began;
    if (spent + projected + peerReserve > BUDGET_MS) {
      console.log(
        `  ${sizeLabel(size).padEnd(9)}  skipped: projected ${fmt(projected / 1000, 1)} s would exceed the bench budget`,
      );
      continue;
    }
    const text = newsOfSize(corpus, size);
    const { ms, result } = time(() => findTimexes(text, { referenceDate }), true);
    checked += result.length;
    errors.push(...offsetErrors(text, result).map((e) => `${sizeLabel(size)}: ${e}`));
    rows.push({ size, ms });
    console.log(
      `  ${sizeLabel(size).padEnd(9)}  ${`${fmt(ms, 1)} ms`.padStart(10)}  ${fmt(mbps(size, ms)).padStart(7)}  ${fmt(ms / (size / MB), 1).padStart(10)}  ${String(result.length).padStart(8)}`,
    );
  }

  const oneMB = newsOfSize(corpus, MB);
  const ours = rows.find((r) => r.size === MB);
  // The same text with no line breaks: nothing may scan back to the start of a line per expression.
  const oneLine = oneMB.replace(/\n/g, ' ');
  const flat = time(() => findTimexes(oneLine, { referenceDate }), true);
  const single = time(() => chrono.parse(oneMB, new Date(referenceDate)), false);
  const chunks = pieces(oneMB, PEER_PIECE);
  const pieced = time(
    () => chunks.reduce((n, piece) => n + chrono.parse(piece, new Date(referenceDate)).length, 0),
    true,
  );
  console.log('\nchrono.parse (chrono-node/en) on the same 1 MB text');
  console.log(
    `  one string        ${fmt(single.ms, 1).padStart(9)} ms  ${fmt(mbps(MB, single.ms)).padStart(6)} MB/s  ${single.result.length} results`,
  );
  console.log(
    `  ${PEER_PIECE / KB} kB pieces (${chunks.length})  ${fmt(pieced.ms, 1).padStart(7)} ms  ${fmt(mbps(MB, pieced.ms)).padStart(6)} MB/s  ${pieced.result} results`,
  );

  console.log('\nsummary');
  if (ours) {
    const speed = mbps(MB, ours.ms);
    console.log(
      `  findTimexes on 1 MB: ${fmt(speed)} MB/s (target ≥ 5 MB/s: ${speed >= 5 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `  findTimexes on the same 1 MB as one line: ${fmt(mbps(MB, flat.ms))} MB/s (${fmt(flat.ms / ours.ms)}× the time)`,
    );
    // Ratio of speeds: above 1 means findTimexes is faster than the peer.
    console.log(`  speed ratio to chrono.parse on one 1 MB string: ${fmt(single.ms / ours.ms)}×`);
    console.log(
      `  speed ratio to chrono.parse in ${PEER_PIECE / KB} kB pieces: ${fmt(pieced.ms / ours.ms)}×`,
    );
  }
  const base = rows.find((r) => r.size === 100 * KB);
  const largest = rows[rows.length - 1];
  if (base && largest && largest !== base) {
    const growth = largest.ms / largest.size / (base.ms / base.size);
    console.log(
      `  time per MB at ${sizeLabel(largest.size)} is ${fmt(growth)}× that at 100 kB ` +
        `(linear ≈ 1; ${growth <= 1.5 ? 'linear' : 'NOT linear'})`,
    );
  }
  const skipped = SIZES.length - rows.length;
  if (skipped) console.log(`  ${skipped} size(s) skipped to stay within ${BUDGET_MS / 1000} s`);
  if (errors.length) {
    console.log(
      `  offsets: ${errors.length} of ${checked} WRONG, e.g.\n    ${errors.slice(0, 5).join('\n    ')}`,
    );
  } else {
    console.log(`  offsets: all ${checked} exact`);
  }
  console.log(`  bench time ${fmt((performance.now() - began) / 1000, 1)} s`);
  return errors.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`bench:normalize: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
