import type { TimexSpec } from '../../../spec.js';
import {
  B,
  E,
  MONTH,
  MONTHS,
  MONTH_ABBREVIATIONS,
  ORDINALS,
  SEASON,
  SEASONS,
  WEEKDAY,
  WEEKDAYS,
  fold,
  words,
} from '../lexicon.js';
import { esRule, textAfter, textBefore } from './util.js';

const YEAR = String.raw`(1[0-9]\d\d|20\d\d)(?![\d.,]\d)`;
const ABBR = words(Object.keys(MONTH_ABBREVIATIONS));
const DAY = String.raw`([12]\d|3[01]|0?[1-9])(?:\.?[ºo°])?`;
const monthOf = (word: string): number | undefined => {
  const w = fold(word).replace(/\.$/, '');
  return MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
};
/** "de 2019", "del 2019", ", 2019": a year written after a date. */
const YEAR_AFTER = String.raw`(?:\s*,?\s*(?:de[l]?\s+)?(?:año\s+)?${YEAR})`;
/** "marzo pasado", "mayo próximo", "diciembre de este año". */
const MONTH_SHIFT = String.raw`(?:\s+(pasado|anterior|próximo|proximo|que\s+viene|entrante)(?![\p{L}])|\s+(?:de|del)\s+(este|el\s+pasado|el\s+próximo|el\s+proximo|ese|aquel)\s+año|\s+(?:de|del)\s+(año\s+pasado|año\s+anterior|año\s+próximo|año\s+proximo|año\s+que\s+viene|año\s+en\s+curso))`;

/** "del año pasado", "de este año", "del próximo año": the year counted from the reference's. */
const yearShiftOf = (word: string | undefined): number | undefined => {
  if (!word) return undefined;
  const w = fold(word);
  if (w === 'este' || w === 'año en curso') return 0;
  if (/^(?:el pasado|año pasado|año anterior)$/.test(w)) return -1;
  if (/^(?:el proximo|año proximo|año que viene)$/.test(w)) return 1;
  return undefined;
};

const shiftOf = (word: string | undefined): -1 | 0 | 1 | undefined => {
  if (!word) return undefined;
  const w = fold(word);
  if (/^(?:pasado|anterior|el pasado|año pasado)$/.test(w)) return -1;
  if (/^(?:proximo|que viene|entrante|el proximo|año proximo|año que viene)$/.test(w)) return 1;
  if (w === 'este') return 0;
  return undefined;
};

/**
 * A day of a month: "3 de marzo", "3 de marzo de 2025", "el martes 14 de enero", "1º de mayo",
 * "15 ene. 2024", "el 5 de mayo pasado". The weekday is kept in the expression, "el" left out.
 */
export const dayMonthParser = esRule(
  new RegExp(
    String.raw`${B}(?:(?:el|este)\s+(?:(pasado|próximo|proximo)\s+)?)?(?:(${WEEKDAY}),?\s+(?:el\s+)?(?:día\s+)?)?(?:(primero)|${DAY})\s*(?:de\s+|[-/\s]\s*)(?:(${MONTH})|(${ABBR})\.?)(?![\p{L}])(?:${YEAR_AFTER}|${MONTH_SHIFT})?`,
    'iu',
  ),
  (m, context) => {
    const [, lead, , primero, day, full, abbr, year, s1, s2, s3] = m;
    if (abbr && !/^\s*(?:de\s+)?\S/.test(m[0]) && !full) {
      // "3 mar" needs its stop or a year: "3 mar" may be a word.
      if (!year && !/\.\s*$/.test(m[0]) && !/^\./.test(textAfter(context, m, 1))) return null;
    }
    const month = monthOf(full ?? abbr ?? '');
    if (!month) return null;
    const d = primero ? 1 : Number(day);
    if (textBefore(context, m, 2).match(/[\d.,/:]$/)) return null;
    // "Avenida 9 de Julio", "calle 18 de Julio", "Plaza 25 de Mayo": a name of a place.
    if (PLACE_BEFORE.test(textBefore(context, m, 12))) return null;
    const yearShift = s1 ? undefined : yearShiftOf(s2 ?? s3);
    const shift = shiftOf(s1 ?? lead);
    const spec: TimexSpec = {
      kind: 'calendar',
      month,
      day: d,
      ...(year ? { year: Number(year) } : {}),
      ...(yearShift !== undefined ? { year: context.refDate.getUTCFullYear() + yearShift } : {}),
      ...(yearShift === undefined && (shift === 1 || shift === -1) ? { shift } : {}),
    };
    return { spec };
  },
);

const PLACE_BEFORE =
  /(?:avenida|avda\.?|av\.|calle|plaza|paseo|puente|estación|estacion|barrio|colonia|parque|bulevar|club|escuela|colegio|hospital|liceo)\s+$/iu;

/** The first day of a range, "del 3 al 5 de junio", "entre el 3 y el 5 de junio": day 3 of June. */
export const rangeStartDayParser = esRule(
  new RegExp(
    String.raw`${B}${DAY}(?=\s*(?:al|a|y|-|–|hasta\s+el)\s*(?:el\s+)?(?:[12]\d|3[01]|0?[1-9])\s+de\s+(${MONTH})(?:\s+de[l]?\s+${YEAR})?)`,
    'iu',
  ),
  (m, context) => {
    if (/[\d.,/:]$/.test(textBefore(context, m, 1))) return null;
    const month = monthOf(m[2]!)!;
    return {
      spec: { kind: 'calendar', month, day: Number(m[1]), ...(m[3] ? { year: Number(m[3]) } : {}) },
    };
  },
);

/** A weekday and a day number without a month: "el martes 14": that day of the month the tense picks. */
export const weekdayDayParser = esRule(
  new RegExp(
    String.raw`${B}(?:(?:el|este)\s+)?(${WEEKDAY}),?\s+(?:día\s+)?${DAY}(?![\d\p{L}]|[:.,]\d|\s+de\s+\p{L}|\s*(?:%|por\s+ciento))`,
    'iu',
  ),
  (m, context) => {
    const day = Number(m[2]);
    // The month near the reference in which that day falls on that weekday ("el domingo 18").
    const weekday = WEEKDAYS[fold(m[1]!)]!;
    const ref = context.refDate;
    let best: { year: number; month: number; distance: number } | undefined;
    for (let shift = -3; shift <= 3; shift++) {
      const date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, day));
      if (date.getUTCDate() !== day || (date.getUTCDay() || 7) !== weekday) continue;
      const distance = Math.abs(date.getTime() - ref.getTime());
      if (!best || distance < best.distance)
        best = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, distance };
    }
    return {
      spec: best ? { kind: 'calendar', year: best.year, month: best.month, day } : { kind: 'calendar', day },
    };
  },
);

/**
 * A month without a day: "marzo", "en marzo de 2024", "el mes de marzo", "el pasado marzo",
 * "marzo pasado", "el próximo mes de mayo", "marzo de este año".
 */
export const monthParser = esRule(
  new RegExp(
    String.raw`${B}(?:(?:(el|este|el\s+pasado|el\s+próximo|el\s+proximo)\s+)?mes\s+de\s+|(el\s+pasado|el\s+próximo|el\s+proximo|este)\s+)?(${MONTH})${E}(?:${YEAR_AFTER}|${MONTH_SHIFT})?`,
    'iu',
  ),
  (m, context) => {
    const [, mesLead, lead, name = '', year, s1, s2, s3] = m;
    const before = textBefore(context, m, 16);
    // A day before the month is the day-month rule's ("31 de junio" refused by it is no date).
    if (/\d\s*(?:º|o)?\s*(?:de\s+)?$/i.test(before)) return null;
    // "Mayo" the surname, "Plaza de Mayo": a capital after a name or a preposition of place.
    if (/^[A-Z]/.test(name) && /(?:Plaza|Avenida|Calle|Paseo|Rambla|Hospital)\s+(?:de\s+)?$/u.test(before))
      return null;
    if (/^(?:mayo)$/i.test(name) && /^[A-Z]/.test(name) && /\p{Lu}\p{L}+\s+$/u.test(before)) return null;
    const month = MONTHS[fold(name)]!;
    const yearShift = s1 ? undefined : yearShiftOf(s2 ?? s3);
    const shift =
      shiftOf(s1) ?? shiftOf(lead?.replace(/^el\s+/i, '')) ?? shiftOf(mesLead?.replace(/^el\s+/i, ''));
    const spec: TimexSpec = year
      ? { kind: 'calendar', year: Number(year), month }
      : yearShift !== undefined
        ? { kind: 'calendar', year: context.refDate.getUTCFullYear() + yearShift, month }
        : shift === 0
          ? { kind: 'calendar', year: context.refDate.getUTCFullYear(), month }
          : { kind: 'calendar', month, ...(shift ? { shift } : {}) };
    return { spec };
  },
);

/** Words before a bare four-digit number that make it a year. */
const YEAR_CUE =
  /(?<![\p{L}])(?:en|de|del|desde|hasta|para|durante|entre|y|o|a|al|el|año|años|hacia|antes\s+de|después\s+de|despues\s+de|tras|temporada|ejercicio|presupuesto|elecciones|comicios|mundial|este|ese|aquel|verano|invierno|otoño|primavera|mediados|principios|finales|fines|comienzos|inicios|circa|c\.)\s*[-–]?\s*$/iu;
/** After a number: a count of things, not a year ("2019 personas", "1500 euros"). */
const COUNT_AFTER =
  /^\s*(?:%|por\s+ciento|millones|mil\b|personas|euros|dólares|dolares|pesos|habitantes|votos|muertos|heridos|casos|kilómetros|km|metros|toneladas|empleados|trabajadores|soldados|viviendas|alumnos|estudiantes|pacientes|agentes|efectivos|víctimas)/iu;

/** Years: "en 2019", "el año 2019", "desde 1990", "de 2020", "el 2019"; ranges "2019-2020". */
export const yearParser = esRule(
  new RegExp(
    String.raw`${B}(?:(el\s+año|año)\s+)?(?:(1[0-9]\d\d|20\d\d)(?![\d\p{L}%]|[.,:/]\d)|(?<=\bdel?\s+)['’]?(\d\d)(?![\d\p{L}%]|[.,:/]\d))`,
    'iu',
  ),
  (m, context) => {
    const [, lead, full, two] = m;
    const before = textBefore(context, m, 24);
    const after = textAfter(context, m, 16);
    if (
      /[\d$€£#]\s*$/.test(before) ||
      (/^\s*[-–/]\s*\d\d?(?!\d)/.test(after) && !/^\s*[-–]\s*(?:\d\d|\d{4})(?!\d)/.test(after))
    )
      return null;
    if (two) return null;
    const year = Number(full);
    if (COUNT_AFTER.test(after)) return null;
    const cued =
      lead !== undefined ||
      YEAR_CUE.test(before) ||
      /^\s*(?:$|[.,;:)!?"”»]|y\b|[-–]\s*\d)/u.test(after) ||
      /(?:^|[\n(“"«])\s*$/.test(before);
    if (!cued) return null;
    if (year < 1500 && !lead && !/(?:en|año|desde|del?)\s*$/i.test(before)) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(year) } };
  },
);

/** The second year of a range: "1990-91", "2019-2020" (the first is the year rule's). */
export const rangeEndYearParser = esRule(
  /(?<=(?:1[0-9]\d\d|20\d\d)\s*[-–]\s*)(\d\d|1[0-9]\d\d|20\d\d)(?![\d\p{L}%-]|[.,:/]\d)/u,
  (m, context) => {
    const first = /(\d{4})\s*[-–]\s*$/.exec(textBefore(context, m, 8));
    if (!first) return null;
    const start = Number(first[1]);
    let year = Number(m[1]);
    if (m[1]!.length === 2) {
      year += Math.floor(start / 100) * 100;
      if (year <= start) year += 100;
    }
    if (year <= start || year - start >= 100) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(year) } };
  },
);

const DECADE_WORDS: Record<string, number> = {
  veinte: 2,
  treinta: 3,
  cuarenta: 4,
  cincuenta: 5,
  sesenta: 6,
  setenta: 7,
  ochenta: 8,
  noventa: 9,
};

/**
 * Decades: "los años 90", "los noventa", "la década de 1990", "la década de los ochenta", "los
 * años 2000"; without a century the latest before the reference.
 */
export const decadeParser = esRule(
  new RegExp(
    String.raw`${B}(?:(?:los\s+)?años\s+|(?:la\s+)?década\s+de\s+(?:los\s+(?:años\s+)?)?|los\s+)(?:(1[0-9]\d0|20[0-9]0)|['’]?([1-9]0)|(${Object.keys(DECADE_WORDS).join('|')}))${E}`,
    'iu',
  ),
  (m, context) => {
    const [whole, full, two, word] = m;
    // "los 90 días", "los años 20 y 30 de edad" are counts; bare "los 90" needs "años" or "década".
    if (!/años|década/i.test(whole) && (full || two)) {
      if (!/^\s*(?:[,.;:)]|$|y\b|del\s+siglo)/u.test(textAfter(context, m, 10))) return null;
    }
    if (/^\s*(?:de\s+edad|años)/i.test(textAfter(context, m, 12))) return null;
    const refYear = context.refDate.getUTCFullYear();
    let start: number;
    if (full) start = Number(full);
    else {
      const tens = word ? DECADE_WORDS[fold(word)]! : Number(two) / 10;
      start = Math.floor(refYear / 100) * 100 + tens * 10;
      if (start > refYear) start -= 100;
    }
    return { spec: { kind: 'literal', type: 'DATE', value: `${Math.floor(start / 10)}X` } };
  },
);

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
function romanValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** Centuries: "el siglo XX", "siglo XXI", "el siglo 19", "el siglo pasado", "este siglo". */
export const centuryParser = esRule(
  /(?<![\p{L}\d])(?:(?:el|este)\s+)?siglo\s+(?:([XVI]{1,6})(?![\p{L}\d])|(\d{1,2})(?![\d\p{L}])|(pasado|anterior|actual))(?:\s+(a\.\s?(?:de\s+)?C\.|antes\s+de\s+Cristo))?/u,
  (m, context) => {
    const [whole, roman, digits, shiftWord, bc] = m;
    if (shiftWord || /^este/i.test(whole)) {
      const offset = shiftWord && /pasado|anterior/i.test(shiftWord) ? -1 : 0;
      const c = Math.floor(context.refDate.getUTCFullYear() / 100) + offset;
      return { spec: { kind: 'literal', type: 'DATE', value: String(c).padStart(2, '0') } };
    }
    const n = roman ? romanValue(roman) : Number(digits);
    if (!n || n > 30) return null;
    return {
      spec: { kind: 'literal', type: 'DATE', value: (bc ? 'BC' : '') + String(n - 1).padStart(2, '0') },
    };
  },
);

/**
 * Seasons: "el verano", "este invierno", "la primavera de 2019", "el otoño pasado", "el próximo
 * verano", "en verano"; "la Primavera Árabe" and "verano" in a name are left alone.
 */
export const seasonParser = esRule(
  new RegExp(
    String.raw`${B}(?:(el|la|este|esta|ese|esa|aquel|aquella|el\s+pasado|la\s+pasada|el\s+próximo|la\s+próxima|el\s+proximo|la\s+proxima)\s+)?(${SEASON})${E}(?:\s+(?:de[l]?\s+)?${YEAR}|\s+(pasad[oa]|próxim[oa]|proxim[oa]|que\s+viene|de\s+este\s+año|del\s+año\s+pasado))?`,
    'iu',
  ),
  (m, context) => {
    const [, lead, name = '', year, tail] = m;
    const before = textBefore(context, m, 14);
    const after = textAfter(context, m, 12);
    if (
      /^\s+(?:árabe|arabe|de\s+Praga|austral|boreal)/iu.test(after) ||
      (/^[A-Z]/.test(name) && !lead && !/^\s*$|[.!?]\s*$/.test(before))
    )
      return null;
    if (
      !lead &&
      !year &&
      !tail &&
      !/(?:en|durante|desde|hasta|para|de|del|antes\s+del?|tras\s+el|este|cada)\s+$/iu.test(before)
    )
      return null;
    const code = SEASONS[fold(name)]!;
    const leadWord = fold(lead ?? '');
    const tailWord = fold(tail ?? '');
    const anchored = /^(?:ese|esa|aquel|aquella)$/.test(leadWord);
    const shift: -1 | 0 | 1 | undefined = /pasad/.test(leadWord + tailWord)
      ? -1
      : /proxim|que viene/.test(leadWord + tailWord)
        ? 1
        : /^(?:este|esta)$/.test(leadWord) || tailWord === 'de este año'
          ? 0
          : undefined;
    if (tailWord === 'del año pasado')
      return { spec: { kind: 'subyear', code, year: context.refDate.getUTCFullYear() - 1 } };
    return {
      spec: {
        kind: 'subyear',
        code,
        ...(year ? { year: Number(year) } : {}),
        ...(shift !== undefined ? { shift } : {}),
        ...(anchored ? { ofStory: true, shift: 0 } : {}),
      },
    };
  },
);

const ORDINAL = words(Object.keys(ORDINALS));

/**
 * Quarters and halves: "el primer trimestre", "el tercer trimestre de 2019", "el segundo
 * semestre del año", "la primera mitad del año", "el último trimestre del año pasado".
 */
export const quarterParser = esRule(
  new RegExp(
    String.raw`${B}(?:(el|este|la|esta)\s+)?(${ORDINAL})\s+(trimestre|semestre|mitad|cuatrimestre)(?:\s+(?:de[l]?\s+)?(?:(?:año\s+)?${YEAR}|(?:(este|el)\s+)?(año(?:\s+(?:pasado|anterior|próximo|proximo|que\s+viene|en\s+curso))?|ejercicio)))?${E}`,
    'iu',
  ),
  (m) => {
    const [, , ordinal = '', noun = '', year, thisYear, yearWords] = m;
    const n = ORDINALS[fold(ordinal)];
    if (n === undefined) return null;
    const unit = fold(noun);
    if (unit === 'cuatrimestre') return null;
    // "la primera mitad" needs "del año": alone it is half of anything (a match, a book).
    if (unit === 'mitad' && !year && !yearWords) return null;
    const isHalf = unit !== 'trimestre';
    const last = isHalf ? 2 : 4;
    const index = n === -1 ? last : n;
    if (index > last) return null;
    const code = `${isHalf ? 'H' : 'Q'}${index}`;
    const yw = fold(yearWords ?? '');
    const yearOffset = /pasado|anterior/.test(yw)
      ? -1
      : /proximo|que viene/.test(yw)
        ? 1
        : thisYear?.toLowerCase() === 'este' || /en curso/.test(yw)
          ? 0
          : undefined;
    return {
      spec: {
        kind: 'subyear',
        code,
        ...(year ? { year: Number(year) } : {}),
        ...(yearOffset !== undefined ? { yearOffset } : {}),
      },
    };
  },
);

/** Numeric dates, day first as in Spanish ("15/03/2024", "15-3-24", "15.03.2024"), and ISO dates. */
export const numericDateParser = esRule(
  /(?<![\d/.,-])(?:el\s+)?(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?)(?![\d/-]|[.,]\d)/u,
  (m, context) => {
    const [, d, , mo, y, isoYear, isoMonth, isoDay, hour, minute] = m;
    let year = Number(isoYear ?? y);
    if (y?.length === 2) year += year + 2000 <= context.refDate.getUTCFullYear() + 10 ? 2000 : 1900;
    const month = Number(isoMonth ?? mo);
    const day = Number(isoDay ?? d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return {
      spec: {
        kind: 'calendar',
        year,
        month,
        day,
        ...(hour !== undefined ? { hour: Number(hour), minute: Number(minute) } : {}),
      },
    };
  },
);
