// The English configuration through the package root, not the `chrono-node/en` subpath: Vite's
// resolver cannot read chrono's `./*` export pattern, and with `sideEffects: false` bundlers drop
// the other locales the root re-exports.
import { en } from 'chrono-node';
import type { Chrono, Parser } from 'chrono-node/en';
import { assembleEngine } from '../../assemble-engine.js';
import { YEAR_SPAN } from './lexicon.js';
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
  elapsedTimeParser,
  gameClockParser,
  largeYearsParser,
  lengthAdjectiveParser,
  fractionDurationParser,
  setParser,
  rateSetParser,
  vagueDurationParser,
} from './parsers/duration.js';
import {
  centuryParser,
  decadeWordParser,
  positionedYearParser,
  rangeEndYearParser,
  spelledYearParser,
  yearParser,
} from './parsers/year.js';
import { holidayParser } from './parsers/holiday.js';
import { eraYearParser, millenniumParser } from './parsers/era.js';
import { afterNextParser, ordinalInPeriodParser } from './parsers/ordinal-periods.js';
import {
  clockWordParser,
  hourOfDayParser,
  currentPeriodParser,
  monthParser,
  monthQuarterParser,
  ordinalDayParser,
  partOfDayParser,
  quarterParser,
  seasonParser,
  weekdayParser,
} from './parsers/named-periods.js';
import { modifierRefiner } from './refiners/modifier.js';

/**
 * Our parsers, in priority order (chrono keeps the earlier of two equal-length matches), each with
 * the keyword a piece of text must contain for it to run, where that keyword is rare.
 */
const OWN_PARSERS: [Parser, RegExp?][] = [
  [elapsedTimeParser, /\d:\d\d:\d/],
  [gameClockParser, /\d:\d\d\s+(?:to\s+(?:play|go)|remaining|left)/],
  [setParser],
  [rateSetParser, /\b(?:a|an|per)\s+\w/i],
  [
    relativeDayParser,
    /today|yesterday|tomorrow|tonight|overnight|this day|last night|this (?:morning|afternoon|evening)/i,
  ],
  [
    positionedPeriodParser,
    /\b(?:end|beginning|start|middle|close|dawn|turn|part|early|late|mid)\b|year.?s? ?end/i,
  ],
  [anchoredDayParser, /day|morning|afternoon|evening|night/i],
  [afterNextParser, /after\s+next/i],
  [ordinalInPeriodParser, /\b(?:of|in)\s/i],
  [shiftedPeriodParser],
  [agoParser, /ago|earlier|before|later|after|from now|hence|back/i],
  [inUnitsParser, /\b(?:in|within)\s/i],
  [quarterParser, /quarter|half|\b[QH][1-4]/i],
  [monthQuarterParser, /quarter/i],
  [currentPeriodParser, /quarter|period|week|year|month/i],
  [eraYearParser, /\d\s*[BC]\.?\s?[CE]|A\.?\s?D\.?\s*\d/],
  [millenniumParser, /millenn?i/i],
  [positionedYearParser, /\d\d\d\d/],
  [centuryParser, /centur/i],
  [decadeWordParser, /ties\b|0['’]?s\b/i],
  [fractionDurationParser, /half|1\/2|½/i],
  [largeYearsParser, /(?:thousand|million|billion)s?\s+(?:of\s+)?years/i],
  [countedDurationParser],
  [lengthAdjectiveParser, /-long|several-|multi-?\w/i],
  [vagueDurationParser],
  [referenceWordParser],
  [seasonParser, /spring|summer|fall|autumn|winter/i],
  [monthParser],
  [ordinalDayParser, /\d(?:st|nd|rd|th)\b/i],
  [weekdayParser, /day|tues|thur/i],
  [
    partOfDayParser,
    /morning|afternoon|evening|night|dawn|dusk|daybreak|sunrise|sunset|nightfall|midday|noontime|daytime|overnight/i,
  ],
  [clockWordParser, /noon|midnight|midday/i],
  [hourOfDayParser, /in the (?:morning|afternoon|evening)|at night/i],
  [
    holidayParser,
    /day|eve|christmas|easter|thanksgiving|halloween|friday|july|new year|week|pentecost|whitsun|mardi|epiphany|maslenitsa/i,
  ],
  [spelledYearParser, /nineteen|eighteen|thousand/i],
  [yearParser, /\d\d|['’]\d/],
  [rangeEndYearParser, /\d\d\d\d\s*[-–—]\s*\d\d/],
];

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
  return assembleEngine(en.strict.clone(), {
    parsers: OWN_PARSERS,
    yearSpan: YEAR_SPAN,
    replaced: REPLACED_PARSERS,
    refiners: [modifierRefiner],
  });
}
