// Through the package root, as the English engine: bundlers drop the locales it does not use.
import { Chrono } from 'chrono-node';
import { assembleEngine } from '../../assemble-engine.js';
import { YEAR_SPAN } from './lexicon.js';
import type { Parser } from 'chrono-node/en';
import {
  centuryParser,
  dayMonthParser,
  decadeParser,
  monthParser,
  numericDateParser,
  quarterParser,
  rangeEndYearParser,
  rangeStartDayParser,
  seasonParser,
  weekdayDayParser,
  yearParser,
} from './parsers/dates.js';
import {
  agoParser,
  anchoredDayParser,
  deicticDayParser,
  inUnitsParser,
  shiftedPeriodParser,
  weekdayParser,
  weekendParser,
  positionedPeriodParser,
} from './parsers/relative.js';
import {
  countedDurationParser,
  halfUnitParser,
  referenceWordParser,
  setParser,
  vagueDurationParser,
} from './parsers/duration.js';
import { clockParser, clockWordParser, holidayParser, partOfDayParser } from './parsers/clock.js';
import { modifierRefiner } from './modifier.js';

/** Our parsers in priority order (the earlier of two equal-length matches wins), with gate words. */
const OWN_PARSERS: [Parser, RegExp?][] = [
  [setParser, /cada|todos|todas|los|mente|diario|vez|veces|\sal\s|\sa\s+la\s|\spor\s/iu],
  [
    holidayParser,
    /navidad|noche|año|valent|sant|pascua|resurrec|hallow|trabaj|mayo|gracias|negro|black|ramos|carnaval|ceniza|ascensi|pentecost|corpus|epifan|reyes|asunci|difuntos|muertos|hispanidad|constituci|inmaculada|independencia|andaluc|diada/iu,
  ],
  [numericDateParser, /\d[/.-]\d/],
  [dayMonthParser, /\d/],
  [rangeStartDayParser, /\d/],
  [weekdayDayParser, /\d/],
  [agoParser, /hace|después|despues|antes|tarde|atr[áa]s/iu],
  [inUnitsParser, /dentro|en\s/iu],
  [shiftedPeriodParser],
  [weekendParser, /fin\s+de\s+semana/iu],
  [positionedPeriodParser, /princip|comienz|inici|mediados|fin/iu],
  [halfUnitParser, /medi/iu],
  [anchoredDayParser, /siguiente|anterior|previ|posterior|v[íi]spera|ese|esa|aquel|mism/iu],
  [deicticDayParser, /hoy|ayer|mañana|antier|anoche|esta|este/iu],
  [quarterParser, /trimestre|semestre|mitad/iu],
  [centuryParser, /siglo/iu],
  [decadeParser, /años|d[ée]cada|los/iu],
  [seasonParser, /primavera|verano|oto[ñn]o|invierno/iu],
  [monthParser],
  [clockParser, /\d|las?\s/iu],
  [clockWordParser, /medi/iu],
  [countedDurationParser],
  [vagueDurationParser],
  [referenceWordParser],
  [weekdayParser],
  [partOfDayParser, /mañana|tarde|noche|madrugada|hora|amanecer|anochecer|atardecer|mediod/iu],
  [yearParser, /\d\d\d\d/],
  [rangeEndYearParser, /\d\d\d\d\s*[-–]/],
];

/**
 * Our Chrono for Spanish: our parsers alone, numeric dates included. chrono's Spanish parsers read
 * clock times without a colon, weekdays and "del 3 al 5" in ways TimeML does not mark, and its
 * chunk would more than double this one's size for the numeric dates, the one thing we kept of it.
 */
export function createEngine(): Chrono {
  return assembleEngine(new Chrono({ parsers: [], refiners: [] }), {
    parsers: OWN_PARSERS,
    yearSpan: YEAR_SPAN,
    refiners: [modifierRefiner],
  });
}
