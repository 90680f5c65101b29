import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLocaleLoaded } from '../../src/normalize/index.js';
import { extractEvents, isExtractionLocaleLoaded } from '../../src/extract/index.js';

describe('news-timeline/languages/<id>', () => {
  it('registers a language on import, so extraction in it needs no await', async () => {
    assert.equal(isLocaleLoaded('es'), false);
    assert.equal(isExtractionLocaleLoaded('es'), false);
    const { language } = await import('../../src/extract/languages/es.js');
    assert.equal(language.normalizer.id, 'es');
    assert.equal(language.extraction.language, 'es');
    assert.equal(isLocaleLoaded('es-MX'), true);
    assert.equal(isExtractionLocaleLoaded('es'), true);
    const { events } = extractEvents(
      'El Gobierno aprobó ayer el decreto. El Congreso lo votará el 5 de marzo.',
      {
        referenceDate: '2025-03-04',
        locale: 'es',
      },
    );
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2025-03-03', '2025-03-05'],
    );
  });

  it('has one entry per shipped language besides English', async () => {
    for (const id of ['de', 'fr', 'ru']) {
      const { language } = (await import(`../../src/extract/languages/${id}.js`)) as {
        language: { normalizer: { id: string }; extraction: { language: string } };
      };
      assert.deepEqual([language.normalizer.id, language.extraction.language], [id, id]);
      assert.equal(isLocaleLoaded(id), true, id);
    }
  });
});
