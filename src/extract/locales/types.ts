import type { TextSpan } from '../types.js';

/**
 * What may follow an abbreviation in the same sentence:
 * - `always`: a name or an example always follows ("Mr.", "Sra.", "z. B.", "им.");
 * - `before-number`: a number follows inside the sentence, anything else starts a new one ("No. 10",
 *   "núm. 5", "в 2020 г.");
 * - `before-time-word`: a day, month, zone or lower-case word follows ("9 a.m. Tuesday");
 * - `unless-new-sentence`: the next piece goes on unless it opens like a new sentence ("U.S.", "etc.").
 */
export type JoinRule = 'always' | 'before-number' | 'before-time-word' | 'unless-new-sentence';

/**
 * A language's sentence repairs, as data: after which abbreviations `Intl.Segmenter` must not end a
 * sentence. Words are lower case without their final period; an abbreviation of several words has
 * them separated by one space and their inner periods kept (`'z. b'`, `'p. ej'`, `'ee.uu'`).
 */
export interface SentenceRules {
  /** Abbreviations by what may follow them. */
  abbreviations: Readonly<Partial<Record<JoinRule, readonly string[]>>>;
  /** Words that typically open a sentence; a capitalized next word not in this set continues a name. */
  starters: ReadonlySet<string>;
  /** What may follow a `before-time-word` abbreviation in the same sentence. */
  timeFollower?: RegExp;
  /**
   * How a number with a period ("am 3. März", "der 1. FC") joins what follows: German writes
   * ordinals so. Words in `ordinalFollowers` (month names) always continue.
   */
  ordinals?: { rule: JoinRule; followers: ReadonlySet<string> };
  /**
   * Whether a single capital letter with a period followed by another ("В. В. Путин") is a chain of
   * initials, even where the letter is also a word that opens sentences (Russian "В").
   */
  initialChains?: boolean;
}

/** A headline function: the sentence, its event date (offsets into the sentence), the longest title. */
export type TitleFunction = (sentence: string, date: TextSpan, maxLength?: number) => string;

/** A language's extraction tables: how sentences are cut and how titles are written. */
export interface ExtractionLocale {
  /** The language subtag, lower case: `en`, `es`, `de`, `fr`, `ru`. */
  language: string;
  sentences: SentenceRules;
  title: TitleFunction;
}
