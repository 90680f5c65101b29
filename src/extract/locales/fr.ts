/** French extraction tables: sentence abbreviations and headline rules (a chunk of its own). */
import { localeTitle } from '../title-locale.js';
import type { ExtractionLocale } from './types.js';

const VERBS =
  'déclaré|indiqué|affirmé|annoncé|précisé|expliqué|souligné|assuré|confirmé|rapporté|ajouté|estimé|averti|dit|fait savoir';
const SOURCE = String.raw`[^,«»"“”]{1,60}?`;

const fr: ExtractionLocale = {
  language: 'fr',
  sentences: {
    abbreviations: {
      always: [
        'm',
        'mm',
        'mme',
        'mmes',
        'mlle',
        'dr',
        'pr',
        'me',
        'mgr',
        'av',
        'p. ex',
        'cf',
        'env',
        'st',
        'ste',
      ],
      'before-number': [
        'n',
        'no',
        'p',
        'art',
        'vol',
        'chap',
        'janv',
        'févr',
        'avr',
        'juill',
        'sept',
        'oct',
        'nov',
        'déc',
      ],
      'unless-new-sentence': ['etc', 'av. j.-c', 'apr. j.-c', 'cie', 'bd', 'éd'],
    },
    starters: new Set(
      "le la les l un une des ce cet cette ces il elle ils elles on nous je son sa ses leur leurs en à au aux dans de du pour par sur avec selon après avant depuis et mais ou puis ainsi alors cependant toutefois enfin lors quand si aujourd'hui hier demain ne pas tous toutes plusieurs".split(
        ' ',
      ),
    ),
  },
  title: localeTitle({
    quotes: [
      ['«', '»'],
      ['“', '”'],
    ],
    leadingAttribution: [
      new RegExp(String.raw`^(?:selon|d['’]après|de source\s+\p{L}+)\s+${SOURCE},\s*`, 'iu'),
    ],
    attributionClauses: [
      new RegExp(
        String.raw`,\s*(?:a|ont)(?:-t-(?:il|elle|ils|elles|on))?\s+(?:${VERBS})(?:\s+(?![^,]*\bqu)${SOURCE})?$`,
        'iu',
      ),
      new RegExp(String.raw`,\s*(?:rapporte|indique|précise|annonce|affirme|souligne)\s+${SOURCE}$`, 'iu'),
      new RegExp(String.raw`,?\s*(?:selon|d['’]après)\s+${SOURCE}(?=,|$)`, 'iu'),
    ],
    reportingFrames: [
      new RegExp(
        String.raw`^(?<subject>[^,«»"“”]{2,80}?(?:,\s[^,«»"“”]{2,40},)?)\s+(?:(?:a|ont)\s+(?:${VERBS})|affirme|annonce|indique|estime)(?:\s+[^,«»"“”]{0,40}?)?\s+(?:que\s+|qu['’])(?<report>.+)$`,
        'iu',
      ),
    ],
    quoteLed: [
      new RegExp(
        String.raw`^[«"“]\s*([^»"”]{8,}?)\s*[»"”],?\s*(?:a|ont)\s+(?:${VERBS})\s+(?<speaker>[^,]{2,60}?)(?:,.*)?$`,
        'u',
      ),
    ],
    pronouns: new Set(['il', 'elle', 'ils', 'elles']),
    statementPhrases: [
      /\s+dans\s+(?:un|une|son|sa|le|la|leur)\s+(?:communiqué|déclaration|entretien|interview|message)(?:\s+(?:publié|diffusé))?/giu,
    ],
    dateLead:
      /(?:^|\s)(?:le|la|en|au|aux|au cours de|dans la nuit de|dans la nuit du|ce|cette|à|vers|début|fin|mi-?)\s*$/iu,
    relationalBefore:
      /(?:^|\s)(?:depuis|jusqu['’]au|jusqu['’]à|jusqu['’]en|avant|après|dès|entre|d['’]ici|du|de|des|pour|à partir du|à partir de)\s*$/iu,
    connectors:
      /^(?:(?:par ailleurs|en outre|de plus|cependant|toutefois|néanmoins|entre-temps|d['’]autre part|ainsi|enfin)\s*,\s*|(?:et|mais|puis)\s+)/iu,
    dangling: new Set(
      'le la les l un une de du des d et ou à au aux en dans par pour sur que qu qui avec son sa ses leur leurs ce cette selon depuis'.split(
        ' ',
      ),
    ),
    asides: [/\s*\([^()]*\)/g, /,\s+(?:qui|que|dont|où|lequel|laquelle)\s+[^,«»"“”]*,/gu],
  }),
};

export default fr;
