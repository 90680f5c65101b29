import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArticleSource } from '../../src/elements/article-source.js';
import { loadArticleLanguage } from '../../src/elements/extract-protocol.js';
import { ExtractModuleUnavailable } from '../../src/elements/extraction-runner.js';
import { languageOf, loadStrings, STRING_LANGUAGES } from '../../src/elements/i18n/load-strings.js';
import { en, plural } from '../../src/elements/i18n/strings.js';
import { loadLanguage } from '../../src/extract/index.js';

describe('the element’s words', () => {
  it('picks plural forms and digits per language', () => {
    const ru = plural('ru');
    const forms = { one: '# событие', few: '# события', many: '# событий', other: '# события' };
    assert.deepEqual(
      [1, 3, 5, 21, 1.5].map((n) => ru(n, forms)),
      ['1 событие', '3 события', '5 событий', '21 событие', '1,5 события'],
    );
    assert.equal(plural('ar-EG')(12, { other: '# حدثًا' }), '١٢ حدثًا');
    assert.equal(en.events(1200), '1,200 events');
  });

  it('has a table for each language, loaded on demand, English for the rest', async () => {
    assert.deepEqual(STRING_LANGUAGES, ['en', 'ar', 'de', 'es', 'fr', 'ru']);
    assert.equal((await loadStrings('de-AT')).fit, 'Alles');
    assert.equal((await loadStrings('es-MX')).allEvents(3), 'Todos los eventos (3)');
    assert.equal((await loadStrings('ru')).warningCount(2), '2 предупреждения');
    assert.equal((await loadStrings('ja')).fit, 'Fit');
    assert.equal((await loadStrings('')).fit, 'Fit');
    for (const lang of STRING_LANGUAGES) {
      const table = await loadStrings(lang);
      assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort(), lang);
    }
  });

  it('has the load errors and the page words in every language', async () => {
    const de = await loadStrings('de');
    assert.equal(
      de.loadTooLarge('/daten.json', '2 MB'),
      '/daten.json ließ sich nicht laden: größer als 2 MB (max-bytes)',
    );
    assert.equal(
      de.extractFailed('Zeitüberschreitung'),
      'Aus dem Artikel ließen sich keine Ereignisse lesen: Zeitüberschreitung',
    );
    assert.equal(
      (await loadStrings('fr')).loadTimeout('/a.json', '5 s'),
      'impossible de charger /a.json : pas de réponse en 5 s',
    );
    assert.equal((await loadStrings('es')).badData('/a.json', 'no es JSON'), '/a.json: no es JSON');
    assert.equal(
      de.notTimelineJS('/tl.json', 'kein Datum'),
      '/tl.json ließ sich nicht als TimelineJS3 lesen: kein Datum',
    );
    assert.equal(en.notTimelineJS('/tl.json', 'no date'), 'could not read /tl.json as TimelineJS3: no date');
    const ru = await loadStrings('ru');
    assert.deepEqual(
      [1, 3, 5].map((n) => ru.published('2025-06-20', n)),
      [
        'Опубликовано 2025-06-20 · 1 событие',
        'Опубликовано 2025-06-20 · 3 события',
        'Опубликовано 2025-06-20 · 5 событий',
      ],
    );
    assert.equal(en.published('2025-06-20', 1), 'Published 2025-06-20 · 1 event');
    assert.equal((await loadStrings('ar')).pageTitle('جسر'), 'الخط الزمني: جسر');
  });

  it('reads the language subtag of a tag', () => {
    assert.deepEqual(['de-AT', 'ES', 'fr_CA', 'ar-EG', '', 'x', '123'].map(languageOf), [
      'de',
      'es',
      'fr',
      'ar',
      '',
      '',
      '',
    ]);
  });
});

describe('loadArticleLanguage', () => {
  it('loads the article’s language where the extraction can read it', async () => {
    const loaded: string[] = [];
    const module = {
      loadLanguage: (tag: string) => {
        loaded.push(tag);
        return tag.startsWith('ja')
          ? Promise.reject(new TypeError(`Unsupported language "ja" (supported: de, en, es, fr, ru)`))
          : Promise.resolve();
      },
    };
    assert.deepEqual(await loadArticleLanguage(module, 'es-MX'), { locale: 'es-MX' });
    assert.deepEqual(await loadArticleLanguage(module, 'ja'), {
      warning: 'Unsupported language "ja" (supported: de, en, es, fr, ru): the article was read as English',
    });
    assert.deepEqual(await loadArticleLanguage(module, undefined), {});
    assert.deepEqual(loaded, ['es-MX', 'ja']);
  });

  it('works with the extraction’s own loadLanguage', async () => {
    assert.deepEqual(await loadArticleLanguage({ loadLanguage }, 'de-AT'), { locale: 'de-AT' });
    const { warning } = await loadArticleLanguage({ loadLanguage }, 'ja');
    assert.match(warning!, /^Unsupported language "ja" \(supported: .*\): the article was read as English$/);
  });

  it('rejects when a language cannot be fetched', async () => {
    const offline = { loadLanguage: () => Promise.reject(new TypeError('Failed to fetch')) };
    await assert.rejects(loadArticleLanguage(offline, 'de'), /Failed to fetch/);
  });
});

describe('the element’s own warnings and errors in its language', () => {
  it('words a reference date it cannot use, in every language', async () => {
    assert.equal(
      en.badReferenceDate('December 30, 2019', 'format'),
      'reference-date: "December 30, 2019" is not an ISO 8601 date (expected e.g. "2019-12-30")',
    );
    assert.equal(
      (await loadStrings('de')).badReferenceDate('2019-02-30', 'day'),
      'reference-date: „2019-02-30“ ist kein gültiges Kalenderdatum',
    );
    assert.equal(
      (await loadStrings('fr')).badReferenceDate('30/12/2019', 'format'),
      'reference-date : « 30/12/2019 » n’est pas une date ISO 8601 (par exemple « 2019-12-30 »)',
    );
    assert.equal(
      (await loadStrings('ru')).extractModuleFailed('Failed to fetch'),
      'не удалось загрузить модуль извлечения: Failed to fetch',
    );
    for (const lang of STRING_LANGUAGES) {
      const s = await loadStrings(lang);
      // The value the user gave and the day read from are shown as given, in every language.
      assert.ok(s.badReferenceDate('30.12.2019', 'format').includes('30.12.2019'), lang);
      assert.ok(s.noReferenceDate('2026-12-01').includes('2026-12-01'), lang);
      assert.ok(s.extractModuleFailed('net::ERR_FAILED').includes('net::ERR_FAILED'), lang);
      if (lang !== 'en') assert.notEqual(s.noReferenceDate('2026-12-01'), en.noReferenceDate('2026-12-01'));
    }
  });

  it('keeps the article’s missing reference date as a warning worded when shown', async () => {
    const source = new ArticleSource(() => {});
    let changed!: () => void;
    const done = new Promise<void>((resolve) => (changed = resolve));
    (source as unknown as { onChange: () => void }).onChange = changed;
    source.set({
      text: 'Yesterday, parliament voted.',
      src: undefined,
      slotted: undefined,
      referenceDate: undefined,
      prefer: undefined,
    });
    await done;
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(source.state?.notices.length, 1);
    assert.equal(
      source.state.notices[0]!(await loadStrings('es')),
      `sin reference-date: las fechas relativas como «ayer» se leyeron desde hoy, ${today}; ponga en reference-date la fecha de publicación del artículo`,
    );
    assert.deepEqual(source.data.warnings, [], 'not frozen into the extraction’s English warnings');
    source.disconnect();
  });

  it('words an extraction module that cannot be loaded in the element’s language', async () => {
    const source = new ArticleSource(() => {});
    let changed!: () => void;
    const done = new Promise<void>((resolve) => (changed = resolve));
    (source as unknown as { onChange: () => void }).onChange = changed;
    const failing = {
      run: () => Promise.reject(new ExtractModuleUnavailable('Failed to fetch dynamically imported module')),
      cancel: () => {},
      dispose: () => {},
    };
    (source as unknown as { runner: typeof failing }).runner = failing;
    source.set({
      text: 'The vote was held in March.',
      src: undefined,
      slotted: undefined,
      referenceDate: new Date('2019-12-30'),
      prefer: undefined,
    });
    await done;
    assert.equal(
      source.error?.(await loadStrings('de')),
      'Das Extraktionsmodul ließ sich nicht laden: Failed to fetch dynamically imported module',
    );
    assert.equal(
      source.error(en),
      'could not load the extraction module: Failed to fetch dynamically imported module',
    );
  });
});
