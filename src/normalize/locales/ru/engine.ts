// chrono's Russian configuration through the package root (see the English engine for why).
import { ru } from 'chrono-node';
import type { Chrono, Parser } from 'chrono-node/en';
import { assembleEngine } from '../../assemble-engine.js';
import { YEAR_SPAN } from './lexicon.js';
import { centuryParser, decadeParser, positionedCurrentParser, yearParser } from './parsers/years.js';
import {
  clockParser,
  monthParser,
  nightBeforeParser,
  partOfDayParser,
  partOfWeekdayParser,
  quarterParser,
  seasonParser,
  weekdayParser,
} from './parsers/periods.js';
import {
  agoParser,
  earlierLaterParser,
  eveParser,
  inUnitsParser,
  laterParser,
  referenceWordParser,
  relativeDayParser,
  samePeriodParser,
  sameUnitParser,
  shiftedPartParser,
  shiftedUnitParser,
} from './parsers/relative.js';
import {
  countedDurationParser,
  halfParser,
  lastCountParser,
  setParser,
  singleUnitParser,
  vagueDurationParser,
} from './parsers/durations.js';
import { holidayParser } from './parsers/holidays.js';
import { modifierRefiner } from './refiners/modifier.js';

/** Our parsers in priority order (chrono keeps the earlier of two equal-length matches), with gates. */
const OWN_PARSERS: [Parser, RegExp?][] = [
  [setParser, /кажд|ежег|ежем|ежен|ежед|ежеч|ежек|раз|дважды|трижды|по\s/iu],
  [holidayParser, /нов|рожд|крещ|татьян|защит|женск|побед|росси|знани|единств|пасх|воскрес|троиц|маслениц/iu],
  [relativeDayParser, /вчера|сегодня|завтра|вчерашн|сегодняшн|завтрашн/iu],
  [shiftedPartParser, /утром|вечером|ночью/iu],
  [eveParser, /накануне/iu],
  [positionedCurrentParser, /начал|середин|конц|исход|окончан/iu],
  [vagueDurationParser, /ами|последн|ближайш|долг|мног/iu],
  [shiftedUnitParser],
  [agoParser, /назад/iu],
  [samePeriodParser, /период/iu],
  [sameUnitParser, /(?:^|[^\p{L}])т[оеу]/iu],
  [earlierLaterParser, /ранее|раньше|позже|позднее/iu],
  [laterParser, /спустя/iu],
  [inUnitsParser, /через/iu],
  [quarterParser, /квартал|полугод|половин/iu],
  [centuryParser, /век|столет|в\./iu],
  [decadeParser, /\d0\s*-?\s*[еxх]|десят|сороков|девяност|нулев|тысячн/iu],
  [lastCountParser, /последн|ближайш|первы|следующ/iu],
  [halfParser, /пол/iu],
  [clockParser, /\d|полд|полноч|полуноч/iu],
  [countedDurationParser],
  [singleUnitParser],
  [referenceWordParser],
  [seasonParser, /весн|лет|осен|зим/iu],
  [monthParser],
  [nightBeforeParser, /ночь\s+на/iu],
  [partOfWeekdayParser, /утр|вечер|ноч/iu],
  [weekdayParser],
  [partOfDayParser, /утром|дн[её]м|вечером|ночью/iu],
  [yearParser, /\d\d\d\d/],
];

const REPLACED_PARSERS = new Set([
  'RUWeekdayParser',
  'RUTimeUnitAgoFormatParser',
  'RUTimeUnitWithinFormatParser',
]);

/**
 * Our Russian Chrono: chrono's strict configuration (day-month dates such as "2 января 2019",
 * "с 5 по 10 мая", numeric DMY dates, clock times) and our parsers for the rest.
 */
export function createEngine(): Chrono {
  return assembleEngine(ru.strict.clone(), {
    parsers: OWN_PARSERS,
    yearSpan: YEAR_SPAN,
    replaced: REPLACED_PARSERS,
    refiners: [modifierRefiner],
  });
}
