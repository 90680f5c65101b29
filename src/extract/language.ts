import { loadLocale, registerLocale, type NormalizerLocale } from '../normalize/index.js';
import { loadExtractionLocale, registerExtractionLocale } from './locales/registry.js';
import type { ExtractionLocale } from './locales/types.js';

/**
 * Loads what extracting events in a language needs: the normalizer's parsers for it and the
 * extraction's tables (sentence abbreviations, attribution shapes for titles), each a dynamic
 * import, so that `extractEvents(text, { locale })` then runs synchronously. English is built in.
 *
 * @param tag - a BCP 47 tag; its language subtag counts (`es-MX` loads Spanish)
 * @returns a promise that resolves once both are registered
 * @throws TypeError (the promise rejects) for a language without tables, naming the supported ones
 * @example
 * await loadLanguage('de');
 * extractEvents(text, { referenceDate: '2025-03-04', locale: 'de' });
 */
export async function loadLanguage(tag: string): Promise<void> {
  if (typeof tag !== 'string') throw new TypeError(`locale must be a BCP 47 string, got ${typeof tag}`);
  await Promise.all([loadExtractionLocale(tag), loadLocale(tag)]);
}

/** A language as `news-timeline/languages/<id>` exports it: its normalizer locale and extraction tables. */
export interface Language {
  normalizer: NormalizerLocale;
  extraction: ExtractionLocale;
}

/**
 * Registers a language's normalizer locale and extraction tables at once, so that `findTimexes`,
 * `resolve` and `extractEvents` read it with no `await`: what importing
 * `news-timeline/languages/<id>` does, for apps that would rather bundle a language than fetch it.
 *
 * @returns both, as given
 * @example
 * import 'news-timeline/languages/es';
 * extractEvents(texto, { referenceDate: '2025-03-04', locale: 'es' });
 */
export function useLanguage(normalizer: NormalizerLocale, extraction: ExtractionLocale): Language {
  registerLocale(normalizer);
  registerExtractionLocale(extraction);
  return { normalizer, extraction };
}
