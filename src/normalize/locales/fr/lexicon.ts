import type { YearSpanWords } from '../../year-span.js';
import type { PartOfDay, UnitKey } from '../../spec.js';
import { alternation } from '../../word-pattern.js';

export { alternation };

/** Before and after a French word: letters of any script and digits, not just ASCII `\w`. */
export const B = "(?<![\\p{L}\\d'’-])";
export const E = '(?![\\p{L}\\d])';
/** Apostrophe, straight or typographic. */
export const AP = "['’]";

/** Builds a case-insensitive Unicode pattern (`u` makes `\p{L}` and accented letters work). */
export const re = (source: string): RegExp => new RegExp(source, 'iu');

/** Lower case, single spaces, typographic apostrophe as straight: the key of a word table. */
export const keyOf = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

export const MONTHS: Record<string, number> = {
  janvier: 1,
  'janv.': 1,
  février: 2,
  fevrier: 2,
  'févr.': 2,
  'fév.': 2,
  mars: 3,
  avril: 4,
  'avr.': 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  'juil.': 7,
  août: 8,
  aout: 8,
  septembre: 9,
  'sept.': 9,
  octobre: 10,
  'oct.': 10,
  novembre: 11,
  'nov.': 11,
  décembre: 12,
  decembre: 12,
  'déc.': 12,
};

export const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
};

export const SEASONS: Record<string, string> = {
  printemps: 'SP',
  été: 'SU',
  ete: 'SU',
  automne: 'FA',
  hiver: 'WI',
};

/** Unit nouns, singular and plural. */
export const UNITS: Record<string, UnitKey> = {
  seconde: 'second',
  secondes: 'second',
  minute: 'minute',
  minutes: 'minute',
  heure: 'hour',
  heures: 'hour',
  jour: 'day',
  jours: 'day',
  journée: 'day',
  journées: 'day',
  semaine: 'week',
  semaines: 'week',
  'week-end': 'weekend',
  'week-ends': 'weekend',
  weekend: 'weekend',
  mois: 'month',
  trimestre: 'quarter',
  trimestres: 'quarter',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  décennie: 'decade',
  décennies: 'decade',
  siècle: 'century',
  siècles: 'century',
};
export const UNIT = `(${alternation(Object.keys(UNITS))})`;

/** Parts of the day and the TIMEX3 code of each. */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  matin: 'MO',
  matinée: 'MO',
  'en matinée': 'MO',
  'dans la matinée': 'MO',
  midi: 'MI',
  'à midi': 'MI',
  'après-midi': 'AF',
  'dans l’après-midi': 'AF',
  "dans l'après-midi": 'AF',
  soir: 'EV',
  soirée: 'EV',
  'en soirée': 'EV',
  'dans la soirée': 'EV',
  nuit: 'NI',
  'dans la nuit': 'NI',
};

const UNITS_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  'quatre-vingt': 80,
  'quatre-vingts': 80,
  nonante: 90,
  cent: 100,
  mille: 1000,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  centaine: 100,
};

/** Number words up to 99, as written (with hyphens or "et"), and digits. */
export const NUMBER =
  '(?:\\d+(?:[.,]\\d+)?|(?:(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|quatre-vingts?)(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))?)|dix-sept|dix-huit|dix-neuf|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|cent|mille|douzaine|quinzaine|vingtaine|trentaine|centaine)';

/** Reads a number in digits or French words ("soixante-dix", "quatre-vingt-douze", "septante-cinq"). */
export function readNumber(raw: string): number {
  const s = keyOf(raw)
    .replace(/-/g, ' ')
    .replace(/\bet\b/g, ' ')
    .trim();
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (s in UNITS_WORDS) return UNITS_WORDS[s]!;
  const hyph = keyOf(raw).replace(/\s+et\s+|-et-/g, '-');
  if (hyph in UNITS_WORDS) return UNITS_WORDS[hyph]!;
  // "soixante dix" → 60 + 10, "quatre vingt douze" → 80 + 12.
  const words = s.split(/\s+/);
  const quatreVingt = words[0] === 'quatre' && /^vingts?$/.test(words[1] ?? '');
  const head = quatreVingt ? 80 : UNITS_WORDS[words[0]!];
  const rest = words.slice(quatreVingt ? 2 : 1).join('-');
  const tail = rest ? UNITS_WORDS[rest] : 0;
  if (head === undefined || tail === undefined) return NaN;
  return head + tail;
}

/** Ordinals up to 31 that name days and periods ("premier", "troisième", "1er", "2e"). */
export const ORDINALS: Record<string, number> = {
  premier: 1,
  première: 1,
  '1er': 1,
  '1re': 1,
  '1ère': 1,
  second: 2,
  seconde: 2,
  deuxième: 2,
  troisième: 3,
  quatrième: 4,
  dernier: -1,
  dernière: -1,
};

/** Position words written before a period: "début", "mi-", "fin". */
export const POSITION_MODS: Record<string, 'START' | 'MID' | 'END'> = {
  début: 'START',
  'au début de': 'START',
  'dès le début de': 'START',
  'le début de': 'START',
  'courant de': 'MID',
  'mi-': 'MID',
  mi: 'MID',
  'milieu de': 'MID',
  'le milieu de': 'MID',
  'au milieu de': 'MID',
  fin: 'END',
  'la fin de': 'END',
  'à la fin de': 'END',
  'en fin de': 'END',
  'en début de': 'START',
};

/** Quantity words before a duration or a date. */
export const QUANTITY_MODS: Record<
  string,
  'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'
> = {
  environ: 'APPROX',
  'aux alentours de': 'APPROX',
  'autour de': 'APPROX',
  quelque: 'APPROX',
  vers: 'APPROX',
  'près de': 'LESS_THAN',
  presque: 'LESS_THAN',
  quasiment: 'LESS_THAN',
  'moins de': 'LESS_THAN',
  'à peine': 'LESS_THAN',
  'plus de': 'MORE_THAN',
  "plus d'": 'MORE_THAN',
  'plus d’': 'MORE_THAN',
  'un peu plus de': 'MORE_THAN',
  "un peu plus d'": 'MORE_THAN',
  "moins d'": 'LESS_THAN',
  'moins d’': 'LESS_THAN',
  "près d'": 'LESS_THAN',
  'près d’': 'LESS_THAN',
  'un peu moins de': 'LESS_THAN',
  'au-delà de': 'MORE_THAN',
  'au moins': 'EQUAL_OR_MORE',
  'au minimum': 'EQUAL_OR_MORE',
  "jusqu'à": 'EQUAL_OR_LESS',
  'au plus': 'EQUAL_OR_LESS',
  'au maximum': 'EQUAL_OR_LESS',
};

/** "dernier", "prochain": the shift an adjective gives a period. */
export const SHIFTS: Record<string, -1 | 0 | 1> = {
  dernier: -1,
  dernière: -1,
  derniers: -1,
  passé: -1,
  passée: -1,
  précédent: -1,
  précédente: -1,
  prochain: 1,
  prochaine: 1,
  suivant: 1,
  suivante: 1,
  'à venir': 1,
};

/** Words that make two dashed years one span: "la saison 2024-25", "l'exercice 2023-2024". */
export const YEAR_SPAN: YearSpanWords = {
  before:
    /(?<![\p{L}])(?:saison|exercice|campagne|hiver|année\s+(?:scolaire|universitaire|fiscale|budgétaire))\s*$/iu,
};
