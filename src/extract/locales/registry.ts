/**
 * The extraction languages: English is built in; the others are one dynamic import each, so a page
 * that reads English never loads their tables.
 */
import { languageOf } from '../../normalize/index.js';
import en from './en.js';
import type { ExtractionLocale } from './types.js';

type Loader = () => Promise<{ default: ExtractionLocale }>;

/** Languages whose tables ship with the package, besides English. */
const LOADERS: Readonly<Record<string, Loader>> = {
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
};

/** Languages the extraction has tables for, sorted. */
export const EXTRACTION_LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)].sort();

const registered = new Map<string, ExtractionLocale>([['en', en]]);

/**
 * Registers (or replaces) a language's extraction tables, e.g. for a language the package does not
 * ship. `extractEvents(text, { locale })` then cuts sentences and writes titles with them.
 *
 * @throws TypeError when `locale` lacks its language, sentence rules or title function
 * @example registerExtractionLocale({ language: 'it', sentences: { abbreviations: { always: ['sig'] }, starters: new Set() }, title })
 */
export function registerExtractionLocale(locale: ExtractionLocale): void {
  // JavaScript callers can pass anything.
  const given = locale as Partial<ExtractionLocale> | null | undefined;
  if (
    !given ||
    typeof given.language !== 'string' ||
    typeof given.sentences !== 'object' ||
    typeof given.title !== 'function'
  )
    throw new TypeError('an extraction locale needs language, sentences and title');
  registered.set(languageOf(locale.language), locale);
}

/** Whether the extraction tables of `tag`'s language are registered (English always is). */
export function isExtractionLocaleLoaded(tag: string): boolean {
  return registered.has(languageOf(tag));
}

/**
 * The registered tables of `tag`'s language.
 * @throws TypeError when that language is not loaded
 */
export function extractionLocale(tag: string | undefined): ExtractionLocale {
  const language = languageOf(tag);
  const found = registered.get(language);
  if (found) return found;
  throw new TypeError(
    LOADERS[language]
      ? `Language "${language}" is not loaded: await loadLanguage("${language}") first`
      : `Unsupported language "${language}" (supported: ${EXTRACTION_LANGUAGES.join(', ')})`,
  );
}

/**
 * Loads and registers the extraction tables of `tag`'s language (no-op when registered).
 * @throws TypeError (rejects) for a language without tables
 */
export async function loadExtractionLocale(tag: string): Promise<ExtractionLocale> {
  const language = languageOf(tag);
  const found = registered.get(language);
  if (found) return found;
  const loader = LOADERS[language];
  if (!loader)
    throw new TypeError(`Unsupported language "${language}" (supported: ${EXTRACTION_LANGUAGES.join(', ')})`);
  const { default: locale } = await loader();
  registerExtractionLocale(locale);
  return locale;
}
