import { loadLocale } from '../normalize/index.js';
import { loadExtractionLocale } from './locales/registry.js';

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
