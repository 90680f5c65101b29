import type { TimexSpec } from './spec.js';
import type { TimexMod } from './types.js';

/** A matched expression before resolution, with offsets in the whole text. */
export interface Candidate {
  start: number;
  end: number;
  spec: TimexSpec;
  mod?: TimexMod;
  /** Days counted on from the day named ("a week from Friday" is Friday and 7 days). */
  daysAfter?: number;
  /** The weekday written before a date ("Tuesday the 19th", "Fri, Jul 18"), which it must fall on. */
  weekday?: number;
  /** A clock time written next to a day ("Friday at 3 p.m.", "10 p.m. Wednesday"). */
  clock?: { hour: number; minute: number; second?: number; zone?: string };
}

const BETWEEN_DAY_AND_TIME = /^\s*(?:,|at|on|of|-|—)?\s*$/i;
const BETWEEN_PART_AND_DAY = /^\s+of\s+$/i;
const BETWEEN_WEEKDAY_AND_DATE = /^\s*,?\s*(?:the\s+)?$/i;

const isClockOnly = (s: TimexSpec): s is Extract<TimexSpec, { kind: 'calendar' }> =>
  s.kind === 'calendar' && s.month === undefined && s.hour !== undefined;
const isDay = (s: TimexSpec): boolean =>
  (s.kind === 'weekday' && !s.pod) ||
  (s.kind === 'holiday' && !s.weekend) ||
  (s.kind === 'relative' && s.unit === 'day' && !s.pod) ||
  (s.kind === 'calendar' && s.day !== undefined && s.hour === undefined);
const isDated = (s: TimexSpec): boolean => s.kind === 'calendar' && s.day !== undefined;

/**
 * Joins neighbours that name one moment together: a day and a clock time in either order become
 * one expression with a time; "Saturday, April 25" becomes the dated expression it spells out.
 */
export function combineAdjacent(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev) {
      const between = text.slice(prev.end, c.start);
      if (BETWEEN_DAY_AND_TIME.test(between)) {
        if (isDay(prev.spec) && isClockOnly(c.spec) && !prev.clock) {
          out[out.length - 1] = { ...prev, end: c.end, clock: clockOf(c.spec) };
          continue;
        }
        if (isClockOnly(prev.spec) && isDay(c.spec)) {
          out[out.length - 1] = { ...c, start: prev.start, clock: clockOf(prev.spec) };
          continue;
        }
      }
      // "the night of Nov. 3", "the morning of the attack" (no day: left as it is).
      if (prev.spec.kind === 'part-of-day' && isDay(c.spec) && BETWEEN_PART_AND_DAY.test(between)) {
        out[out.length - 1] = {
          ...c,
          start: prev.start,
          spec: { ...c.spec, pod: prev.spec.pod } as TimexSpec,
        };
        continue;
      }
      const counted = daysOf(prev.spec);
      if (counted !== undefined && isDay(c.spec) && /^\s+from\s+$/i.test(between)) {
        out[out.length - 1] = { ...c, start: prev.start, daysAfter: counted };
        continue;
      }
      if (prev.spec.kind === 'weekday' && isDated(c.spec) && BETWEEN_WEEKDAY_AND_DATE.test(between)) {
        out[out.length - 1] = { ...c, start: prev.start, weekday: prev.spec.weekday };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Days in a counted length of days or weeks ("a week" → 7, "three days" → 3). */
function daysOf(s: TimexSpec): number | undefined {
  if (s.kind !== 'literal' || s.type !== 'DURATION') return undefined;
  const m = /^P(\d+)([DW])$/.exec(s.value);
  return m ? Number(m[1]) * (m[2] === 'W' ? 7 : 1) : undefined;
}

function clockOf(s: Extract<TimexSpec, { kind: 'calendar' }>): NonNullable<Candidate['clock']> {
  return {
    hour: s.hour ?? 0,
    minute: s.minute ?? 0,
    ...(s.second ? { second: s.second } : {}),
    ...(s.zone ? { zone: s.zone } : {}),
  };
}
