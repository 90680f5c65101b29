import { en, type TimelineStrings } from './strings.js';

/**
 * The tables other than English, each its own module fetched on first use: all five together
 * are about 3.4 kB min+gzip, more than a page that only speaks English should pay.
 */
const TABLES: Record<string, () => Promise<{ strings: TimelineStrings }>> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ru: () => import('./ru.js'),
};

/** Languages with a table of the element's words (English is built in). */
export const STRING_LANGUAGES: readonly string[] = ['en', 'ar', 'de', 'es', 'fr', 'ru'];

const loaded = new Map<string, TimelineStrings>([['en', en]]);
const loading = new Map<string, Promise<TimelineStrings>>();

/** The primary language subtag, lower case: "de-AT" → "de"; "" for an empty or malformed tag. */
export function languageOf(tag: string): string {
  return /^([a-z]{2,3})(?![a-z])/i.exec(tag.trim())?.[1]!.toLowerCase() ?? '';
}

/** The table of `tag`'s language if it is here already (English for languages without one). */
export function stringsIfLoaded(tag: string): TimelineStrings | undefined {
  const lang = languageOf(tag);
  return TABLES[lang] ? loaded.get(lang) : en;
}

/**
 * The table of `tag`'s language, loading it on first use; English for languages without a
 * table, and (after a failed load, which a later call retries) while it cannot be fetched.
 */
export function loadStrings(tag: string): Promise<TimelineStrings> {
  const lang = languageOf(tag);
  const table = TABLES[lang];
  if (!table) return Promise.resolve(en);
  let pending = loading.get(lang);
  if (!pending) {
    pending = table().then(
      ({ strings }) => {
        loaded.set(lang, strings);
        return strings;
      },
      () => {
        loading.delete(lang);
        return en;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
