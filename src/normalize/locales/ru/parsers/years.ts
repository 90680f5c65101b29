import { L, R, POSITION, positionOf, romanValue } from '../lexicon.js';
import { re, refYear, ruRule } from './rule.js';

const YEAR_WORD = '(?:годах|годов|годам|годом|году|года|годы|год|гг\\.|г\\.|г(?![\\p{L}]))';
const PREP = /(?:^|[^\p{L}])(?:в|во|с|со|до|к|по|от|после|перед|между|и|за|из|около|года?)\s*$/iu;

/**
 * Years: "в 2019 году", "2019 год", "2019 г.", "2019-м", "в 2019"; the first year of "2019–2020 годах"
 * too. A bare number is a year only after a preposition or before "год".
 */
export const yearParser = ruRule(
  re(
    `${L}(1\\d{3}|20\\d{2})(?:\\s*-?(?:м|й|го|ом)(?![\\p{L}]))?(?:\\s*${YEAR_WORD})?(?![\\d%]|[.,]\\d|\\s*(?:%|процент))`,
  ),
  (m, context) => {
    const year = m[1]!;
    const text = m[0];
    const hasWord = text.length > year.length;
    const before = context.text.slice(Math.max(0, m.index - 14), m.index);
    const after = context.text.slice(m.index + text.length, m.index + text.length + 14);
    const rangeNext = /^\s*[-–—]\s*(?:1\d{3}|20\d{2})/u.test(after);
    const rangePrev = /(?:1\d{3}|20\d{2})\s*[-–—]\s*$/u.test(before);
    // "Олимпиада-2014", "Евро-2020": a year joined to the name of an event.
    const joined = /\p{L}-$/u.test(before);
    if (!hasWord && !rangeNext && !rangePrev && !joined && !PREP.test(before)) {
      // A bare number in the years news writes about, not a count ("2000 человек").
      if (Number(year) < 1900 || /^\s+\p{Ll}/u.test(after)) return null;
    }
    return { spec: { kind: 'literal', type: 'DATE', value: year } };
  },
);

const DECADE_WORDS: Record<string, string> = {
  двадцат: '192',
  тридцат: '193',
  сороков: '194',
  пятидесят: '195',
  шестидесят: '196',
  семидесят: '197',
  восьмидесят: '198',
  девяност: '199',
  нулев: '200',
  двухтысячн: '200',
};

/** Decades, written as the Russian sets write them (`199X`): "1990-е годы", "в 1990-х", "90-х годов", "девяностые", "в нулевых". */
export const decadeParser = ruRule(
  re(
    `${L}(?:(1\\d{2}0|20\\d0|\\d0)\\s*-?\\s*(?:е|х|ые|ых|ми|м)${R}(?:\\s+год(?:ы|ов|ах|ам|ами))?|(${Object.keys(DECADE_WORDS).join('|')})(?:ые|ых|ым|ыми)(?:\\s+год(?:ы|ов|ах|ам|ами))?)${R}`,
  ),
  (m) => {
    if (m[1]) {
      const d = m[1];
      if (d.length === 4) return { spec: { kind: 'literal', type: 'DATE', value: d.slice(0, 3) + 'X' } };
      const two = Number(d);
      return { spec: { kind: 'literal', type: 'DATE', value: two >= 30 ? `19${d[0]}X` : `20${d[0]}X` } };
    }
    return { spec: { kind: 'literal', type: 'DATE', value: DECADE_WORDS[m[2]!.toLowerCase()]! + 'X' } };
  },
);

/** Centuries: "XX век", "в XXI веке", "19 века", "прошлого века", "нынешнего столетия". */
export const centuryParser = ruRule(
  re(
    `${L}(?:([IVXL]{1,6}|\\d{1,2})(?:-?(?:м|й|го|ом))?|(прошл|нынешн|текущ|эт|минувш)\\p{L}{0,3})\\s+(?:век(?:а|е|у|ом)?|столети[еяю]|в\\.)${R}`,
  ),
  (m, context) => {
    if (m[2]) {
      const past = /^(?:прошл|минувш)/iu.test(m[2]);
      const century = Math.floor((refYear(context) - 1) / 100) + 1 - (past ? 1 : 0);
      return { spec: { kind: 'literal', type: 'DATE', value: String(century - 1).padStart(2, '0') } };
    }
    const raw = m[1]!;
    if (/^[IVXL]+$/u.test(raw) && raw !== raw.toUpperCase()) return null;
    const n = /^\d/.test(raw) ? Number(raw) : romanValue(raw);
    if (!n || n < 1 || n > 22) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(n - 1).padStart(2, '0') } };
  },
);

/** "начала года", "конце месяца", "середины недели": the current period with a position. */
export const positionedCurrentParser = ruRule(
  re(`${L}(${POSITION})\\s+(года|месяца|недели|квартала)${R}`),
  (m) => {
    const mod = positionOf(m[1]!)!;
    const unit = /^год/iu.test(m[2]!)
      ? 'year'
      : /^месяц/iu.test(m[2]!)
        ? 'month'
        : /^недел/iu.test(m[2]!)
          ? 'week'
          : 'quarter';
    if (unit === 'quarter') return { spec: { kind: 'current', unit: 'quarter', mod } };
    return { spec: { kind: 'relative', unit, offset: 0, mod } };
  },
);
