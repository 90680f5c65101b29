/**
 * Development check of the normalizer against hand-written modern news sentences
 * (test/fixtures/news-expressions.json).
 *
 *   node --import tsx scripts/check-news-expressions.ts              every case, then the summary
 *   node --import tsx scripts/check-news-expressions.ts --failures   the summary, then only the failing
 *                                                                    cases (a miss, a wrong value/type or a
 *                                                                    spurious expression), grouped by class
 *   node --import tsx scripts/check-news-expressions.ts --class=set  only the cases of one class
 *
 * An expected expression counts as found when some result overlaps its span (the first
 * occurrence of its text in the sentence); among overlapping results the one with the expected
 * value is preferred, then the one with the same text, then the largest overlap. A result that
 * overlaps no expected span is spurious. Informational only: the exit code is always 0.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findTimexes } from '../src/normalize/index.js';
import type { Timex, TimexType } from '../src/normalize/types.js';

interface Expected {
  text: string;
  type: TimexType;
  value: string;
}

interface Case {
  ref: string;
  text: string;
  expect: Expected[];
  class: string;
  /** Why the gold value follows one convention among several, when it does. */
  note?: string;
}

type Status = 'ok' | 'wrong-value' | 'wrong-type' | 'missed';

interface Outcome {
  expected: Expected;
  status: Status;
  got?: Timex;
  /** Other results overlapping the expected span. */
  others?: Timex[];
}

interface Tally {
  cases: number;
  expected: number;
  found: number;
  valueOk: number;
  typeOk: number;
  correct: number;
  results: number;
  spurious: number;
}

const { values: args } = parseArgs({
  options: { failures: { type: 'boolean', default: false }, class: { type: 'string' } },
});
const fixture = fileURLToPath(new URL('../test/fixtures/news-expressions.json', import.meta.url));
const cases = JSON.parse(readFileSync(fixture, 'utf8')) as Case[];

const emptyTally = (): Tally => ({
  cases: 0,
  expected: 0,
  found: 0,
  valueOk: 0,
  typeOk: 0,
  correct: 0,
  results: 0,
  spurious: 0,
});
const byClass = new Map<string, Tally>();
const overall = emptyTally();
const failures = new Map<string, string[]>();

const show = (t: Timex): string => `"${t.text}" ${t.type} ${t.value}${t.mod ? ` mod=${t.mod}` : ''}`;
const overlap = (aStart: number, aEnd: number, bStart: number, bEnd: number): number =>
  Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));

for (const c of cases) {
  if (args.class && c.class !== args.class) continue;
  let found: Timex[];
  let error: string | undefined;
  try {
    found = findTimexes(c.text, { referenceDate: c.ref });
  } catch (e) {
    found = [];
    error = e instanceof Error ? e.message : String(e);
  }

  const claimed = new Set<Timex>();
  const outcomes: Outcome[] = c.expect.map((expected) => {
    const start = c.text.indexOf(expected.text);
    if (start < 0) throw new Error(`fixture: "${expected.text}" is not in "${c.text}"`);
    const end = start + expected.text.length;
    const overlapping = found.filter((t) => overlap(start, end, t.start, t.end) > 0);
    for (const t of overlapping) claimed.add(t);
    const got = [...overlapping].sort(
      (a, b) =>
        Number(b.value === expected.value) - Number(a.value === expected.value) ||
        Number(b.text === expected.text) - Number(a.text === expected.text) ||
        overlap(start, end, b.start, b.end) - overlap(start, end, a.start, a.end),
    )[0];
    if (!got) return { expected, status: 'missed' };
    const others = overlapping.filter((t) => t !== got);
    if (got.value !== expected.value) return { expected, status: 'wrong-value', got, others };
    if (got.type !== expected.type) return { expected, status: 'wrong-type', got, others };
    return { expected, status: 'ok', got, others };
  });
  const spurious = found.filter((t) => !claimed.has(t));

  const tally = byClass.get(c.class) ?? emptyTally();
  byClass.set(c.class, tally);
  for (const t of [tally, overall]) {
    t.cases += 1;
    t.expected += outcomes.length;
    t.found += outcomes.filter((o) => o.got).length;
    t.valueOk += outcomes.filter((o) => o.got?.value === o.expected.value).length;
    t.typeOk += outcomes.filter((o) => o.got?.type === o.expected.type).length;
    t.correct += outcomes.filter((o) => o.status === 'ok').length;
    t.results += found.length;
    t.spurious += spurious.length;
  }

  const failed = error !== undefined || spurious.length > 0 || outcomes.some((o) => o.status !== 'ok');
  const lines: string[] = [];
  for (const o of outcomes) {
    const want = `"${o.expected.text}" ${o.expected.type} ${o.expected.value}`;
    if (o.status === 'ok') lines.push(`    ok       ${want}`);
    else if (o.status === 'missed') lines.push(`    MISSED   ${want}`);
    else
      lines.push(
        `    ${o.status === 'wrong-value' ? 'VALUE' : 'TYPE '}    ${want}  got ${show(o.got!)}` +
          (o.others?.length ? `  (also ${o.others.map(show).join(', ')})` : ''),
      );
  }
  for (const t of spurious) lines.push(`    SPURIOUS ${show(t)}`);
  if (error !== undefined) lines.push(`    ERROR    ${error}`);
  if (c.expect.length === 0 && !failed) lines.push('    ok       (nothing to tag)');
  if (c.note) lines.push(`    note: ${c.note}`);

  if (failed) {
    const list = failures.get(c.class) ?? [];
    list.push(`  [${c.ref}] ${c.text}`, ...lines.filter((l) => !l.startsWith('    ok')));
    failures.set(c.class, list);
  }
  if (!args.failures)
    console.log(`${failed ? '✗' : '✓'} [${c.class}] [${c.ref}] ${c.text}\n${lines.join('\n')}`);
}

const pct = (n: number, d: number): string =>
  d === 0 ? '    -' : `${((100 * n) / d).toFixed(1)}%`.padStart(6);
const header = `${'class'.padEnd(24)} cases  exp  found  value  type  correct  spurious`;
console.log(`\n${header}\n${'-'.repeat(header.length)}`);
const row = (name: string, t: Tally): string =>
  `${name.padEnd(24)} ${String(t.cases).padStart(5)} ${String(t.expected).padStart(4)} ${String(t.found).padStart(6)} ${String(
    t.valueOk,
  ).padStart(
    6,
  )} ${String(t.typeOk).padStart(5)} ${String(t.correct).padStart(8)} ${String(t.spurious).padStart(9)}`;
for (const [name, t] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) console.log(row(name, t));
console.log('-'.repeat(header.length));
console.log(row('all', overall));

const claimedResults = overall.results - overall.spurious;
console.log(`
cases                        ${overall.cases}
expected expressions         ${overall.expected}
span recall                  ${pct(overall.found, overall.expected)}  (${overall.found}/${overall.expected} expected overlapped by a result)
span precision               ${pct(claimedResults, overall.results)}  (${claimedResults}/${overall.results} results overlap an expected span)
value accuracy               ${pct(overall.valueOk, overall.expected)}  (${overall.valueOk}/${overall.expected} of expected; ${pct(overall.valueOk, overall.found).trim()} of found)
value + type accuracy        ${pct(overall.correct, overall.expected)}  (${overall.correct}/${overall.expected})
spurious results             ${overall.spurious}
cases with any failure       ${[...failures.values()].reduce((n, l) => n + l.filter((s) => s.startsWith('  [')).length, 0)}`);

if (args.failures && failures.size > 0) {
  console.log('\nFailures by class:');
  for (const [name, list] of [...failures].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`${name}\n${list.join('\n')}`);
}
