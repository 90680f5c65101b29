import { rule } from '../../../spec.js';
import type { UnitKey } from '../../../spec.js';
import { durationValue } from '../../../duration-value.js';
import { pad } from '../../../calendar.js';
import {
  AP,
  B,
  E,
  MONTHS,
  NUMBER,
  UNIT,
  UNITS,
  WEEKDAYS,
  alternation,
  keyOf,
  re,
  readNumber,
} from '../lexicon.js';

/** Before a count of years that makes it an age ("âgés de 41 et 56 ans", "à l'âge de 87 ans", "un homme de 34 ans", "les plus de 65 ans"). */
const AGE_BEFORE =
  /(?:âgée?s?\s+de|l['’]âge\s+de|(?:homme|femme|garçon|fille|enfant|adolescente?|jeune|père|mère|fils|retraitée?|victime|conducteur|conductrice|suspecte?|accusée?|quadragénaire|Belge|Suisse|Français|Française|Québécoise?)\s+de|(?:les|des|aux)\s+(?:moins|plus)\s+de|\d\s+et|,|\(|(?:a|avait|aura|ont|avaient|fête|fêtait|fêtera|atteint)\s+(?:(?:ses|son|tout\s+juste|à\s+peine|déjà|seulement)\s+)?|(?<![\p{L}])à|(?:une?|l['’]|le|la)\s+(?!(?:peine|contrat|mandat|délai|période|durée|absence|programme|plan|bail|sursis|moratoire|trêve|pause|suspension|interdiction|engagement|carrière|règne|exil|attente|retard|garantie|prison|réclusion|détention|emprisonnement|service|séjour|cycle|projet|chantier|accord|budget|exercice|total|maximum|minimum|espace|intervalle|investissement|prêt|emprunt|crédit|horizon|chômage|travaux|guerre|conflit|vie|histoire|existence|union|mariage)(?![\p{L}]))\p{L}{3,}\s+de)\s*$/iu;
/** After a count of years that makes it an age: "(34 ans)", "34 ans, …" in apposition. */
const AGE_AFTER = /^\s*(?:\)|,\s*(?:a|est|était|avait|domicilié|originaire|qui)\b)/iu;

const VAGUE = `(?:quelques|plusieurs|de\\s+nombreux|de\\s+nombreuses|des|nombreux|nombreuses|maints|maintes)`;
const COUNT = `(${NUMBER}|${VAGUE})`;
const unitOf = (w: string): UnitKey => UNITS[keyOf(w)]!;
const count = (w: string): number => (new RegExp(`^${VAGUE}$`, 'iu').test(w.trim()) ? NaN : readNumber(w));
/** "deux ans et demi", "un an et demi". */
const HALF = '(\\s+et\\s+demie?)?';

/**
 * "il y a trois mois", "il y a deux ans", "il y a quelques jours" (a vague past): counted back from
 * the reference date. "il y a" is part of the expression.
 */
export const agoParser = rule(
  re(
    `${B}il\\s+y\\s+a\\s+(?:(?:environ|près\\s+de|plus\\s+de|moins\\s+de)\\s+)?${COUNT}\\s+${UNIT}${HALF}${E}`,
  ),
  (m) => {
    // "il y a deux semaines et demie" is a day, "il y a un an et demi" a month (the resolver's
    // reading of a fraction).
    const n = count(m[1]!) + (m[3] ? 0.5 : 0);
    const unit = unitOf(m[2]!);
    if (Number.isNaN(n)) return { spec: { kind: 'literal', type: 'DATE', value: 'PAST_REF' } };
    const [u, k] = unit === 'decade' ? (['year', n * 10] as const) : ([unit, n] as const);
    return {
      spec: {
        kind: 'relative',
        unit: u,
        offset: -k,
        from: 'reference',
        // "il y a deux semaines" names that ISO week; days, months and years are counted.
        ...(u === 'week' ? {} : { counted: true }),
        ...(u === 'year' && k === 1 ? { comparesPeriod: true } : {}),
      },
    };
  },
);

/** "trois jours plus tard", "deux ans auparavant", "une semaine plus tôt": from the story's day. */
export const laterParser = rule(
  re(
    `${B}${COUNT}\\s+${UNIT}${HALF}\\s+(plus\\s+tard|plus\\s+tôt|auparavant|avant|après|après\\s+coup|auparavant)${E}`,
  ),
  (m, context) => {
    const n = count(m[1]!);
    const unit = unitOf(m[2]!);
    const dir = keyOf(m[4]!);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const sign = /tôt|avant/.test(dir) ? -1 : 1;
    // "deux jours avant le scrutin": counted from an event, only the length is known.
    if (/^(?:avant|après)$/.test(dir) && /^\s+\p{L}/u.test(after)) {
      return {
        length: m[0].length - m[4]!.length - 1,
        spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) },
      };
    }
    if (Number.isNaN(n) || m[3])
      return { spec: { kind: 'literal', type: 'DURATION', value: durationValue(m[3] ? n + 0.5 : n, unit) } };
    const [u, k] = unit === 'decade' ? (['year', n * 10] as const) : ([unit, n] as const);
    return {
      spec: {
        kind: 'relative',
        unit: u,
        offset: sign * k,
        from: 'anchor',
        counted: true,
        ...(u === 'year' && k === 1 && sign < 0
          ? { comparesPeriod: true }
          : { durationWithoutAnchor: durationValue(k, u) }),
      },
    };
  },
);

/** "dans trois jours", "d'ici deux ans": ahead of the reference date in future sentences. */
export const inUnitsParser = rule(re(`${B}(dans|d${AP}ici)\\s+${COUNT}\\s+${UNIT}${E}`), (m) => {
  const n = count(m[2]!);
  const unit = unitOf(m[3]!);
  const offset = m[0].indexOf(m[2]!, m[1]!.length);
  if (Number.isNaN(n))
    return { offset, spec: { kind: 'literal', type: 'DURATION', value: durationValue(n, unit) } };
  return {
    offset,
    spec: {
      kind: 'relative',
      unit,
      offset: n,
      from: 'reference',
      counted: true,
      durationUnlessFuture: durationValue(n, unit),
    },
  };
});

/**
 * Durations: "trois ans", "48 heures", "deux ans et demi", "les trois derniers mois", "des mois",
 * "plusieurs années", "quelques semaines", "ces dernières années".
 */
export const durationParser = rule(
  re(
    `(?<![\\p{L}\\d-])(?:(?=(?:(?:les|ces|des)\\s+)?(?:${NUMBER}\\s+)?(?:derni|prochain|premi)|(?:les|ces)\\s+(?:${NUMBER}\\s+)?\\p{L}+\\s+(?:derni|prochain|écoul|à\\s+venir))(les|ces|des)?\\s*(${NUMBER})?\\s*(?:(derniers|dernières|prochains|prochaines|premiers|premières)\\s+)?(${alternation(Object.keys(UNITS).filter((u) => /s$/.test(u)))})(?:\\s+(derniers|dernières|prochains|prochaines|écoulés|écoulées|à\\s+venir))?|${COUNT}(?:\\s+|-)${UNIT}${HALF})${E}`,
  ),
  (m, context) => {
    const [, det, n1, pre, unit1, post, countWord, unit2, half] = m;
    const before = context.text.slice(Math.max(0, m.index - 12), m.index);
    const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (unit1) {
      const qualified = pre ?? post;
      if (!qualified || (!det && !n1)) return null;
      // "au cours des dix dernières années": the contraction stays out, "ces" is in.
      const offset = det && !/^ces$/i.test(det) ? m[0].indexOf(n1 ?? pre ?? unit1, det.length) : 0;
      // "ces dernières années": recent years, of no stated count.
      const n = n1 ? readNumber(n1) : NaN;
      return { offset, spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unitOf(unit1)) } };
    }
    const unit = unitOf(unit2!);
    let n = count(countWord!);
    // "un jour", "une heure": one occasion ("un jour, il…"; "à une heure du matin") more often
    // than a length, unless a duration word governs it.
    if (
      /^une?$/i.test(countWord!) &&
      (unit === 'day' || unit === 'hour' || unit === 'second') &&
      !/(?:pendant|durant|depuis|en|pour|de|d['’]|plus|moins|environ|près)\s*$/iu.test(before)
    )
      return null;
    if (/^une?$/i.test(countWord!) && /s$/i.test(unit2!)) return null;
    if (/^(?:de|des)$/i.test(countWord!) && !/(?:pendant|durant|depuis|il y a|en|pour)\s*$/iu.test(before))
      return null;
    if (/^\s*(?:plus\s+tard|plus\s+tôt|auparavant)/iu.test(after)) return null;
    // "à 14 heures", "vers 9 heures": a clock time.
    if (unit === 'hour' && /(?:à|vers|dès|jusqu['’]à)\s+$/iu.test(before)) return null;
    if (/\d[\s\u00a0]*$/.test(before)) return null;
    if (unit2 && /^an$/i.test(unit2) && !/^une?$/i.test(countWord!) && !/\d/.test(countWord!)) {
      /* "deux an" is no French; let it read as written. */
    }
    if (unit === 'year' && /^ans$/i.test(unit2!) && isAge(context.text, m.index, m[0].length)) return null;
    if (half) n += 0.5;
    return { spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unit) } };
  },
);

/** Whether "N ans" at `index` is someone's age, which TimeML does not mark. */
function isAge(text: string, index: number, length: number): boolean {
  const before = text
    .slice(Math.max(0, index - 40), index)
    .replace(/(?:environ|près\s+de|plus\s+de|moins\s+de|presque|à\s+peine)\s+$/iu, (w, o: number) =>
      o > 0 ? '' : w,
    );
  if (
    /(?:pendant|durant|depuis|il\s+y\s+a|dans|pour|en|après|avant|de\s+prison|peine\s+de)\s*$/iu.test(before)
  )
    return false;
  if (
    /^\s*(?:de\s+prison|de\s+réclusion|d['’]emprisonnement|de\s+détention|ferme)/iu.test(
      text.slice(index + length, index + length + 20),
    )
  )
    return false;
  return (
    AGE_BEFORE.test(before) ||
    AGE_BEFORE.test(text.slice(Math.max(0, index - 40), index)) ||
    AGE_AFTER.test(text.slice(index + length, index + length + 16))
  );
}

/** A length as the French annotation writes it: decades and centuries in their own units (`P1CE`, `P2DE`). */
export function lengthValue(n: number, unit: UnitKey): string {
  if (!Number.isNaN(n) && (unit === 'century' || unit === 'decade'))
    return `P${Number.isInteger(n) ? n : Math.round(n * 100) / 100}${unit === 'century' ? 'CE' : 'DE'}`;
  return durationValue(n, unit);
}

const APPROX_COUNTS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};

/** "une quarantaine d'années", "une douzaine d'heures": an approximate count (APPROX). */
export const approxCountParser = rule(
  re(`${B}(?:une\\s+)?(${alternation(Object.keys(APPROX_COUNTS))})\\s+(?:d${AP}|de\\s+)${UNIT}${E}`),
  (m) => {
    const n = APPROX_COUNTS[keyOf(m[1]!)]!;
    return {
      spec: { kind: 'literal', type: 'DURATION', value: lengthValue(n, unitOf(m[2]!)), mod: 'APPROX' },
    };
  },
);

/** "depuis des années", "pendant des mois", "des décennies durant": vague lengths. */
export const vagueDurationParser = rule(
  re(
    `${B}(?:pendant|durant|depuis|en)\\s+(des)\\s+(années|mois|semaines|jours|heures|décennies|siècles|lustres)${E}`,
  ),
  (m) => {
    const offset = m[0].indexOf(m[1]!, 3);
    const unit = UNITS[keyOf(m[2]!)] ?? (keyOf(m[2]!) === 'lustres' ? 'year' : 'year');
    return { offset, spec: { kind: 'literal', type: 'DURATION', value: durationValue(NaN, unit) } };
  },
);

const SET_UNITS: Record<string, UnitKey> = {
  jour: 'day',
  jours: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  matin: 'day',
  matins: 'day',
  soir: 'day',
  soirs: 'day',
  heure: 'hour',
  heures: 'hour',
  'week-end': 'weekend',
  'week-ends': 'weekend',
  trimestre: 'quarter',
  trimestres: 'quarter',
};
const ADVERBS: Record<string, string> = {
  quotidiennement: 'P1D',
  'chaque jour': 'P1D',
  'tous les jours': 'P1D',
  hebdomadairement: 'P1W',
  mensuellement: 'P1M',
  annuellement: 'P1Y',
};

/**
 * Sets: "chaque lundi", "tous les lundis", "chaque année", "tous les ans", "tous les deux ans",
 * "chaque été", "quotidiennement", "annuellement", "par an", "deux fois par semaine".
 */
export const setParser = rule(
  re(
    `${B}(?:(chaque|tous\\s+les|toutes\\s+les)\\s+(?:(${NUMBER})\\s+)?(${alternation([...Object.keys(WEEKDAYS).flatMap((w) => [w + 's', w]), ...Object.keys(SET_UNITS), 'étés', 'été', 'hivers', 'hiver', 'printemps', 'automne', 'automnes', ...Object.keys(MONTHS).filter((k) => !k.includes('.'))])})|(quotidiennement|hebdomadairement|mensuellement|annuellement)|(?:(${NUMBER}|une)\\s+fois\\s+)?par\\s+(jour|semaine|mois|an|année))${E}`,
  ),
  (m, context) => {
    const [, , every, noun = '', adverb, , per] = m;
    if (adverb) return { spec: { kind: 'literal', type: 'SET', value: ADVERBS[keyOf(adverb)]! } };
    if (per) {
      // "20 euros par mois" is a price, not a recurrence; "deux fois par semaine" is.
      if (
        !m[5] &&
        !/(?:fois|réunit|réunissent|organis\p{L}+|publi\p{L}+)\s*$/iu.test(
          context.text.slice(Math.max(0, m.index - 20), m.index),
        )
      )
        return null;
      return { spec: { kind: 'literal', type: 'SET', value: durationValue(1, SET_UNITS[keyOf(per)]!) } };
    }
    const key = keyOf(noun).replace(/s$/, '');
    if (key in WEEKDAYS)
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-WXX-${WEEKDAYS[key]}` } };
    if (/^(?:été|hiver|printemp|automne)$/.test(key)) {
      const code = { été: 'SU', hiver: 'WI', printemp: 'SP', automne: 'FA' }[key]!;
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${code}` } };
    }
    if (keyOf(noun) in MONTHS)
      return { spec: { kind: 'literal', type: 'SET', value: `XXXX-${pad(MONTHS[keyOf(noun)]!)}` } };
    const unit = SET_UNITS[keyOf(noun)];
    if (!unit) return null;
    const n = every ? readNumber(every) : 1;
    return { spec: { kind: 'literal', type: 'SET', value: durationValue(Number.isNaN(n) ? 1 : n, unit) } };
  },
);
