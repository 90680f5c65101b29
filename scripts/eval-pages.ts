/**
 * Events of real news pages against the events a reader listed for them (see pages-score.ts for how
 * an event matches a gold event).
 *
 *   npm run eval:pages [-- --pages DIR] [--src DIR] [--failures] [--json]
 *
 * `--pages` defaults to test/fixtures/pages; `--src` is the source tree whose `extract/index.ts` is
 * scored (default: this checkout's src), so another checkout can be scored with the same scorer.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readPages, scoreSet, type Extract, type FailureClass } from './pages-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: resolve(root, 'test/fixtures/pages') },
    src: { type: 'string', default: resolve(root, 'src') },
    failures: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const module = (await import(pathToFileURL(resolve(values.src, 'extract/index.ts')).href)) as {
  extractEvents: Extract;
};
const pages = readPages(resolve(values.pages));
const score = scoreSet(pages, module.extractEvents);

if (values.json) {
  console.log(JSON.stringify(score, null, 2));
} else {
  const pct = (x: number): string => x.toFixed(3);
  console.log(`${pages.length} pages · source ${values.src}`);
  console.log('page  gold  extracted  matched  recall  precision');
  for (const p of score.pages) {
    const r = p.gold ? p.matched / p.gold : 1;
    const q = p.extracted ? p.matched / p.extracted : 1;
    console.log(
      `${p.id.padEnd(5)} ${String(p.gold).padStart(4)}  ${String(p.extracted).padStart(9)}  ${String(p.matched).padStart(7)}  ${pct(r).padStart(6)}  ${pct(q).padStart(9)}`,
    );
  }
  console.log(
    `all   ${String(score.gold).padStart(4)}  ${String(score.extracted).padStart(9)}  ${String(score.matched).padStart(7)}  ${pct(score.recall).padStart(6)}  ${pct(score.precision).padStart(9)}`,
  );
  console.log(
    `strict (same value, not only the same day): ${score.strict} matched, recall ${pct(score.strict / score.gold)}, precision ${pct(score.strict / score.extracted)}`,
  );
  console.log('\nfailures by class');
  for (const [kind, n] of Object.entries(score.byClass)) console.log(`  ${kind.padEnd(22)} ${n}`);
  if (values.failures) {
    const order: FailureClass[] = [
      'wrong-date',
      'missing-second-event',
      'missing',
      'extra-furniture',
      'extra-other',
    ];
    for (const kind of order) {
      const list = score.pages.flatMap((p) => p.failures.filter((f) => f.kind === kind));
      if (!list.length) continue;
      console.log(`\n${kind} (${list.length})`);
      for (const f of list) {
        const got = f.got !== undefined ? ` got ${f.got}` : '';
        console.log(`  ${f.page} ${f.value}${got}: ${f.text.slice(0, 160)}`);
      }
    }
  }
}
