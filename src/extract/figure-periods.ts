/** Dates that say which period figures cover, not when anything happened. */
import type { Granularity } from '../normalize/types.js';

/** "estimates for this year and next", "profit forecasts for the rest of this year", "34.8% for 2016". */
const FOR_BEFORE = /\bfor\s+(?:the\s+(?:rest|remainder|balance)\s+of\s+)?(?:fiscal\s+)?$/i;
/** Periods of a year or longer: what figures are given "for". */
const FIGURE_PERIODS: ReadonlySet<Granularity> = new Set(['year', 'half', 'quarter', 'decade']);

/**
 * Whether a year (or a half or quarter) right after "for" is the period figures cover: "reduced
 * earnings estimates for this year and next", "expects to meet forecasts for the rest of this year".
 * Offsets are the date's within the sentence.
 *
 * @example
 * isFigurePeriod('It cut its estimates for this year.', 26, 'year') // true
 */
export function isFigurePeriod(sentence: string, at: number, granularity: Granularity | undefined): boolean {
  return (
    granularity !== undefined &&
    FIGURE_PERIODS.has(granularity) &&
    FOR_BEFORE.test(sentence.slice(Math.max(0, at - 32), at))
  );
}
