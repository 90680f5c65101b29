import type { YearSpanWords } from '../../year-span.js';
import type { UnitKey } from '../../spec.js';

/**
 * Russian word tables. Russian inflects every noun and adjective, so each entry is a regex
 * source that covers the case forms of one word; rules are assembled from these with the `u` flag.
 */

/** Letters and digits never stand right before or after a word of ours (JS `\b` is ASCII-only). */
export const L = '(?<![\\p{L}\\d])';
export const R = '(?![\\p{L}\\d])';

/** Month stems → number: "январь", "января", "январе"; "мая", "мае"; "марта". */
export const MONTH_FORMS: [string, number][] = [
  ['январ[ьяеюё]|янв\\.?', 1],
  ['феврал[ьяеюё]|февр?\\.?', 2],
  ['март[аеу]?|мар\\.', 3],
  ['апрел[ьяеюё]|апр\\.?', 4],
  ['ма[йяею]', 5],
  ['июн[ьяеюё]', 6],
  ['июл[ьяеюё]', 7],
  ['август[аеу]?|авг\\.?', 8],
  ['сентябр[ьяеюё]|сент?\\.?', 9],
  ['октябр[ьяеюё]|окт\\.?', 10],
  ['ноябр[ьяеюё]|нояб?\\.?', 11],
  ['декабр[ьяеюё]|дек\\.?', 12],
];
export const MONTH = `(?:${MONTH_FORMS.map(([f]) => f).join('|')})`;
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTH_FORMS.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(w))?.[1];
}

/** Weekday forms → ISO weekday; plural datives ("по понедельникам") are sets. */
export const WEEKDAY_FORMS: [string, number][] = [
  ['понедельник(?:а|у|ом|е)?', 1],
  ['вторник(?:а|у|ом|е)?', 2],
  ['сред[аыуе]|средой', 3],
  ['четверг(?:а|у|ом|е)?', 4],
  ['пятниц[аыуе]|пятницей', 5],
  ['суббот[аыуе]|субботой', 6],
  ['воскресень[еяю]|воскресеньем', 7],
];
export const WEEKDAY = `(?:${WEEKDAY_FORMS.map(([f]) => f).join('|')})`;
export const WEEKDAY_PLURAL: [string, number][] = [
  ['понедельникам', 1],
  ['вторникам', 2],
  ['средам', 3],
  ['четвергам', 4],
  ['пятницам', 5],
  ['субботам', 6],
  ['воскресеньям', 7],
];
export function weekdayOf(word: string, table = WEEKDAY_FORMS): number | undefined {
  const w = word.toLowerCase();
  return table.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(w))?.[1];
}

/** Unit forms → unit; `лет` is the genitive plural of "год". */
export const UNIT_FORMS: [string, UnitKey][] = [
  ['секунд[аыу]?', 'second'],
  ['минут[аыу]?', 'minute'],
  ['час(?:а|ов|ы|у|ам|ах)?', 'hour'],
  ['день|дня|дней|дни|дням|днях|сутки|суток', 'day'],
  ['недел[яиюеь]|неделей|неделям|неделях', 'week'],
  ['месяц(?:а|ев|ы|е|у|ам|ах)?', 'month'],
  ['квартал(?:а|ов|ы|е|у)?', 'quarter'],
  ['год(?:а|у|ы|ов|ам|ах)?|лет', 'year'],
  ['десятилети[еяйю]|десятилетий', 'decade'],
  ['век(?:а|ов|е|у)?|столети[еяйю]', 'century'],
];
/** Units in the instrumental, as in "неделей ранее", "годом позже", "двумя днями раньше". */
export const UNIT_INSTRUMENTAL: [string, UnitKey][] = [
  ['часом|часами', 'hour'],
  ['дн[её]м|днями|сутками', 'day'],
  ['неделей|неделями', 'week'],
  ['месяцем|месяцами', 'month'],
  ['годом|годами', 'year'],
];
export const UNIT = `(?:${UNIT_FORMS.map(([f]) => f).join('|')})`;
export function unitOf(word: string): UnitKey | undefined {
  const w = word.toLowerCase();
  return UNIT_FORMS.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(w))?.[1];
}

/** Vague spans by unit, adverbial ("годами", "месяцами"). */
export const VAGUE_ADVERBS: Record<string, UnitKey> = {
  годами: 'year',
  месяцами: 'month',
  неделями: 'week',
  днями: 'day',
  часами: 'hour',
  десятилетиями: 'decade',
  веками: 'century',
  столетиями: 'century',
};

/** Cardinal number words in their case forms → value; NaN for "several". */
const NUMBER_FORMS: [string, number][] = [
  ['один|одна|одно|одного|одной|одну|одном|одним', 1],
  ['два|две|двух|двум|двумя', 2],
  ['три|тр[её]х|тр[её]м|тремя', 3],
  ['четыре|четыр[её]х|четыр[её]м|четырьмя', 4],
  ['пять|пяти|пятью', 5],
  ['шесть|шести', 6],
  ['семь|семи', 7],
  ['восемь|восьми', 8],
  ['девять|девяти', 9],
  ['десять|десяти', 10],
  ['одиннадцат[ьи]', 11],
  ['двенадцат[ьи]', 12],
  ['тринадцат[ьи]', 13],
  ['четырнадцат[ьи]', 14],
  ['пятнадцат[ьи]', 15],
  ['шестнадцат[ьи]', 16],
  ['семнадцат[ьи]', 17],
  ['восемнадцат[ьи]', 18],
  ['девятнадцат[ьи]', 19],
  ['двадцат[ьи]', 20],
  ['тридцат[ьи]', 30],
  ['сорок[а]?', 40],
  ['пятьдесят|пятидесяти', 50],
  ['шестьдесят|шестидесяти', 60],
  ['семьдесят|семидесяти', 70],
  ['восемьдесят|восьмидесяти', 80],
  ['девяносто|девяноста', 90],
  ['сто|ста', 100],
  ['пар[ауы]', 2],
  ['полтора|полторы|полутора', 1.5],
  [
    'несколько|нескольких|нескольким|многие|многих|много|долгие|долгих|считанные|считанных|считаные|считаных',
    NaN,
  ],
];
const NUMBER_WORD = NUMBER_FORMS.map(([f]) => f).join('|');
/** A count: digits ("10", "1,5") or words, tens and units ("двадцать пять"). */
export const COUNT = `(?:\\d{1,4}(?:[.,]\\d+)?|(?:${NUMBER_WORD})(?:\\s+(?:${NUMBER_WORD}))?)(?:\\s+с\\s+половиной)?`;
/** The number a {@link COUNT} writes; "две с половиной" is 2.5. */
export function readCount(text: string): number {
  const half = /\s+с\s+половиной$/iu.exec(text);
  if (half) return readCount(text.slice(0, half.index)) + 0.5;
  const t = text.toLowerCase().trim();
  if (/^\d/.test(t)) return Number(t.replace(',', '.'));
  let total = 0;
  for (const part of t.split(/\s+/)) {
    const n = NUMBER_FORMS.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(part))?.[1];
    if (n === undefined || Number.isNaN(n)) return NaN;
    total += n;
  }
  return total;
}

/** Adjectives that shift a period: "прошлом году" (−1), "этой неделе" (0), "следующем месяце" (+1). */
export const SHIFT_FORMS: [string, -1 | 0 | 1][] = [
  ['прошл|минувш|предыдущ|прошедш|истекш', -1],
  ['следующ|будущ|наступающ|грядущ|предстоящ|ближайш', 1],
  ['эт|текущ|нынешн|настоящ', 0],
];
export const SHIFT = `(?:(?:${SHIFT_FORMS.map(([f]) => f).join('|')})(?:его|ему|ий|ый|ого|ом|ем|им|ая|яя|ей|ую|юю|ое|ее|ие|ые|их|ым|ой|а|о|у|и|от)|сего)`;
export function shiftOf(word: string): -1 | 0 | 1 {
  const w = word.toLowerCase();
  if (w === 'сего') return 0;
  return SHIFT_FORMS.find(([f]) => new RegExp(`^(?:${f})`, 'u').test(w))?.[1] ?? 0;
}

/** A year in the genitive after a period: "2019 года", "прошлого года". */
export const YEAR_TAIL = `\\s+(?:(\\d{4})\\s*(?:-?го\\s+)?(?:года|г\\.?(?![\\p{L}]))|(${SHIFT})\\s+года|(позапрошлого)\\s+года)`;
export function tailYear(
  digits: string | undefined,
  shift: string | undefined,
  beforeLast: string | undefined,
  refYear: number,
): number | undefined {
  if (digits) return Number(digits);
  if (shift) return refYear + shiftOf(shift);
  if (beforeLast) return refYear - 2;
  return undefined;
}

/** Ordinals for quarters and halves (stems) and Roman numerals. */
export const ORDINAL_STEMS: [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четв[её]рт', 4],
];
export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/-.*$/, '');
  if (/^\d$/.test(w)) return Number(w);
  const roman = romanValue(w);
  if (roman) return roman;
  return ORDINAL_STEMS.find(([f]) => new RegExp(`^${f}`, 'u').test(w))?.[1];
}

export function romanValue(word: string): number | undefined {
  const w = word.toUpperCase();
  if (!/^[IVXL]+$/.test(w)) return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const cur = v[w[i]!]!;
    const next = v[w[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** Seasons: "зимой", "летом 2019 года", "этой весной", "прошлой осенью". */
export const SEASON_FORMS: [string, string][] = [
  ['весн[аыуе]|весной|весною', 'SP'],
  ['лето|лета|летом|лете', 'SU'],
  ['осен[ьи]|осенью', 'FA'],
  ['зим[аыуе]|зимой|зимою', 'WI'],
];
export const SEASON = `(?:${SEASON_FORMS.map(([f]) => f).join('|')})`;
export function seasonOf(word: string): string | undefined {
  const w = word.toLowerCase();
  return SEASON_FORMS.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(w))?.[1];
}

/** Parts of day: "утром", "вечера", "ночью". */
export const POD_FORMS: [string, 'MO' | 'AF' | 'EV' | 'NI' | 'MI'][] = [
  ['утр(?:о|а|ом|у)', 'MO'],
  ['дн[её]м|полдень|полудня', 'AF'],
  ['вечер(?:а|ом|у)?', 'EV'],
  ['ноч(?:ь|и|ью)', 'NI'],
];
export const POD = `(?:${POD_FORMS.map(([f]) => f).join('|')})`;
export function podOf(word: string): 'MO' | 'AF' | 'EV' | 'NI' | 'MI' | undefined {
  const w = word.toLowerCase();
  return POD_FORMS.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(w))?.[1];
}

/** Position words before a period → mod: "в начале 2019 года", "в конце января". */
export const POSITION_FORMS: [string, 'START' | 'MID' | 'END'][] = [
  ['начал[аоеу]|начале', 'START'],
  ['середин[аыеу]', 'MID'],
  ['конц[аеу]|конец|исходе|окончани[ияею]', 'END'],
];
export const POSITION = `(?:${POSITION_FORMS.map(([f]) => f).join('|')})`;
export function positionOf(word: string): 'START' | 'MID' | 'END' | undefined {
  const w = word.toLowerCase();
  return POSITION_FORMS.find(([f]) => new RegExp(`^(?:${f})$`, 'u').test(w))?.[1];
}

/** Quantity words before a duration → mod: "около трёх лет", "более года", "почти месяц". */
export const QUANTITY_MODS: Record<
  string,
  'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'
> = {
  около: 'APPROX',
  примерно: 'APPROX',
  приблизительно: 'APPROX',
  порядка: 'APPROX',
  почти: 'LESS_THAN',
  менее: 'LESS_THAN',
  меньше: 'LESS_THAN',
  'менее чем': 'LESS_THAN',
  'меньше чем': 'LESS_THAN',
  'чуть меньше': 'LESS_THAN',
  более: 'MORE_THAN',
  больше: 'MORE_THAN',
  свыше: 'MORE_THAN',
  'более чем': 'MORE_THAN',
  'больше чем': 'MORE_THAN',
  'чуть больше': 'MORE_THAN',
  'не менее': 'EQUAL_OR_MORE',
  'не меньше': 'EQUAL_OR_MORE',
  'как минимум': 'EQUAL_OR_MORE',
  'по меньшей мере': 'EQUAL_OR_MORE',
  'не более': 'EQUAL_OR_LESS',
  'не больше': 'EQUAL_OR_LESS',
};

/** Words that make two dashed years one span: "сезон 2024-25", "в 2023-2024 учебном году". */
export const YEAR_SPAN: YearSpanWords = {
  before:
    /(?<![\p{L}])(?:сезон\p{L}*|(?:учебн|финансов|бюджетн|отопительн)\p{L}*\s+(?:год|сезон)\p{L}*)\s*$/iu,
  after:
    /^\s+(?:г(?:од\p{L}*|г)?\.?\s+)?(?:(?:учебн|финансов|бюджетн|отопительн)\p{L}*\s+(?:год|сезон)|сезон)\p{L}*/iu,
};
