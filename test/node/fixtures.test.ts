import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

// The seed article and its expectations are kept in the repository so that `npm test` needs
// nothing beside the checkout (so is the TempEval-3 scorer the TimeML tests and eval:news use). Where the original hand-off folder sits next to the checkout
// (../shared/seed), the copies must stay byte-identical to it; the demo shows the same article.
const fixture = (name: string): URL => new URL(`../fixtures/seed/${name}`, import.meta.url);
const original = (name: string): URL => new URL(`../../../shared/seed/${name}`, import.meta.url);
const sharedScorer = new URL('../../../shared/eval/timeml-score.mjs', import.meta.url);
const hasOriginal = existsSync(fileURLToPath(original('article.txt')));

describe('seed fixtures', () => {
  for (const name of ['article.txt', 'expected.json']) {
    test(
      `test/fixtures/seed/${name} is identical to ../shared/seed/${name}`,
      { skip: !hasOriginal && '../shared/seed is not beside this checkout' },
      () => {
        assert.ok(readFileSync(fixture(name)).equals(readFileSync(original(name))));
      },
    );
  }

  test(
    'test/fixtures/eval/timeml-score.mjs is identical to ../shared/eval/timeml-score.mjs',
    { skip: !existsSync(fileURLToPath(sharedScorer)) && '../shared/eval is not beside this checkout' },
    () => {
      const copy = readFileSync(new URL('../fixtures/eval/timeml-score.mjs', import.meta.url));
      assert.ok(copy.equals(readFileSync(sharedScorer)));
    },
  );

  test('the demo shows the same seed article', () => {
    const demo = readFileSync(new URL('../../demo/seed/article.txt', import.meta.url));
    assert.ok(demo.equals(readFileSync(fixture('article.txt'))));
  });

  test('expected.json lists the expressions and events the seed tests check', () => {
    const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as {
      referenceDate: string;
      expressions: unknown[];
      events: unknown[];
    };
    assert.equal(expected.referenceDate, '2019-12-30');
    assert.equal(expected.expressions.length, 16);
    assert.equal(expected.events.length, 14);
  });
});
