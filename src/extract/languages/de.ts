/** German, registered on import (`import 'news-timeline/languages/de'`): no fetch on first use. */
import { locale } from '../../normalize/locales/de/index.js';
import extraction from '../locales/de.js';
import { useLanguage } from '../language.js';

export const language = useLanguage(locale, extraction);
