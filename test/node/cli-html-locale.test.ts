import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { directionOf, timelinePage } from '../../src/cli/commands/extract-html.js';
import { loadStrings } from '../../src/elements/i18n/load-strings.js';
import { extractEvents, loadLanguage } from '../../src/extract/index.js';
import { cli } from './cli-helpers.js';

let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-timeline-html-locale-'));
  await loadLanguage('de');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const GERMAN =
  'Der Stadtrat beschloss am 3. März 2025 den Neubau. Die Brücke wurde am 12. Juni 2025 eröffnet.\n';

/** The page's own words, without the inlined bundle and data. */
function chrome(page: string): {
  html: string;
  title: string;
  label: string;
  byline: string;
  headings: string[];
} {
  return {
    html: /<html[^>]*>/.exec(page)![0],
    title: /<title>(.*?)<\/title>/.exec(page)![1]!,
    label: /<news-timeline [^>]*label="([^"]*)"/.exec(page)![1]!,
    byline: /<header>[\s\S]*?<p>(.*?)<\/p>/.exec(page)![1]!,
    headings: [...page.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!),
  };
}

describe('the --html page speaks the language of --locale', () => {
  test('German words from the element’s German table, lang="de"', async () => {
    const result = extractEvents(GERMAN, { referenceDate: '2025-06-20', locale: 'de' });
    const page = timelinePage({
      title: 'Neue Brücke',
      referenceDate: '2025-06-20',
      result,
      bundle: '',
      lang: 'de',
      strings: await loadStrings('de'),
    });
    assert.deepEqual(chrome(page), {
      html: '<html lang="de" dir="ltr">',
      title: 'Zeitleiste: Neue Brücke',
      label: 'Zeitleiste: Neue Brücke',
      byline: `Veröffentlicht: 2025-06-20 · ${result.events.length} Ereignisse`,
      headings: [],
    });
    assert.equal(result.events.length, 2);
  });

  test('Arabic: right to left, Arabic words and digits', async () => {
    const page = timelinePage({
      title: 'جسر جديد',
      referenceDate: '2025-06-20',
      result: { events: [], undated: [], expressions: [] },
      bundle: '',
      lang: 'ar-EG',
      strings: await loadStrings('ar-EG'),
    });
    const c = chrome(page);
    assert.equal(c.html, '<html lang="ar-EG" dir="rtl">');
    assert.equal(c.title, 'الخط الزمني: جسر جديد');
    assert.equal(c.byline, 'نُشر في 2025-06-20 · لا أحداث');
  });

  test('direction of a language tag', () => {
    assert.deepEqual(['ar', 'he-IL', 'fa', 'ur', 'de', 'en-US', 'ru', '', 'not a tag'].map(directionOf), [
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });

  test('news-timeline extract --locale es --html writes the Spanish page', async () => {
    const article = join(dir, 'articulo.txt');
    writeFileSync(
      article,
      'Nuevo puente en la ciudad\n\nEl ayuntamiento aprobó el proyecto el 3 de marzo de 2025. El puente se inauguró el 12 de junio de 2025.\n',
    );
    const out = join(dir, 'pagina.html');
    const r = await cli(['extract', article, '-r', '2025-06-20', '--locale', 'es', '--html', out, '-q']);
    assert.equal(r.status, 0, r.stderr);
    const c = chrome(readFileSync(out, 'utf8'));
    assert.equal(c.html, '<html lang="es" dir="ltr">');
    assert.match(c.title, /^Cronología: /);
    assert.equal(c.byline, 'Publicado el 2025-06-20 · 2 eventos');
    assert.doesNotMatch(
      readFileSync(out, 'utf8').replace(/<script[\s\S]*?<\/script>/g, ''),
      /Timeline:|Published/,
    );
  });
});
