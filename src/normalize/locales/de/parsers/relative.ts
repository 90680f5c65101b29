import type { UnitKey } from '../../../spec.js';
import { durationValue } from '../../../duration-value.js';
import {
  COUNT,
  L,
  POSITIONS,
  QUANTITIES,
  R,
  SHIFT,
  SHIFTS,
  UNIT,
  UNITS,
  WEEKDAYS,
  alternation,
  key,
  readCount,
} from '../lexicon.js';
import { after, deRule } from './de-rule.js';
import type { TimexMod } from '../../../types.js';

const ARTICLE = '(?:(?:der|die|das|dem|den|des)\\s+)?';
/** Plural units, which after a shift word or alone make a vague length ("in den kommenden Tagen"). */
const PLURALS = 'tage|tagen|wochen|monate|monaten|jahre|jahren|jahrzehnte|jahrzehnten|stunden';
const PLURAL = new RegExp(`^(?:${PLURALS})$`, 'i');
const QUANTITY = `(?:(${alternation(Object.keys(QUANTITIES))})\\s+)?`;
const unitOf = (word: string): UnitKey => UNITS[key(word)]!;
const quantity = (word: string | undefined): { mod?: TimexMod } =>
  word ? { mod: QUANTITIES[key(word)]! } : {};

/** A length as TIMEX3 writes it; "anderthalb Jahre" is eighteen months. */
export function lengthValue(n: number, unit: UnitKey): string {
  if (!Number.isInteger(n) && !Number.isNaN(n)) {
    if (unit === 'year') return durationValue(n * 12, 'month');
    if (unit === 'day') return durationValue(n * 24, 'hour');
    if (unit === 'hour') return durationValue(n * 60, 'minute');
  }
  return durationValue(n, unit);
}

/**
 * A period shifted from the reference: "letzte Woche", "im vergangenen Jahr", "nächsten Monat",
 * "dieses Jahr", "des laufenden Jahres", "am kommenden Wochenende"; plural "in den vergangenen
 * Jahren" is a vague length.
 */
export const shiftedPeriodParser = deRule(
  new RegExp(
    `${L}${ARTICLE}${SHIFT}\\s+(woche|wochenende|monats?|jahr(?:es|s)?|quartals?|jahrzehnts?|jahrhunderts?|${PLURALS})${R}`,
    'iu',
  ),
  (m) => {
    const [, shiftWord = '', noun = ''] = m;
    const shift = SHIFTS[key(shiftWord)]!;
    const unit = unitOf(noun);
    if (PLURAL.test(noun))
      return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(NaN, unit) } };
    if (unit === 'weekend') return { spec: { kind: 'weekday', weekday: 6, asWeekend: true, shift } };
    // "im folgenden Jahr" counts from the year the story is in.
    if (/^folgend/i.test(shiftWord))
      return {
        spec: {
          kind: 'relative',
          unit,
          offset: 1,
          from: 'anchor',
          durationWithoutAnchor: durationValue(1, unit),
        },
      };
    return { spec: { kind: 'relative', unit, offset: shift } };
  },
);

const PREVIOUS: Record<string, UnitKey> = {
  vorjahr: 'year',
  vormonat: 'month',
  vorwoche: 'week',
  vorquartal: 'quarter',
};

/** "Jahresbeginn", "Monatsende": a position in the current period, written as one word. */
const COMPOUND_POSITIONS: Record<string, TimexMod> = {
  beginn: 'START',
  anfang: 'START',
  start: 'START',
  mitte: 'MID',
  ende: 'END',
  schluss: 'END',
};
const COMPOUND_UNITS: Record<string, 'year' | 'month' | 'week'> = {
  jahres: 'year',
  monats: 'month',
  wochen: 'week',
};

/**
 * "im Vorjahr", "des Vorjahres", "der Vorwoche", "im Folgejahr", "heuer" (this year, in Austria),
 * "im Vorjahresquartal", "seit Jahresbeginn", "zum Monatsende", "das Gesamtjahr", "Wochenende".
 */
export const previousPeriodParser = deRule(
  /(?<![\p{L}\d])(?:(?:der|die|das|dem|den|des)\s+)?(?:(vorjahr|vormonat|vorwoche|vorquartal)(?:es|s)?|(folgejahr)(?:es|s)?|(heuer)|(vorjahres(?:quartal|zeitraum|monat)s?)|(jahres|monats|wochen)(beginn|anfang|start|mitte|(?<!wochen)ende|schluss)s?|(gesamtjahr)(?:es|s)?|(wochenende))(?![\p{L}\d])/iu,
  (m) => {
    if (m[8]) return { spec: { kind: 'weekday', weekday: 6, asWeekend: true } };
    if (m[7]) return { spec: { kind: 'current', unit: 'year' } };
    if (m[5])
      return {
        spec: {
          kind: 'current',
          unit: COMPOUND_UNITS[key(m[5])]!,
          mod: COMPOUND_POSITIONS[key(m[6] ?? '')]!,
        },
      };
    // "im Vorjahresquartal" is the quarter under discussion a year before.
    if (m[4])
      return {
        spec: { kind: 'relative', unit: 'year', offset: -1, from: 'reference', comparesPeriod: true },
      };
    if (m[3]) return { spec: { kind: 'relative', unit: 'year', offset: 0 } };
    if (m[2])
      return {
        spec: { kind: 'relative', unit: 'year', offset: 1, from: 'anchor', durationWithoutAnchor: 'P1Y' },
      };
    return { spec: { kind: 'relative', unit: PREVIOUS[key(m[1] ?? '')]!, offset: -1 } };
  },
);

/** "vor drei Tagen", "vor rund zehn Jahren", "vor einem Jahr", "vor Jahren", "vor kurzem". */
export const agoParser = deRule(
  new RegExp(
    `${L}vor\\s+(?:${QUANTITY}${COUNT}\\s+${UNIT}|(jahren|monaten|wochen|tagen|jahrzehnten|stunden)|(kurzem))${R}`,
    'iu',
  ),
  (m) => {
    const [, q, count = '', unitWord = '', vague, shortly] = m;
    if (vague || shortly) return { spec: { kind: 'literal', type: 'DATE', value: 'PAST_REF' } };
    let n = readCount(count);
    let unit = unitOf(unitWord);
    if (Number.isNaN(n))
      return { spec: { kind: 'literal', type: 'DATE', value: 'PAST_REF', ...quantity(q) } };
    if (unit === 'decade') [unit, n] = ['year', n * 10];
    if (!Number.isInteger(n) && unit === 'year') [unit, n] = ['month', n * 12];
    return {
      spec: {
        kind: 'relative',
        unit,
        // "vor zweieinhalb Wochen" is a day, 17 days back (the resolver's reading of a fraction).
        offset: -n,
        from: 'reference',
        ...quantity(q),
        ...(unit === 'year' && n === 1 ? { comparesPeriod: true } : {}),
      },
    };
  },
);

/** "drei Tage später", "zwei Jahre zuvor", "eine Woche danach", "ein Jahr darauf". */
export const laterParser = deRule(
  new RegExp(
    `${L}${QUANTITY}${COUNT}\\s+${UNIT}\\s+(später|danach|darauf|zuvor|davor|vorher|früher)${R}`,
    'iu',
  ),
  (m, context) => {
    const [, q, count = '', unitWord = '', dir = ''] = m;
    let n = readCount(count);
    let unit = unitOf(unitWord);
    if (Number.isNaN(n)) return null;
    // "zwei Jahre früher als geplant" compares two times: only the length is an expression.
    if (/^\s+als\b/i.test(after(context, m, 6)))
      return {
        length: m[0].length - dir.length - 1,
        spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unit), ...quantity(q) },
      };
    if (unit === 'decade') [unit, n] = ['year', n * 10];
    const sign = /^(?:zuvor|davor|vorher|früher)$/i.test(dir) ? -1 : 1;
    return {
      spec: {
        kind: 'relative',
        unit,
        offset: sign * Math.round(n),
        from: 'anchor',
        durationWithoutAnchor: lengthValue(n, unit),
        ...quantity(q),
      },
    };
  },
);

/**
 * "in zwei Wochen" (a date ahead in a sentence about the future, else a length), "innerhalb von
 * drei Tagen", "binnen einer Woche", "in den nächsten fünf Jahren", "in den vergangenen zehn Jahren".
 */
export const inUnitsParser = deRule(
  new RegExp(
    `${L}(in|innerhalb(?:\\s+von)?|binnen)\\s+(?:((?:den|der|die)\\s+(?:nächsten|kommenden|vergangenen|letzten|ersten|folgenden)|(?:den|der)\\s+)\\s*)?${QUANTITY}${COUNT}\\s+${UNIT}${R}`,
    'iu',
  ),
  (m) => {
    const [whole, prep = '', span, q, count = '', unitWord = ''] = m;
    const n = readCount(count);
    const unit = unitOf(unitWord);
    const offset = whole.indexOf(' ', prep.length - 1) + 1;
    const value = lengthValue(n, unit);
    if (span || !/^in$/i.test(prep) || Number.isNaN(n) || !Number.isInteger(n))
      return { offset, spec: { kind: 'literal', type: 'DURATION', value, ...quantity(q) } };
    return {
      offset,
      spec: {
        kind: 'relative',
        unit,
        offset: n,
        from: 'reference',
        durationUnlessFuture: value,
        ...quantity(q),
      },
    };
  },
);

/**
 * "die letzten fünf Jahre", "der vergangenen zwei Wochen", "den ersten sechs Monaten": a length
 * that names its place, written with its determiner.
 */
export const spanParser = deRule(
  new RegExp(
    `${L}${ARTICLE}(?:nächsten|kommenden|vergangenen|letzten|ersten|folgenden)\\s+${QUANTITY}${COUNT}\\s+${UNIT}${R}`,
    'iu',
  ),
  (m) => {
    const [, q, count = '', unitWord = ''] = m;
    return {
      spec: {
        kind: 'literal',
        type: 'DURATION',
        value: lengthValue(readCount(count), unitOf(unitWord)),
        ...quantity(q),
      },
    };
  },
);

/**
 * Lengths: "drei Jahre", "zwei Wochen lang", "mehr als zehn Jahre", "ein halbes Jahr",
 * "eineinhalb Jahre", "24 Stunden", "mehrere Monate", "eine Viertelstunde".
 */
export const durationParser = deRule(
  new RegExp(
    `${L}${QUANTITY}(?:${COUNT}(?:\\s+|-)(?:(halbe[sn]?)\\s+)?(?:(?:ganze[nms]?|volle[nms]?|weitere[nms]?|lange[nms]?)\\s+)?${UNIT}|(ein(?:e|es|en|em)?)\\s+(halbe[snm]?)\\s+${UNIT}|(ein(?:e|er)?\\s+)?(viertelstunde|halbe\\s+stunde|dreiviertelstunde))(?:\\s+lang)?${R}`,
    'iu',
  ),
  (m, context) => {
    const [, q, count, halfAfterCount, unitWord, , halfWord, halfUnit, , fraction] = m;
    const mod = quantity(q);
    if (fraction) {
      const f = key(fraction);
      const minutes = f === 'viertelstunde' ? 15 : f === 'dreiviertelstunde' ? 45 : 30;
      return { spec: { kind: 'literal', type: 'DURATION', value: `PT${minutes}M`, ...mod } };
    }
    if (halfWord) {
      const unit = unitOf(halfUnit ?? '');
      return { spec: { kind: 'literal', type: 'DURATION', value: lengthValue(0.5, unit), ...mod } };
    }
    let n = readCount(count ?? '');
    if (halfAfterCount) n += 0.5;
    const unit = unitOf(unitWord ?? '');
    // "im Alter von 87 Jahren", "von 24 und 31 Jahren": an age, which the annotators leave out.
    if (
      /alter\s+von\s+(?:\d+\s*(?:und|bis|,)\s*)*$/i.test(
        context.text.slice(Math.max(0, m.index - 40), m.index),
      )
    )
      return null;
    // "ein Jahr" is "a year" only as a length: "im Jahr" and "das Jahr 2019" name the year.
    if (/^\s*(?:1[5-9]\d\d|20\d\d)/.test(after(context, m, 6))) return null;
    // "zwei Tage vor der Wahl", "drei Jahre nach dem Krieg": a length counted from an event.
    return { spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unit), ...mod } };
  },
);

const VAGUE_LENGTHS: Record<string, UnitKey> = {
  jahrelang: 'year',
  jahrzehntelang: 'decade',
  monatelang: 'month',
  wochenlang: 'week',
  tagelang: 'day',
  stundenlang: 'hour',
  minutenlang: 'minute',
  jahrhundertelang: 'century',
};

/** "seit Jahren", "seit Jahrzehnten", "über Monate", "jahrelang", "wochenlang": a vague length. */
export const vagueDurationParser = deRule(
  new RegExp(
    `${L}(?:(?:(seit|nach|für|über|wohl|schon|noch|erst|bereits|oft|teils)\\s+)(?:vielen\\s+)?(${PLURALS})|(${alternation(Object.keys(VAGUE_LENGTHS))}))${R}`,
    'iu',
  ),
  (m) => {
    const [whole, prep, noun, adverb] = m;
    if (adverb)
      return {
        spec: { kind: 'literal', type: 'DURATION', value: durationValue(NaN, VAGUE_LENGTHS[key(adverb)]!) },
      };
    return {
      offset: (prep ?? '').length + 1,
      length: whole.length - (prep ?? '').length - 1,
      spec: { kind: 'literal', type: 'DURATION', value: durationValue(NaN, unitOf(noun ?? '')) },
    };
  },
);

const POSITION = alternation(Object.keys(POSITIONS));

/**
 * "Ende des Jahres", "Anfang der Woche", "Mitte des Monats", "Ende nächsten Jahres", "Anfang
 * kommender Woche": the position in the period under discussion.
 */
export const positionedPeriodParser = deRule(
  new RegExp(
    `${L}(${POSITION})\\s+(?:(?:des|der)\\s+|${SHIFT}\\s+)?(jahres|monats|woche|jahrzehnts|quartals)${R}`,
    'iu',
  ),
  (m) => {
    const [, position = '', shiftWord, noun = ''] = m;
    const mod = POSITIONS[key(position)]!;
    const unit = unitOf(noun);
    if (shiftWord) return { spec: { kind: 'relative', unit, offset: SHIFTS[key(shiftWord)]!, mod } };
    if (unit === 'decade') return { spec: { kind: 'relative', unit, offset: 0, mod } };
    return { spec: { kind: 'current', unit: unit as 'year' | 'month' | 'week' | 'quarter', mod } };
  },
);

/** "übernächste Woche", "vorletztes Jahr", "übernächsten Montag": two periods on or back. */
export const twoOnParser = deRule(
  new RegExp(
    `${L}${ARTICLE}(übernächst|vorletzt)(?:e|er|es|en|em)?\\s+(?:(woche|monats?|jahr(?:es|s)?|quartals?|wochenende)|(${alternation(Object.keys(WEEKDAYS))}))${R}`,
    'iu',
  ),
  (m) => {
    const [, which = '', noun, weekday] = m;
    const ahead = /^über/i.test(which);
    if (weekday)
      return ahead
        ? { spec: { kind: 'weekday', weekday: WEEKDAYS[key(weekday)]!, shift: 1, afterNext: true } }
        : null;
    const unit = unitOf(noun ?? '');
    if (unit === 'weekend')
      return ahead
        ? { spec: { kind: 'weekday', weekday: 6, asWeekend: true, shift: 1, afterNext: true } }
        : null;
    return { spec: { kind: 'relative', unit, offset: ahead ? 2 : -2 } };
  },
);
