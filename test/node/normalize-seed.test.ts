import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findTimexes } from '../../src/normalize/index.js';

const seedDir = fileURLToPath(new URL('../fixtures/seed/', import.meta.url));
const article = readFileSync(seedDir + 'article.txt', 'utf8');
const expected = JSON.parse(readFileSync(seedDir + 'expected.json', 'utf8')) as {
  referenceDate: string;
  expressions: { line: number; text: string; type: string; value: string }[];
};

describe('seed article (published 2019-12-30)', () => {
  const found = findTimexes(article, { referenceDate: expected.referenceDate });
  const lines = article.split('\n');
  const lineStart = (line: number): number => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);

  for (const e of expected.expressions) {
    it(`line ${e.line}: "${e.text}" is ${e.type} ${e.value}`, () => {
      const from = lineStart(e.line);
      const at = article.indexOf(e.text, from);
      assert.ok(at >= 0 && at < from + lines[e.line - 1]!.length, 'the expected text is on its line');
      const hit = found.find((t) => t.start <= at && at + e.text.length <= t.end);
      assert.ok(hit, `an expression covers "${e.text}" on line ${e.line}`);
      assert.equal(hit.type, e.type);
      assert.equal(hit.value, e.value);
    });
  }

  it('finds nothing in the footer', () => {
    const footer = article.indexOf('RFE/RL journalists report');
    const late = found.filter((t) => t.start > footer && t.type !== 'DURATION');
    assert.deepEqual(
      late.map((t) => t.text),
      [],
    );
  });
});
