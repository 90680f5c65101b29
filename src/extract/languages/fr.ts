/** French, registered on import (`import 'news-timeline/languages/fr'`): no fetch on first use. */
import { locale } from '../../normalize/locales/fr/index.js';
import extraction from '../locales/fr.js';
import { useLanguage } from '../language.js';

export const language = useLanguage(locale, extraction);
