import type { PartOfDay, TimexSpec, UnitKey } from '../../../spec.js';
import { durationValue } from '../../../duration-value.js';
import { B, E, NUMBER, UNIT, UNITS, WEEKDAY, WEEKDAYS, fold, readNumber, words } from '../lexicon.js';
import { esRule, textAfter, textBefore } from './util.js';

/** Parts of day after a day word: "ayer por la tarde", "el lunes en la noche", "mañana a la mañana". */
const POD_AFTER = String.raw`(?:\s+(?:por|en|a|durante)\s+la\s+(mañana|tarde|noche|madrugada)|\s+(?:de|por\s+la)\s+(madrugada)|\s+(?:al|a\s+la\s+hora\s+del)\s+(mediodía|mediodia|amanecer|anochecer))`;
const POD_OF: Record<string, PartOfDay> = {
  mañana: 'MO',
  madrugada: 'NI',
  tarde: 'AF',
  noche: 'NI',
  mediodia: 'MI',
  amanecer: 'MO',
  anochecer: 'EV',
};
const podOf = (...words: (string | undefined)[]): PartOfDay | undefined => {
  const w = words.find((x) => x !== undefined);
  return w ? POD_OF[fold(w)] : undefined;
};

const DAY_WORDS: Record<string, number> = {
  hoy: 0,
  'el dia de hoy': 0,
  ayer: -1,
  'el dia de ayer': -1,
  anteayer: -2,
  antier: -2,
  'antes de ayer': -2,
  'antes de anoche': -2,
  'pasado mañana': 2,
  mañana: 1,
  anoche: -1,
};

/**
 * Days named from the day of writing: "hoy", "ayer", "anteayer", "mañana", "pasado mañana",
 * "anoche", "esta mañana", "esta noche", "ayer por la tarde", "mañana por la mañana".
 */
export const deicticDayParser = esRule(
  new RegExp(
    String.raw`${B}(?:(el\s+día\s+de\s+hoy|el\s+día\s+de\s+ayer|pasado\s+mañana|antes\s+de\s+(?:ayer|anoche)|anteayer|antier|anoche|hoy|ayer|mañana)(?:,?\s+(?:${WEEKDAY})(?![\p{L}])(?!,?\s+\d))?${POD_AFTER}?|(esta|este)\s+(mañana|tarde|noche|madrugada|mediodía|mediodia))${E}`,
    'iu',
  ),
  (m, context) => {
    const [, word, pod1, pod2, pod3, , thisPod] = m;
    if (thisPod) return { spec: { kind: 'relative', unit: 'day', offset: 0, pod: POD_OF[fold(thisPod)]! } };
    const key = fold(word!);
    // "la mañana", "una mañana", "mañana lluviosa": the morning, not tomorrow.
    if (key === 'mañana') {
      const before = textBefore(context, m, 12);
      if (/(?:la|una|esa|cada|toda|media|las|de\s+la|por\s+la|en\s+la|a\s+la)\s+$/iu.test(before))
        return null;
      if (
        /^\s*(?:del|de\s+(?:ayer|hoy|este|ese|aquel|el|la|los|las)|siguiente)\b/iu.test(
          textAfter(context, m, 14),
        )
      )
        return null;
    }
    const offset = DAY_WORDS[key]!;
    const pod = key === 'anoche' ? 'NI' : podOf(pod1, pod2, pod3);
    const hoy = key === 'hoy' && /^\s+(?:en\s+)?día/iu.test(textAfter(context, m, 10));
    if (hoy) return null;
    return { spec: { kind: 'relative', unit: 'day', offset, ...(pod ? { pod } : {}) } };
  },
);

const PERIOD_NOUNS =
  'año|mes|semana|fin\\s+de\\s+semana|trimestre|semestre|década|decada|siglo|curso|ejercicio';
const PERIOD_UNIT: Record<string, UnitKey> = {
  año: 'year',
  mes: 'month',
  semana: 'week',
  'fin de semana': 'weekend',
  trimestre: 'quarter',
  decada: 'decade',
  siglo: 'century',
  curso: 'year',
  ejercicio: 'year',
};
const BEFORE_SHIFT: Record<string, number> = {
  pasado: -1,
  pasada: -1,
  anterior: -1,
  ultimo: -1,
  ultima: -1,
  proximo: 1,
  proxima: 1,
  'que viene': 1,
  entrante: 1,
  siguiente: 1,
  este: 0,
  esta: 0,
  ese: 0,
  esa: 0,
  aquel: 0,
  aquella: 0,
  mismo: 0,
  misma: 0,
  actual: 0,
  'en curso': 0,
};

/**
 * A period shifted from the current one: "el año pasado", "el pasado año", "la semana próxima",
 * "la próxima semana", "el mes que viene", "este año", "esta semana", "ese año", "el año siguiente",
 * "el fin de semana pasado", "el trimestre anterior"; and weekdays: "el pasado jueves",
 * "el lunes próximo", "este viernes", "el próximo lunes por la noche".
 */
export const shiftedPeriodParser = esRule(
  new RegExp(
    String.raw`${B}(?:(?:(el|la|al|del)\s+)?(pasad[oa]|próxim[oa]|proxim[oa]|últim[oa]|ultim[oa]|mism[oa])\s+(${PERIOD_NOUNS}|${WEEKDAY})|(este|esta|ese|esa|aquel|aquella|ese\s+mismo|esa\s+misma)\s+(${PERIOD_NOUNS}|${WEEKDAY})|(el|la|al|del)\s+(${PERIOD_NOUNS}|${WEEKDAY})\s+(pasad[oa]|próxim[oa]|proxim[oa]|que\s+viene|entrante|siguiente|anterior|en\s+curso|actual))${E}${POD_AFTER}?`,
    'iu',
  ),
  (m, context) => {
    const [whole, art1, shift1, noun1, this2, noun2, art3, noun3, shift3, pod1, pod2, pod3] = m;
    const noun = fold(noun1 ?? noun2 ?? noun3 ?? '');
    const shiftWord = fold(shift1 ?? this2 ?? shift3 ?? '').replace(/ mism[oa]$/, '');
    const art = fold(art1 ?? art3 ?? '');
    let offset = BEFORE_SHIFT[shiftWord];
    if (offset === undefined) return null;
    const pod = podOf(pod1, pod2, pod3);
    // "al año siguiente", "el día anterior", "ese año": counted from the time the story is at.
    const anchored =
      /^(?:ese|esa|aquel|aquella|mismo|misma)$/.test(shiftWord) ||
      shiftWord === 'siguiente' ||
      (shiftWord === 'anterior' && art !== '');
    // The contraction is out of the expression: "al año siguiente" is marked "año siguiente".
    const offsetChars = art === 'al' || art === 'del' ? whole.indexOf(' ') + 1 : 0;
    if ((shiftWord === 'ultimo' || shiftWord === 'ultima') && /^\s+del?\s/iu.test(textAfter(context, m, 5)))
      return null;
    if (noun in WEEKDAYS) {
      if (anchored && shiftWord !== 'siguiente') return null;
      // "el lunes siguiente" is the first Monday after the day the story is at.
      const following = shiftWord === 'siguiente';
      // "este domingo" in news is the nearest Sunday the verb points at, past or coming.
      const spec: TimexSpec = {
        kind: 'weekday',
        weekday: WEEKDAYS[noun]!,
        ...(following ? { from: 'anchor' as const } : {}),
        ...(offset !== 0 && !following ? { shift: offset > 0 ? (1 as const) : (-1 as const) } : {}),
        ...(pod ? { pod } : {}),
      };
      return { offset: offsetChars, spec };
    }
    const unit = PERIOD_UNIT[noun.replace(/\s+/g, ' ')];
    if (noun === 'semestre') {
      return null;
    }
    if (!unit) return null;
    // "los últimos años" is a duration (vague rule); "el último año" a stretch of a year.
    if (shiftWord === 'ultimo' || shiftWord === 'ultima')
      return { spec: { kind: 'literal', type: 'DURATION', value: lengthValue(1, unit) } };
    if (anchored && (unit === 'decade' || unit === 'century'))
      return {
        offset: offsetChars,
        spec: { kind: 'literal', type: 'DURATION', value: durationValue(1, unit) },
      };
    if (unit === 'century')
      return {
        offset: offsetChars,
        spec: {
          kind: 'literal',
          type: 'DATE',
          value: String(Math.floor(context.refDate.getUTCFullYear() / 100) + offset).padStart(2, '0'),
        },
      };
    if (/^(?:ese|esa|aquel|aquella|mismo|misma)$/.test(shiftWord)) offset = 0;
    return {
      offset: offsetChars,
      spec: {
        kind: 'relative',
        unit,
        offset,
        ...(anchored ? { from: 'anchor' as const } : {}),
        ...(pod ? { pod } : {}),
      },
    };
  },
);

const POSITION_OF: Record<string, 'START' | 'MID' | 'END'> = {
  principios: 'START',
  comienzos: 'START',
  inicios: 'START',
  principio: 'START',
  comienzo: 'START',
  inicio: 'START',
  mediados: 'MID',
  finales: 'END',
  fines: 'END',
  final: 'END',
  fin: 'END',
};

/** "fin de mes", "finales de año", "a principios del año", "el final de la semana": the current period's part. */
export const positionedPeriodParser = esRule(
  /(?<![\p{L}\d])(?:a\s+)?(?:(?:el|al)\s+)?(principios|comienzos|inicios|principio|comienzo|inicio|mediados|finales|fines|final|fin)\s+(?:de|del|de\s+la)\s+(mes|año|semana|trimestre|década|decada|siglo)(?![\p{L}\d])(?!\s+(?:pasad|próxim|proxim|que\s+viene|siguiente|anterior|\d))/iu,
  (m) => {
    const unit = PERIOD_UNIT[fold(m[2]!)];
    if (!unit) return null;
    const offset = /^al\s/i.test(m[0]) ? 3 : 0;
    return {
      offset,
      spec: { kind: 'relative', unit, offset: 0, mod: POSITION_OF[fold(m[1]!)]!, ofThe: true },
    };
  },
);

/** "el fin de semana": the weekend of the week the tense points at. */
export const weekendParser = esRule(
  /(?<![\p{L}\d])el\s+fin\s+de\s+semana(?![\p{L}\d])(?!\s+(?:pasado|próximo|proximo|que\s+viene|siguiente|anterior|largo))/iu,
  () => ({ spec: { kind: 'weekday', weekday: 6, asWeekend: true } }),
);

/**
 * Days counted from the day the story is at: "al día siguiente", "el día anterior", "la víspera",
 * "esa noche", "esa misma tarde", "la noche anterior", "a la mañana siguiente".
 */
export const anchoredDayParser = esRule(
  /(?<![\p{L}\d])(?:(?:(al|el|del|la|a\s+la)\s+)?(día|dia|mañana|tarde|noche|jornada)\s+(siguiente|anterior|previa|previo|posterior)|(?:la\s+)?(víspera|vispera)|(ese|esa|aquel|aquella|(?:el|la)(?=\s+mism))\s+(?:mism[oa]\s+)?(día|dia|mañana|tarde|noche|jornada|madrugada))(?![\p{L}\d])/iu,
  (m) => {
    const [whole, art, noun1, dir, eve, , noun2] = m;
    const offsetChars =
      art && /^(?:al|del|a\s+la)$/i.test(art)
        ? whole.length - whole.replace(/^(?:al|del|a\s+la)\s+/i, '').length
        : 0;
    if (eve) return { spec: { kind: 'relative', unit: 'day', offset: -1, from: 'anchor' } };
    const noun = fold(noun1 ?? noun2 ?? '');
    const pod: PartOfDay | undefined =
      noun === 'mañana'
        ? 'MO'
        : noun === 'tarde'
          ? 'AF'
          : noun === 'noche' || noun === 'madrugada'
            ? 'NI'
            : undefined;
    const offset = dir ? (/^(?:siguiente|posterior)$/i.test(dir) ? 1 : -1) : 0;
    return {
      offset: offsetChars,
      spec: { kind: 'relative', unit: 'day', offset, from: 'anchor', ...(pod ? { pod } : {}) },
    };
  },
);

const COUNT = `(${NUMBER}|unos|unas|un\\s+par\\s+de|varios|varias|algunos|algunas|muchos|muchas|pocos|pocas)`;
const QUANTITY = String.raw`(?:(más\s+de|mas\s+de|casi|menos\s+de|alrededor\s+de|cerca\s+de|unos|unas|apenas|aproximadamente|al\s+menos|por\s+lo\s+menos)\s+)?`;
const QUANTITY_MOD: Record<string, 'MORE_THAN' | 'LESS_THAN' | 'APPROX' | 'EQUAL_OR_MORE'> = {
  'mas de': 'MORE_THAN',
  casi: 'LESS_THAN',
  'menos de': 'LESS_THAN',
  apenas: 'LESS_THAN',
  'alrededor de': 'APPROX',
  'cerca de': 'APPROX',
  unos: 'APPROX',
  unas: 'APPROX',
  aproximadamente: 'APPROX',
  'al menos': 'EQUAL_OR_MORE',
  'por lo menos': 'EQUAL_OR_MORE',
};

/**
 * "hace dos años", "hace más de un mes", "hace unos días", "hace poco", "hace años", "hace año y medio";
 * "dos años después", "tres días antes", "una semana más tarde" (from the story's day).
 */
export const agoParser = esRule(
  new RegExp(
    String.raw`${B}(?:hace\s+${QUANTITY}(?:${COUNT}\s+)?(${UNIT})(\s+y\s+medi[oa])?|hace\s+(poco|tiempo|mucho(?:\s+tiempo)?|un\s+tiempo|rato)|${QUANTITY}${COUNT}\s+(${UNIT})\s+(después|despues|antes|más\s+tarde|mas\s+tarde|atrás|atras))${E}`,
    'iu',
  ),
  (m, context) => {
    const [, q1, c1, u1, half, vague, q2, c2, u2, dir] = m;
    if (vague) return { spec: { kind: 'literal', type: 'DATE', value: 'PAST_REF' } };
    const quantity = fold(q1 ?? q2 ?? '');
    const mod = QUANTITY_MOD[quantity];
    const countWord = c1 ?? c2;
    const unit = UNITS[fold(u1 ?? u2 ?? '')];
    if (!unit) return null;
    let n = countWord ? readNumber(countWord) : /s$/i.test(u1 ?? '') ? NaN : 1;
    if (/^(?:unos|unas)$/i.test(countWord ?? '')) n = NaN;
    // "hace dos semanas y media", "hace año y medio": a day, a month (the resolver's reading of a fraction).
    if (half) n += 0.5;
    const d = fold(dir ?? 'hace');
    const back = d === 'hace' || d === 'antes' || d === 'atras';
    // "dos días antes de las elecciones": counted from an event, only the length is known.
    if (
      (d === 'antes' || d === 'despues') &&
      /^\s+de(?:l|\s+(?:que|la|las|los|el|su|sus))?\s/iu.test(textAfter(context, m, 10))
    ) {
      return {
        length: m[0].length - dir!.length - 1,
        spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unit), ...(mod ? { mod } : {}) },
      };
    }
    if (Number.isNaN(n))
      return { spec: { kind: 'literal', type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF' } };
    let count = n;
    let u = unit;
    if (u === 'decade') [u, count] = ['year', n * 10];
    const fromReference = d === 'hace' || d === 'atras';
    return {
      spec: {
        kind: 'relative',
        unit: u,
        offset: (back ? -1 : 1) * count,
        from: fromReference ? 'reference' : 'anchor',
        // "hace dos semanas" names that week (as annotators write it), typed or in prose.
        ...(fromReference ? {} : { counted: true }),
        ...(mod ? { mod } : {}),
        ...(fromReference ? {} : { durationWithoutAnchor: durationValue(count, u) }),
      },
    };
  },
);

/** "dentro de dos semanas", "en tres días", "en un mes": a date ahead in future sentences. */
export const inUnitsParser = esRule(
  new RegExp(String.raw`${B}(dentro\s+de|en)\s+${QUANTITY}${COUNT}\s+(${UNIT})${E}`, 'iu'),
  (m, context) => {
    const [, prep = '', q, countWord = '', unitWord = ''] = m;
    const unit = UNITS[fold(unitWord)];
    if (!unit) return null;
    const n = readNumber(countWord);
    const after = textAfter(context, m, 12);
    // "dentro de" is part of the expression, as annotators mark it; "en" is not.
    const offset = fold(prep) === 'dentro de' ? 0 : m[0].length - m[0].slice(prep.length).trimStart().length;
    const mod = q ? QUANTITY_MOD[fold(q)] : undefined;
    const before = textBefore(context, m, 40);
    // "por primera vez en diez años", "el nivel más alto en dos décadas": a span counted back.
    const span =
      /(?:primera|primer|única|unica|mayor|menor|peor|mejor|más|mas)\b[^.;]*$/iu.test(before) ||
      /^\s*(?:de|consecutiv)/iu.test(after);
    if (Number.isNaN(n) || span || (fold(prep) === 'en' && mod)) {
      return {
        offset,
        spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unit), ...(mod ? { mod } : {}) },
      };
    }
    if (fold(prep) === 'dentro de')
      return {
        offset,
        spec: {
          kind: 'relative',
          unit,
          offset: n,
          from: 'reference',
          counted: true,
          ...(mod ? { mod } : {}),
        },
      };
    // "en 90 días", "en dos semanas": the length it takes, as annotators mark it.
    return { offset, spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unit) } };
  },
);

/**
 * A bare weekday: "el lunes", "el martes por la noche", "la noche del jueves" (joined by combine),
 * "el domingo al mediodía". "los lunes" is a set (set rule).
 */
export const weekdayParser = esRule(
  new RegExp(String.raw`${B}(?:el\s+)?(${WEEKDAY})${E}${POD_AFTER}?`, 'iu'),
  (m, context) => {
    const [, name = '', pod1, pod2, pod3] = m;
    const before = textBefore(context, m, 12);
    if (/(?:los|cada|todos\s+los)\s+$/iu.test(before)) return null;
    // "Viernes Santo", "Martes de Carnaval", "Jueves Negro": names (holiday rule for the ones we date).
    if (/^\s+(?:Santo|Negro|de\s+Carnaval|Lardero)\b/u.test(textAfter(context, m, 14))) return null;
    const pod = podOf(pod1, pod2, pod3);
    return { spec: { kind: 'weekday', weekday: WEEKDAYS[fold(name)]!, ...(pod ? { pod } : {}) } };
  },
);

/** A counted length as annotators write it: decades as `DE` ("dos décadas" → `P2DE`). */
export function lengthValue(n: number, unit: UnitKey): string {
  if (unit === 'decade') return Number.isNaN(n) ? 'PXDE' : `P${n}DE`;
  return durationValue(n, unit);
}

export { words };
