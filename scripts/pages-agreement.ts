/**
 * How far two readers agree on the events of the same pages: a second reader's events
 * (`DIR/second-reader/*.json`, `{ id, published, events }`) against the first reader's (`DIR/*.json`).
 * Two events agree when their evidence lies in the same sentence and their values place them on the
 * same day (or are equal), as an extracted event must to match a gold one; pairs are one to one.
 *
 *   npm run eval:pages-agreement [-- --pages DIR]...
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/extract/index.js';
import { readPages, type GoldEvent } from './pages-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true, default: ['test/fixtures/pages3', 'test/fixtures/pages4'] },
  },
});

const DAY = /^\d{4}-\d{2}-\d{2}/;
const sameDay = (a: string, b: string): boolean =>
  a === b || (DAY.exec(a)?.[0] !== undefined && DAY.exec(a)?.[0] === DAY.exec(b)?.[0]);

/** Maximum one-to-one pairing (augmenting paths). */
function pairs(edges: boolean[][], right: number): number {
  const leftOf = new Array<number>(right).fill(-1);
  const augment = (l: number, seen: boolean[]): boolean => {
    for (let r = 0; r < right; r++) {
      if (!edges[l]![r] || seen[r]) continue;
      seen[r] = true;
      if (leftOf[r]! < 0 || augment(leftOf[r]!, seen)) {
        leftOf[r] = l;
        return true;
      }
    }
    return false;
  };
  return edges.filter((_, l) => augment(l, new Array<boolean>(right).fill(false))).length;
}

for (const dir of values.pages) {
  let first = 0;
  let second = 0;
  let agreed = 0;
  for (const { page, text } of readPages(resolve(root, dir))) {
    const other = JSON.parse(
      readFileSync(join(resolve(root, dir), 'second-reader', `${page.id}.json`), 'utf8'),
    ) as {
      events: GoldEvent[];
    };
    const sentences = splitSentences(text);
    const sentenceOf = (g: GoldEvent): number => {
      const at = text.indexOf(g.evidence);
      return sentences.findIndex((s) => s.start <= at && at < s.end);
    };
    const a = page.events.map((g) => ({ g, s: sentenceOf(g) }));
    const b = other.events.map((g) => ({ g, s: sentenceOf(g) }));
    agreed += pairs(
      a.map((x) => b.map((y) => x.s >= 0 && x.s === y.s && sameDay(x.g.value, y.g.value))),
      b.length,
    );
    first += a.length;
    second += b.length;
  }
  const f1 = (2 * agreed) / (first + second);
  console.log(
    `${dir}: first reader ${first} events, second ${second}, agreed ${agreed}: ` +
      `second vs first recall ${(agreed / first).toFixed(3)}, precision ${(agreed / second).toFixed(3)}, F1 ${f1.toFixed(3)}`,
  );
}
