import type { YearSpanWords } from '../../year-span.js';
import type { PartOfDay, UnitKey } from '../../spec.js';
import type { TimexMod } from '../../types.js';
import { alternation } from '../../word-pattern.js';

export { alternation };

/** Word edges for German text: `\b` is ASCII-only and would split "März" or "Frühjahr". */
export const L = '(?<![\\p{L}\\d])';
export const R = '(?![\\p{L}\\d])';

/** Month names and abbreviations, German, Austrian ("Jänner", "Feber") and Swiss. */
export const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feber: 2,
  feb: 2,
  märz: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};

/** ISO weekday numbers (Monday 1). */
export const WEEKDAYS: Record<string, number> = {
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  sonntag: 7,
};

/** Parts of day, as nouns ("am Abend"), in compounds ("Montagabend") and as adverbs ("abends"). */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morgen: 'MO',
  früh: 'MO',
  frühe: 'MO',
  vormittag: 'MO',
  mittag: 'MI',
  nachmittag: 'AF',
  abend: 'EV',
  nacht: 'NI',
  morgens: 'MO',
  vormittags: 'MO',
  mittags: 'MI',
  nachmittags: 'AF',
  abends: 'EV',
  nachts: 'NI',
};

/** Seasons as TIMEX3 codes. */
export const SEASONS: Record<string, string> = {
  frühling: 'SP',
  frühjahr: 'SP',
  sommer: 'SU',
  herbst: 'FA',
  winter: 'WI',
};

/** Units in all their case forms ("Jahr", "Jahre", "Jahren", "Jahres", "Jahrs"). */
export const UNITS: Record<string, UnitKey> = {
  sekunde: 'second',
  sekunden: 'second',
  minute: 'minute',
  minuten: 'minute',
  stunde: 'hour',
  stunden: 'hour',
  tag: 'day',
  tage: 'day',
  tagen: 'day',
  tages: 'day',
  tags: 'day',
  woche: 'week',
  wochen: 'week',
  wochenende: 'weekend',
  wochenenden: 'weekend',
  monat: 'month',
  monate: 'month',
  monaten: 'month',
  monats: 'month',
  quartal: 'quarter',
  quartale: 'quarter',
  quartalen: 'quarter',
  quartals: 'quarter',
  jahr: 'year',
  jahre: 'year',
  jahren: 'year',
  jahres: 'year',
  jahrs: 'year',
  jahrzehnt: 'decade',
  jahrzehnte: 'decade',
  jahrzehnten: 'decade',
  jahrzehnts: 'decade',
  jahrhundert: 'century',
  jahrhunderte: 'century',
  jahrhunderten: 'century',
  jahrhunderts: 'century',
};

export const UNIT = `(${alternation(Object.keys(UNITS))})`;

/** Cardinal numbers in words, in every form a determiner takes ("einem", "einer"). */
export const NUMBERS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  eines: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
  anderthalb: 1.5,
  eineinhalb: 1.5,
  zweieinhalb: 2.5,
};

/** Counts that name no number ("mehrere Jahre", "einige Wochen"): a vague length. */
export const VAGUE_COUNTS = [
  'mehrere',
  'mehreren',
  'einige',
  'einigen',
  'wenige',
  'wenigen',
  'etliche',
  'etlichen',
  'viele',
  'vielen',
  'ein paar',
];

export const COUNT = `(\\d+(?:,\\d+)?|${alternation([...Object.keys(NUMBERS), ...VAGUE_COUNTS])})`;

/** Reads a count in digits ("2", "1,5") or words; NaN for a vague count ("mehrere"). */
export function readCount(raw: string): number {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  return NUMBERS[word] ?? NaN;
}

/** Ordinals in words, stem only ("dritt" for "dritten", "drittes"). */
export const ORDINALS: Record<string, number> = {
  erst: 1,
  zweit: 2,
  dritt: 3,
  viert: 4,
  fünft: 5,
  sechst: 6,
  siebt: 7,
  acht: 8,
  neunt: 9,
  zehnt: 10,
  elft: 11,
  zwölft: 12,
  dreizehnt: 13,
  vierzehnt: 14,
  fünfzehnt: 15,
  sechzehnt: 16,
  siebzehnt: 17,
  achtzehnt: 18,
  neunzehnt: 19,
  zwanzigst: 20,
  einundzwanzigst: 21,
};

export const ORDINAL = `(${alternation(Object.keys(ORDINALS))})(?:e|er|es|en|em)`;

/** Words that shift a period: "letzte Woche" (−1), "diese Woche" (0), "nächste Woche" (+1). */
export const SHIFTS: Record<string, -1 | 0 | 1> = {
  letzt: -1,
  vergangen: -1,
  vorig: -1,
  abgelaufen: -1,
  dies: 0,
  laufend: 0,
  kommend: 1,
  nächst: 1,
  folgend: 1,
};

export const SHIFT = `(${alternation(Object.keys(SHIFTS))})(?:e|er|es|en|em)?`;

/** Position in a period: "Anfang Mai", "Mitte der Woche", "Ende 2019". */
export const POSITIONS: Record<string, TimexMod> = {
  anfang: 'START',
  beginn: 'START',
  'zu beginn': 'START',
  'am anfang': 'START',
  'zu anfang': 'START',
  mitte: 'MID',
  ende: 'END',
  'am ende': 'END',
  'gegen ende': 'END',
};

/** Quantifiers before a length or date. */
export const QUANTITIES: Record<string, TimexMod> = {
  rund: 'APPROX',
  etwa: 'APPROX',
  ungefähr: 'APPROX',
  circa: 'APPROX',
  ca: 'APPROX',
  'ca.': 'APPROX',
  zirka: 'APPROX',
  gegen: 'APPROX',
  fast: 'LESS_THAN',
  beinahe: 'LESS_THAN',
  knapp: 'LESS_THAN',
  nahezu: 'LESS_THAN',
  'weniger als': 'LESS_THAN',
  'mehr als': 'MORE_THAN',
  'länger als': 'MORE_THAN',
  über: 'MORE_THAN',
  gut: 'MORE_THAN',
  mindestens: 'EQUAL_OR_MORE',
  wenigstens: 'EQUAL_OR_MORE',
  höchstens: 'EQUAL_OR_LESS',
  'bis zu': 'EQUAL_OR_LESS',
};

/** German holidays onto the keys of the shared holiday table. */
export const HOLIDAY_NAMES: Record<string, string> = {
  weihnachten: 'christmas',
  weihnacht: 'christmas',
  weihnachtstag: 'christmas day',
  'ersten weihnachtstag': 'christmas day',
  'erster weihnachtstag': 'christmas day',
  'zweiten weihnachtstag': 'boxing day',
  'zweiter weihnachtstag': 'boxing day',
  stephanitag: 'boxing day',
  stefanitag: 'boxing day',
  heiligabend: 'christmas eve',
  'heiligen abend': 'christmas eve',
  'heiliger abend': 'christmas eve',
  silvester: "new year's eve",
  neujahr: "new year's day",
  neujahrstag: "new year's day",
  ostern: 'easter',
  ostersonntag: 'easter',
  ostermontag: 'easter monday',
  karfreitag: 'good friday',
  karsamstag: 'holy saturday',
  gründonnerstag: 'maundy thursday',
  palmsonntag: 'palm sunday',
  karwoche: 'holy week',
  rosenmontag: 'rose monday',
  faschingsdienstag: 'shrove tuesday',
  fastnachtsdienstag: 'shrove tuesday',
  veilchendienstag: 'shrove tuesday',
  aschermittwoch: 'ash wednesday',
  'christi himmelfahrt': 'ascension day',
  himmelfahrt: 'ascension day',
  himmelfahrtstag: 'ascension day',
  pfingsten: 'pentecost',
  pfingstsonntag: 'pentecost',
  pfingstmontag: 'whit monday',
  fronleichnam: 'the feast of corpus christi',
  'mariä himmelfahrt': 'assumption day',
  allerseelen: "all souls' day",
  valentinstag: "valentine's day",
  halloween: 'halloween',
  'tag der arbeit': 'may day',
  muttertag: "mother's day",
  vatertag: "father's day",
  ...holidayBreaks(),
};

/**
 * A break named after a holiday, written as one word ("Osterpause", "Weihnachtsferien",
 * "Pfingsturlaub"): the holiday of that break, as "the Easter recess" is Easter in English.
 */
function holidayBreaks(): Record<string, string> {
  const holidays: Record<string, string> = { oster: 'easter', weihnachts: 'christmas', pfingst: 'pentecost' };
  const breaks = ['pause', 'ferien', 'urlaub', 'feiertage', 'feiertagen', 'tage', 'tagen'];
  const words: Record<string, string> = {};
  for (const [stem, name] of Object.entries(holidays)) for (const b of breaks) words[stem + b] = name;
  return words;
}

/** Holidays on a fixed day that the shared table does not hold: month and day. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'tag der deutschen einheit': [10, 3],
  nationalfeiertag: [10, 26],
  bundesfeiertag: [8, 1],
  allerheiligen: [11, 1],
  nikolaus: [12, 6],
  nikolaustag: [12, 6],
  dreikönigstag: [1, 6],
  reformationstag: [10, 31],
  'tag der befreiung': [5, 8],
};

/** The lower case of a matched word, single-spaced, as the tables key it. */
export const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** Words that make two dashed years one span: "die Saison 2024-25", "im Geschäftsjahr 2023-2024". */
export const YEAR_SPAN: YearSpanWords = {
  before:
    /(?<![\p{L}])(?:Saison|Spielzeit|Geschäftsjahr(?:es|s)?|Haushaltsjahr(?:es|s)?|Wirtschaftsjahr(?:es|s)?|Schuljahr(?:es|s)?|Studienjahr(?:es|s)?|Wintersemester|Winter)\s*$/iu,
  after: /^\s+(?:Saison|Spielzeit)(?![\p{L}])/iu,
};
