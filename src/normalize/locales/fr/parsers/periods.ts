import { isWholeText, rule } from '../../../spec.js';
import type { TimexSpec, UnitKey } from '../../../spec.js';
import type { TimexMod } from '../../../types.js';
import { AP, B, E, MONTHS, SEASONS, SHIFTS, UNITS, WEEKDAYS, alternation, keyOf, re } from '../lexicon.js';

const MONTH = alternation(Object.keys(MONTHS));
const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const SEASON = alternation(Object.keys(SEASONS));
const YEAR = '(1[0-9]\\d\\d|20\\d\\d)(?![\\d.,]\\d)';
const SHIFT = alternation(Object.keys(SHIFTS));

/** TE3 writes "the 1990s" as `199X`; "les années 1800" is a century (`18`). */
const decadeValue = (year: number): string =>
  year % 100 === 0 && year < 2000 ? String(year / 100) : `${Math.floor(year / 10)}X`;

/** What after a bare number shows it is a count ("2019 euros", "1500 personnes"), not a year. */
const COUNT_AFTER =
  /^\s*(?:%|pour\s*cent|euros?|dollars?|francs?|personnes|habitants|emplois|morts|victimes|voix|km|kilomètres|mètres|tonnes|mètres|hectares|salariés|élèves|logements|exemplaires|points|sièges|ans\b|€|\$)/iu;

/** Four-digit years: "2019", "en 2019" (the preposition stays out), "l'an 2000". */
export const yearParser = rule(
  re(`(?:(?<=\\bmi-)|(?<![\\p{L}\\d$€£.,:/#-]))${YEAR}(?![\\p{L}\\d%])`),
  (m, context) => {
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const before = context.text.slice(Math.max(0, m.index - 16), m.index);
    if (/\d[\s\u00a0\u202f]$/.test(before) || /^[\s\u00a0\u202f]\d{3}\b/.test(after)) return null;
    if (COUNT_AFTER.test(after)) return null;
    // "1500 à 2000 manifestants": a range of counts.
    if (/^\s*(?:à|-|–)\s*\d+\s+\p{L}/u.test(after) && !/^\s*(?:à|-|–)\s*(?:1[0-9]|20)\d\d\b/u.test(after))
      return null;
    return { spec: { kind: 'literal', type: 'DATE', value: m[1]! } };
  },
);

/** "les années 1990", "les années 90", "les années quatre-vingt", "les années 2000". */
const DECADE_WORDS: Record<string, number> = {
  vingt: 1920,
  trente: 1930,
  quarante: 1940,
  cinquante: 1950,
  soixante: 1960,
  'soixante-dix': 1970,
  septante: 1970,
  'quatre-vingt': 1980,
  huitante: 1980,
  'quatre-vingt-dix': 1990,
  nonante: 1990,
};
export const decadeParser = rule(
  re(
    `${B}(?:les\\s+|des\\s+|aux\\s+)?années\\s+(?:(1[0-9]\\d0|20\\d0)|(\\d0)|${'(' + alternation(Object.keys(DECADE_WORDS)) + ')'})${E}`,
  ),
  (m) => {
    const lead = /^(?:des|aux)\s+/i.exec(m[0])?.[0].length ?? 0;
    const year = m[1]
      ? Number(m[1])
      : m[2]
        ? (Number(m[2]) < 30 ? 2000 : 1900) + Number(m[2])
        : DECADE_WORDS[keyOf(m[3]!)]!;
    const offset = lead ? lead + 4 - 4 : 0;
    // "des années 1990", "aux années 1990": the contraction stays out; "les années" is in.
    return { offset, spec: { kind: 'literal', type: 'DATE', value: decadeValue(year) } };
  },
);

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const fromRoman = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
};
const CENTURY_ORDINALS: Record<string, number> = {
  dix: 10,
  onzième: 11,
  douzième: 12,
  treizième: 13,
  quatorzième: 14,
  quinzième: 15,
  seizième: 16,
  'dix-septième': 17,
  'dix-huitième': 18,
  'dix-neuvième': 19,
  vingtième: 20,
  'vingt et unième': 21,
  'vingt-et-unième': 21,
};

/** "le XXe siècle", "XXIe siècle", "le 19e siècle", "le vingtième siècle" → `19`, `20`. */
export const centuryParser = rule(
  re(
    `${B}(?:(le)\\s+)?(?:([XVI]{1,6})|(\\d{1,2}))(?:e|ème|è|eme|<sup>e</sup>)?\\s+siècle${E}|${B}(?:(le)\\s+)?(${alternation(Object.keys(CENTURY_ORDINALS))})\\s+siècle${E}`,
  ),
  (m) => {
    const n = m[2] ? fromRoman(m[2].toUpperCase()) : m[3] ? Number(m[3]) : CENTURY_ORDINALS[keyOf(m[5]!)];
    if (!n || n < 1 || n > 30) return null;
    if (m[2] && m[2] !== m[2].toUpperCase()) return null;
    return { spec: { kind: 'literal', type: 'DATE', value: String(n - 1).padStart(2, '0') } };
  },
);

/** Seasons: "l'été 2019", "en hiver", "au printemps", "cet automne", "l'hiver dernier". */
export const seasonParser = rule(
  re(
    `(?:${B}(l${AP}|cet\\s+|cette\\s+|ce\\s+|en\\s+|au\\s+|à\\s+l${AP}|du\\s+)|${B}(?=printemps|automne|hiver))(${SEASON})(?:\\s+(${YEAR})|\\s+(${SHIFT}))?${E}`,
  ),
  (m, context) => {
    const [, lead = '', name = '', year, shiftWord] = m;
    const l = keyOf(lead).trim();
    const code = SEASONS[keyOf(name)]!;
    // "a été", "avait été": the participle of être, not the summer.
    if (!l && /^[ée]t[ée]$/i.test(name) && !isWholeText(context, m.index, m[0].length)) return null;
    if (!l && !year && !shiftWord && !isWholeText(context, m.index, m[0].length)) {
      const before = context.text.slice(Math.max(0, m.index - 12), m.index);
      if (!/(?:fin|début|mi-?|milieu)\s*(?:de\s+l['’]|d['’])?$/iu.test(before)) return null;
    }
    // "en", "au", "d'", "du", "à l'" are prepositions and stay out; "l'", "cet" are in.
    // "le Festival d'été", "les vacances d'été": a kind of thing, not a season of a year.
    if (/^l'$/.test(l) && /d['’]$/iu.test(context.text.slice(Math.max(0, m.index - 2), m.index))) return null;
    const out = /^(?:en|au|du|à l')$/.test(l);
    const offset = out ? lead.length : 0;
    const shift = shiftWord ? SHIFTS[keyOf(shiftWord)] : /^ce/.test(l) ? 0 : undefined;
    // "l'été dernier": the latest summer that has ended; "l'hiver prochain": the next one to begin.
    if (!year && shift) {
      const y = context.refDate.getFullYear();
      const month = context.refDate.getMonth() + 1;
      const [first, last] = SEASON_MONTHS[code]!;
      const yearOf = shift < 0 ? (month > last ? y : y - 1) : month < first ? y : y + 1;
      // Written out: it counts from the reference date, never from the year a story is at.
      return { offset, spec: { kind: 'literal', type: 'DATE', value: `${yearOf}-${code}` } };
    }
    const spec: TimexSpec = {
      kind: 'subyear',
      code,
      ...(year ? { year: Number(year) } : {}),
      ...(shift !== undefined ? { shift } : {}),
    };
    return { offset, spec };
  },
);

/** First and last month of each season (winter counted from its December). */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

const ORD: Record<string, number> = {
  premier: 1,
  '1er': 1,
  '1e': 1,
  deuxième: 2,
  second: 2,
  '2e': 2,
  '2ème': 2,
  troisième: 3,
  '3e': 3,
  '3ème': 3,
  quatrième: 4,
  '4e': 4,
  '4ème': 4,
  dernier: -1,
};

/**
 * Quarters and halves: "le premier trimestre", "au troisième trimestre 2019", "T3 2019",
 * "le second semestre de l'année dernière", "S1 2020".
 */
export const quarterParser = rule(
  re(
    `${B}(?:(le|au|du|ce)\\s+)?(${alternation(Object.keys(ORD))})\\s+(trimestre|semestre)(?:\\s+(?:de\\s+)?${YEAR}|\\s+(?:de\\s+l${AP}(?:année|an)\\s+)?(dernier|dernière|prochain|prochaine|passée?|en\\s+cours)|\\s+(de\\s+l${AP}année))?${E}|${B}([TQS])([1-4])(?:(?:\\s+|-|/)?${YEAR})?${E}`,
  ),
  (m) => {
    const [, lead = '', ord = '', noun = '', year, shiftWord, , letter, digit, qYear] = m;
    if (letter) {
      const n = Number(digit);
      const half = letter.toUpperCase() === 'S';
      if (half && n > 2) return null;
      if (!qYear && !half && letter.toUpperCase() === 'T' && n > 4) return null;
      const code = `${half ? 'H' : 'Q'}${n}`;
      return { spec: { kind: 'subyear', code, ...(qYear ? { year: Number(qYear) } : {}) } };
    }
    const half = /^semestre$/i.test(noun);
    const n = ORD[keyOf(ord)]!;
    const index = n === -1 ? (half ? 2 : 4) : n;
    if (index > (half ? 2 : 4)) return null;
    const l = keyOf(lead);
    const offset = l === 'au' || l === 'du' ? lead.length + 1 : 0;
    const shift = shiftWord
      ? /dern|pass/i.test(shiftWord)
        ? -1
        : /proch/i.test(shiftWord)
          ? 1
          : 0
      : undefined;
    return {
      offset,
      spec: {
        kind: 'subyear',
        code: `${half ? 'H' : 'Q'}${index}`,
        ...(year ? { year: Number(year) } : {}),
        ...(shift !== undefined ? { yearOffset: shift } : {}),
      },
    };
  },
);

/**
 * A month without a day: "janvier", "en mars", "mars 2019", "en mars dernier", "juin prochain",
 * "mars de l'année dernière". Day and month together are chrono's.
 */
export const monthParser = rule(
  re(
    `(?:(?<=\\bmi-)|${B})(${MONTH})(?:(?<=\\.)|${E})(?:\\s+(?:de\\s+)?${YEAR}|\\s+(dernier|prochain|passé)|\\s+(de\\s+l${AP}(?:année|an)\\s+(?:dernière|dernier|prochaine|prochain|passée)))?${E}`,
  ),
  (m, context) => {
    const [, name = '', year, shiftWord, ofYear] = m;
    const before = context.text.slice(Math.max(0, m.index - 16), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // A day before the month is chrono's ("3 mars"); one it refused ("31 juin") is no date.
    if (/\d\s*(?:er)?\s*$/.test(before)) return null;
    // "Mars" the planet is a capitalised name in the middle of a sentence; months are lower case.
    if (/^M/.test(name) && keyOf(name) === 'mars' && !year && !/[.!?:]\s*$|^\s*$/.test(before)) return null;
    if (!year && /^\s*\d/.test(after) && !shiftWord) return null;
    const month = MONTHS[keyOf(name)]!;
    let shift: -1 | 0 | 1 | undefined;
    if (shiftWord) shift = /dernier|passé/i.test(shiftWord) ? -1 : 1;
    if (ofYear) {
      const y = context.refDate.getFullYear() + (/dern|pass/i.test(ofYear) ? -1 : 1);
      return { spec: { kind: 'calendar', year: y, month } };
    }
    const spec: TimexSpec = year
      ? { kind: 'calendar', year: Number(year), month }
      : { kind: 'calendar', month, ...(shift !== undefined ? { shift } : {}) };
    return { spec };
  },
);

const POD_WORDS: Record<string, 'MO' | 'AF' | 'EV' | 'NI' | 'MI'> = {
  matin: 'MO',
  'au matin': 'MO',
  'au soir': 'EV',
  'après-midi': 'AF',
  soir: 'EV',
  'en soirée': 'EV',
  'dans la soirée': 'EV',
  'en matinée': 'MO',
  'dans la matinée': 'MO',
  nuit: 'NI',
  midi: 'MI',
};

/**
 * Weekdays, by tense when bare: "lundi", "le mardi" (the article stays out), "lundi dernier",
 * "mardi prochain", "ce jeudi", "vendredi soir", "samedi matin".
 */
export const weekdayParser = rule(
  re(
    `${B}(?:(ce)\\s+)?(${WEEKDAY})(?:\\s+(dernier|prochain|passé|précédent|suivant))?(?:\\s+(${alternation(Object.keys(POD_WORDS))}))?(?:\\s+(dernier|prochain))?${E}`,
  ),
  (m, context) => {
    const [, ce, name = '', shiftWord, podWord, shiftAfter] = m;
    const weekday = WEEKDAYS[keyOf(name)]!;
    const s = shiftWord ?? shiftAfter;
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "le lundi de Pâques" is the holiday's.
    if (/^\s+de\s+P[âa]ques/iu.test(after)) return null;
    if (s && /précédent/i.test(s)) return null;
    // "le lundi suivant" is the first Monday after the day the story is at.
    const following = s !== undefined && /suivant/i.test(s);
    const shift: -1 | 0 | 1 | undefined =
      s && !following ? (/dernier|passé/i.test(s) ? -1 : 1) : ce ? 0 : undefined;
    const pod = podWord ? POD_WORDS[keyOf(podWord)] : undefined;
    const spec: TimexSpec = {
      kind: 'weekday',
      weekday,
      ...(shift !== undefined ? { shift } : {}),
      ...(following ? { from: 'anchor' as const } : {}),
      ...(pod ? { pod } : {}),
    };
    return { spec };
  },
);

const PERIOD_UNITS: Record<string, UnitKey> = {
  an: 'year',
  année: 'year',
  mois: 'month',
  semaine: 'week',
  'week-end': 'weekend',
  weekend: 'weekend',
  trimestre: 'quarter',
  semestre: 'year',
  décennie: 'decade',
  siècle: 'century',
};
const PERIOD = alternation(Object.keys(PERIOD_UNITS));

/**
 * "l'an dernier", "l'année prochaine", "la semaine dernière", "le mois prochain", "cette année",
 * "ce mois-ci", "cette semaine", "le week-end dernier", "l'année précédente", "la même année",
 * "cette année-là", "l'année en cours".
 */
export const shiftedPeriodParser = rule(
  re(
    `${B}(?:(l${AP}|la\\s+|le\\s+|ce\\s+|cet\\s+|cette\\s+)(?:(même|dernière|dernier|prochaine|prochain)\\s+)?(${PERIOD})(-ci|-là)?(?:\\s+(dernière|dernier|passée|passé|prochaine|prochain|précédente|précédent|suivante|suivant|en\\s+cours|courante|courant|à\\s+venir|qui\\s+vient|même))?)${E}`,
  ),
  (m) => {
    const [, det = '', pre, unitWord = '', deixis, post] = m;
    const d = keyOf(det).trim();
    const unit = PERIOD_UNITS[keyOf(unitWord)]!;
    const w = keyOf(post ?? pre ?? '');
    if (keyOf(unitWord) === 'semestre') return null;
    const demonstrative = /^ce/.test(d);
    // "le dernier mois", "la dernière année": a stretch of time, not the calendar one.
    if (pre && /dern|proch/.test(keyOf(pre)) && !post)
      return { spec: { kind: 'literal', type: 'DURATION', value: durationOne(unit) } };
    if (deixis && /là/.test(deixis)) return { spec: { kind: 'relative', unit, offset: 0, from: 'anchor' } };
    if (w === 'même') return { spec: { kind: 'relative', unit, offset: 0, from: 'anchor' } };
    if (/précédent|suivant/.test(w))
      return { spec: { kind: 'relative', unit, offset: /précédent/.test(w) ? -1 : 1, from: 'anchor' } };
    if (/^(?:dernier|dernière|passé|passée)$/.test(w))
      return { spec: { kind: 'relative', unit, offset: -1 } };
    if (/proch|venir|vient/.test(w)) return { spec: { kind: 'relative', unit, offset: 1 } };
    if (/cours|courant/.test(w) || demonstrative) {
      if (unit === 'weekend') return { spec: { kind: 'weekday', weekday: 6, asWeekend: true } };
      return { spec: { kind: 'relative', unit, offset: 0 } };
    }
    return null;
  },
);

const ONE: Partial<Record<UnitKey, string>> = {
  year: 'P1Y',
  month: 'P1M',
  week: 'P1W',
  weekend: 'P1WE',
  quarter: 'P1Q',
  decade: 'P1DE',
  century: 'P1CE',
};
const durationOne = (unit: UnitKey): string => ONE[unit] ?? 'P1D';

const POSITION: Record<string, TimexMod> = {
  début: 'START',
  fin: 'END',
  milieu: 'MID',
  'mi-': 'MID',
  mi: 'MID',
};

/**
 * "la fin de l'année", "début de l'année prochaine", "fin du mois", "le milieu de la semaine",
 * "au début du mois dernier" (the preposition stays out).
 */
export const positionedPeriodParser = rule(
  re(
    `${B}(?:(au|à\\s+la|en|dès\\s+le|dès\\s+la|vers\\s+la|jusqu${AP}à\\s+la|jusqu${AP}au)\\s+)?((?:la\\s+|le\\s+)?(début|fin|milieu|mi)(?:\\s+|-)(?:(de\\s+l${AP}|du\\s+|de\\s+la\\s+|de\\s+cette\\s+|de\\s+ce\\s+|de\\s+cet\\s+)(an|année|mois|semaine|décennie|siècle|trimestre)(?:\\s+(dernière|dernier|prochaine|prochain|passée|passé|en\\s+cours))?))${E}`,
  ),
  (m) => {
    const [, prep = '', , position = '', of = '', unitWord = '', shiftWord] = m;
    const unit = UNITS[keyOf(unitWord)] ?? 'year';
    const mod = POSITION[keyOf(position)]!;
    const offset = shiftWord ? (/dern|pass/i.test(shiftWord) ? -1 : /proch/i.test(shiftWord) ? 1 : 0) : 0;
    const ofThe = !shiftWord && !/ce/.test(of);
    return {
      offset: prep ? m[0].indexOf(m[2]!, prep.length) : 0,
      spec: { kind: 'relative', unit, offset, mod, ...(ofThe ? { ofThe } : {}) },
    };
  },
);

/** "(dans) la nuit de samedi à dimanche": the night that begins on the first day. */
export const nightBetweenParser = rule(
  re(`${B}(?:(dans)\\s+)?la\\s+nuit\\s+(?:de|du)\\s+(${WEEKDAY})\\s+(?:à|au)\\s+(${WEEKDAY})${E}`),
  (m) => ({
    offset: m[1] ? m[1].length + 1 : 0,
    spec: { kind: 'weekday', weekday: WEEKDAYS[keyOf(m[2]!)]!, pod: 'NI' },
  }),
);

/** "16 août au soir", "le 3 mars 2020 au matin": a dated part of day. */
export const datedPartOfDayParser = rule(
  re(
    `${B}(\\d{1,2}|1er)\\s+(${MONTH})(?:\\s+${YEAR})?\\s+(?:au|dans\\s+la|en)\\s+(soir|soirée|matin|matinée|nuit)${E}`,
  ),
  (m) => {
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    if (day < 1 || day > 31) return null;
    const pod = ({ soir: 'EV', soirée: 'EV', matin: 'MO', matinée: 'MO', nuit: 'NI' } as const)[
      keyOf(m[4]!) as 'soir'
    ];
    return {
      spec: {
        kind: 'calendar',
        month: MONTHS[keyOf(m[2]!)]!,
        day,
        ...(m[3] ? { year: Number(m[3]) } : {}),
        pod,
      },
    };
  },
);

/**
 * A day of the month alone: "le 3" typed on its own, and the first day of "entre le 5 et le 11
 * janvier" (the month written after the second).
 */
export const dayOnlyParser = rule(
  re(`${B}(?:le\\s+)?(\\d{1,2}|1er)(?=(\\s+(?:et|au)\\s+(?:le\\s+)?\\d{1,2}\\s+(${MONTH}))?)(?![\\p{L}\\d])`),
  (m, context) => {
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    if (day < 1 || day > 31) return null;
    const offset = m[0].indexOf(m[1]!);
    if (m[3] && /entre\s+(?:le\s+)?$/iu.test(context.text.slice(Math.max(0, m.index - 8), m.index + offset)))
      return { offset, spec: { kind: 'calendar', month: MONTHS[keyOf(m[3])]!, day } };
    if (/^le\s/i.test(m[0]) && isWholeText(context, m.index, m[0].length))
      return { offset, spec: { kind: 'calendar', day } };
    return null;
  },
);

/** Québec's "la fin de semaine" (the weekend): "cette fin de semaine", "la fin de semaine dernière". */
export const weekendParser = rule(
  re(`${B}(la|cette)\\s+fin\\s+de\\s+semaine(?:\\s+(dernière|prochaine|passée))?${E}`),
  (m) => {
    const shift = m[2] ? (/proch/i.test(m[2]) ? 1 : -1) : /^cette$/i.test(m[1]!) ? 0 : undefined;
    return {
      spec: { kind: 'weekday', weekday: 6, asWeekend: true, ...(shift !== undefined ? { shift } : {}) },
    };
  },
);
