/** Russian, registered on import (`import 'news-timeline/languages/ru'`): no fetch on first use. */
import { locale } from '../../normalize/locales/ru/index.js';
import extraction from '../locales/ru.js';
import { useLanguage } from '../language.js';

export const language = useLanguage(locale, extraction);
