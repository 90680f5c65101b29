import type { TypedText } from '../../typed.js';

/** Shorthand people type: weekday abbreviations ("Mo", "Fr."), "nä." for "nächste", "Wo" for "Woche". */
const TYPED_WORDS: Record<string, string> = {
  mo: 'Montag',
  di: 'Dienstag',
  mi: 'Mittwoch',
  do: 'Donnerstag',
  fr: 'Freitag',
  sa: 'Samstag',
  so: 'Sonntag',
  wo: 'Woche',
  nä: 'nächste',
  nächst: 'nächste',
  std: 'Stunden',
  min: 'Minuten',
  mon: 'Monate',
  tg: 'Tage',
};

const WORD =
  /(?<![\p{L}\d])(\p{L}+)\.?(?![\p{L}\d])|(?<=[\p{L}\d.])\s+(?:um|gegen)\s+(?=\d|halb|viertel|mitternacht)/giu;

/**
 * Typed text for `resolve`: shorthand becomes the words it stands for, and "morgen um 17 Uhr" —
 * one moment to someone typing it, while prose marks a day and its clock time as two expressions
 * — loses its joining "um" (blanks), so the two join.
 */
export function prepareTyped(input: string): TypedText {
  let text = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  let at = 0;
  const emit = (s: string, from: number, to: number): void => {
    for (let i = 0; i < s.length; i++) {
      text += s.charAt(i);
      startOf.push(from);
      endOf.push(to);
    }
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(input); m; m = WORD.exec(input)) {
    const word = m[1];
    const replacement = word === undefined ? ' '.repeat(m[0].length) : TYPED_WORDS[word.toLowerCase()];
    if (replacement === undefined) continue;
    for (; at < m.index; at++) emit(input.charAt(at), at, at + 1);
    emit(replacement, m.index, m.index + m[0].length);
    at = m.index + m[0].length;
  }
  for (; at < input.length; at++) emit(input.charAt(at), at, at + 1);
  startOf.push(input.length);
  return { text, startOf, endOf };
}
