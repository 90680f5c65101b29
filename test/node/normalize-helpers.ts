import assert from 'node:assert/strict';
import { findTimexes } from '../../src/normalize/index.js';
import type { NormalizeOptions, Timex } from '../../src/normalize/index.js';

/** The seed article's publication date, a Monday. */
export const REF = '2019-12-30';

/** Expected reading of one expression: `[text, value]`, `[text, value, type]` or with mod. */
export type Expectation = [text: string, value: string, type?: Timex['type'], mod?: string];

/** Finds the expression whose text is `expected[0]` inside `sentence` and checks its value, type and mod. */
export function expectTimex(
  sentence: string,
  expected: Expectation,
  options: Partial<NormalizeOptions> = {},
): Timex {
  const [text, value, type, mod] = expected;
  const found = findTimexes(sentence, { referenceDate: REF, ...options });
  const hit = found.find((t) => t.text === text);
  assert.ok(
    hit,
    `expected "${text}" in "${sentence}"; found ${JSON.stringify(found.map((t) => `${t.text}=${t.value}`))}`,
  );
  assert.equal(hit.value, value, `value of "${text}" in "${sentence}"`);
  if (type) assert.equal(hit.type, type, `type of "${text}" in "${sentence}"`);
  if (mod) assert.equal(hit.mod, mod, `mod of "${text}" in "${sentence}"`);
  assert.equal(sentence.slice(hit.start, hit.end), hit.text, 'offsets point at the text');
  return hit;
}

/** Asserts no expression overlaps `text` in `sentence`. */
export function expectNoTimex(sentence: string, text: string): void {
  const at = sentence.indexOf(text);
  assert.ok(at >= 0, `"${text}" is in the sentence`);
  const found = findTimexes(sentence, { referenceDate: REF });
  const clash = found.find((t) => t.start < at + text.length && at < t.end);
  assert.equal(
    clash,
    undefined,
    `"${text}" in "${sentence}" is not a temporal expression (got ${clash?.value})`,
  );
}
