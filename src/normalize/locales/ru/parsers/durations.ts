import { durationValue } from '../../../duration-value.js';
import {
  L,
  R,
  COUNT,
  readCount,
  UNIT,
  unitOf,
  VAGUE_ADVERBS,
  WEEKDAY_FORMS,
  WEEKDAY_PLURAL,
  weekdayOf,
  MONTH,
  monthOf,
  SEASON,
  seasonOf,
} from '../lexicon.js';
import { re, ruRule } from './rule.js';
import { pad } from '../../../calendar.js';

const duration = (value: string) => ({
  spec: { kind: 'literal' as const, type: 'DURATION' as const, value },
});

/** A count of units: "три года", "двух недель", "10 лет", "полтора года", "несколько месяцев". */
export const countedDurationParser = ruRule(re(`${L}(${COUNT})\\s+(${UNIT})${R}`), (m) => {
  const unit = unitOf(m[2]!);
  if (!unit) return null;
  const n = readCount(m[1]!);
  if (n === 1.5 && (unit === 'year' || unit === 'hour')) return duration(unit === 'year' ? 'P18M' : 'PT90M');
  if (!Number.isNaN(n) && n > 1000) return null;
  return duration(durationValue(n, unit));
});

/** "полгода", "полчаса", "полмесяца". */
export const halfParser = ruRule(re(`${L}(?:пол|полу)(года|часа|месяца|дня|века|век|веком)${R}`), (m) => {
  const v: Record<string, string> = {
    года: 'P6M',
    часа: 'PT30M',
    месяца: 'P2W',
    дня: 'PT12H',
    века: 'P50Y',
    век: 'P50Y',
    веком: 'P50Y',
  };
  return duration(v[m[1]!.toLowerCase()]!);
});

/**
 * One unit named without a count after a word that makes it a span: "в течение года", "на месяц",
 * "более недели", "почти год", "целый день". The word before stays out (modifiers are read by the refiner).
 */
export const singleUnitParser = ruRule(
  re(
    `${L}(год|года|месяц|месяца|неделю|недели|день|дня|сутки|суток|час|часа|минуту|десятилетие|десятилетия|век|века)${R}`,
  ),
  (m, context) => {
    const before = context.text.slice(Math.max(0, m.index - 16), m.index);
    if (
      !/(?:^|[^\p{L}])(?:течение|протяжении|около|более|менее|почти|целый|целого|целую|целые|целых|свыше|больше|меньше|на|за|через|уже|примерно)\s+$/iu.test(
        before,
      )
    )
      return null;
    const unit = unitOf(m[1]!);
    return unit ? duration(durationValue(1, unit)) : null;
  },
);

/** Vague spans: "годами", "много лет", "долгие годы", "последние годы", "в последние месяцы". */
export const vagueDurationParser = ruRule(
  re(
    `${L}(?:(годами|месяцами|неделями|днями|часами|десятилетиями|веками|столетиями)|(?:последние|последних|ближайшие|ближайших|долгие|долгих|многие|многих)\\s+(годы|лет|месяцы|месяцев|недели|недель|дни|дней|десятилетия|десятилетий))${R}`,
  ),
  (m) => {
    if (m[1]) return duration(durationValue(NaN, VAGUE_ADVERBS[m[1].toLowerCase()]!));
    const unit = unitOf(m[2]!) ?? 'year';
    return duration(durationValue(NaN, unit));
  },
);

/** "последние пять лет", "ближайшие три месяца": a counted span back or ahead. */
export const lastCountParser = ruRule(
  re(`${L}(?:последни[еих]|ближайши[еих]|первы[еих]|следующи[еих])\\s+(${COUNT})\\s+(${UNIT})${R}`),
  (m) => {
    const unit = unitOf(m[2]!);
    return unit ? duration(durationValue(readCount(m[1]!), unit)) : null;
  },
);

const SET_ADVERBS: Record<string, string> = {
  ежегодн: 'P1Y',
  ежемесячн: 'P1M',
  еженедельн: 'P1W',
  ежедневн: 'P1D',
  ежечасн: 'PT1H',
  ежеквартальн: 'P3M',
};

const set = (value: string) => ({ spec: { kind: 'literal' as const, type: 'SET' as const, value } });

/**
 * Sets: "ежегодно", "ежедневные", "каждый год", "каждые два года", "каждый понедельник",
 * "по понедельникам", "раз в год", "дважды в месяц", "каждую весну"? (not read), "каждый январь".
 */
export const setParser = ruRule(
  re(
    `${L}(?:(ежегодн|ежемесячн|еженедельн|ежедневн|ежечасн|ежеквартальн)\\p{L}{0,3}|кажд\\p{L}{1,3}\\s+(?:(${COUNT})\\s+)?(?:(${UNIT})|(${WEEKDAY_FORMS.map(([f]) => f).join('|')})|(${MONTH})|(${SEASON}))|по\\s+(${WEEKDAY_PLURAL.map(([f]) => f).join('|')})|(?:раз|дважды|трижды|\\d+\\s+раза?)\\s+в\\s+(год|месяц|неделю|день|сутки|квартал))${R}`,
  ),
  (m) => {
    if (m[1]) return set(SET_ADVERBS[m[1].toLowerCase()]!);
    if (m[3]) {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const n = m[2] ? readCount(m[2]) : 1;
      return set(durationValue(Number.isNaN(n) ? 1 : n, unit));
    }
    if (m[4]) return set(`XXXX-WXX-${weekdayOf(m[4])}`);
    if (m[5]) return set(`XXXX-${pad(monthOf(m[5])!)}`);
    if (m[6]) return set(`XXXX-${seasonOf(m[6])}`);
    if (m[7]) return set(`XXXX-WXX-${weekdayOf(m[7], WEEKDAY_PLURAL)}`);
    const unit = unitOf(m[8]!);
    return unit ? set(durationValue(1, unit)) : null;
  },
);
