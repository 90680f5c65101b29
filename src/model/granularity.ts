import type { Granularity } from '../normalize/types.js';

/** Granularities from coarsest to finest: a higher index is more specific. */
export const GRANULARITY_ORDER: readonly Granularity[] = [
  'millennium',
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'part-of-day',
  'hour',
  'minute',
  'second',
];
