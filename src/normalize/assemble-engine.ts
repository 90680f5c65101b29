import type { Chrono, Parser, Refiner } from 'chrono-node/en';
import { gated } from './spec.js';
import { restoreOwnResults, setAsideOwnResults } from './refiners/own-results.js';
import { yearSpanParser, type YearSpanWords } from './year-span.js';

/** A parser of ours, and the keyword a piece of text must contain for it to run (where it is rare). */
export type OwnParser = [Parser, RegExp?];

/** How one language's engine is put together from a chrono configuration and our rules. */
export interface EngineParts {
  /** The parsers, in priority order: chrono keeps the earlier of two equal-length matches. */
  parsers: readonly OwnParser[];
  /** chrono's parsers and refiners that ours replace, by class name. */
  replaced?: ReadonlySet<string>;
  /** Our refiners, run after chrono's (the modifier refiner last). */
  refiners?: readonly Refiner[];
  /** The language's words that make two dashed years one span ("season", "temporada"); a slash needs none. */
  yearSpan?: YearSpanWords;
}

const YEAR_PAIR = /\d\d\d\d\s?[-/–—]\s?\d\d/;

/**
 * A language's engine: `base` (a clone of one of chrono's configurations, or an empty Chrono) with
 * the parsers and refiners ours replace taken out, our parsers first, and our results kept out of
 * chrono's merge refiners. If a minifier renames chrono's classes, the `replaced` filter keeps them,
 * which is slower, not wrong: their results are dropped by `setAsideOwnResults`.
 */
export function assembleEngine(base: Chrono, parts: EngineParts): Chrono {
  const replaced = parts.replaced ?? new Set<string>();
  base.parsers = base.parsers.filter((p) => !replaced.has(p.constructor.name));
  base.refiners = base.refiners.filter((r) => !replaced.has(r.constructor.name));
  // Every language reads "2024/25" as one span of two years, before its own year rules see "2024".
  base.parsers.unshift(
    gated(yearSpanParser(parts.yearSpan), YEAR_PAIR),
    ...parts.parsers.map(([parser, keyword]) => (keyword ? gated(parser, keyword) : parser)),
  );
  base.refiners.unshift(setAsideOwnResults);
  base.refiners.push(restoreOwnResults, ...(parts.refiners ?? []));
  return base;
}
