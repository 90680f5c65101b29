import type { Preference } from './types.js';
import type { Direction } from './resolve-spec.js';

const FUTURE =
  /\b(?:will|won['’]t|shall|['’]ll|going\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|(?:scheduled|planned|slated|set)\s+for|supposed\s+to|scheduled|expected\s+to|expects?\s+to|is\s+to|are\s+to|was\s+to|were\s+to|set\s+to|due\s+to|upcoming|ahead\s+of|would|to\s+be\s+held|as\s+(?:soon|early|late)\s+as|(?:agree|decide|vote|pledge|promise|vow|offer|hope|aim|seek|want|threaten|prepare|propose)(?:s|d|ed)?\s+to|sought\s+to|plann(?:ed|ing)|expects?|predicts?|anticipates?|(?:agreement|deal|bid|plan|proposal|decision)\s+to|(?:urge|ask|order|advise|warn)(?:s|d|ed)?\s+\w+\s+to|next\s+(?!to\b)[a-z]+)\b/gi;
/** Past-tense verbs and past markers; words of FUTURE ("scheduled") are taken out below. */
const PAST =
  /\b(?:was|were|had|did|said|told|went|came|took|made|met|left|began|gave|saw|won|lost|sent|held|fell|rose|led|struck|sold|bought|paid|brought|fought|spoke|wrote|became|ago|last|since|earlier|previously|used\s+to|[a-z]{2,}[^e\s]ed)\b/gi;
const PARTICIPLE_AFTER =
  /\b(?:be|been|being|to|will|would|is|are|am|remain|remains|remained|stay|stays|stayed|become|becomes|get|gets|seem|seems)\s+(?:(?:\w+ly|already|also|still|now|not|just)\s+){0,2}$/i;
const DEADLINE_REACH = 40;
/** "extended to Nov. 20", "postponed its vote until March": a new date set ahead of the move. */
const POSTPONED_TO =
  /\b(?:extend|postpone|delay|defer|adjourn|reschedul|push(?:ed)?\s+back|put\s+off)\w*\b[^.;:]{0,40}?\b(?:to|until|till)\s+(?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?$/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|through)\s+(?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?$/i;

/** Present tense: the expression may point either way, so the nearest reading wins. */
const PRESENT = /\b(?:is|are|am|has|have|says|remains|remain|payable|expires?|ends?|begins?|starts?)\b/gi;
/**
 * The present of a scheduled event ("Early voting begins Monday", "The leaders meet Friday"):
 * news writes what is planned this way, so it looks ahead.
 */
const SCHEDULED =
  /\b(?:begins|starts|opens|resumes|expires|arrives|departs|meets|meet|visits|takes\s+effect|kicks?\s+off|must|should|might|due\s+(?:on|by|in|at|for|out))\b/gi;
const NOT_PAST =
  /^(?:(?:scheduled|planned|slated|set)\s+for|supposed\s+to|scheduled|expected|planned|intended|proposed|needed|united|red|bed|hundred|based|related|limited|indeed)$/i;

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
const CLAUSE_BREAK = /[,;:()]/;
const CLAUSE_PENALTY = 60;

/**
 * Decides whether an expression that does not carry its own direction ("January", "on Friday")
 * points back or ahead, from the nearest tense marker in its sentence. News reports in the past,
 * so an expression with no marker at all is read as past.
 *
 * @param sentence - the sentence around the expression
 * @param at - offset of the expression in `sentence`
 * @returns the direction, and whether it is certain (forced by `prefer`, or a verb right by the
 *   expression) or only a cue that a far-off reading may override
 */
export function directionAt(sentence: string, at: number, length: number, prefer: Preference): TenseReading {
  if (prefer === 'past' || prefer === 'future' || prefer === 'nearest')
    return { direction: prefer, strong: true };
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(sentence.length, at + length + WINDOW);
  const nearest = (re: RegExp, clausePenalty = CLAUSE_PENALTY): number => {
    let best = Infinity;
    re.lastIndex = from;
    const slice = sentence.slice(0, to);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (re === PAST && NOT_PAST.test(m[0])) continue;
      if (isExcepted(re, m[0], sentence.slice(Math.max(0, m.index - EXCEPTION_REACH), m.index))) continue;
      const end = m.index + m[0].length;
      const distance =
        end <= at
          ? at - end
          : m.index >= at + length
            ? (m.index - (at + length)) * AFTER_WEIGHT +
              (CLAUSE_BREAK.test(sentence.slice(at + length, m.index)) ? clausePenalty : 0)
            : Infinity;
      if (distance < best) best = distance;
      if (m.index > at + length + WINDOW) break;
    }
    return best;
  };
  const future = Math.min(nearest(FUTURE), nearest(SCHEDULED));
  const past = nearest(PAST);
  // A deadline ("by May", "through January") looks ahead unless a past verb stands right by it
  // ("by early March the plan was dead").
  if (POSTPONED_TO.test(sentence.slice(Math.max(0, at - 60), at)))
    return { direction: 'future', strong: false };
  if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, at - 12), at)) && nearest(PAST, 0) > DEADLINE_REACH)
    return { direction: 'future', strong: false };
  const present = nearest(PRESENT);
  if (future === Infinity && past === Infinity && present === Infinity)
    return { direction: UNMARKED, strong: false, unmarked: true };
  if (present < future && present < past) return { direction: 'nearest', strong: false };
  const closest = Math.min(future, past);
  return { direction: future < past ? 'future' : 'past', strong: closest <= CLOSE_MARKER };
}

/** A tense reading, and whether its marker stands right by the expression ("visited on January 5"). */
export interface TenseReading {
  direction: Direction;
  strong: boolean;
  /** No tense marker at all: the direction is the news default. */
  unmarked?: boolean;
}

/** A marker that does not speak for tense when the words before it are these. */
interface MarkerException {
  markers: RegExp;
  /** Only marker words like this one (all when absent). */
  word?: RegExp;
  before: RegExp;
}

const EXCEPTION_REACH = 28;
const MARKER_EXCEPTIONS: MarkerException[] = [
  // "a redesigned watch", "the increased dividend": a participle after a determiner is an adjective.
  { markers: PAST, word: /ed$/i, before: /\b(?:a|an|the|its|their|his|her|our)\s+$/i },
  // "will be named", "would be paid", "are already booked": a participle after an auxiliary is
  // not past.
  {
    markers: PAST,
    word: /^(?!(?:was|were|had|did|ago|last|since|earlier|previously)$)/i,
    before: PARTICIPLE_AFTER,
  },
  // "difficult to meet demand into the summer": an infinitive schedules nothing.
  { markers: SCHEDULED, before: /\bto\s+$/i },
  // "It had been due to expire Friday": a plan seen from the past, which has come and gone.
  { markers: FUTURE, before: /\bhad\s+been\s+$/i },
  // "is due to begin in the spring": the verb after a marker of the future is that future.
  { markers: PRESENT, before: /\b(?:due|expected|scheduled|set|supposed|going|plans?|about)\s+to\s+$/i },
];

function isExcepted(markers: RegExp, word: string, before: string): boolean {
  return MARKER_EXCEPTIONS.some(
    (e) => e.markers === markers && (!e.word || e.word.test(word)) && e.before.test(before),
  );
}

/** Characters between a verb and its date within which the verb's tense is taken as certain. */
const CLOSE_MARKER = 8;
