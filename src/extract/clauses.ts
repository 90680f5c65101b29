import { RELATIVE_PRONOUNS, SUBORDINATORS } from './lexicon.js';
import type { TextSpan } from './types.js';

/** Punctuation that separates clauses and phrases; commas inside numbers ("5,000") do not. */
const SEPARATOR = /[,;:](?=\s|$|["”’])|\s[—–-]{1,2}\s|[—–()[\]]/g;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const FIRST_WORD = /\p{L}+(?:['’]\p{L}+)*/u;

/** A comma/semicolon/dash/parenthesis-delimited piece of a sentence (offsets relative to the sentence). */
export interface Clause extends TextSpan {
  /** Lower-case first word. */
  firstWord: string;
  /** Inside parentheses, brackets or a pair of dashes. */
  bracketed: boolean;
}

/**
 * Splits a sentence at commas, semicolons, colons, dashes and parentheses.
 *
 * @example
 * clausesOf('After the attack, troops left.').map((c) => c.firstWord) // ['after', 'troops']
 */
export function clausesOf(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let depth = 0;
  let inDashes = false;
  for (const m of sentence.matchAll(SEPARATOR)) {
    clauses.push(clause(sentence, start, m.index, depth > 0 || inDashes));
    const mark = m[0].trim();
    if (mark === '(' || mark === '[') depth++;
    else if ((mark === ')' || mark === ']') && depth > 0) depth--;
    else if (/^[—–-]/.test(mark)) inDashes = !inDashes;
    start = m.index + m[0].length;
  }
  clauses.push(clause(sentence, start, sentence.length, depth > 0 || inDashes));
  return clauses;
}

function clause(sentence: string, start: number, end: number, bracketed: boolean): Clause {
  const firstWord = FIRST_WORD.exec(sentence.slice(start, end))?.[0].toLowerCase() ?? '';
  return { start, end, firstWord, bracketed };
}

/** The lower-case words of `text` with their offsets. */
export function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Whether a clause opens with a subordinator ("after …", "which …"), so it closes at its end. */
export function opensSubordinate(clause: Clause): boolean {
  return SUBORDINATORS.has(clause.firstWord);
}

/**
 * Whether a clause is an aside inside the sentence: in parentheses or dashes, or a relative or
 * participle phrase after a comma (", which said …", ", elected in 2016,").
 */
export function isParenthetical(clause: Clause, index: number): boolean {
  if (clause.bracketed) return true;
  if (index === 0) return false;
  return RELATIVE_PRONOUNS.has(clause.firstWord) || /^\p{L}{3,}ed$/u.test(clause.firstWord);
}

/** A subject that is a name: "Muguruza", "Judge Amy Berman Jackson", "The company". */
const NAME_SUBJECT = /^\s*(?:The\s+\p{Ll}+|(?:\p{Lu}[\p{L}.'-]*\s*){1,4})$/u;

/**
 * Whether a clause is an appositive right after the sentence's subject: "Muguruza, winner of the
 * 2016 French Open, capped a 2021 campaign" — it describes the subject; the verb comes after it.
 */
export function isAppositive(sentence: string, clauses: readonly Clause[], index: number): boolean {
  if (index !== 1 || clauses.length < 3 || clauses[1]!.bracketed) return false;
  const subject = sentence.slice(clauses[0]!.start, clauses[0]!.end);
  const after = sentence.slice(clauses[2]!.start, clauses[2]!.end).trimStart();
  const first = clauses[1]!.firstWord;
  // "The agreement, hammered out on Monday night, takes effect": a participle phrase, not a noun.
  if (RELATIVE_PRONOUNS.has(first) || /^\p{L}{3,}(?:ed|ing)$/u.test(first) || /^\d/.test(first)) return false;
  return NAME_SUBJECT.test(subject) && /^\p{Ll}/u.test(after) && !opensSubordinate(clauses[1]!);
}

/**
 * Whether a clause is an aside of its sentence: parenthetical, or an appositive. The clause after an
 * appositive holds the main verb, even one that looks like a participle ("…titles, capped a 2021
 * campaign").
 */
export function isAside(sentence: string, clauses: readonly Clause[], index: number): boolean {
  if (isAppositive(sentence, clauses, index)) return true;
  if (index === 2 && !clauses[2]!.bracketed && isAppositive(sentence, clauses, 1)) return false;
  return isParenthetical(clauses[index]!, index);
}
