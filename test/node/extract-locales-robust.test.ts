import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { build } from 'esbuild';
import { TITLE_MAX_LENGTH, splitSentences } from '../../src/extract/index.js';
import { loadExtractionLocale } from '../../src/extract/locales/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LANGUAGES = ['de', 'es', 'fr', 'ru'];

describe('extraction languages are chunks of their own', () => {
  test('the extraction entry reads no other language; each language is one chunk', async () => {
    const result = await build({
      entryPoints: [`${root}src/extract/index.ts`],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: `${root}.esbuild-out`,
      write: false,
      metafile: true,
      packages: 'external',
      logLevel: 'silent',
    });
    const outputs = Object.values(result.metafile.outputs);
    const entry = outputs.find((o) => o.entryPoint === 'src/extract/index.ts');
    assert.ok(entry, 'the entry was built');
    const inputs = Object.keys(entry.inputs);
    assert.ok(inputs.includes('src/extract/locales/en.ts'), 'English is in the entry');
    for (const language of LANGUAGES) {
      const file = `src/extract/locales/${language}.ts`;
      assert.ok(!inputs.includes(file), `${file} is not in the entry`);
      const chunks = outputs.filter((o) => Object.keys(o.inputs).includes(file));
      assert.equal(chunks.length, 1, `${file} is in one chunk`);
      assert.deepEqual(Object.keys(chunks[0]!.inputs), [file], `${file}'s chunk holds only it`);
    }
  });
});

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** Abbreviations, initials, numbers with periods, quotation marks and attribution words, shuffled. */
const PIECES = [
  'z.',
  'B.',
  'u. a.',
  'am 3.',
  'März',
  'EE.UU.',
  'p. ej.',
  'Sr.',
  'av. J.-C.',
  'M.',
  'В.',
  'г.',
  'т. е.',
  'им.',
  'dijo',
  'que',
  'sagte,',
  'dass',
  'a déclaré',
  'заявил,',
  'что',
  'según',
  'laut',
  'selon',
  'по словам',
  '«',
  '»',
  '„',
  '“',
  ',',
  '.',
  '1.º',
  'el',
  'der',
  'hat',
  'Polizei',
  '\n',
];

function hostile(length: number, seed: number): string {
  const next = random(seed);
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(next() * PIECES.length)]! + (next() < 0.85 ? ' ' : '');
  return s.slice(0, length);
}

for (const language of LANGUAGES) {
  test(`${language}: 100,000 characters of abbreviations, quotations and attribution words`, async () => {
    const { title } = await loadExtractionLocale(language);
    for (const seed of [1, 2]) {
      const text = hostile(100_000, seed) + ' ' + 'x'.repeat(20_000) + '.';
      const sentences = splitSentences(text, language);
      let previous = 0;
      for (const s of sentences) {
        assert.ok(s.start >= previous && s.end > s.start, 'sentences in order, none empty');
        previous = s.end;
        const sentence = text.slice(s.start, s.end);
        const at = Math.floor(sentence.length / 2);
        const t = title(sentence, { start: at, end: Math.min(sentence.length, at + 6) });
        assert.ok(t.length <= TITLE_MAX_LENGTH && !t.startsWith('…'), `title "${t}"`);
      }
    }
  });
}
