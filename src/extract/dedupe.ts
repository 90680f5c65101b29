import { runSteps, type Steps } from '../normalize/steps.js';
import { STOPWORDS, SUBJECT_OPENERS } from './lexicon.js';

/** Two sentences of the same date whose word sets overlap this much (Dice coefficient) say the same thing. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** How many earlier events of the same date a new one is compared with (keeps hostile input linear). */
const MAX_COMPARISONS = 200;

/** What the merger needs to know about an event. */
export interface Mergeable {
  /** The date value the event is placed at. */
  dateKey: string;
  sentence: string;
  /** Where in the sentence the date was read: two events of one sentence and one day stay two. */
  at?: number;
}

/** Whitespace- and case-insensitive form of a sentence, for exact duplicates. */
export const sentenceKey = (sentence: string): string => sentence.replace(/\s+/g, ' ').trim().toLowerCase();

function wordSet(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Numbers and names (capitalized words): sentences that differ in these report
 * different facts however similar the rest is ("Russia condemned…" / "Iran condemned…").
 */
function factKey(sentence: string): string {
  const numbers = sentence.match(/\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // The first word is capitalized anyway: a name only when it is not a common opener ("The", "It").
  const names = words.filter(
    (w, i) =>
      /^\p{Lu}/u.test(w) &&
      (i > 0 || !(STOPWORDS.has(w.toLowerCase()) || SUBJECT_OPENERS.has(w.toLowerCase()))),
  );
  return [...new Set([...numbers, ...names])].sort().join(' ');
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Groups duplicate events: the same sentence of the same date anywhere in the text (a photo caption printed twice),
 * or sentences of the same date with nearly the same words and the same numbers and names.
 * Different facts of one date stay apart.
 *
 * @returns for each item, the index of the item it merges into (itself when it is kept)
 * @example
 * duplicateTargets([
 *   { dateKey: '2019-12-30', sentence: 'Troops left on Monday.' },
 *   { dateKey: '2019-12-30', sentence: 'Troops left on Monday.' },
 * ]) // [0, 0]
 */
export function duplicateTargets(items: readonly Mergeable[]): number[] {
  return runSteps(duplicateTargetsSteps(items));
}

/** Items compared between two pauses of {@link duplicateTargetsSteps}. */
const ITEM_STEP = 256;

/** {@link duplicateTargets} cut into steps (see `Steps`), pausing every {@link ITEM_STEP} items. */
export function* duplicateTargetsSteps(items: readonly Mergeable[]): Steps<number[]> {
  const targets: number[] = [];
  const bySentence = new Map<string, number>();
  const byFacts = new Map<string, Array<{ index: number; words: Set<string>; sentence: string }>>();
  for (const [index, item] of items.entries()) {
    if (index % ITEM_STEP === ITEM_STEP - 1) yield index / items.length;
    // Keyed with the date: one sentence may hold two events ("won in 1998 and 2006").
    const key = `${item.dateKey}\n${item.at ?? 0}\n${sentenceKey(item.sentence)}`;
    const same = bySentence.get(key);
    if (same !== undefined) {
      targets.push(same);
      continue;
    }
    const words = wordSet(item.sentence);
    const sentence = sentenceKey(item.sentence);
    const facts = `${item.dateKey}\n${factKey(item.sentence)}`;
    const kept = byFacts.get(facts) ?? [];
    const near = kept
      .slice(-MAX_COMPARISONS)
      // The same sentence read at another date expression is another event of that sentence.
      .find((k) => k.sentence !== sentence && wordSimilarity(k.words, words) >= NEAR_DUPLICATE_SIMILARITY);
    if (near) {
      targets.push(near.index);
      bySentence.set(key, near.index);
      continue;
    }
    targets.push(index);
    bySentence.set(key, index);
    kept.push({ index, words, sentence });
    byFacts.set(facts, kept);
  }
  return targets;
}
