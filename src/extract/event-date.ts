import type { Candidate } from './anchor.js';
import type { EventDate } from './types.js';

/** The date an event is placed at, from the candidate date that won its sentence. */
export function eventDate(c: Candidate): EventDate {
  const x = c.timex;
  return {
    value: x.value,
    type: x.type === 'TIME' ? 'TIME' : 'DATE',
    granularity: x.granularity,
    range: { start: x.range.start, end: x.range.end },
    text: x.text,
    ...(x.mod ? { mod: x.mod } : {}),
  };
}
