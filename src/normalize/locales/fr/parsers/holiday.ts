import { rule } from '../../../spec.js';
import { B, E, alternation, keyOf, re } from '../lexicon.js';

/** French holiday names, mapped onto the shared holiday table's keys. */
const HOLIDAY_NAMES: Record<string, string> = {
  noël: 'christmas',
  'le jour de noël': 'christmas day',
  'la veille de noël': 'christmas eve',
  'le réveillon de noël': 'christmas eve',
  'le jour de l’an': "new year's day",
  "le jour de l'an": "new year's day",
  'le nouvel an': "new year's day",
  'la saint-sylvestre': "new year's eve",
  'le réveillon du nouvel an': "new year's eve",
  'la saint-valentin': "valentine's day",
  'la saint-patrick': "st. patrick's day",
  pâques: 'easter',
  'le dimanche de pâques': 'easter sunday',
  'le lundi de pâques': 'easter monday',
  'le vendredi saint': 'good friday',
  'la fête du travail': 'may day',
  "l'armistice": 'armistice day',
  'l’armistice': 'armistice day',
  halloween: 'halloween',
  'la fête des mères': "mother's day",
  'la fête des pères': "father's day",
  thanksgiving: 'thanksgiving',
  'le samedi saint': 'holy saturday',
  'le jeudi saint': 'maundy thursday',
  'le dimanche des rameaux': 'palm sunday',
  'les rameaux': 'palm sunday',
  'la semaine sainte': 'holy week',
  'le mardi gras': 'mardi gras',
  'mardi gras': 'mardi gras',
  'le mercredi des cendres': 'ash wednesday',
  "l'ascension": 'ascension day',
  'l’ascension': 'ascension day',
  "le jeudi de l'ascension": 'ascension day',
  'le jeudi de l’ascension': 'ascension day',
  'la pentecôte': 'pentecost',
  pentecôte: 'pentecost',
  'le dimanche de pentecôte': 'pentecost',
  'le lundi de pentecôte': 'whit monday',
  "l'épiphanie": 'epiphany',
  'l’épiphanie': 'epiphany',
  "l'assomption": 'assumption day',
  'l’assomption': 'assumption day',
  'la toussaint': "all saints' day",
  'le jour des morts': "all souls' day",
  'la fête nationale': 'bastille day',
  'la fête-dieu': 'the feast of corpus christi',
  'le noël orthodoxe': 'orthodox christmas',
  'la pâque orthodoxe': 'orthodox easter',
};

/** Names that are common nouns in lower case ("l'ascension du mont Blanc"): they need their capital. */
const CAPITALISED = /^(?:[lL]['’]|[lL](?:a|e|es)\s+)?(?:ascension|assomption|épiphanie|rameaux)/;

/** "Noël", "la veille de Noël", "Pâques 2020", "la Saint-Valentin", "le jour de l'An". */
export const holidayParser = rule(
  re(
    `${B}(?:(à|pour|depuis|avant|après|dès)\\s+)?(${alternation(Object.keys(HOLIDAY_NAMES))})(?:\\s+(1[0-9]\\d\\d|20\\d\\d)|\\s+(dernier|prochain))?${E}`,
  ),
  (m) => {
    const [, prep, name = '', year, shiftWord] = m;
    const key = HOLIDAY_NAMES[keyOf(name)] ?? HOLIDAY_NAMES[name.toLowerCase().replace(/\s+/g, ' ')];
    if (!key) return null;
    // "Noël" and "Pâques" are also first names and brands: they need their capital.
    if (/^[a-z]/.test(name) && !/^(?:la|le|l)\b/i.test(name)) return null;
    if (CAPITALISED.test(name)) return null;
    return {
      offset: prep ? prep.length + 1 : 0,
      spec: {
        kind: 'holiday',
        name: key,
        ...(year ? { year: Number(year) } : {}),
        ...(shiftWord ? { shift: /dernier/i.test(shiftWord) ? (-1 as const) : (1 as const) } : {}),
      },
    };
  },
);
