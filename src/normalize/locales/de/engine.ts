import { de } from 'chrono-node';
import type { Chrono, Parser } from 'chrono-node/en';
import { assembleEngine } from '../../assemble-engine.js';
import { YEAR_SPAN } from './lexicon.js';
import {
  centuryParser,
  decadeParser,
  holidayParser,
  monthParser,
  numericDayParser,
  quarterParser,
  seasonParser,
  yearParser,
} from './parsers/periods.js';
import {
  clockParser,
  nightBeforeParser,
  partOfDayParser,
  relativeDayParser,
  weekdayParser,
} from './parsers/days.js';
import {
  agoParser,
  durationParser,
  inUnitsParser,
  laterParser,
  positionedPeriodParser,
  previousPeriodParser,
  shiftedPeriodParser,
  spanParser,
  twoOnParser,
  vagueDurationParser,
} from './parsers/relative.js';
import { referenceParser, setParser } from './parsers/references.js';
import { modifierRefiner } from './refiners/modifier.js';
import { sinceRefiner } from './refiners/since.js';

/** Our parsers in priority order (chrono keeps the earlier of two equal-length matches), with keywords. */
const OWN_PARSERS: [Parser, RegExp?][] = [
  [setParser, /lich|jede|pro\s|je\s|alle\s|mal\s|weise/i],
  [relativeDayParser, /gestern|heute|morgen|nacht/i],
  [nightBeforeParser, /nacht/i],
  [positionedPeriodParser, /anfang|beginn|mitte|ende/i],
  [shiftedPeriodParser],
  [twoOnParser, /übernächst|vorletzt/i],
  [
    previousPeriodParser,
    /vor(?:jahr|monat|woche|quartal)|folgejahr|heuer|beginn|anfang|start|mitte|ende|schluss|gesamtjahr/i,
  ],
  [agoParser, /vor\s/i],
  [laterParser, /später|danach|darauf|zuvor|davor|vorher|früher/i],
  [inUnitsParser, /in|binnen/i],
  [spanParser],
  [quarterParser, /quartal|halbjahr|vierteljahr|hälfte|[QH][1-4]/i],
  [centuryParser, /jahrhundert|jh\./i],
  [decadeParser, /\der|ziger/i],
  [seasonParser, /frühling|frühjahr|sommer|herbst|winter/i],
  [holidayParser],
  [monthParser],
  [numericDayParser, /\d\.\d/],
  [weekdayParser, /tag|woch|sonnabend/i],
  [partOfDayParser],
  [clockParser, /\d|halb|viertel|mitternacht/i],
  [referenceParser],
  [durationParser],
  [vagueDurationParser, /seit|nach|für|über|lang/i],
  [yearParser, /\d\d\d\d/],
];

/** chrono's parsers whose readings ours replace (weekdays by tense, "in zwei Wochen"). */
const REPLACED_PARSERS = new Set(['DEWeekdayParser', 'DETimeUnitWithinFormatParser']);
/** Annotators mark a day and its clock time as two expressions ("Samstag um 16.10 Uhr"). */
const REPLACED_REFINERS = new Set(['DEMergeDateTimeRefiner']);

/**
 * German: chrono's strict German configuration (dates with month names, numeric dates, clock
 * times) with our parsers for everything else and a refiner for "Anfang", "Mitte", "Ende", "rund".
 */
export function createEngine(): Chrono {
  return assembleEngine(de.strict.clone(), {
    parsers: OWN_PARSERS,
    yearSpan: YEAR_SPAN,
    replaced: new Set([...REPLACED_PARSERS, ...REPLACED_REFINERS]),
    refiners: [sinceRefiner, modifierRefiner],
  });
}
