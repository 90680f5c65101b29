// Stand-in for the normalizer's locale API (loadLocale) until it lands: English only.
import { languageOf } from './locales/registry.js';

export function loadLocale(tag: string): Promise<void> {
  const language = languageOf(tag);
  if (language === 'en') return Promise.resolve();
  return Promise.reject(new TypeError(`Unsupported language "${language}" (supported: en)`));
}
