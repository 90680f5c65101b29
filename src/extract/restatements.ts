import type { Draft } from './assemble-events.js';
import { wordsOf } from './clauses.js';
import {
  DETERMINERS,
  MONTH_NAMES,
  PAST_FORMS,
  REPORTING_VERBS,
  STOPWORDS,
  WEEKDAY_NAMES,
} from './lexicon.js';

/** Words that open a definite noun phrase the date may post-modify ("The incident Friday"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
]);
/** A preposition of time before the noun phrase ("after Friday's vote", "before the Monday meeting"). */
const TEMPORAL_BEFORE =
  /\b(?:after|before|following|since|until|ahead\s+of|prior\s+to)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?$/i;
/** Words that never head a noun phrase: verbs of telling and the like. */
const NOT_A_NOUN = /^(?:\p{Ll}+ed|says|tells|reports|announces|adds|notes)$/u;

/**
 * Whether a date sits inside a noun phrase naming an event rather than saying when the clause's verb
 * happened: "led to the Friday afternoon shooting", "said during a Sunday news conference" (a
 * determiner, the date, then a noun), "Friday's shooting" (a possessive day), or "The incident Friday
 * resulted in…", "The Dow's drop Monday was…" (the sentence opens with a definite noun phrase the
 * date closes, and a verb follows). Offsets are the date's within the sentence.
 *
 * @example
 * inDatedNounPhrase('It led to the Friday afternoon shooting.', 14, 29) // true
 * inDatedNounPhrase('The mayor resigned Friday.', 19, 25) // false
 */
export function inDatedNounPhrase(sentence: string, at: number, end: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(end);
  // "a statement after Friday's vote": the clause's own event follows the named one; it is no retelling.
  if (TEMPORAL_BEFORE.test(before)) return false;
  if (/['’]s$/.test(sentence.slice(at, end)) || /^['’]s\b/.test(after)) return true;
  if (/\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(before)) {
    // The first word after the date (past a part of day) must be a noun: no function word, no
    // punctuation ("on the Friday, he…" is a date, not a modifier).
    const rest = after.replace(/^\s+(?:(?:morning|afternoon|evening|night)\s+)?/i, '');
    if (rest.length === after.length) return false;
    const next = /^\p{L}+/u.exec(rest)?.[0]?.toLowerCase();
    return next !== undefined && !STOPWORDS.has(next) && !PAST_FORMS.has(next) && !REPORTING_VERBS.has(next);
  }
  // "The incident Friday resulted…": nothing before the date but a definite noun phrase.
  const words = wordsOf(before);
  if (words.length < 2 || words.length > 5 || !/^[\s"“]*$/.test(before.slice(0, words[0]!.start)))
    return false;
  if (!NOUN_PHRASE_OPENERS.has(words[0]!.word)) return false;
  if (!/^[\p{L}'’\s-]*$/u.test(before.slice(words[0]!.start))) return false;
  return words
    .slice(1)
    .every(
      (w) =>
        !DETERMINERS.has(w.word) &&
        !STOPWORDS.has(w.word) &&
        !PAST_FORMS.has(w.word) &&
        !REPORTING_VERBS.has(w.word) &&
        !NOT_A_NOUN.test(w.word) &&
        !/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might)$/.test(w.word),
    );
}

/** The calendar day of a draft's date, when it has one. */
const dayOf = (d: Draft): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(d.event.date.value)?.[0];

/** Events of one day a restatement is compared with (keeps hostile input linear). */
const MAX_SAME_DAY = 20;

/**
 * "A gunman opened fire Friday…" then "The incident Friday resulted in…", "led to the Friday
 * afternoon shooting", "said during a Sunday news conference" after the Sunday announcement: a
 * sentence whose date only names an event in a noun phrase (see {@link inDatedNounPhrase}, and the
 * `dated-noun` events: "the attacks of the previous evening") tells again an event already on the
 * timeline that day; it becomes a source of the first event of that day told in another sentence
 * (an earlier one, else a later one that is no retelling itself). With no other event of the day
 * it stays an event.
 */
export function restatedEvents(drafts: readonly Draft[], targets: number[]): void {
  const byDay = new Map<string, number[]>();
  const restates: boolean[] = drafts.map((d, i) => {
    const day = dayOf(d);
    if (d.caption || targets[i] !== i || day === undefined) return false;
    const list = byDay.get(day) ?? [];
    if (list.length < MAX_SAME_DAY) list.push(i);
    byDay.set(day, list);
    const { sentence, expression } = d.event.source;
    return (
      d.event.why.rule === 'dated-noun' ||
      inDatedNounPhrase(d.event.sentence, expression.start - sentence.start, expression.end - sentence.start)
    );
  });
  drafts.forEach((d, i) => {
    if (!restates[i]) return;
    const start = d.event.source.sentence.start;
    const other = (j: number): boolean =>
      targets[j] === j && drafts[j]!.event.source.sentence.start !== start;
    const list = byDay.get(dayOf(d)!) ?? [];
    const target = list.find((j) => j < i && other(j)) ?? list.find((j) => j > i && !restates[j] && other(j));
    if (target !== undefined) targets[i] = target;
  });
}

/** A death told in a sentence ("died", "passed away", "has died"). */
const DEATH = /\b(?:died|dies|passed\s+away|has\s+passed)\b/i;
/** A telling before the death: "announced Sunday that her husband had passed away". */
const TELLING = /\b(?:announced|announces|said|says|told|reported|confirmed|stated)\b/i;

/** The capitalized words of a sentence that are no function words: the names it mentions. */
function namesOf(sentence: string): Set<string> {
  const names = new Set<string>();
  for (const m of sentence.matchAll(/(?<=^|[\s(“"])\p{Lu}\p{Ll}{2,}/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    // Days and months name no one.
    if (WEEKDAY_NAMES.includes(lower) || MONTH_NAMES.some((month) => month.startsWith(lower))) continue;
    if (STOPWORDS.has(lower) || DETERMINERS.has(lower)) continue;
    names.add(word);
  }
  return names;
}

/**
 * "Bob Dole died early Sunday morning…" and, further down, "…Robert Joseph Dole died early this
 * morning in his sleep": one person's death told twice on one day is one event. The later telling
 * becomes a source of the first; deaths of other people that day (no name in common) stay events.
 */
export function deathsToldAgain(drafts: readonly Draft[], targets: number[]): void {
  const first = new Map<string, Array<{ index: number; names: Set<string> }>>();
  drafts.forEach((d, i) => {
    const day = dayOf(d);
    const death = DEATH.exec(d.event.sentence);
    if (d.caption || targets[i] !== i || day === undefined || !death) return;
    // "announced Sunday that her husband had passed away": the announcement is news of its own.
    if (TELLING.test(d.event.sentence.slice(0, death.index))) return;
    // '"… has passed away," wrote Sagal on Twitter Tuesday': the date is the quoted telling's.
    const at = d.event.source.expression.start - d.event.source.sentence.start;
    if (at > death.index && /["”]/.test(d.event.sentence.slice(death.index, at))) return;
    const names = namesOf(d.event.sentence);
    const earlier = first.get(day) ?? [];
    const same = earlier.find(
      (e) =>
        drafts[e.index]!.event.source.sentence.start !== d.event.source.sentence.start &&
        [...names].some((n) => e.names.has(n)),
    );
    if (same) targets[i] = same.index;
    else if (earlier.length < MAX_SAME_DAY) first.set(day, [...earlier, { index: i, names }]);
  });
}
