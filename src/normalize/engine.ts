import { strict, type Chrono } from 'chrono-node/en';
import {
  agoParser,
  anchoredDayParser,
  inUnitsParser,
  positionedPeriodParser,
  shiftedPeriodParser,
} from './parsers/relative.js';
import { referenceWordParser, relativeDayParser } from './parsers/deictic.js';
import {
  countedDurationParser,
  fractionDurationParser,
  setParser,
  vagueDurationParser,
} from './parsers/duration.js';
import { centuryParser, positionedYearParser, spelledYearParser, yearParser } from './parsers/year.js';
import { holidayParser } from './parsers/holiday.js';
import {
  clockWordParser,
  currentPeriodParser,
  monthParser,
  partOfDayParser,
  quarterParser,
  seasonParser,
  weekdayParser,
} from './parsers/named-periods.js';
import { modifierRefiner } from './refiners/modifier.js';
import { restoreOwnResults, setAsideOwnResults } from './refiners/own-results.js';

const REPLACED_PARSERS = new Set([
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENWeekdayParser',
]);

/**
 * Our Chrono: the strict English configuration (explicit dates and clock times), plus parsers for
 * what chrono leaves out (years, decades, seasons, quarters, parts of day, durations, sets,
 * deictic and tense-relative expressions) and refiners for modifiers.
 */
export function createEngine(): Chrono {
  const engine = strict.clone();
  // Relative and weekday readings are ours (with granularity); chrono's parsers for them only cost
  // time. If a minifier renames chrono's classes this filter keeps them, which is slower, not wrong:
  // their results are dropped by setAsideOwnResults.
  engine.parsers = engine.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name));
  // The rules that must win ties come first: chrono keeps the earlier of two equal-length matches.
  engine.parsers.unshift(
    setParser,
    relativeDayParser,
    positionedPeriodParser,
    anchoredDayParser,
    shiftedPeriodParser,
    agoParser,
    inUnitsParser,
    quarterParser,
    currentPeriodParser,
    positionedYearParser,
    centuryParser,
    fractionDurationParser,
    countedDurationParser,
    vagueDurationParser,
    referenceWordParser,
    seasonParser,
    monthParser,
    weekdayParser,
    partOfDayParser,
    clockWordParser,
    holidayParser,
    spelledYearParser,
    yearParser,
  );
  engine.refiners.unshift(setAsideOwnResults);
  engine.refiners.push(restoreOwnResults, modifierRefiner);
  return engine;
}
