import { fr } from 'chrono-node';
import type { Chrono, Parser } from 'chrono-node/en';
import { assembleEngine } from '../../assemble-engine.js';
import { YEAR_SPAN } from './lexicon.js';
import { referenceWordParser, relativeDayParser } from './parsers/deictic.js';
import {
  centuryParser,
  datedPartOfDayParser,
  dayOnlyParser,
  decadeParser,
  nightBetweenParser,
  weekendParser,
  monthParser,
  positionedPeriodParser,
  quarterParser,
  seasonParser,
  shiftedPeriodParser,
  weekdayParser,
  yearParser,
} from './parsers/periods.js';
import {
  agoParser,
  approxCountParser,
  durationParser,
  inUnitsParser,
  laterParser,
  setParser,
  vagueDurationParser,
} from './parsers/durations.js';
import { clockParser } from './parsers/clock.js';
import { holidayParser } from './parsers/holiday.js';
import { modifierRefiner } from './refiners/modifier.js';

/** Our parsers in priority order (chrono keeps the earlier of two equal-length matches), gated by a keyword. */
const OWN_PARSERS: [Parser, RegExp?][] = [
  [setParser, /chaque|tou(?:te)?s\s+les|ment\b|par\s/i],
  [relativeDayParser, /hui|hier|demain|\bce|cet|nuit|veille|lendemain|jour/i],
  [weekendParser, /fin\s+de\s+semaine/i],
  [nightBetweenParser, /nuit\s+d/i],
  [datedPartOfDayParser, /\s(?:au|dans\s+la|en)\s+(?:soir|matin|nuit)/i],
  [positionedPeriodParser, /début|fin|milieu|mi-/i],
  [shiftedPeriodParser, /an|mois|semaine|week|trimestre|décennie|siècle/i],
  [agoParser, /il\s+y\s+a/i],
  [laterParser, /tard|tôt|avant|après/i],
  [inUnitsParser, /dans|ici/i],
  [quarterParser, /trimestre|semestre|\b[TQS][1-4]/i],
  [centuryParser, /siècle/i],
  [decadeParser, /années/i],
  [
    holidayParser,
    /no[eë]l|p[âa]que|saint|an\b|nouvel|fête|armistice|halloween|thanksgiving|rameaux|gras|cendres|ascension|pentec[ôo]te|[ée]piphanie|assomption|morts/i,
  ],
  [vagueDurationParser, /\bdes\s/i],
  [approxCountParser, /aine\s+d/i],
  [durationParser],
  [referenceWordParser],
  [seasonParser, /printemps|été|ete|automne|hiver/i],
  [monthParser],
  [weekdayParser, /di\b|dis\b|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi/i],
  [clockParser, /\dh|\d\s+h|heure|midi|minuit/i],
  [yearParser, /\d\d\d\d/],
  [dayOnlyParser, /le\s+(?:\d|1er)/i],
];

/** chrono's parsers whose readings are ours to make (relative, weekday, with granularity). */
const REPLACED = new Set(['FRTimeUnitAgoFormatParser', 'FRTimeUnitWithinFormatParser', 'FRWeekdayParser']);

/**
 * Our Chrono for French: chrono's strict French configuration (explicit dates such as "3 mars
 * 2019", "du 3 au 5 mai", "03/05/2019", clock times with a colon) plus our parsers and refiners.
 */
export function createEngine(): Chrono {
  return assembleEngine(fr.strict.clone(), {
    parsers: OWN_PARSERS,
    yearSpan: YEAR_SPAN,
    replaced: REPLACED,
    refiners: [modifierRefiner],
  });
}
