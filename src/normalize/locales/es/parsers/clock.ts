import type { PartOfDay } from '../../../spec.js';
import { HOLIDAYS } from '../../../holidays.js';
import {
  B,
  CAPITALISED_HOLIDAYS,
  E,
  FIXED_HOLIDAYS,
  HOLIDAY_NAMES,
  fold,
  readNumber,
  words,
} from '../lexicon.js';
import { esRule, textAfter, textBefore } from './util.js';

const HOUR_WORDS = words([
  'una',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
]);
const PART = String.raw`(?:\s+(?:de\s+la|por\s+la|en\s+la)\s+(mañana|tarde|noche|madrugada)|\s+(?:del\s+)?(mediodía|mediodia)|\s+([ap])\.?\s?m\.?(?![\p{L}]))`;

/**
 * Clock times as Spanish news writes them: "a las 18.30", "las 18:30 horas", "a las 10 de la
 * mañana", "las cinco de la tarde", "a la una", "14.00 h", "las 9 y media", "21:00 hora local".
 * The preposition "a" stays out of the expression; the article is in.
 */
export const clockParser = esRule(
  new RegExp(
    String.raw`${B}(?:(las?)\s+)?(?:(\d{1,2})(?:([:.h])(\d\d)(?!\d))?|(${HOUR_WORDS}))(?:\s+y\s+(media|cuarto|\d{1,2})|\s+menos\s+(cuarto|\d{1,2}))?(?:\s*(horas|hrs?|h|hs)(?![\p{L}]))?${PART}?(?:\s+(?:\(?(?:hora|horario)\s+(?:local|peninsular|de\s+\p{Lu}\p{L}+))\)?)?(?:\s+(GMT|UTC))?`,
    'iu',
  ),
  (m, context) => {
    const [, article, digits, sep, minutes, word, plus, minus, unit, pod1, noonWord, ap, zone] = m;
    const before = textBefore(context, m, 10);
    if (/[\d.,:/]$/.test(before)) return null;
    if (/^[.,:]\d/.test(textAfter(context, m, 2))) return null;
    const written = Boolean(article) || Boolean(unit && sep) || sep === ':' || Boolean(ap);
    // A bare number is a clock time only with "las"/"la", a colon, or "horas" after "h.mm".
    if (
      !article &&
      !(
        sep === ':' ||
        (sep && unit) ||
        ap ||
        (digits &&
          unit &&
          /^(?:h|horas)$/i.test(unit) &&
          /(?:a\s+las?|desde\s+las?|hasta\s+las?)\s*$/iu.test(before))
      )
    )
      return null;
    if (!written) return null;
    if (article && fold(article) === 'la' && !(word && fold(word) === 'una') && digits !== '1') return null;
    if (article && fold(article) === 'las' && ((word && fold(word) === 'una') || digits === '1')) return null;
    // "las 18.30" is a time, "las 3.000 personas" and "las 20 comunidades" are counts.
    const next = textAfter(context, m, 16);
    if (article && !sep && !unit && !pod1 && !noonWord && !ap && !plus && !minus) {
      // "las diez", "las 10" alone: only after "a"/"desde"/"hasta"/"sobre"/"hacia"/"entre".
      if (!/(?:^|\s)(?:a|desde|hasta|sobre|hacia|entre|y|de|pasadas)\s*$/iu.test(before)) return null;
      // "a las 20 comunidades": a plural noun after the number makes it a count.
      if (/^\s*\p{L}{2,}s(?![\p{L}])/u.test(next) && !/^\s*(?:horas|hrs|hs)\b/iu.test(next)) return null;
    }
    let hour = digits !== undefined ? Number(digits) : readNumber(word!);
    let minute = minutes !== undefined ? Number(minutes) : 0;
    if (sep === '.' && minutes === undefined) return null;
    if (plus) minute = /media/i.test(plus) ? 30 : /cuarto/i.test(plus) ? 15 : Number(plus);
    if (minus) {
      minute = 60 - (/cuarto/i.test(minus) ? 15 : Number(minus));
      hour -= 1;
    }
    if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60)) return null;
    const part = pod1 ? fold(pod1) : noonWord ? 'mediodia' : undefined;
    const pm = ap
      ? ap.toLowerCase() === 'p'
      : part === 'tarde' || (part === 'noche' && hour >= 6) || (part === 'mediodia' && hour < 5);
    if (pm && hour < 12) hour += 12;
    if ((ap?.toLowerCase() === 'a' || part === 'madrugada' || part === 'mañana') && hour === 12) hour = 0;
    const openMeridiem =
      hour >= 1 && hour <= 12 && !part && !ap && !(digits && digits.length === 2 && digits.startsWith('0'));
    return {
      spec: {
        kind: 'calendar',
        hour,
        minute,
        ...(openMeridiem ? { openMeridiem } : {}),
        ...(zone ? { zone: 'Z' } : {}),
      },
    };
  },
);

const POD_WORDS: Record<string, PartOfDay> = {
  mañana: 'MO',
  tarde: 'AF',
  noche: 'NI',
  madrugada: 'NI',
  mediodia: 'MI',
  amanecer: 'MO',
  anochecer: 'EV',
  atardecer: 'EV',
  'primera hora': 'MO',
};

/**
 * A part of day without a day: "por la mañana", "la noche", "de madrugada", "al amanecer",
 * "la tarde del jueves" (joined to its day by combine), "a primera hora".
 */
export const partOfDayParser = esRule(
  /(?<![\p{L}\d])(?:(?:por|en|durante|a|hasta|de)\s+)?(?:(la|esa)\s+)?(mañana|tarde|noche|madrugada|primera\s+hora)(?![\p{L}\d])|(?:al|del)\s+(amanecer|anochecer|atardecer|mediodía|mediodia)(?![\p{L}\d])/iu,
  (m, context) => {
    const [whole, article, noun, dawn] = m;
    const after = textAfter(context, m, 14);
    if (dawn) {
      const word = fold(dawn);
      return { offset: whole.length - dawn.length, spec: { kind: 'part-of-day', pod: POD_WORDS[word]! } };
    }
    const word = fold(noun!).replace(/\s+/g, ' ');
    const prep = whole.slice(0, whole.length - (article ? article.length + 1 : 0) - noun!.length).trim();
    // "mañana" with no article is tomorrow (deictic rule); "de noche" and "de madrugada" are parts of day.
    if (!article && word === 'mañana') return null;
    if (!article && !/^(?:de|a)$/i.test(prep) && word !== 'madrugada') return null;
    if (!article && prep.toLowerCase() === 'a' && word !== 'primera hora') return null;
    if (
      word === 'primera hora' &&
      !/^\s+(?:de\s+la\s+(?:mañana|tarde)|del\s+día)/iu.test(after) &&
      !article
    ) {
      return { offset: whole.length - noun!.length, spec: { kind: 'part-of-day', pod: 'MO' } };
    }
    // "la tarde del jueves" stays whole: combine joins the day; "la noche electoral" is the night too.
    if (/^\s+(?:anterior|siguiente|previa)/iu.test(after)) return null;
    const offset = article ? whole.length - article.length - 1 - noun!.length : whole.length - noun!.length;
    return { offset, spec: { kind: 'part-of-day', pod: POD_WORDS[word]! } };
  },
);

/** "mediodía" (`TMI`) and "medianoche" (24:00) on their own. */
export const clockWordParser = esRule(
  /(?<![\p{L}\d])(?:(?:a|al|hacia|sobre|la)\s+)?(medianoche|mediodía|mediodia)(?![\p{L}\d])/iu,
  (m) => {
    const word = fold(m[1]!);
    const offset = /^la\s/i.test(m[0]) ? 0 : m[0].length - m[1]!.length;
    if (word === 'mediodia') return { offset, spec: { kind: 'part-of-day', pod: 'MI' } };
    return { offset, spec: { kind: 'calendar', hour: 24, minute: 0 } };
  },
);

const HOLIDAY = words([...Object.keys(HOLIDAY_NAMES), ...Object.keys(FIXED_HOLIDAYS)]);

/** Holidays: "Navidad", "la Nochebuena", "el próximo Año Nuevo", "Semana Santa de 2019". */
export const holidayParser = esRule(
  new RegExp(
    String.raw`${B}(?:(?:el|la|esta|este|las)\s+)?(?:(próxim[ao]|proxim[ao]|pasad[ao])\s+)?(${HOLIDAY})${E}(?:\s+(?:de[l]?\s+)?(1[0-9]\d\d|20\d\d)(?!\d))?`,
    'iu',
  ),
  (m, context) => {
    const [, shiftWord, raw = '', year] = m;
    const name = fold(raw);
    const key = HOLIDAY_NAMES[name];
    const fixed = FIXED_HOLIDAYS[name];
    if (!fixed && (!key || !(key in HOLIDAYS))) return null;
    if (CAPITALISED_HOLIDAYS.has(name) && !/^\p{Lu}/u.test(raw)) return null;
    // Names are capitalised ("Navidad", "Nochevieja"); "navidad" in lower case is rarer but allowed.
    const after = textAfter(context, m, 12);
    if (/^\s+(?:de\s+(?:\p{Lu})|Street|Park)/u.test(after) && !year) return null;
    const shift = shiftWord ? (/pasad/i.test(shiftWord) ? -1 : 1) : undefined;
    const offset = /^(?:el|la|las)\s/i.test(m[0]) && !shiftWord ? m[0].indexOf(' ') + 1 : 0;
    return {
      offset,
      spec: fixed
        ? {
            kind: 'calendar',
            month: fixed[0],
            day: fixed[1],
            ...(year ? { year: Number(year) } : {}),
            ...(shift !== undefined ? { shift } : {}),
          }
        : {
            kind: 'holiday',
            name: key!,
            ...(year ? { year: Number(year) } : {}),
            ...(shift !== undefined ? { shift } : {}),
          },
    };
  },
);
