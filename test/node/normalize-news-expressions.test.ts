import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findTimexes } from '../../src/normalize/index.js';
import type { TimexType } from '../../src/normalize/index.js';

/** Hand-written modern news sentences with the TIMEX3 reading each expression should get. */
interface NewsCase {
  ref: string;
  text: string;
  expect: { text: string; type: TimexType; value: string }[];
  class: string;
}

const cases = JSON.parse(
  readFileSync(new URL('../fixtures/news-expressions.json', import.meta.url), 'utf8'),
) as NewsCase[];

const byClass = new Map<string, NewsCase[]>();
for (const c of cases) byClass.set(c.class, [...(byClass.get(c.class) ?? []), c]);

for (const [name, group] of byClass) {
  describe(`news expressions: ${name}`, () => {
    for (const c of group) {
      it(c.text, () => {
        const found = findTimexes(c.text, { referenceDate: c.ref });
        const spans = c.expect.map((e) => {
          const start = c.text.indexOf(e.text);
          assert.ok(start >= 0, `fixture: "${e.text}" is in the sentence`);
          return { ...e, start, end: start + e.text.length };
        });
        const got = found.map((t) => `${t.text}=${t.type} ${t.value}`);
        for (const e of spans) {
          const overlapping = found.filter((t) => t.start < e.end && e.start < t.end);
          assert.ok(
            overlapping.some((t) => t.value === e.value && t.type === e.type),
            `"${e.text}" should read ${e.type} ${e.value} (ref ${c.ref}); got ${JSON.stringify(got)}`,
          );
        }
        const spurious = found.filter((t) => !spans.some((e) => t.start < e.end && e.start < t.end));
        assert.deepEqual(
          spurious.map((t) => t.text),
          [],
          `no other expression in the sentence (ref ${c.ref})`,
        );
      });
    }
  });
}
