import { durationValue } from '../../../duration-value.js';
import {
  COUNT,
  L,
  MONTHS,
  PARTS_OF_DAY,
  R,
  UNIT,
  UNITS,
  WEEKDAYS,
  alternation,
  key,
  readCount,
} from '../lexicon.js';
import { deRule } from './de-rule.js';

/** Words that stand for the present, the past or the future as a whole. */
const REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  jetzt: 'PRESENT_REF',
  nun: 'PRESENT_REF',
  derzeit: 'PRESENT_REF',
  zurzeit: 'PRESENT_REF',
  'zur zeit': 'PRESENT_REF',
  gegenwärtig: 'PRESENT_REF',
  momentan: 'PRESENT_REF',
  aktuell: 'PRESENT_REF',
  heutzutage: 'PRESENT_REF',
  'im moment': 'PRESENT_REF',
  'zum jetzigen zeitpunkt': 'PRESENT_REF',
  'bis heute': 'PRESENT_REF',
  kürzlich: 'PAST_REF',
  unlängst: 'PAST_REF',
  jüngst: 'PAST_REF',
  neulich: 'PAST_REF',
  'in der vergangenheit': 'PAST_REF',
  künftig: 'FUTURE_REF',
  zukünftig: 'FUTURE_REF',
  demnächst: 'FUTURE_REF',
  'in zukunft': 'FUTURE_REF',
  'in naher zukunft': 'FUTURE_REF',
  'in absehbarer zeit': 'FUTURE_REF',
};

/** "jetzt", "derzeit", "aktuell", "kürzlich", "künftig", "in Zukunft". */
export const referenceParser = deRule(
  new RegExp(`${L}(${alternation(Object.keys(REFERENCES))})${R}`, 'iu'),
  (m) => {
    const word = key(m[1] ?? '');
    // "bis heute" is the present the text is written in; the preposition stays outside.
    const offset = word === 'bis heute' ? 4 : 0;
    return { offset, spec: { kind: 'literal', type: 'DATE', value: REFERENCES[word]! } };
  },
);

const EVERY: Record<string, string> = {
  jährlich: 'P1Y',
  alljährlich: 'P1Y',
  monatlich: 'P1M',
  wöchentlich: 'P1W',
  täglich: 'P1D',
  stündlich: 'PT1H',
  allmonatlich: 'P1M',
  vierteljährlich: 'P3M',
  quartalsweise: 'P3M',
  halbjährlich: 'P6M',
  tagtäglich: 'P1D',
};

/**
 * Sets: "jährlich", "täglich", "jedes Jahr", "jeden Tag", "alle zwei Jahre", "pro Woche",
 * "zweimal im Jahr", "jeden März".
 */
export const setParser = deRule(
  new RegExp(
    `${L}(?:(${alternation(Object.keys(EVERY))})|(?:jede[nrs]?|pro|je)\\s+(?:(${alternation(Object.keys(MONTHS))})|(${alternation(Object.keys(WEEKDAYS))})|${UNIT})|alle\\s+${COUNT}\\s+${UNIT}|(?:ein|zwei|drei|vier|fünf|\\d+)mal\\s+(?:im|pro|in\\s+der|am)\\s+${UNIT}|(?:jede[nrs]?\\s+(morgen|vormittag|mittag|nachmittag|abend|nacht)|(morgens|vormittags|mittags|nachmittags|abends|nachts)))${R}`,
    'iu',
  ),
  (m) => {
    const [, adverb, month, weekday, unitWord, count, countUnit, timesUnit, everyPart, partAdverb] = m;
    const set = (value: string) => ({ spec: { kind: 'literal' as const, type: 'SET' as const, value } });
    if (adverb) return set(EVERY[key(adverb)]!);
    // "jeden Abend", "nachts": every day at that part of it.
    const part = everyPart ?? partAdverb;
    if (part) return set(`XXXX-XX-XXT${PARTS_OF_DAY[key(part)]!}`);
    if (unitWord && UNITS[key(unitWord)] === 'weekend') return set('XXXX-WXX-WE');
    if (month) return set(`XXXX-${String(MONTHS[key(month)]).padStart(2, '0')}`);
    if (weekday) return set(`XXXX-WXX-${WEEKDAYS[key(weekday)]}`);
    if (unitWord) return set(durationValue(1, UNITS[key(unitWord)]!));
    if (countUnit) {
      const n = readCount(count ?? '');
      return Number.isNaN(n) ? null : set(durationValue(n, UNITS[key(countUnit)]!));
    }
    return set(durationValue(1, UNITS[key(timesUnit ?? '')]!));
  },
);
