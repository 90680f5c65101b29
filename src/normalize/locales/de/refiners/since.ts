import type { ParsingResult, Refiner } from 'chrono-node/en';
import { specOf, withSpec, type TimexSpec } from '../../../spec.js';

const SINCE_BEFORE = /(?<![\p{L}\d])seit\s+(?:de[mn]\s+)?(?:(?:anfang|mitte|ende)\s+)?$/iu;

/**
 * "seit dem 1. Januar", "seit März", "seit Montag": a date after "seit" has begun, so a year-less
 * one is the latest before the reference, whatever the present verb beside it ("gilt") says.
 */
export const sinceRefiner: Refiner = {
  refine(context, results) {
    return results.map((result: ParsingResult) => {
      if (!SINCE_BEFORE.test(context.text.slice(Math.max(0, result.index - 20), result.index))) return result;
      const spec = specOf(result.tags());
      let shifted: TimexSpec | undefined;
      if (spec) {
        if (
          (spec.kind === 'calendar' && spec.month !== undefined && spec.year === undefined) ||
          spec.kind === 'weekday' ||
          (spec.kind === 'subyear' && spec.year === undefined && spec.yearOffset === undefined) ||
          (spec.kind === 'holiday' && spec.year === undefined)
        )
          shifted = spec.shift === undefined ? { ...spec, shift: -1 } : undefined;
      } else if (
        result.start.isCertain('month') &&
        !result.start.isCertain('year') &&
        !result.start.isCertain('hour')
      ) {
        const day = result.start.isCertain('day') ? result.start.get('day') : null;
        shifted = { kind: 'calendar', month: result.start.get('month')!, ...(day ? { day } : {}), shift: -1 };
      }
      if (!shifted) return result;
      const copy = result.clone();
      copy.tags().clear();
      return withSpec(copy, shifted);
    });
  },
};
