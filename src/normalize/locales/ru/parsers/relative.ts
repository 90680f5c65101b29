import { durationValue } from '../../../duration-value.js';
import type { UnitKey } from '../../../spec.js';
import {
  L,
  R,
  COUNT,
  POD,
  podOf,
  readCount,
  SHIFT,
  shiftOf,
  UNIT,
  UNIT_INSTRUMENTAL,
  unitOf,
} from '../lexicon.js';
import { re, ruRule } from './rule.js';

const DAY_WORDS: Record<string, number> = {
  позавчера: -2,
  вчера: -1,
  сегодня: 0,
  завтра: 1,
  послезавтра: 2,
};

/**
 * "вчера", "сегодня", "позавчера", "завтра утром", "вчера вечером", and the adjectives
 * "вчерашнего", "сегодняшний", "завтрашнее".
 */
export const relativeDayParser = ruRule(
  re(
    `${L}(?:(позавчера|вчера|сегодня|завтра|послезавтра)(?:\\s+(${POD})${R})?|(вчерашн|сегодняшн|завтрашн)\\p{L}{1,3})${R}`,
  ),
  (m) => {
    if (m[3]) {
      const offset = { вчерашн: -1, сегодняшн: 0, завтрашн: 1 }[m[3].toLowerCase()] ?? 0;
      return { spec: { kind: 'relative', unit: 'day', offset } };
    }
    const offset = DAY_WORDS[m[1]!.toLowerCase()]!;
    const pod = m[2] ? podOf(m[2]) : undefined;
    return { spec: { kind: 'relative', unit: 'day', offset, ...(pod ? { pod } : {}) } };
  },
);

/** "этой ночью", "прошлой ночью", "этим утром", "этим вечером": a part of a day near the reference. */
export const shiftedPartParser = ruRule(
  re(`${L}(эт\\p{L}{1,2}|прошл\\p{L}{2,3})\\s+(утром|вечером|ночью)${R}`),
  (m) => {
    const pod = podOf(m[2]!)!;
    const past = /^прошл/iu.test(m[1]!);
    return { spec: { kind: 'relative', unit: 'day', offset: past ? -1 : 0, pod } };
  },
);

/**
 * "накануне" (the day before the day the text is at) when it stands alone: "накануне выборов"
 * (before a noun) is no date.
 */
export const eveParser = ruRule(re(`${L}накануне${R}`), (m, context) => {
  const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  const word = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (
    word &&
    !/^(?:в|во|на|с|со|у|из|по|он|она|они|это|же|также|вечером|утром|днём|днем|ночью)$/u.test(word) &&
    !/(?:л|ла|ли|ло|лся|лась|лись|ось)$/u.test(word)
  )
    return null;
  return { spec: { kind: 'relative', unit: 'day', offset: -1, from: 'anchor' } };
});

const SHIFT_UNITS: [RegExp, UnitKey][] = [
  [/^год/iu, 'year'],
  [/^месяц/iu, 'month'],
  [/^недел/iu, 'week'],
  [/^квартал/iu, 'quarter'],
  [/^выходн/iu, 'weekend'],
  [/^десятилет/iu, 'decade'],
  [/^(?:век|столет)/iu, 'century'],
];

/** "в прошлом году", "на следующей неделе", "в этом месяце", "текущего года", "в прошлые выходные". */
export const shiftedUnitParser = ruRule(
  re(
    `${L}(?:(${SHIFT}|позапрошл\\p{L}{2,3})\\s+)?(год(?:а|у|ом)?|месяц(?:а|е|у|ем)?|недел(?:я|и|е|ю|ей)|квартал(?:а|е|у|ом)?|выходн(?:ые|ых|ым|ыми)|десятилети[еяю]|век(?:а|е|у)?|столети[еяю])${R}`,
  ),
  (m) => {
    const unit = SHIFT_UNITS.find(([p]) => p.test(m[2]!))![1];
    if (!m[1]) return unit === 'weekend' ? { spec: { kind: 'weekday', weekday: 6, asWeekend: true } } : null;
    const offset = /^позапрошл/iu.test(m[1]) ? -2 : shiftOf(m[1]);
    if (unit === 'weekend')
      return {
        spec: { kind: 'weekday', weekday: 6, asWeekend: true, shift: offset < 0 ? -1 : offset > 0 ? 1 : 0 },
      };
    // "ближайшие годы" is plural and vague; singular "ближайшем году" is next year.
    return { spec: { kind: 'relative', unit, offset } };
  },
);

/**
 * Counts name the period they land in, typed or in running text ("через две недели" is a week,
 * "год назад" a year), as Russian readers take them.
 *
 * "три года назад", "неделю назад", "несколько лет назад"; "ровно год назад" is that very day.
 * A Russian report compares with "аналогичный период прошлого года", so "год назад" is the year.
 */
export const agoParser = ruRule(
  re(`${L}(?:(ровно)\\s+)?(?:(${COUNT})\\s+)?(${UNIT})\\s+(назад|тому\\s+назад)${R}`),
  (m, context) => {
    const unit = unitOf(m[3]!);
    if (!unit) return null;
    let n = m[2] ? readCount(m[2]) : 1;
    if (Number.isNaN(n)) return { spec: { kind: 'literal', type: 'DATE', value: 'PAST_REF' } };
    let u = unit;
    if (u === 'decade') [u, n] = ['year', n * 10];
    // "полтора года назад" is a month, "две с половиной недели назад" a day (the resolver's
    // reading of a fraction).
    if (m[1] && Number.isInteger(n) && (u === 'year' || u === 'month' || u === 'week')) {
      const ref = context.refDate;
      const months = u === 'year' ? 12 * n : u === 'month' ? n : 0;
      const day = new Date(
        Date.UTC(
          ref.getUTCFullYear(),
          ref.getUTCMonth() - months,
          ref.getUTCDate() - (u === 'week' ? 7 * n : 0),
        ),
      );
      if (months && day.getUTCDate() !== ref.getUTCDate()) day.setUTCDate(0);
      return { spec: { kind: 'literal', type: 'DATE', value: day.toISOString().slice(0, 10) } };
    }
    return { spec: { kind: 'relative', unit: u, offset: -n, from: 'reference' } };
  },
);

/** "аналогичный период прошлого года": the period under discussion, a year before. */
export const samePeriodParser = ruRule(
  re(
    `${L}(?:аналогичн|тот\\s+же|того\\s+же|том\\s+же|тем\\s+же)\\p{L}{0,3}\\s+период\\p{L}{0,3}\\s+(?:прошлого|предыдущего|минувшего)\\s+года${R}`,
  ),
  () => ({ spec: { kind: 'relative', unit: 'year', offset: -1, from: 'reference', comparesPeriod: true } }),
);

/** "в том же году", "в тот же день", "в том году": the period the story is at. */
export const sameUnitParser = ruRule(
  re(
    `${L}(?:т(?:ом|от|ого|у|ой|ую|е)(?:\\s+же)?)\\s+(году|год|года|месяце|месяц|день|дня|неделе|неделю)${R}`,
  ),
  (m) => {
    const unit = SAME_UNITS.find(([p]) => p.test(m[1]!))![1];
    return { spec: { kind: 'relative', unit, offset: 0, from: 'anchor' } };
  },
);
const SAME_UNITS: [RegExp, UnitKey][] = [
  [/^год/iu, 'year'],
  [/^месяц/iu, 'month'],
  [/^недел/iu, 'week'],
  [/^д/iu, 'day'],
];

/** "неделей ранее", "годом позже", "двумя днями раньше": counted from the time the story is at. */
export const earlierLaterParser = ruRule(
  re(
    `${L}(?:(${COUNT})\\s+)?(${UNIT_INSTRUMENTAL.map(([f]) => f).join('|')})\\s+(ранее|раньше|позже|позднее)${R}`,
  ),
  (m) => {
    const unit = UNIT_INSTRUMENTAL.find(([f]) => new RegExp(`^(?:${f})$`, 'iu').test(m[2]!))?.[1];
    if (!unit) return null;
    const n = m[1] ? readCount(m[1]) : 1;
    if (Number.isNaN(n) || !Number.isInteger(n))
      return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) } };
    const sign = /^(?:ранее|раньше)$/iu.test(m[3]!) ? -1 : 1;
    return {
      spec: {
        kind: 'relative',
        unit,
        offset: sign * n,
        from: 'anchor',
        durationWithoutAnchor: durationValue(n, unit),
      },
    };
  },
);

/** "спустя три года", "два дня спустя": counted from the time the story is at. */
export const laterParser = ruRule(
  re(`${L}(?:спустя\\s+(?:(${COUNT})\\s+)?(${UNIT})|(?:(${COUNT})\\s+)?(${UNIT})\\s+спустя)${R}`),
  (m) => {
    const unit = unitOf(m[2] ?? m[4]!);
    if (!unit) return null;
    const countWord = m[1] ?? m[3];
    const n = countWord ? readCount(countWord) : 1;
    if (Number.isNaN(n) || !Number.isInteger(n))
      return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) } };
    return {
      spec: {
        kind: 'relative',
        unit,
        offset: n,
        from: 'anchor',
        durationWithoutAnchor: durationValue(n, unit),
      },
    };
  },
);

/**
 * "через неделю", "через три года": a date ahead in a sentence about the future, else a span.
 * TimeML leaves "через" out, as it leaves out English "in".
 */
export const inUnitsParser = ruRule(re(`${L}через\\s+(?:(${COUNT})\\s+)?(${UNIT})${R}`), (m, context) => {
  const unit = unitOf(m[2]!);
  if (!unit) return null;
  const offset = m[0].search(/\s/u) + 1;
  const n = m[1] ? readCount(m[1]) : 1;
  const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
  if (Number.isNaN(n) || !Number.isInteger(n) || /^\s+после/iu.test(after))
    return { offset, spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) } };
  return {
    offset,
    spec: {
      kind: 'relative',
      unit,
      offset: n,
      from: 'reference',
      durationUnlessFuture: durationValue(n, unit),
    },
  };
});

const REFERENCES: [string, string][] = [
  [
    'сейчас|теперь|ныне|нынче|в\\s+настоящее\\s+время|в\\s+настоящий\\s+момент|в\\s+данный\\s+момент|на\\s+данный\\s+момент|на\\s+сегодняшний\\s+день|в\\s+наши\\s+дни',
    'PRESENT_REF',
  ],
  ['недавно|в\\s+последнее\\s+время|в\\s+прошлом', 'PAST_REF'],
  ['в\\s+ближайшее\\s+время|в\\s+будущем|в\\s+перспективе', 'FUTURE_REF'],
];

/** "сейчас", "в настоящее время" → PRESENT_REF; "недавно" → PAST_REF; "в будущем" → FUTURE_REF. */
export const referenceWordParser = ruRule(
  re(`${L}(?:${REFERENCES.map(([f]) => `(${f})`).join('|')})${R}`),
  (m) => {
    const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
    // "в настоящее время" — the preposition is part of the fixed phrase, as TimeML marks "at present".
    return { spec: { kind: 'literal', type: 'DATE', value } };
  },
);
