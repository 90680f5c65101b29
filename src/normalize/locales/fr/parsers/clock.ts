import { rule } from '../../../spec.js';
import type { PartOfDay } from '../../../spec.js';
import { AP, B, re } from '../lexicon.js';

const POD_AFTER: Record<string, PartOfDay> = { matin: 'MO', soir: 'EV', 'après-midi': 'AF', nuit: 'NI' };

/**
 * Clock times as French writes them: "20 h 30", "20h30", "14 h", "à 9 heures", "18 heures 15",
 * "à 8 heures du matin", "à 15h précises", "à midi", "à minuit". The preposition stays out.
 */
export const clockParser = rule(
  re(
    `${B}(?:(à|vers|dès|depuis|jusqu${AP}à)\\s+)?(?:(\\d{1,2})\\s*(?:h|heures?)(?:\\s*(\\d{2})(?:\\s*(?:min|minutes))?)?(?:\\s+(?:du|de\\s+l${AP})\\s*(matin|soir|après-midi|nuit))?|(midi|minuit)(?:\\s+et\\s+(demie|quart))?)(?![\\p{L}\\d])`,
  ),
  (m, context) => {
    const [, prep, h, min, podWord, word, fraction] = m;
    const before = context.text.slice(Math.max(0, m.index - 6), m.index);
    const offset = prep ? m[0].indexOf(h ?? word!, prep.length) : 0;
    if (word) {
      // "midi" alone is often the region ("le Midi") or lunch; with "à" it is noon.
      if (
        !prep &&
        /^m/.test(word) &&
        !/^\s*$/.test(before) &&
        !/(?:vers|avant|après|dès|hier|demain|hui|di|ce)\s+$/iu.test(
          context.text.slice(Math.max(0, m.index - 12), m.index),
        )
      )
        return null;
      const minute = fraction ? (/demie/i.test(fraction) ? 30 : 15) : 0;
      const hour = /^midi$/i.test(word) ? 12 : minute ? 0 : 24;
      return { offset, spec: { kind: 'calendar', hour, minute } };
    }
    let hour = Number(h);
    const minute = min ? Number(min) : 0;
    if (hour > 24 || minute > 59) return null;
    // "24 heures" without "à" is a length of time ("en 24 heures"), not the clock.
    if (
      !prep &&
      !min &&
      /heure/i.test(m[0]) &&
      !/(?:,|le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain)\s*$/iu.test(before)
    )
      return null;
    const pod = podWord ? POD_AFTER[podWord.toLowerCase()] : undefined;
    if (pod && pod !== 'MO' && hour < 12) hour += 12;
    return {
      offset,
      spec: {
        kind: 'calendar',
        hour,
        minute,
        ...(hour <= 12 && !pod && hour > 0 ? { openMeridiem: true } : {}),
      },
    };
  },
);
