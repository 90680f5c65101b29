import type { TenseException, TenseTables } from './locale.js';
import type { Preference } from './types.js';
import type { Direction } from './resolve-spec.js';

const DEADLINE_REACH = 40;

/** What an expression with no tense marker around it is read as: news reports what happened. */
const UNMARKED: Direction = 'past';

/** Searches at most this far on each side: the clause around an expression, not the paragraph. */
const WINDOW = 120;
/**
 * A marker after the expression counts as this many times farther than one before it: in news the
 * governing verb mostly comes first ("will double its flights by August in markets untouched by…").
 */
const AFTER_WEIGHT = 2;
/**
 * A marker after the expression and past a comma belongs to another clause most of the time
 * ("by Friday, the judge said"; "a meeting on Monday night, would keep spending…"): it counts
 * only when nothing nearer speaks.
 */
const CLAUSE_BREAK = /[,;:()—–]|\s--?\s/;
const CLAUSE_PENALTY = 60;

/**
 * Decides whether an expression that does not carry its own direction ("January", "on Friday")
 * points back or ahead, from the nearest tense marker in its sentence. News reports in the past,
 * so an expression with no marker at all is read as past.
 *
 * @param sentence - the sentence around the expression
 * @param at - offset of the expression in `sentence`
 * @param tables - the language's tense markers
 * @returns the direction, and whether it is certain (forced by `prefer`, or a verb right by the
 *   expression) or only a cue that a far-off reading may override
 */
export function directionAt(
  sentence: string,
  at: number,
  length: number,
  prefer: Preference,
  tables: TenseTables,
): TenseReading {
  if (prefer === 'past' || prefer === 'future' || prefer === 'nearest')
    return { direction: prefer, strong: true };
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(sentence.length, at + length + WINDOW);
  // "On May 24, he possessed a rifle": a framing date's clause follows its comma, verb and all.
  const frames =
    tables.framingBefore?.test(sentence.slice(Math.max(0, at - 40), at)) === true &&
    /^,\s/.test(sentence.slice(at + length));
  let futureWord = '';
  // How far a marker after the expression counts, from the words between them.
  const afterDistance = (gap: string, clausePenalty: number): number =>
    frames && !CLAUSE_BREAK.test(gap.slice(1))
      ? gap.length
      : gap.length * AFTER_WEIGHT +
        (CLAUSE_BREAK.test(gap) || tables.clauseJoin?.test(gap) === true ? clausePenalty : 0);
  const nearest = (kind: TenseException['markers'], clausePenalty = CLAUSE_PENALTY): number => {
    const re = tables[kind];
    let best = Infinity;
    let word = '';
    re.lastIndex = from;
    const slice = sentence.slice(0, to);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (kind === 'past' && tables.notPast?.test(m[0])) continue;
      if (isExcepted(tables, kind, m[0], sentence.slice(Math.max(0, m.index - EXCEPTION_REACH), m.index)))
        continue;
      const end = m.index + m[0].length;
      const distance =
        end <= at
          ? at - end
          : m.index >= at + length
            ? afterDistance(sentence.slice(at + length, m.index), clausePenalty)
            : Infinity;
      if (distance < best) {
        best = distance;
        word = m[0];
      }
      if (m.index > at + length + WINDOW) break;
    }
    if (kind === 'future') futureWord = word;
    return best;
  };
  const nearestFuture = nearest('future');
  const future = Math.min(nearestFuture, nearest('scheduled'));
  const past = nearest('past');
  // A deadline ("by May", "through January") looks ahead unless a past verb stands right by it
  // ("by early March the plan was dead").
  if (tables.postponedTo?.test(sentence.slice(Math.max(0, at - 60), at)))
    return { direction: 'future', strong: false };
  if (
    tables.deadlineBefore?.test(sentence.slice(Math.max(0, at - 12), at)) &&
    nearest('past', 0) > DEADLINE_REACH
  )
    return { direction: 'future', strong: false };
  const present = nearest('present');
  if (future === Infinity && past === Infinity && present === Infinity)
    return { direction: UNMARKED, strong: false, unmarked: true };
  if (present < future && present < past) return { direction: 'nearest', strong: false };
  const closest = Math.min(future, past);
  if (future < past && future === nearestFuture && tables.futureInPast?.test(futureWord))
    return { direction: 'future', strong: closest <= CLOSE_MARKER, inPast: true };
  return { direction: future < past ? 'future' : 'past', strong: closest <= CLOSE_MARKER };
}

/** A tense reading, and whether its marker stands right by the expression ("visited on January 5"). */
export interface TenseReading {
  direction: Direction;
  strong: boolean;
  /** No tense marker at all: the direction is the news default. */
  unmarked?: boolean;
  /** The future seen from a past time ("would sign", "was to meet"): a story reads it forward from its own time. */
  inPast?: boolean;
}

const EXCEPTION_REACH = 28;

function isExcepted(
  tables: TenseTables,
  kind: TenseException['markers'],
  word: string,
  before: string,
): boolean {
  return (tables.exceptions ?? []).some(
    (e) => e.markers === kind && (!e.word || e.word.test(word)) && e.before.test(before),
  );
}

/** Characters between a verb and its date within which the verb's tense is taken as certain. */
const CLOSE_MARKER = 8;
