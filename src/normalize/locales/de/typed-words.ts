import { typedAsWritten, type TypedText } from '../../typed.js';

/**
 * Typed text for `resolve`: "morgen um 17 Uhr" is one moment to someone typing it, while in prose
 * a day and its clock time are two expressions. The joining "um" becomes blanks of the same
 * length, so offsets into the original stay as they are.
 */
export function prepareTyped(input: string): TypedText {
  const text = input.replace(
    /(?<=[\p{L}\d.])(\s+)(um|gegen)(\s+)(?=\d|halb|viertel)/giu,
    (_, a: string, w: string, b: string) => ' '.repeat(a.length + w.length + b.length),
  );
  return { ...typedAsWritten(input), text };
}
