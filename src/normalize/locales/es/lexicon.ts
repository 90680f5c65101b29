import type { YearSpanWords } from '../../year-span.js';
import type { UnitKey } from '../../spec.js';
import type { TimexMod } from '../../types.js';
import { alternation } from '../../word-pattern.js';

/**
 * Spanish word tables the rules are made of (Spain and Latin America). Keys are lower case and
 * written with their accents; `fold` takes the accents off what the text wrote, so "miercoles"
 * and "miércoles" read alike.
 */

/** Lower case without accents (ñ kept): the form the tables are looked up in. */
export const fold = (word: string): string =>
  word
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[áàä]/g, 'a')
    .replace(/[éèë]/g, 'e')
    .replace(/[íìï]/g, 'i')
    .replace(/[óòö]/g, 'o')
    .replace(/[úùü]/g, 'u');

/** Boundaries for words with accents: `\b` is ASCII-only. */
export const B = String.raw`(?<![\p{L}\d])`;
export const E = String.raw`(?![\p{L}\d])`;

/** A regex alternation that matches each word with or without its accents. */
export function words(list: Iterable<string>): string {
  return alternation(list).replace(/[aeiou]/g, (v) => `[${v}${ACCENTED[v]}]`);
}
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'úü' };

export const MONTHS: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
/** Abbreviations, written with a stop ("15 ene. 2024"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  ene: 1,
  feb: 2,
  mar: 3,
  abr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  ago: 8,
  sep: 9,
  sept: 9,
  set: 9,
  oct: 10,
  nov: 11,
  dic: 12,
};

/** ISO weekday (lunes = 1 … domingo = 7), keys without accents. */
export const WEEKDAYS: Record<string, number> = {
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
  domingo: 7,
};

export const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiun: 21,
  veintiuno: 21,
  veintiuna: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  quinientos: 500,
  mil: 1000,
  'media docena de': 6,
  'una docena de': 12,
  'un par de': 2,
  'par de': 2,
};

/** "unos", "varios", "muchos": a count of units nobody gave (`PXY`). */
export const VAGUE_QUANTITIES = [
  'varios',
  'varias',
  'algunos',
  'algunas',
  'muchos',
  'muchas',
  'unos cuantos',
  'unas cuantas',
  'pocos',
  'pocas',
  'numerosos',
  'numerosas',
];

/** Unit words (without accents) → unit. */
export const UNITS: Record<string, UnitKey> = {
  segundo: 'second',
  segundos: 'second',
  minuto: 'minute',
  minutos: 'minute',
  hora: 'hour',
  horas: 'hour',
  dia: 'day',
  dias: 'day',
  noche: 'day',
  noches: 'day',
  semana: 'week',
  semanas: 'week',
  'fin de semana': 'weekend',
  'fines de semana': 'weekend',
  mes: 'month',
  meses: 'month',
  trimestre: 'quarter',
  trimestres: 'quarter',
  año: 'year',
  años: 'year',
  decada: 'decade',
  decadas: 'decade',
  decenio: 'decade',
  decenios: 'decade',
  siglo: 'century',
  siglos: 'century',
};

/** Ordinals used for quarters, halves and centuries (masculine and feminine). */
export const ORDINALS: Record<string, number> = {
  primer: 1,
  primero: 1,
  primera: 1,
  '1er': 1,
  '1º': 1,
  '1.º': 1,
  segundo: 2,
  segunda: 2,
  '2º': 2,
  '2.º': 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  '3er': 3,
  '3º': 3,
  '3.º': 3,
  cuarto: 4,
  cuarta: 4,
  '4º': 4,
  '4.º': 4,
  ultimo: -1,
  ultima: -1,
};

export const SEASONS: Record<string, string> = {
  primavera: 'SP',
  verano: 'SU',
  otoño: 'FA',
  invierno: 'WI',
};

/** Position words before a period ("principios de marzo", "a finales de 2019"). */
export const POSITION_MODS: Record<string, TimexMod> = {
  principios: 'START',
  comienzos: 'START',
  inicios: 'START',
  'el inicio': 'START',
  'el comienzo': 'START',
  'el principio': 'START',
  primeros: 'START',
  mediados: 'MID',
  'la mitad': 'MID',
  finales: 'END',
  fines: 'END',
  'el final': 'END',
  'el fin': 'END',
  ultimos: 'END',
};

/** Quantity words before a length or a date ("casi dos años", "alrededor de 1990"). */
export const QUANTITY_MODS: Record<string, TimexMod> = {
  'alrededor de': 'APPROX',
  'cerca de': 'APPROX',
  aproximadamente: 'APPROX',
  hacia: 'APPROX',
  unos: 'APPROX',
  unas: 'APPROX',
  casi: 'LESS_THAN',
  'menos de': 'LESS_THAN',
  apenas: 'LESS_THAN',
  'más de': 'MORE_THAN',
  'mas de': 'MORE_THAN',
  'al menos': 'EQUAL_OR_MORE',
  'por lo menos': 'EQUAL_OR_MORE',
};

/** Spanish holiday names → keys of the shared holiday table. */
export const HOLIDAY_NAMES: Record<string, string> = {
  navidad: 'christmas',
  navidades: 'christmas',
  'dia de navidad': 'christmas day',
  nochebuena: 'christmas eve',
  nochevieja: "new year's eve",
  'año nuevo': "new year's day",
  'dia de año nuevo': "new year's day",
  'san valentin': "valentine's day",
  'dia de san valentin': "valentine's day",
  'viernes santo': 'good friday',
  'jueves santo': 'maundy thursday',
  'sabado santo': 'holy saturday',
  'sabado de gloria': 'holy saturday',
  'domingo de ramos': 'palm sunday',
  'semana santa': 'holy week',
  'martes de carnaval': 'shrove tuesday',
  'miercoles de ceniza': 'ash wednesday',
  ascension: 'ascension day',
  'jueves de la ascension': 'ascension day',
  pentecostes: 'pentecost',
  'domingo de pentecostes': 'pentecost',
  'lunes de pentecostes': 'whit monday',
  'corpus christi': 'the feast of corpus christi',
  'jueves de corpus': 'the feast of corpus christi',
  epifania: 'epiphany',
  'dia de reyes': 'epiphany',
  'dia de los reyes magos': 'epiphany',
  asuncion: 'assumption day',
  'dia de todos los santos': "all saints' day",
  'todos los santos': "all saints' day",
  'dia de difuntos': "all souls' day",
  'dia de los fieles difuntos': "all souls' day",
  'domingo de resurreccion': 'easter',
  'domingo de pascua': 'easter',
  'lunes de pascua': 'easter monday',
  halloween: 'halloween',
  'dia del trabajo': 'may day',
  'dia del trabajador': 'may day',
  'dia internacional del trabajo': 'may day',
  'primero de mayo': 'may day',
  'dia de accion de gracias': 'thanksgiving',
  'accion de gracias': 'thanksgiving',
  'viernes negro': 'black friday',
  'black friday': 'black friday',
};

/** Holiday names that are common nouns in lower case ("la ascensión al poder"): they need their capital. */
export const CAPITALISED_HOLIDAYS: ReadonlySet<string> = new Set([
  'ascension',
  'asuncion',
  'todos los santos',
]);

/** Spanish and Latin American holidays on a fixed day that the shared table does not hold. */
export const FIXED_HOLIDAYS: Record<string, [month: number, day: number]> = {
  'dia de la hispanidad': [10, 12],
  'fiesta nacional de españa': [10, 12],
  'dia de la constitucion': [12, 6],
  'dia de la inmaculada': [12, 8],
  'dia de la independencia de mexico': [9, 16],
  'dia de muertos': [11, 2],
  'dia de los muertos': [11, 2],
  'noche de san juan': [6, 23],
  'dia de andalucia': [2, 28],
  diada: [9, 11],
};

/** Reads "dos", "12", "veintitrés" as a number; NaN for vague words. */
export function readNumber(word: string): number {
  const w = fold(word);
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? NaN;
}

/** Numbers as written: digits or number words. */
export const NUMBER = `\\d{1,4}|${words(Object.keys(NUMBER_WORDS).concat(['veintidós', 'veintitrés', 'dieciséis']))}`;
export const UNIT = words(Object.keys(UNITS));
export const MONTH = words(Object.keys(MONTHS));
export const WEEKDAY = words(Object.keys(WEEKDAYS));
export const SEASON = words(Object.keys(SEASONS));
export { alternation };

/** Words that make two dashed years one span: "la temporada 2024-2025", "el ejercicio 2023-24". */
export const YEAR_SPAN: YearSpanWords = {
  before:
    /(?<![\p{L}])(?:temporada|campaña|curso|ejercicio|zafra|año\s+(?:fiscal|escolar|académico|lectivo|hidrológico))(?:\s+del?)?\s*$/iu,
};
