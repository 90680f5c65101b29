import type { Chrono } from 'chrono-node/en';
import type { NormalizerLocale } from './locale.js';
import { locale as en } from './locales/en/index.js';

/** A language module: `locales/<id>/index.ts` exports its {@link NormalizerLocale} as `locale`. */
interface LocaleModule {
  locale: NormalizerLocale;
}

/**
 * Languages other than English, each its own chunk: a page that reads English only never loads
 * them. The `import()` calls are written out so that bundlers see and split each one.
 */
const LOADERS: Record<string, () => Promise<LocaleModule>> = {
  de: () => import('./locales/de/index.js'),
  es: () => import('./locales/es/index.js'),
  fr: () => import('./locales/fr/index.js'),
  ru: () => import('./locales/ru/index.js'),
};

/** The languages the normalizer reads (BCP 47 language subtags). */
export const SUPPORTED_LANGUAGES: readonly string[] = ['de', 'en', 'es', 'fr', 'ru'];

const registered = new Map<string, NormalizerLocale>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const engines = new Map<string, Chrono>();

/**
 * The language subtag of a BCP 47 tag, lower-cased: `es-MX` → `es`, `de_AT` → `de`; `en` for an
 * empty or missing tag.
 */
export function languageOf(tag: string | undefined): string {
  if (typeof tag !== 'string' || tag.trim() === '') return 'en';
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/**
 * Makes a language available to the synchronous API (`findTimexes`, `resolve`). Normally done by
 * {@link loadLocale}; call it directly with a locale you import yourself.
 */
export function registerLocale(locale: NormalizerLocale): void {
  registered.set(locale.id, locale);
  engines.delete(locale.id);
}

/** Whether `findTimexes(…, { locale: tag })` can run now. */
export function isLocaleLoaded(tag: string): boolean {
  return registered.has(languageOf(tag));
}

/**
 * Loads the normalizer for a language (once; later calls share the first). English is built in.
 *
 * @param tag - a BCP 47 tag: `es`, `de-AT`, `fr-CA`, `ru`
 * @returns a promise that settles when `findTimexes` can read that language
 * @throws (rejects) TypeError for a language the normalizer does not read
 * @example
 * await loadLocale('es');
 * findTimexes('El presidente llegó ayer.', { referenceDate: '2024-03-05', locale: 'es' });
 */
export function loadLocale(tag: string): Promise<void> {
  const id = languageOf(tag);
  if (registered.has(id)) return Promise.resolve();
  const loader = LOADERS[id];
  if (!loader) return Promise.reject(unsupported(id));
  let pending = loading.get(id);
  if (!pending) {
    pending = loader().then(
      (module) => registerLocale(module.locale),
      (error: unknown) => {
        loading.delete(id); // a later attempt may succeed (network back)
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** The registered locale for a tag; throws a TypeError that says what to do when it is not loaded. */
export function localeFor(tag: string | undefined): NormalizerLocale {
  const id = languageOf(tag);
  const locale = registered.get(id);
  if (locale) return locale;
  if (!(id in LOADERS)) throw unsupported(id);
  throw new TypeError(`Language "${id}" is not loaded: await loadLocale("${id}") first`);
}

/** The engine of a locale, built on first use and kept. */
export function engineOf(locale: NormalizerLocale): Chrono {
  let engine = engines.get(locale.id);
  if (!engine) {
    engine = locale.createEngine();
    engines.set(locale.id, engine);
  }
  return engine;
}

function unsupported(id: string): TypeError {
  return new TypeError(`Unsupported language "${id}" (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
}
