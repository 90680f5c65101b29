import type { PartOfDay, TimexSpec } from '../../../spec.js';
import { L, PARTS_OF_DAY, R, SHIFT, SHIFTS, WEEKDAYS, alternation, key } from '../lexicon.js';
import { after, before, deRule } from './de-rule.js';

const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const POD_NOUN = 'morgen|vormittag|mittag|nachmittag|abend|nacht';
const POD_AFTER = `(?:\\s+(?:(früh|morgens|vormittags|mittags|nachmittags|abends|nachts)|(?:am|in\\s+der)\\s+(${POD_NOUN}|früh)))`;

const podOf = (word: string | undefined): PartOfDay | undefined =>
  word ? PARTS_OF_DAY[key(word)] : undefined;

/**
 * Weekdays: "am Montag", "vergangenen Dienstag", "nächsten Freitag", "Montagabend", "Freitag
 * früh", "am Samstagmorgen"; "montags" and "jeden Montag" are sets. A bare weekday follows tense.
 */
export const weekdayParser = deRule(
  new RegExp(
    `${L}(?:(jede[nr]?)\\s+)?(?:${SHIFT}\\s+)?(${WEEKDAY})(${POD_NOUN})?(s)?${R}(${POD_AFTER})?`,
    'iu',
  ),
  (m, context) => {
    const [, every, shiftWord, day = '', podWord, s, podPhrase = '', podAdverb, podNoun] = m;
    const weekday = WEEKDAYS[key(day)]!;
    if (every || (s && !/^des\s+$/i.test(before(context, m, 4))))
      return {
        length: m[0].length - podPhrase.length,
        spec: {
          kind: 'literal',
          type: 'SET',
          value: `XXXX-WXX-${weekday}${podOf(podWord) ? 'T' + podOf(podWord)! : ''}`,
        },
      };
    // "am folgenden Montag" is the first Monday after the day the story is at.
    const following = shiftWord !== undefined && /^folgend/i.test(shiftWord);
    const shift = shiftWord && !following ? SHIFTS[key(shiftWord)] : undefined;
    const pod = podOf(podWord) ?? podOf(podAdverb) ?? podOf(podNoun);
    // "Montag, 3. Mai": the date after it names the day; the weekday joins it there.
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

/** "in der Nacht zum Sonntag": the night before that day. */
export const nightBeforeParser = deRule(
  new RegExp(
    `${L}(?:der\\s+)?nacht\\s+(?:zum|zu|auf(?:\\s+den)?)\\s+(?:${SHIFT}\\s+)?(${WEEKDAY})${R}`,
    'iu',
  ),
  (m) => {
    const shift = m[1] ? SHIFTS[key(m[1])] : undefined;
    const weekday = ((WEEKDAYS[key(m[2] ?? '')]! + 5) % 7) + 1;
    return { spec: { kind: 'weekday', weekday, pod: 'NI', ...(shift !== undefined ? { shift } : {}) } };
  },
);

const DAYS: Record<string, number> = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 };

/**
 * "gestern", "heute Abend", "morgen früh", "vorgestern", "gestern Nachmittag", "heute Nacht",
 * "letzte Nacht". "Morgen" with a capital inside a sentence is the noun, the morning.
 */
export const relativeDayParser = deRule(
  new RegExp(
    `${L}(?:(vorgestern|gestern|heute|morgen|übermorgen)(?:\\s+(${POD_NOUN}|früh|morgens|vormittags|mittags|nachmittags|abends|nachts))?|(letzte|vergangene|heutige)\\s+nacht)${R}`,
    'iu',
  ),
  (m, context) => {
    const [, word, podWord, lastNight] = m;
    if (lastNight) {
      const offset = /^heut/i.test(lastNight) ? 0 : -1;
      return { spec: { kind: 'relative', unit: 'day', offset, pod: 'NI' } };
    }
    const w = key(word ?? '');
    if (word === 'Morgen' && !/(?:^|[.!?:„"]\s*)$/.test(before(context, m, 3))) return null;
    // "von heute auf morgen" is an idiom, not two days.
    if (w === 'morgen' && /auf\s+$/i.test(before(context, m, 5))) return null;
    const pod = podOf(podWord);
    // "morgen Morgen" reads as tomorrow morning; "heute Morgen" as this morning.
    return {
      spec: { kind: 'relative', unit: 'day', offset: DAYS[w]!, ...(pod ? { pod } : {}) },
    };
  },
);

/** A part of day without a day: "am Abend", "in der Nacht", "am frühen Morgen", "in der Früh". */
export const partOfDayParser = deRule(
  new RegExp(
    `${L}(?:(am|gegen|zur)|(?:in|ab|seit|bis\\s+in|bis|bis\\s+zum|nach|vor|während)\\s+((?:der|dem|den|die)\\s+))\\s*(?:(?:frühen|späten)\\s+)?(${POD_NOUN}|früh|mittagszeit|(?:morgen|vormittag|mittag|nachmittag|abend|nacht)stunden)${R}`,
    'iu',
  ),
  (m, context) => {
    const [whole, contraction, article = '', noun = ''] = m;
    const word = key(noun).replace(/stunden$/, '');
    const pod = podOf(word === 'mittagszeit' ? 'mittag' : word);
    if (!pod) return null;
    // "am Abend des 3. Mai": the day follows and takes the part of day.
    if (/^\s+(?:zuvor|davor|vorher)/i.test(after(context, m, 10))) return null;
    // The preposition and its contraction ("am") stay out; the article ("in der Nacht") is in.
    const offset = contraction
      ? contraction.length + 1
      : whole.toLowerCase().lastIndexOf(article.toLowerCase());
    return { offset, spec: { kind: 'part-of-day', pod } };
  },
);

/**
 * Clock times in German style: "um 14 Uhr", "15.40 Uhr", "14:30", "gegen 20 Uhr", "um 8 Uhr
 * abends", "um halb acht", "Viertel nach neun", "um Mitternacht", with "MEZ", "Ortszeit".
 */
export const clockParser = deRule(
  new RegExp(
    `${L}(?:(gegen|um|ab|bis|seit|kurz\\s+(?:vor|nach))\\s+)?(?:([01]?\\d|2[0-4])(?:([.:])([0-5]\\d))?\\s*(uhr)?|(halb|viertel\\s+nach|viertel\\s+vor|dreiviertel)\\s+(\\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)|(mitternacht))(?:\\s+(morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?(?:\\s+(mez|mesz|utc|gmt|ortszeit))?${R}`,
    'iu',
  ),
  (m, context) => {
    const [whole, prep, h, sep, min, uhr, part, partHour, midnight, podWord, zone] = m;
    const p = prep ? key(prep) : '';
    let hour: number;
    let minute = 0;
    if (midnight) [hour, minute] = [24, 0];
    else if (part) {
      const words = [
        'eins',
        'zwei',
        'drei',
        'vier',
        'fünf',
        'sechs',
        'sieben',
        'acht',
        'neun',
        'zehn',
        'elf',
        'zwölf',
      ];
      const base = /^\d/.test(partHour!) ? Number(partHour) : words.indexOf(key(partHour!)) + 1;
      const p = key(part);
      if (p === 'halb') [hour, minute] = [base - 1, 30];
      else if (p === 'viertel nach') [hour, minute] = [base, 15];
      else if (p === 'viertel vor' || p === 'dreiviertel') [hour, minute] = [base - 1, 45];
      else return null;
      // "halb neun" needs its "um" in prose; typed alone it is the time.
      if (!prep && !/^\s*$/.test(context.text.slice(m.index + whole.length))) return null;
    } else {
      hour = Number(h);
      minute = min ? Number(min) : 0;
      // "14.30" is a clock time only after "um" or before "Uhr"; "3" alone is no time at all.
      // "morgen um 5" typed alone: a bare hour that ends the text after "um".
      const typedHour = p === 'um' && !min && /^\s*$/.test(context.text.slice(m.index + whole.length));
      if (!uhr && !(sep === ':' && min) && !(prep && min) && !typedHour) return null;
      if (!uhr && sep === '.' && !/^(?:um|gegen|ab|bis)$/i.test(prep ?? '')) return null;
      if (hour === 24 && minute > 0) return null;
      if (/^\s*(?:uhr\s+)?\d/i.test(after(context, m, 4)) && !uhr) return null;
    }
    const pod = podOf(podWord);
    if (pod && hour < 12 && (pod === 'AF' || pod === 'EV' || (pod === 'NI' && hour >= 7))) hour += 12;
    // The preposition stays outside the expression; "gegen" (about) is a modifier inside it.
    // The preposition stays outside the expression; "gegen" (about) is a modifier, out of it too.
    const offset = p && !p.startsWith('kurz') ? whole.indexOf(' ') + 1 : 0;
    const spec: TimexSpec = {
      kind: 'calendar',
      hour: hour % 25,
      minute,
      ...(zone && /^(?:utc|gmt)$/i.test(zone) ? { zone: 'Z' } : {}),
      ...(p === 'gegen' ? { mod: 'APPROX' as const } : {}),
    };
    return { offset, spec };
  },
);
