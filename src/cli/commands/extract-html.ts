import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '../../extract/index.js';
import { toTimelineEvents } from '../../extract/index.js';
import { en, type TimelineStrings } from '../../elements/i18n/strings.js';

/**
 * The self-contained bundle (`npm run build:bundle`): `<news-timeline>` with every dependency and
 * the extraction inlined. Not `news-timeline.bundle.js`, which loads the extraction from a file
 * beside it. This module sits three levels below the package root both as
 * src/cli/commands/*.ts and as dist/cli/commands/*.js.
 */
export function bundleFile(): string {
  return fileURLToPath(new URL('../../../dist/news-timeline.all.js', import.meta.url));
}

/** The package entry that registers the elements: src/index.ts in a checkout, dist/index.js when installed. */
function entryFile(): string | undefined {
  for (const name of ['../../index.ts', '../../index.js']) {
    const file = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * The browser code of `<news-timeline>` as one ES module: the built bundle when there is one,
 * otherwise bundled now from the sources with esbuild (a dev dependency).
 *
 * @throws Error when there is no bundle and esbuild or the sources are unavailable
 */
export async function loadBundle(file = bundleFile()): Promise<string> {
  if (existsSync(file)) return readFile(file, 'utf8');
  const entry = entryFile();
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      `${file} is missing and esbuild is not installed to bundle the timeline; run "npm run build:bundle" or install esbuild`,
    );
  }
  if (!entry) throw new Error(`${file} is missing and there are no sources to bundle`);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or attribute value as HTML: never markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** JSON that can sit inside `<script>`: `<` is written `\u003c`, so no `</script>` or `<!--` can occur. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * JavaScript inlined in `<script type="module">`. A `</script` in it would end the element, so it
 * becomes `<\/script` (the same string to JavaScript). Code holding `<!--` or `<script`, which
 * change how HTML reads script text, is imported from a base64 `data:` URL instead.
 */
export function inlineModule(code: string): string {
  if (/<!--|<script/i.test(code)) {
    const base64 = Buffer.from(code, 'utf8').toString('base64');
    return `import 'data:text/javascript;base64,${base64}';`;
  }
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** What the page shows. */
export interface TimelinePageOptions {
  /** Headline or file name. */
  title: string;
  referenceDate: string;
  result: ExtractionResult;
  /** The element bundle (see {@link loadBundle}). */
  bundle: string;
  /** Language of the article (BCP 47): the page's `lang` and `dir`, which the element reads too. */
  lang?: string;
  /** The element's words in that language (see `loadStrings`), for the page's own; English by default. */
  strings?: TimelineStrings;
}

/** Languages written right to left, where `Intl.Locale` cannot say (`textInfo` is not everywhere yet). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for a language written right to left, else `ltr`. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { textInfo?: { direction?: string } };
    const direction = locale.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RIGHT_TO_LEFT.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
  header p { margin: 0 0 1.5rem; opacity: 0.75; }
  news-timeline { display: block; margin-bottom: 2rem; }
  h2 { font-size: 1.1rem; }
  li { margin-bottom: 0.5rem; }
  .reason { opacity: 0.75; }
`;

/**
 * A self-contained HTML page with the timeline of an article: the element bundle and the events
 * are inlined, so the file opens from disk or any static host without other files.
 * Without JavaScript, the events are listed instead.
 *
 * @example
 * await writeFile('out.html', timelinePage({ title, referenceDate: '2019-12-30', result, bundle: await loadBundle() }));
 */
export function timelinePage({
  title,
  referenceDate,
  result,
  bundle,
  lang = 'en',
  strings: s = en,
}: TimelinePageOptions): string {
  const events = toTimelineEvents(result.events);
  const noscript = result.events
    .map(
      (e) =>
        `<li><strong>${escapeHtml(e.date.text)}</strong> (${escapeHtml(e.date.value)}): ${escapeHtml(e.sentence)}</li>`,
    )
    .join('\n        ');
  const undated = result.undated.length
    ? `<section>
      <h2>${escapeHtml(s.undatedHeading)}</h2>
      <ul>
        ${result.undated
          .map(
            (u) =>
              `<li>${escapeHtml(u.sentence)}<br><span class="reason">${escapeHtml(u.message)}</span></li>`,
          )
          .join('\n        ')}
      </ul>
    </section>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${directionOf(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="news-timeline extract">
    <title>${escapeHtml(s.pageTitle(title))}</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <header>
      <h1>${escapeHtml(title)}</h1>
      <p>${escapeHtml(s.published(referenceDate, events.length))}</p>
    </header>
    <news-timeline reference-date="${escapeHtml(referenceDate)}" label="${escapeHtml(s.pageTitle(title))}"></news-timeline>
    <noscript>
      <ol>
        ${noscript}
      </ol>
    </noscript>
    ${undated}
    <script type="application/json" id="news-timeline-events">${scriptJson(events)}</script>
    <script type="module">
${inlineModule(bundle)}
    </script>
    <script type="module">
      const events = JSON.parse(document.getElementById('news-timeline-events').textContent);
      document.querySelector('news-timeline').events = events;
    </script>
  </body>
</html>
`;
}
