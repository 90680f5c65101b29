import { strict, type Chrono, type ParsingResult, type Refiner } from 'chrono-node/en';
import { specOf } from './spec.js';
import { agoParser, inUnitsParser, shiftedPeriodParser } from './parsers/relative.js';
import { referenceWordParser, relativeDayParser } from './parsers/deictic.js';
import { countedDurationParser, fractionDurationParser, setParser, vagueDurationParser } from './parsers/duration.js';
import { centuryParser, positionedYearParser, yearParser } from './parsers/year.js';
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

/**
 * chrono's own filter drops digit-only matches ("1998") and weekday-only matches; ours are
 * vetted by their parsers, so the filter applies to chrono's results only.
 */
const chronoOnlyFilter: Refiner = {
  refine: (_context, results) =>
    results.filter((r: ParsingResult) => {
      if (specOf(r.tags())) return true;
      if (/^\d*(\.\d*)?$/.test(r.text.replace(/\s/g, ''))) return false;
      if (!r.start.isValidDate() || (r.end && !r.end.isValidDate())) return false;
      // Relative results of chrono ("in 2 days") are covered by our parsers with granularity.
      if (r.tags().has('result/relativeDate') || r.tags().has('result/relativeDateAndTime')) return false;
      return r.start.isCertain('month') || r.start.isCertain('hour');
    }),
};

/**
 * Our Chrono: the strict English configuration (explicit dates and clock times), plus parsers for
 * what chrono leaves out (years, decades, seasons, quarters, parts of day, durations, sets,
 * deictic and tense-relative expressions) and refiners for modifiers.
 */
export function createEngine(): Chrono {
  const engine = strict.clone();
  // The rules that must win ties come first: chrono keeps the earlier of two equal-length matches.
  engine.parsers.unshift(
    setParser,
    relativeDayParser,
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
    yearParser,
  );
  engine.refiners = engine.refiners.filter((r) => !('strictMode' in r));
  engine.refiners.unshift(chronoOnlyFilter);
  engine.refiners.push(modifierRefiner);
  return engine;
}
