import { durationValue } from '../../../duration-value.js';
import { pad } from '../../../calendar.js';
import {
  B,
  E,
  MONTH,
  MONTHS,
  NUMBER,
  SEASON,
  SEASONS,
  UNIT,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAY,
  WEEKDAYS,
  fold,
  readNumber,
  words,
} from '../lexicon.js';
import { esRule, textAfter, textBefore } from './util.js';
import { lengthValue } from './relative.js';

const LEAD = String.raw`(?:((?:l[oa]s|sus)\s+(?:últim[oa]s|ultim[oa]s|próxim[oa]s|proxim[oa]s|primer[oa]s|pasad[oa]s|siguientes|restantes)|l[oa]s)\s+)?`;

/**
 * Counted durations: "tres años", "48 horas", "los últimos dos meses", "las próximas dos semanas",
 * "un año y medio", "los primeros nueve meses"; ages ("un hombre de 45 años") are left alone.
 */
export const countedDurationParser = esRule(
  new RegExp(
    String.raw`${B}${LEAD}(${NUMBER})\s+(?:(?:largos|largas|enteros|enteras|más|mas|consecutivos|consecutivas|seguidos|seguidas)\s+)?(${UNIT})(?:\s+(y\s+medio|y\s+media))?${E}(?:\s+(consecutivos|consecutivas|seguidos|seguidas))?`,
    'iu',
  ),
  (m, context) => {
    const [, lead, countWord = '', unitWord = '', half] = m;
    const unit = UNITS[fold(unitWord)];
    if (!unit) return null;
    const n = readNumber(countWord);
    if (Number.isNaN(n)) return null;
    const before = textBefore(context, m, 24);
    const after = textAfter(context, m, 16);
    if (/\d[.,]?\s*$/.test(before) || /^[.,]\d/.test(after)) return null;
    // Ages: "un hombre de 45 años", "de 24 y 31 años", "a los 80 años", "tiene 30 años", "45 años de edad".
    if (
      unit === 'year' &&
      ((AGE_BEFORE.test(before) && !lead) ||
        (lead && /^l[oa]s$/i.test(lead) && /(?<![\p{L}])a\s+$/u.test(before)) ||
        /^\s+de\s+edad/iu.test(after))
    )
      return null;
    // "un día" alone is "one day" (once), "un segundo mandato" a second one; they count after
    // "durante", "en", "por".
    if (
      /^(?:un|una|uno)$/i.test(countWord) &&
      (unit === 'day' || unit === 'second') &&
      !lead &&
      !half &&
      !/(?:durante|por|en|tras|hace|de|más\s+de|casi|apenas|solo|sólo)\s+$/iu.test(before)
    )
      return null;
    // "24 horas al día", "seis días a la semana": the quantity of a rate (the set rule has "al día").
    if (!lead && /^\s+(?:al|por|a\s+la)\s+(?:día|dia|semana|mes|año)(?![\p{L}])/iu.test(after)) return null;
    // "hace dos años", "dos años después": the ago rule's; "dos veces al año": a rate.
    if (/^\s+(?:después|despues|antes|más\s+tarde|atrás)\b/iu.test(after)) return null;
    if (/(?:^|\s)(?:1[5-9]|20)\d\d$/.test(countWord) && unit !== 'year') return null;
    const value = half ? halfValue(n, unit) : lengthValue(n, unit);
    return { spec: { kind: 'literal', type: 'DURATION', value } };
  },
);

/** What before "N años" makes it an age: a person ("hombre de"), a name ("Pérez, de"), "a los", "tiene". */
const AGE_BEFORE =
  /(?:(?:hombres?|mujer(?:es)?|joven(?:es)?|niñ[oa]s?|chic[oa]s?|ancian[oa]s?|adolescentes?|bebés?|menor(?:es)?|varón|señora?|personas?|vecin[oa]s?|conductora?|pacientes?|víctimas?|detenid[oa]s?|herid[oa]s?|\p{Lu}\p{L}+,?)\s+de(?:\s+\d+\s+(?:y|a))?|a\s+los|a\s+sus|tiene|tenía|tenia|cumple|cumplió|cumplir|con)\s+$/u;

function halfValue(n: number, unit: string): string {
  if (unit === 'year') return `P${n}Y6M`;
  if (unit === 'month') return `P${n}M15D`;
  if (unit === 'hour') return `PT${n}H30M`;
  if (unit === 'day') return `P${n}DT12H`;
  return durationValue(n + 0.5, unit as 'week');
}

const VAGUE = words(
  VAGUE_QUANTITIES.concat([
    'unos',
    'unas',
    'los últimos',
    'las últimas',
    'los próximos',
    'las próximas',
    'los pasados',
    'los primeros',
    'las primeras',
    'los siguientes',
    'los recientes',
  ]),
);
const PLURAL_UNITS = words([
  'segundos',
  'minutos',
  'horas',
  'días',
  'semanas',
  'meses',
  'años',
  'décadas',
  'siglos',
  'lustros',
]);

/**
 * Vague durations: "durante años", "varios meses", "los últimos años", "en las próximas semanas",
 * "décadas", "desde hace meses"; "años después" is the ago rule's.
 */
export const vagueDurationParser = esRule(
  new RegExp(
    String.raw`${B}(?:(${VAGUE})\s+(?:(?:pocos|pocas|cuantos|cuantas)\s+)?)?(${PLURAL_UNITS})${E}`,
    'iu',
  ),
  (m, context) => {
    const [, quantity, unitWord = ''] = m;
    const unit = UNITS[fold(unitWord)];
    if (!unit) return null;
    const before = textBefore(context, m, 24);
    const after = textAfter(context, m, 14);
    if (/^\s+(?:de\s+edad|después|despues|antes|más\s+tarde|atrás|atras)\b/iu.test(after)) return null;
    if (/hace\s+$/iu.test(before)) return null;
    if (
      !quantity &&
      !/(?:durante|por|en|desde\s+hace|tras|hace|lleva|llevan|llevaba|llevaban|llevamos|llevo|pasó|pasaron|tenía|teníamos|tenían|tiene|tienen|más\s+de|mas\s+de|menos\s+de)\s+$/iu.test(
        before,
      ) &&
      !/^\s*$/.test(context.text.slice(0, m.index) + context.text.slice(m.index + m[0].length))
    )
      return null;
    return { spec: { kind: 'literal', type: 'DURATION', value: lengthValue(NaN, unit) } };
  },
);

/** "medio siglo" (`P50Y`), "media hora" (`PT30M`), "medio año" (`P6M`), "un siglo y medio". */
export const halfUnitParser = esRule(
  /(?<![\p{L}\d])(?:(medio|media)\s+(siglo|hora|año|mes|día|dia)|(un|una)\s+(siglo|hora|año|mes|día|dia|semana)\s+y\s+medi[oa])(?![\p{L}\d])/iu,
  (m) => {
    const unit = fold(m[2] ?? m[4] ?? '');
    const HALF: Record<string, [string, string]> = {
      siglo: ['P50Y', 'P150Y'],
      hora: ['PT30M', 'PT1H30M'],
      año: ['P6M', 'P1Y6M'],
      mes: ['P15D', 'P1M15D'],
      dia: ['PT12H', 'P1DT12H'],
      semana: ['P3D', 'P10D'],
    };
    const pair = HALF[unit];
    if (!pair) return null;
    return { spec: { kind: 'literal', type: 'DURATION', value: m[1] ? pair[0] : pair[1] } };
  },
);

const FREQUENCY: Record<string, string> = {
  diariamente: 'P1D',
  'a diario': 'P1D',
  semanalmente: 'P1W',
  mensualmente: 'P1M',
  anualmente: 'P1Y',
  trimestralmente: 'P3M',
  'cada dia': 'P1D',
  'todos los dias': 'P1D',
  'todas las noches': 'P1D',
  'todas las semanas': 'P1W',
  'todos los meses': 'P1M',
  'todos los años': 'P1Y',
  'cada noche': 'P1D',
};

/**
 * Sets: "cada año", "cada dos semanas", "todos los días", "anualmente", "cada lunes", "los lunes",
 * "todos los veranos", "cada mes de mayo"; the "al año" of "dos veces al año".
 */
export const setParser = esRule(
  new RegExp(
    String.raw`${B}(?:(${words(Object.keys(FREQUENCY))})|cada\s+(?:(${NUMBER})\s+)?(${UNIT}|${WEEKDAY}|${SEASON}|(?:mes\s+de\s+)?(?:${MONTH}))|(?:todos\s+los|todas\s+las|los)\s+(${WEEKDAY}|${words(['veranos', 'inviernos', 'otoños', 'primaveras'])})|((?:todos\s+)?los\s+fines\s+de\s+semana|cada\s+fin\s+de\s+semana)|(?<=(?:vez|veces|horas|días|dias|noches|semanas|meses)\s+)(al|por|a\s+la|cada)\s+(${UNIT}))${E}`,
    'iu',
  ),
  (m, context) => {
    const [, adverb, countWord, noun, plural, weekends, , perUnit] = m;
    if (weekends) return { spec: { kind: 'literal', type: 'SET', value: 'XXXX-WXX-WE' } };
    if (adverb) return { spec: { kind: 'literal', type: 'SET', value: FREQUENCY[fold(adverb)]! } };
    if (perUnit) {
      const unit = UNITS[fold(perUnit)];
      return unit ? { spec: { kind: 'literal', type: 'SET', value: durationValue(1, unit) } } : null;
    }
    const word = fold(noun ?? plural ?? '').replace(/^mes de /, '');
    const singular = word.replace(/s$/, '').replace(/ñ$/, 'ño');
    if (plural && !(word in WEEKDAYS) && !(singular in SEASONS) && !(word.replace(/es$/, '') in SEASONS))
      return null;
    if (plural && word in WEEKDAYS) {
      // "los lunes" needs a verb of habit nearby to be a set; "los martes 5 y 12" are dates.
      if (/^\s*\d/.test(textAfter(context, m, 3))) return null;
    }
    if (word in WEEKDAYS)
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-WXX-${WEEKDAYS[word]}` } };
    const season = SEASONS[word] ?? SEASONS[singular] ?? SEASONS[word.replace(/s$/, '')];
    if (season) return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${season}` } };
    if (word in MONTHS)
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${pad(MONTHS[word]!)}` } };
    const unit = UNITS[word];
    if (!unit) return null;
    const n = countWord ? readNumber(countWord) : 1;
    if (Number.isNaN(n)) return null;
    return { spec: { kind: 'literal', type: 'SET', value: durationValue(n, unit) } };
  },
);

const REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  ahora: 'PRESENT_REF',
  'ahora mismo': 'PRESENT_REF',
  actualmente: 'PRESENT_REF',
  'la actualidad': 'PRESENT_REF',
  'hoy en dia': 'PRESENT_REF',
  'hoy dia': 'PRESENT_REF',
  'este momento': 'PRESENT_REF',
  'estos momentos': 'PRESENT_REF',
  'el momento': 'PRESENT_REF',
  'estos dias': 'PRESENT_REF',
  'el presente': 'PRESENT_REF',
  'a dia de hoy': 'PRESENT_REF',
  recientemente: 'PAST_REF',
  ultimamente: 'PAST_REF',
  'el pasado': 'PAST_REF',
  antiguamente: 'PAST_REF',
  anteriormente: 'PAST_REF',
  previamente: 'PAST_REF',
  'el futuro': 'FUTURE_REF',
  'un futuro': 'FUTURE_REF',
  'el futuro proximo': 'FUTURE_REF',
  'un futuro proximo': 'FUTURE_REF',
  proximamente: 'FUTURE_REF',
  'en breve': 'FUTURE_REF',
};

/** "ahora", "actualmente", "en la actualidad", "hoy en día", "recientemente", "el futuro". */
export const referenceWordParser = esRule(
  new RegExp(String.raw`${B}(${words(Object.keys(REFERENCES))})${E}`, 'iu'),
  (m, context) => {
    const key = fold(m[1]!);
    const before = textBefore(context, m, 16);
    const after = textAfter(context, m, 12);
    // "el pasado jueves", "el pasado 3 de mayo": a date follows (other rules).
    if (
      key === 'el pasado' &&
      /^\s+(?:\d|\p{L}+\s+\d|(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|año|mes|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|verano|invierno|otoño|primavera|fin|curso|ejercicio|siglo|trimestre)\b)/iu.test(
        after,
      )
    )
      return null;
    if ((key === 'el momento' || key === 'el presente') && !/(?:en|hasta|por|desde)\s+$/iu.test(before))
      return null;
    if (
      (key === 'el pasado' || key === 'el futuro') &&
      /^\s+(?:de|del)\s/iu.test(after) &&
      !/^\s+(?:de|del)\s+(?:la|el)\s+(?:empresa|país|pais)/iu.test(after)
    ) {
      // "el futuro del país" is still the future; "el pasado de X" too: both stay.
    }
    if (key === 'ahora' && /^\s*(?:bien|que)\b/iu.test(after)) return null;
    if (key === 'en breve' || key === 'a dia de hoy')
      return { spec: { kind: 'literal', type: 'DATE', value: REFERENCES[key]! } };
    return { spec: { kind: 'literal', type: 'DATE', value: REFERENCES[key]! } };
  },
);
