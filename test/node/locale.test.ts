import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  SUPPORTED_LANGUAGES,
  findTimexes,
  isLocaleLoaded,
  languageOf,
  loadLocale,
  resolve,
} from '../../src/normalize/index.js';

describe('normalizer languages', () => {
  it('reads the language subtag of a BCP 47 tag', () => {
    assert.equal(languageOf('es-MX'), 'es');
    assert.equal(languageOf('de_AT'), 'de');
    assert.equal(languageOf('FR'), 'fr');
    assert.equal(languageOf(''), 'en');
    assert.equal(languageOf(undefined), 'en');
  });

  it('has English built in, under any English tag', () => {
    assert.ok(isLocaleLoaded('en-GB'));
    const [t] = findTimexes('It rained on Tuesday.', { referenceDate: '2019-12-30', locale: 'en-GB' });
    assert.equal(t?.value, '2019-12-24');
  });

  it('says what to do when a language is not loaded, and names the supported ones', async () => {
    assert.deepEqual(SUPPORTED_LANGUAGES, ['de', 'en', 'es', 'fr', 'ru']);
    await assert.rejects(loadLocale('xx'), {
      name: 'TypeError',
      message: 'Unsupported language "xx" (supported: de, en, es, fr, ru)',
    });
    assert.throws(() => findTimexes('hoy', { referenceDate: '2024-03-05', locale: 'tlh' }), {
      name: 'TypeError',
      message: 'Unsupported language "tlh" (supported: de, en, es, fr, ru)',
    });
  });

  for (const id of ['es', 'de', 'fr', 'ru'])
    it(`loads ${id} on demand, once`, async () => {
      const first = loadLocale(id);
      assert.equal(loadLocale(id), first, 'a second call shares the first load');
      await first;
      assert.ok(isLocaleLoaded(`${id}-XX`));
    });

  it('reads a language once it is loaded, with its own numeric date order', async () => {
    await loadLocale('es');
    const found = findTimexes('La reunión fue el 3 de marzo de 2024.', {
      referenceDate: '2024-03-05',
      locale: 'es',
    });
    assert.deepEqual(
      found.map((t) => t.value),
      ['2024-03-03'],
    );
    assert.equal(resolve('4/3/2026', { referenceDate: '2026-03-11', locale: 'es' })?.value, '2026-03-04');
  });
});
