/** Spanish extraction tables: sentence abbreviations and headline rules (a chunk of its own). */
import { localeTitle } from '../title-locale.js';
import type { ExtractionLocale } from './types.js';

const VERBS =
  'dijo|dijeron|informó|informaron|declaró|declararon|afirmó|afirmaron|señaló|señalaron|indicó|indicaron|explicó|anunció|anunciaron|aseguró|aseguraron|precisó|confirmó|confirmaron|añadió|agregó|advirtió|sostuvo|detalló|comunicó|reveló';
const SOURCE = String.raw`[^,«»"“”]{1,60}?`;

const es: ExtractionLocale = {
  language: 'es',
  sentences: {
    abbreviations: {
      always: [
        'sr',
        'sra',
        'srta',
        'dr',
        'dra',
        'lic',
        'ing',
        'prof',
        'd',
        'dña',
        'gral',
        'excmo',
        'excma',
        'p. ej',
        'vs',
        'cf',
      ],
      'before-number': [
        'núm',
        'n',
        'nº',
        'art',
        'pág',
        'págs',
        'vol',
        'cap',
        'tel',
        'ene',
        'feb',
        'mar',
        'abr',
        'jun',
        'jul',
        'ago',
        'sept',
        'oct',
        'nov',
        'dic',
      ],
      'unless-new-sentence': [
        'etc',
        'ee.uu',
        'ee. uu',
        'ud',
        'uds',
        'avda',
        'av',
        'cía',
        's.a',
        'ltda',
        'aprox',
      ],
    },
    starters: new Set(
      'el la los las un una unos unas lo este esta estos estas ese esa eso aquel aquella él ella ellos ellas yo nosotros su sus mi en a de desde con por para según tras sin durante y pero o sin embargo además asimismo también luego después antes mientras cuando si aunque hoy ayer mañana no se hay ya así todo todos todas muchos según al del'.split(
        ' ',
      ),
    ),
  },
  title: localeTitle({
    quotes: [
      ['«', '»'],
      ['“', '”'],
    ],
    leadingAttribution: [new RegExp(String.raw`^(?:según|de acuerdo con|conforme a)\s+${SOURCE},\s*`, 'iu')],
    attributionClauses: [
      new RegExp(String.raw`,\s*(?:según\s+)?(?:${VERBS})\s+(?![^,]*\bque\b)${SOURCE}$`, 'iu'),
      new RegExp(String.raw`,?\s*(?:según|de acuerdo con)\s+(?:(?:${VERBS})\s+)?${SOURCE}(?=,|$)`, 'iu'),
    ],
    reportingFrames: [
      new RegExp(
        String.raw`^(?<subject>[^,«»"“”]{2,80}?(?:,\s[^,«»"“”]{2,40},)?)\s+(?:${VERBS})(?:\s+[^,«»"“”]{0,40}?)?\s+que\s+(?<report>.+)$`,
        'iu',
      ),
    ],
    quoteLed: [
      new RegExp(
        String.raw`^[«"“]([^»"”]{8,})[»"”],?\s*(?:—\s*)?(?:${VERBS})\s+(?<speaker>[^,]{2,60}?)(?:,.*)?$`,
        'u',
      ),
    ],
    pronouns: new Set(['él', 'ella', 'ellos', 'ellas']),
    proDrop: {
      subjectOpeners: new Set(
        'el la los las un una unos unas lo este esta estos estas ese esa su sus mi nuestro nuestra se hay no ya'.split(
          ' ',
        ),
      ),
    },
    statementPhrases: [
      /\s+(?:en|a través de|mediante)\s+(?:un|una|el|la|su)\s+(?:comunicado|nota|declaración|mensaje|rueda de prensa|conferencia de prensa|entrevista|publicación)(?:\s+(?:oficial|de prensa))?/iu,
    ],
    dateLead:
      /(?:^|\s)(?:(?:a principios|a finales|a mediados|a comienzos) de|(?:en )?la (?:noche|madrugada|mañana|tarde) del|el|la|los|las|en|durante|este|esta|hacia|a las|el pasado|la pasada|el próximo|la próxima)\s*$/iu,
    relationalBefore:
      /(?:^|\s)(?:desde|hasta|antes de|después de|tras|entre|a partir de|para|de|del|al)\s*$/iu,
    connectors:
      /^(?:(?:además|asimismo|por otra parte|por su parte|por otro lado|sin embargo|mientras tanto|no obstante|en tanto)\s*,\s*|(?:y|pero|e|también)\s+)/iu,
    dangling: new Set(
      'el la los las un una de del en y e o u a al con por para que se su sus como ni sin sobre entre tras según'.split(
        ' ',
      ),
    ),
    asides: [/\s*\([^()]*\)/g, /,\s+(?:que|quien|quienes|cuyo|cuya|donde)\s+[^,«»"“”]*,/gu],
  }),
};

export default es;
