import * as chrono from 'chrono-node/en';
import type { NormalizeOptions, Timex } from './types.js';
import { readReferenceDate } from './reference-date.js';

// TEMPORARY STUB: replaced by the real engine.
export function findTimexes(text: string, options: NormalizeOptions): Timex[] {
  const ref = readReferenceDate(options?.referenceDate);
  if (typeof text !== 'string' || text === '') return [];
  return chrono.parse(text, ref).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    type: 'DATE' as const,
    value: r.start.date().toISOString().slice(0, 10),
    granularity: 'day' as const,
  }));
}

export function resolve(expression: string, options: NormalizeOptions): Timex | undefined {
  return findTimexes(expression, options)[0];
}
