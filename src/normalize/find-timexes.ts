import type { ParsedResult } from 'chrono-node/en';
import type { Anchor, NormalizeOptions, Preference, Timex, TimexMod } from './types.js';
import type { NormalizerLocale } from './locale.js';
import { engineOf, localeFor } from './locale-registry.js';
import { readReferenceDate } from './reference-date.js';
import { chunkText } from './chunk.js';
import { specOf } from './spec.js';
import { combineAdjacent, type Candidate } from './combine.js';
import { candidatesFromChrono } from './chrono-results.js';
import { dateOrderOf, numericDates, typedAsWritten, type DateOrder, type NumericDate } from './typed.js';
import { resolveAll } from './resolve-all.js';
import { runSteps, stepsWithin, type Steps } from './steps.js';

const PREFERENCES: readonly Preference[] = ['auto', 'past', 'future', 'nearest'];

/**
 * Finds every temporal expression in `text` and normalizes it against the reference date.
 *
 * @param text - any string; plain text (an article, a sentence)
 * @param options - `referenceDate` (the publication date: `Date` or ISO string), `prefer`
 *   (`'auto'` reads tense; `'past'`, `'future'`, `'nearest'` force a direction) and `anchor`
 *   (`'auto'` default, `'story'`, `'document'`: whether year-less dates count from the time the
 *   story is at or from the reference date)
 * @returns the expressions in text order, each with offsets, TIMEX3 type/value/mod, granularity
 *   and the absolute range it covers
 * @throws TypeError when `referenceDate` is missing or invalid, or `prefer` is unknown
 * @example
 * findTimexes('Pompeo said in January that…', { referenceDate: '2019-12-30' })
 * // [{ start: 16, end: 23, text: 'January', type: 'DATE', value: '2019-01', granularity: 'month', range: {…} }]
 */
export function findTimexes(text: string, options: NormalizeOptions): Timex[] {
  return runSteps(findTimexesSteps(text, options));
}

/**
 * {@link findTimexes} cut into steps (see `Steps`): the same expressions, with a pause after every
 * piece of text chrono-node reads and every few hundred expressions resolved. The options are
 * checked (and may throw) on the first step.
 */
export function* findTimexesSteps(text: string, options: NormalizeOptions): Steps<Timex[]> {
  const opts = readOptions(options);
  if (typeof text !== 'string')
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
    throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}`);
  return yield* findAll(text, opts);
}

/** The part of {@link findTimexesSteps}'s work that is chrono-node's reading, for its progress. */
const CHRONO_SHARE = 0.65;

/** Typed-text mode of {@link resolve}: numeric dates in this order, counts to the day, clock times ahead. */
interface TypedMode {
  order: DateOrder;
}

function* findAll(text: string, opts: ReadOptions, typed?: TypedMode): Steps<Timex[]> {
  if (text.length === 0) return [];
  const engine = engineOf(opts.locale);
  let candidates: Candidate[] = [];
  for (const chunk of chunkText(text)) {
    let parsed: ParsedResult[];
    try {
      parsed = engine.parse(chunk.text, opts.referenceDate);
    } catch {
      // A chrono failure on one piece loses that piece only, never the document.
      continue;
    }
    for (const r of parsed) {
      const own = specOf(r.tags());
      const mod = modTagOf(r.tags());
      if (!own) {
        candidates.push(...candidatesFromChrono(r, chunk.start, mod, opts.locale.cues));
        continue;
      }
      candidates.push({
        start: chunk.start + r.index,
        end: chunk.start + r.index + r.text.trimEnd().length,
        spec: own,
        ...(mod ? { mod } : {}),
      });
    }
    // chrono-node's reading is about two thirds of the work, resolving the rest.
    yield ((chunk.start + chunk.text.length) / text.length) * CHRONO_SHARE;
  }
  if (typed) candidates = withNumericDates(candidates, numericDates(text, typed.order));
  candidates = combineAdjacent(candidates, text, opts.locale.cues);
  return yield* stepsWithin(
    resolveAll(text, candidates, { ...opts, typed: typed !== undefined }),
    CHRONO_SHARE,
    1,
  );
}

/** Numeric dates replace whatever overlaps them ("2014-10" is a month, not the year 2014). */
function withNumericDates(candidates: Candidate[], numeric: NumericDate[]): Candidate[] {
  if (!numeric.length) return candidates;
  const kept = candidates.filter((c) => !numeric.some((n) => c.start < n.end && n.start < c.end));
  return [...kept, ...numeric].sort((a, b) => a.start - b.start);
}

/**
 * Resolves one short expression ("last year", "Dec. 29", "for months") to its best reading, as
 * people type it: any case ("NEXT FRIDAY", "thanksgiving"), shorthand ("tmrw", "next qtr", "sat"),
 * numeric dates in `dateOrder` (or `locale`'s order, else MDY); counts name the day they point to
 * ("in two weeks") and, with `prefer: 'future'`, a clock time is its next occurrence.
 *
 * @returns the longest expression found in `expression`, or `undefined` when none
 * @example resolve('last year', { referenceDate: '2019-12-30' })?.value // '2018'
 * @example resolve('4/3/2026', { referenceDate: '2026-03-11', locale: 'en-GB' })?.value // '2026-03-04'
 */
export function resolve(expression: string, options: NormalizeOptions): Timex | undefined {
  const opts = readOptions(options);
  if (typeof expression !== 'string')
    throw new TypeError(
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
      `expression must be a string, got ${expression === null ? 'null' : typeof expression}`,
    );
  const order =
    options.dateOrder ?? (options.locale ? dateOrderOf(options.locale, opts.locale.dateOrder) : 'MDY');
  if (!DATE_ORDERS.includes(order))
    throw new TypeError(`dateOrder must be one of ${DATE_ORDERS.join(', ')}; got "${order as string}"`);
  const typed = (opts.locale.prepareTyped ?? typedAsWritten)(expression);
  let best: Timex | undefined;
  for (const t of runSteps(findAll(typed.text, opts, { order })))
    if (!best || t.end - t.start > best.end - best.start) best = t;
  if (!best) return undefined;
  const start = typed.startOf[best.start]!;
  const end = typed.endOf[best.end - 1]!;
  return { ...best, start, end, text: expression.slice(start, end) };
}

const DATE_ORDERS: readonly DateOrder[] = ['MDY', 'DMY', 'YMD'];

interface ReadOptions {
  referenceDate: Date;
  prefer: Preference;
  anchor: Anchor;
  locale: NormalizerLocale;
}

const ANCHORS: readonly Anchor[] = ['auto', 'story', 'document'];

function readOptions(options: NormalizeOptions): ReadOptions {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      'options must be an object with a referenceDate, e.g. { referenceDate: "2019-12-30" }',
    );
  }
  const referenceDate = readReferenceDate(options.referenceDate);
  const prefer = options.prefer ?? 'auto';
  if (!PREFERENCES.includes(prefer)) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- JavaScript callers can pass anything
    throw new TypeError(`prefer must be one of ${PREFERENCES.join(', ')}; got "${String(prefer)}"`);
  }
  const anchor = options.anchor ?? 'auto';
  if (!ANCHORS.includes(anchor)) {
    throw new TypeError(`anchor must be one of ${ANCHORS.join(', ')}; got "${anchor as string}"`);
  }
  if (options.locale !== undefined && typeof options.locale !== 'string') {
    throw new TypeError(`locale must be a BCP 47 string such as "es"; got ${String(options.locale)}`);
  }
  return { referenceDate, prefer, anchor, locale: localeFor(options.locale) };
}

function modTagOf(tags: Set<string>): TimexMod | undefined {
  for (const tag of tags) if (tag.startsWith('news-timeline-mod:')) return tag.slice(18) as TimexMod;
  return undefined;
}
