import type { TextCues } from '../../locale.js';

const ABBREVIATIONS = [
  'jan',
  'feb',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dez',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'nr',
  'dr',
  'prof',
  'st',
  'str',
  'bzw',
  'ca',
  'vgl',
  'usw',
  'etc',
  'inkl',
  'evtl',
  'ggf',
  'mio',
  'mrd',
  'hr',
  'abs',
  'art',
  'abb',
  'geb',
  'gest',
  'jh',
  'chr',
  'sog',
  'tel',
  'ing',
  'dipl',
  'mag',
  'min',
  'std',
  'bd',
  'ff',
  'bzgl',
  'zzgl',
  'gegr',
  'lt',
];

/** The German phrases the shared resolver reads around an expression. */
export const DE_CUES: TextCues = {
  // "Im Jahr 2017 …", "Seit 2019 …", "Ende 2018 …" frame their sentence.
  framingLead:
    /^\s*(?:im|in|seit|bis|ab|während|nach|vor|von|zwischen|anfang|mitte|ende)\s+(?:(?:jahre?|anfang|mitte|ende)\s+)?$/iu,
  sinceBefore: /(?<![\p{L}\d])seit\s+$/iu,
  // "sagte er am Montag", "teilte das Ministerium am Dienstag mit": the date of the telling.
  attributionBefore:
    /(?<![\p{L}\d])(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|meldete|kündigte|betonte|schrieb|sagt|erklärt|teilt|berichtet|meldet)\s+(?:\p{L}+\s+){0,3}(?:am\s+)?$/iu,
  periodBoundary: /(?<![\p{L}\d])(?:endete|endenden|stand|stichtag|per)\s+(?:zum\s+|am\s+)?$/iu,
  prepositionBefore:
    /(?<![\p{L}\d])(?:im|in|am|an|seit|bis|ab|von|vom|zum|zur|nach|vor|während|zwischen|und|um|für|über)\s+(?:(?:anfang|mitte|ende)\s+)?$/iu,
  entryAhead:
    /^[^\n]*(?<![\p{L}\d])(?:wird|werden|soll|sollen|geplant|vorgesehen|voraussichtlich)(?![\p{L}\d])/iu,
  rangeBetween: /^\s*(?:bis(?:\s+zu[mr])?|und|-|–|—)\s*$/iu,
  // "Sept. 2019", "Nr. 5", "3. Mai": a period that ends no sentence; a day number with its period too.
  abbreviationBefore: new RegExp(
    `(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')}|\\p{L}|\\d{1,2}|(?:\\p{L}\\.)+\\p{L}|z\\.\\s?b|u\\.\\s?a|d\\.\\s?h|v|n)$`,
    'iu',
  ),
  today: /^heute$/i,
  presentVerb: /^(?:ist|sind|gilt|gelten|bleibt|sagt|sagen|meint|meinen|liegt|steht|sieht|sehen)$/iu,
  notPresentVerb: /^(?:war|waren|wurde|wurden|hatte|hatten|sagte|sagten|wird|werden|würde)$/iu,
  // "am Samstag um 16.10 Uhr" is two expressions, as the annotators mark it; typed text joins them.
  betweenDayAndTime: /^\s*$/u,
  betweenPartAndDay: /^\s+(?:des|vom|am)\s+$/iu,
  betweenWeekdayAndDate: /^\s*,?\s*(?:den|dem)?\s*$/iu,
  countedFrom: /(?!)/,
  // TimeML leaves the preposition out: chrono's "am 3. Mai" is marked "3. Mai".
  leadingPreposition: /^(?:am|an|im|in|um|vom|von|zum|bis|seit|ab|für)\s+/iu,
  rangeSeparator:
    /\s*(?:-|–|—|(?<![\p{L}])bis(?:\s+zu[mr])?(?![\p{L}]))\s*(?!.*(?:-|–|—|(?<![\p{L}])bis(?![\p{L}])))/iu,
};
