import type { PartOfDay, TimexSpec } from './spec.js';
import type { TimexMod } from './types.js';
import type { TextCues } from './locale.js';

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

/** Parts of day that make a clock hour written without a.m./p.m. the afternoon's or evening's. */
const LATE_PARTS: Partial<Record<PartOfDay, number>> = { AF: 12, EV: 17, NI: 18 };

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
export function combineAdjacent(candidates: Candidate[], text: string, cues: TextCues): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev) {
      const between = text.slice(prev.end, c.start);
      if (cues.betweenDayAndTime.test(between)) {
        if (isDay(prev.spec) && isClockOnly(c.spec) && !prev.clock) {
          out[out.length - 1] = { ...prev, end: c.end, clock: clockOf(c.spec) };
          continue;
        }
        if (isClockOnly(prev.spec) && isDay(c.spec)) {
          out[out.length - 1] = { ...c, start: prev.start, clock: clockOf(prev.spec) };
          continue;
        }
      }
      // "8:15 local time Friday night", "Friday evening at 7": the part of day reads the hour as
      // p.m. and the clock time, finer, replaces it.
      if (cues.betweenDayAndTime.test(between)) {
        const podDay = (s: TimexSpec): PartOfDay | undefined =>
          (s.kind === 'weekday' || (s.kind === 'relative' && s.unit === 'day')) && s.pod && !s.mod
            ? s.pod
            : undefined;
        if (isClockOnly(prev.spec) && podDay(c.spec) && !c.clock) {
          const spec = { ...c.spec, pod: undefined } as TimexSpec;
          out[out.length - 1] = { ...c, spec, start: prev.start, clock: clockOf(prev.spec, podDay(c.spec)) };
          continue;
        }
        if (podDay(prev.spec) && isClockOnly(c.spec) && !prev.clock) {
          const spec = { ...prev.spec, pod: undefined } as TimexSpec;
          out[out.length - 1] = { ...prev, spec, end: c.end, clock: clockOf(c.spec, podDay(prev.spec)) };
          continue;
        }
      }
      // "the night of Nov. 3", "the morning of the attack" (no day: left as it is).
      if (prev.spec.kind === 'part-of-day' && isDay(c.spec) && cues.betweenPartAndDay.test(between)) {
        out[out.length - 1] = {
          ...c,
          start: prev.start,
          spec: { ...c.spec, pod: prev.spec.pod } as TimexSpec,
        };
        continue;
      }
      const counted = daysOf(prev.spec);
      if (counted !== undefined && isDay(c.spec) && cues.countedFrom.test(between)) {
        out[out.length - 1] = { ...c, start: prev.start, daysAfter: counted };
        continue;
      }
      if (prev.spec.kind === 'weekday' && isDated(c.spec) && cues.betweenWeekdayAndDate.test(between)) {
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

function clockOf(
  s: Extract<TimexSpec, { kind: 'calendar' }>,
  pod?: PartOfDay,
): NonNullable<Candidate['clock']> {
  const late = pod ? LATE_PARTS[pod] : undefined;
  const hour = s.hour ?? 0;
  return {
    hour: late !== undefined && s.openMeridiem && hour < 12 && hour + 12 >= late ? hour + 12 : hour,
    minute: s.minute ?? 0,
    ...(s.second ? { second: s.second } : {}),
    ...(s.zone ? { zone: s.zone } : {}),
  };
}
