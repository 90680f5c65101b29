import { isWholeText, rule } from '../../../spec.js';
import type { PartOfDay, TimexSpec } from '../../../spec.js';
import { AP, B, E, PARTS_OF_DAY, alternation, keyOf, re } from '../lexicon.js';

/** Words for the present, the past or the future as a whole (TIMEX3 *_REF values). */
const REFERENCES: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  maintenant: 'PRESENT_REF',
  actuellement: 'PRESENT_REF',
  'à présent': 'PRESENT_REF',
  'à l’heure actuelle': 'PRESENT_REF',
  "à l'heure actuelle": 'PRESENT_REF',
  "à l'heure qu'il est": 'PRESENT_REF',
  'en ce moment': 'PRESENT_REF',
  'pour le moment': 'PRESENT_REF',
  'pour l’instant': 'PRESENT_REF',
  "pour l'instant": 'PRESENT_REF',
  "jusqu'à présent": 'PRESENT_REF',
  'jusqu’à présent': 'PRESENT_REF',
  "jusqu'ici": 'PRESENT_REF',
  'jusqu’ici': 'PRESENT_REF',
  'de nos jours': 'PRESENT_REF',
  'aujourd’hui encore': 'PRESENT_REF',
  "aujourd'hui encore": 'PRESENT_REF',
  désormais: 'PRESENT_REF',
  dorénavant: 'FUTURE_REF',
  présentement: 'PRESENT_REF',
  récemment: 'PAST_REF',
  dernièrement: 'PAST_REF',
  autrefois: 'PAST_REF',
  jadis: 'PAST_REF',
  naguère: 'PAST_REF',
  'par le passé': 'PAST_REF',
  'dans le passé': 'PAST_REF',
  'à l’avenir': 'FUTURE_REF',
  "à l'avenir": 'FUTURE_REF',
  "dans l'avenir": 'FUTURE_REF',
  'dans l’avenir': 'FUTURE_REF',
  prochainement: 'FUTURE_REF',
  bientôt: 'FUTURE_REF',
  'sous peu': 'FUTURE_REF',
};

/** `maintenant`, `actuellement`, `récemment`, `à l'avenir`… */
export const referenceWordParser = rule(
  re(`${B}(${alternation(Object.keys(REFERENCES))})${E}`),
  (m, context) => {
    const word = keyOf(m[1]!);
    const value = REFERENCES[word] ?? REFERENCES[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
    if (!value) return null;
    // "bientôt" is too loose to mark in running prose; alone it is the future.
    if (word === 'bientôt' && !isWholeText(context, m.index, m[0].length)) return null;
    return { spec: { kind: 'literal', type: 'DATE', value } };
  },
);

/** Days named from the reference date. */
const DAYS: Record<string, number> = {
  "aujourd'hui": 0,
  hier: -1,
  demain: 1,
  'avant-hier': -2,
  'avant hier': -2,
  'après-demain': 2,
  'après demain': 2,
};

/** Days named from the day the story is at. */
const ANCHORED_DAYS: Record<string, number> = {
  'la veille': -1,
  "l'avant-veille": -2,
  'le lendemain': 1,
  'le surlendemain': 2,
  'le jour même': 0,
  'ce jour-là': 0,
  'le même jour': 0,
};

const POD = alternation([
  'matin',
  'après-midi',
  'soir',
  'dans la nuit',
  'en fin de journée',
  'en début de soirée',
  'en soirée',
  'en matinée',
  'dans la matinée',
  'dans la soirée',
  'dans l’après-midi',
  "dans l'après-midi",
]);
const podOf = (word: string | undefined): PartOfDay | undefined => {
  if (!word) return undefined;
  const k = keyOf(word);
  if (/fin de journée/.test(k)) return 'EV';
  return PARTS_OF_DAY[k] ?? PARTS_OF_DAY[k.replace(/^(?:en|dans la|dans l')\s*/, '')];
};

/**
 * `aujourd'hui`, `hier`, `demain`, `avant-hier`, `après-demain`, with a part of day ("hier soir",
 * "demain matin"); `ce matin`, `cet après-midi`, `ce soir`, `cette nuit`, `la nuit dernière`;
 * `la veille`, `le lendemain` (from the day of the story).
 */
export const relativeDayParser = rule(
  re(
    `(?<![\\p{L}\\d-])(?:(aujourd${AP}hui|hier|demain|avant[- ]hier|après[- ]demain)(?:\\s+(${POD}))?|(ce\\s+matin|cet\\s+après-midi|ce\\s+soir|cette\\s+nuit|cette\\s+matinée|cette\\s+soirée)(-là)?|(la\\s+nuit\\s+dernière|la\\s+nuit\\s+précédente)|(la\\s+veille|l${AP}avant-veille|le\\s+lendemain|le\\s+surlendemain|le\\s+jour\\s+même|ce\\s+jour-là|le\\s+même\\s+jour)(?:\\s+(au\\s+soir|au\\s+matin|soir|matin))?)${E}`,
  ),
  (m, context) => {
    const [, day, pod, thisPod, there, lastNight, anchored, anchoredPod] = m;
    if (day) {
      const offset = DAYS[keyOf(day).replace(/’/g, "'")] ?? DAYS[keyOf(day).replace(' ', '-')]!;
      const p = podOf(pod);
      // "qu'aujourd'hui", "d'aujourd'hui", "sont aujourd'hui reprises": the present age, not the day.
      if (offset === 0 && !p && isNowadays(context.text, m.index, m[0].length))
        return { spec: { kind: 'literal', type: 'DATE', value: 'PRESENT_REF' } };
      const spec: TimexSpec = p
        ? { kind: 'relative', unit: 'day', offset, pod: p }
        : { kind: 'relative', unit: 'day', offset };
      return { spec };
    }
    if (thisPod) {
      const word = keyOf(thisPod).split(' ')[1]!;
      const p = PARTS_OF_DAY[word]!;
      // "ce soir-là": the evening of the day the story is at.
      if (there) return { spec: { kind: 'relative', unit: 'day', offset: 0, pod: p, from: 'anchor' } };
      return { spec: { kind: 'relative', unit: 'day', offset: 0, pod: p } };
    }
    if (lastNight) {
      if (/précédente/i.test(lastNight))
        return { spec: { kind: 'relative', unit: 'day', offset: -1, from: 'anchor', pod: 'NI' } };
      return { spec: { kind: 'relative', unit: 'day', offset: -1, pod: 'NI' } };
    }
    const offset = ANCHORED_DAYS[keyOf(anchored!)]!;
    const p = anchoredPod ? podOf(anchoredPod.replace(/^au\s+/i, '')) : undefined;
    return { spec: { kind: 'relative', unit: 'day', offset, from: 'anchor', ...(p ? { pod: p } : {}) } };
  },
);

/** "aussi forte qu'aujourd'hui", "la France d'aujourd'hui", "sont aujourd'hui reprises". */
function isNowadays(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  const after = text.slice(index + length, index + length + 24);
  if (/(?:qu|d)['’]$/iu.test(before)) return true;
  return (
    /(?<![\p{L}])(?:est|sont|sera|seront|était|étaient)\s+$/iu.test(before) &&
    /^\s+\p{L}{3,}(?:é|ée|és|ées|ise|ises|ue|ues|us)(?![\p{L}])/iu.test(after)
  );
}
