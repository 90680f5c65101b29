/** Spanish, registered on import (`import 'news-timeline/languages/es'`): no fetch on first use. */
import { locale } from '../../normalize/locales/es/index.js';
import extraction from '../locales/es.js';
import { useLanguage } from '../language.js';

export const language = useLanguage(locale, extraction);
