/**
 * How event titles read: runs `extractEvents` on the seed article and on the annotated news
 * fixtures (tags stripped, DCT as reference date) and reports
 * - the length distribution of the titles (min / median / p90 / max),
 * - the share of titles that start with a date phrase, an attribution or an ellipsis,
 * - the worst titles by a simple badness score, with their sentences.
 *
 *   npm run eval:titles [-- --all] [--worst N] [--src DIR] [--seed FILE] [--fixtures DIR]...
 *
 * `--sentences` adds each title's sentence to `--all`. `--src` points at another checkout's `src/` to measure it with the same yardstick; `--all` prints
 * every title. The detectors here are deliberately simpler than the title rules and independent of
 * them, so the figure cannot agree with the code by construction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractionResult, ExtractOptions } from '../src/extract/index.js';
import type { NormalizeOptions, Timex } from '../src/normalize/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    src: { type: 'string' },
    seed: { type: 'string' },
    fixtures: { type: 'string', multiple: true },
    worst: { type: 'string', default: '15' },
    all: { type: 'boolean', default: false },
    sentences: { type: 'boolean', default: false },
    target: { type: 'string', default: '70' },
  },
});
const src = resolve(values.src ?? join(root, 'src'));
// Loaded from `src` at run time, so the same script measures another checkout.
let extractEvents: (text: string, options: ExtractOptions) => ExtractionResult;
let findTimexes: (text: string, options: NormalizeOptions) => Timex[];
let readTimeMLText: (xml: string) => { plain: string; creationTime: string | undefined };
const load = async (module: string): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(join(src, module)).href)) as Record<string, unknown>;

interface Doc {
  name: string;
  text: string;
  referenceDate: string;
}

function seedDoc(): Doc | undefined {
  const candidates = values.seed
    ? [resolve(values.seed)]
    : [join(root, 'test/fixtures/seed/article.txt'), resolve(root, '../shared/seed/article.txt')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) return undefined;
  const expected = join(file, '../expected.json');
  const referenceDate = existsSync(expected)
    ? (JSON.parse(readFileSync(expected, 'utf8')) as { referenceDate: string }).referenceDate
    : '2019-12-30';
  return { name: 'seed', text: readFileSync(file, 'utf8'), referenceDate };
}

function fixtureDocs(): Doc[] {
  const dirs =
    values.fixtures?.map((d) => resolve(d)) ??
    readdirSync(join(root, 'test/fixtures'))
      .filter((d) => d.startsWith('news-tml'))
      .sort()
      .map((d) => join(root, 'test/fixtures', d));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => {
        const { plain, creationTime } = readTimeMLText(readFileSync(join(dir, f), 'utf8'));
        if (!creationTime) throw new Error(`${f} has no DCT`);
        return { name: basename(f, '.tml'), text: plain, referenceDate: creationTime };
      }),
  );
}

/** Words that may stand before a date at the start of a title: "Later on December 29", "Since 2003". */
const DATE_LEAD =
  /^(?:(?:later|earlier|early|late|in|on|at|by|since|from|until|through|during|as of|for|of|and|but|then|also|until|before|after|around|about)\s+)*$/i;
/** An attribution in the first words: "X said", "AFP quoted", "According to Reuters", "In a statement". */
const ATTRIBUTION_START =
  /^(?:according to\b|in a (?:statement|news release|press release|post)\b|(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?<!(?:been|was|were|be|is|are) )(?:said|says|told|tells|quoted|announced|reported|stated|added|claimed|confirmed|wrote|tweeted|noted|insisted|warned that|argued)\b)/iu;
const ATTRIBUTION_ANYWHERE = /\b(?:according to|said|says|told reporters|quoted|as saying|in a statement)\b/i;

interface Row {
  doc: string;
  title: string;
  sentence: string;
  flags: string[];
  score: number;
}

function judge(doc: Doc, title: string, sentence: string, target: number): Row {
  const flags: string[] = [];
  let score = 0;
  if (title.startsWith('…')) {
    flags.push('ellipsis');
    score += 4;
  }
  const bare = title.replace(/^…\s*/, '');
  const first = findTimexes(bare, { referenceDate: doc.referenceDate }).find(
    (x) => x.type === 'DATE' || x.type === 'TIME',
  );
  if (first && first.start <= 20 && DATE_LEAD.test(bare.slice(0, first.start))) {
    flags.push('date');
    score += 4;
  }
  if (ATTRIBUTION_START.test(bare)) {
    flags.push('attribution');
    score += 4;
  } else if (ATTRIBUTION_ANYWHERE.test(bare)) {
    flags.push('attribution-inside');
    score += 1;
  }
  if (title.length > target) {
    flags.push('long');
    score += Math.ceil((title.length - target) / 10);
  }
  if (title.length < 20) {
    flags.push('short');
    score += 2;
  }
  if (/…$/.test(title)) {
    flags.push('cut');
    score += 1;
  }
  if (/^\p{Ll}/u.test(bare)) {
    flags.push('lower-case');
    score += 1;
  }
  return { doc: doc.name, title, sentence, flags, score };
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

async function main(): Promise<void> {
  extractEvents = (await load('extract/index.ts')).extractEvents as typeof extractEvents;
  findTimexes = (await load('normalize/index.ts')).findTimexes as typeof findTimexes;
  readTimeMLText = (await load('cli/timeml.ts')).readTimeMLText as typeof readTimeMLText;
  const target = Number(values.target);
  const docs = [seedDoc(), ...fixtureDocs()].filter((d): d is Doc => d !== undefined);
  const rows: Row[] = [];
  for (const doc of docs) {
    const { events } = extractEvents(doc.text, { referenceDate: doc.referenceDate });
    for (const e of events) rows.push(judge(doc, e.title, e.sentence, target));
  }
  const lengths = rows.map((r) => r.title.length).sort((a, b) => a - b);
  const share = (flag: string): string => {
    const n = rows.filter((r) => r.flags.includes(flag)).length;
    return `${n} (${((100 * n) / rows.length).toFixed(1)} %)`;
  };
  const bad = rows.filter((r) =>
    r.flags.some((f) => f === 'ellipsis' || f === 'date' || f === 'attribution'),
  );
  console.log(`src: ${src}`);
  console.log(`${docs.length} documents, ${rows.length} titles`);
  console.log(
    `length: min ${lengths[0]}, median ${quantile(lengths, 0.5)}, p90 ${quantile(lengths, 0.9)}, max ${lengths[lengths.length - 1]}; over ${target}: ${share('long')}`,
  );
  console.log(
    `start with a date phrase: ${share('date')}; with an attribution: ${share('attribution')}; with an ellipsis: ${share('ellipsis')}`,
  );
  console.log(
    `start with any of the three: ${bad.length} (${((100 * bad.length) / rows.length).toFixed(1)} %); attribution inside: ${share('attribution-inside')}; cut with "…": ${share('cut')}`,
  );
  const worst = [...rows]
    .sort((a, b) => b.score - a.score || b.title.length - a.title.length)
    .slice(0, Number(values.worst));
  console.log(`\nworst ${worst.length}:`);
  for (const r of worst) {
    console.log(`- [${r.doc}] (${r.title.length}; ${r.flags.join(', ')}) ${r.title}`);
    console.log(`    ${r.sentence.replace(/\s+/g, ' ')}`);
  }
  if (values.all) {
    console.log('\nall titles:');
    for (const r of rows) {
      console.log(`[${r.doc}] ${r.title}${r.flags.length ? `   {${r.flags.join(', ')}}` : ''}`);
      if (values.sentences) console.log(`    ${r.sentence.replace(/\s+/g, ' ')}`);
    }
  }
}

void main();
