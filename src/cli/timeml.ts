/**
 * TimeML documents in and out: reads the creation time and the plain text of `<TEXT>`, and writes
 * the text back with new `<TIMEX3>` annotations while every other byte of the document stays as it was.
 *
 * "Plain text" follows the TempEval-3 scorer (`timeml-score.mjs`): tags inside `<TEXT>` are removed
 * and only the five XML entities are decoded, so offsets computed here match the scorer's.
 */
import type { Anchor, NormalizeOptions, Preference, Timex } from '../normalize/types.js';

/** The normalizer's signature; injectable so callers (and tests) can supply their own finder. */
export type FindTimexes = (text: string, options: NormalizeOptions) => Timex[];

/** A TimeML document that cannot be annotated (no `<TEXT>`, no reference date…). */
export class TimeMLError extends Error {
  override name = 'TimeMLError';
}

/** The parts of a TimeML document that annotation needs. */
export interface TimeMLText {
  /** Text of `<TEXT>` with tags removed and `&amp; &lt; &gt; &quot; &apos;` decoded. */
  plain: string;
  /** `value` of the TIMEX3 whose `functionInDocument` is `CREATION_TIME`, if any. */
  creationTime: string | undefined;
}

/** A timex the annotator could not write, and why. */
export interface RejectedTimex {
  timex: Timex;
  reason: string;
}

/** Result of {@link annotateTimeML}. */
export interface AnnotatedTimeML {
  /** The document with its `<TEXT>` re-annotated. */
  xml: string;
  /** The reference date the finder was given. */
  referenceDate: string;
  /** Timexes written, in text order, with the `tid` each received. */
  written: (Timex & { tid: string })[];
  /** Timexes not written: bad offsets, or overlapping an earlier one (TIMEX3 elements cannot nest). */
  rejected: RejectedTimex[];
}

/** Options of {@link annotateTimeML}. */
export interface AnnotateOptions {
  /** Finds the timexes of the plain text (normally `findTimexes` from `news-timeline/normalize`). */
  find: FindTimexes;
  /** Reference date for documents without a creation-time TIMEX3; the document's own DCT wins. */
  fallbackReferenceDate?: string;
  /** Passed to the finder. */
  prefer?: Preference;
  /** Passed to the finder. */
  anchor?: Anchor;
  /** Passed to the finder: the language of the text (BCP 47); loaded beforehand with `loadLocale`. */
  locale?: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
const ENTITY = /&(?:amp|lt|gt|quot|apos);/g;
/** Same tag shape as the TempEval-3 scorer, so both agree on what is text. */
const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>/g;
const TEXT_OPEN = '<TEXT>';
const TEXT_CLOSE = '</TEXT>';

/** Reads one attribute of a start tag's attribute string (`k="v"` or `k='v'`). */
export function readAttribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

const isCreationTime = (name: string, attributes: string): boolean =>
  name === 'TIMEX3' && readAttribute(attributes, 'functionInDocument') === 'CREATION_TIME';

function findTextElement(xml: string): { bodyStart: number; bodyEnd: number } {
  const open = xml.indexOf(TEXT_OPEN);
  if (open < 0) throw new TimeMLError('no <TEXT> element');
  const bodyStart = open + TEXT_OPEN.length;
  const bodyEnd = xml.indexOf(TEXT_CLOSE, bodyStart);
  if (bodyEnd < 0) throw new TimeMLError('<TEXT> is not closed by </TEXT>');
  return { bodyStart, bodyEnd };
}

/** A span of the original body written back verbatim: the creation-time TIMEX3 if it sits inside `<TEXT>`. */
interface KeptElement {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** `<TEXT>` body split into decoded plain text, the raw text it came from, and how offsets map between them. */
interface ParsedBody {
  plain: string;
  /** Body without tags, entities still encoded. */
  raw: string;
  /** Plain-text offsets of each entity, ascending. */
  entityAt: number[];
  /** `extraThrough[i]`: how many more raw than plain characters there are up to the end of entity `i`. */
  extraThrough: number[];
  kept: KeptElement[];
}

function parseBody(body: string): ParsedBody {
  const parsed: ParsedBody = { plain: '', raw: '', entityAt: [], extraThrough: [], kept: [] };
  let extra = 0;
  const addText = (raw: string): void => {
    let last = 0;
    for (const m of raw.matchAll(ENTITY)) {
      const index = m.index;
      parsed.plain += raw.slice(last, index);
      parsed.entityAt.push(parsed.plain.length);
      parsed.plain += ENTITIES[m[0]] ?? m[0];
      extra += m[0].length - 1;
      parsed.extraThrough.push(extra);
      last = index + m[0].length;
    }
    parsed.plain += raw.slice(last);
    parsed.raw += raw;
  };
  let open: { start: number; tag: string } | undefined;
  let last = 0;
  for (const m of body.matchAll(TAG)) {
    addText(body.slice(last, m.index));
    last = m.index + m[0].length;
    const [tag, closing, name = '', attributes = '', selfClosing] = m;
    if (!closing && !selfClosing && isCreationTime(name, attributes)) {
      open = { start: parsed.plain.length, tag };
    } else if (closing && name === 'TIMEX3' && open) {
      parsed.kept.push({ start: open.start, end: parsed.plain.length, open: open.tag, close: tag });
      open = undefined;
    }
  }
  addText(body.slice(last));
  return parsed;
}

/** Raw-body offset of a plain-text offset: entities before it are longer in the raw text. */
function rawOffset(parsed: ParsedBody, plainOffset: number): number {
  let lo = 0;
  let hi = parsed.entityAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((parsed.entityAt[mid] as number) < plainOffset) lo = mid + 1;
    else hi = mid;
  }
  return plainOffset + (lo === 0 ? 0 : (parsed.extraThrough[lo - 1] as number));
}

/** The creation-time value, looked up the way the scorer does (first matching TIMEX3 start tag). */
function readCreationTime(xml: string): string | undefined {
  for (const m of xml.matchAll(TAG)) {
    const [, closing, name = '', attributes = ''] = m;
    if (!closing && isCreationTime(name, attributes)) return readAttribute(attributes, 'value');
  }
  return undefined;
}

/**
 * Reads the creation time and the plain text of a TimeML document's `<TEXT>`.
 *
 * @param xml - the whole document
 * @returns plain text (tags removed, entities decoded) and the DCT value
 * @throws TimeMLError when the document has no `<TEXT>…</TEXT>`
 * @example
 * readTimeMLText('<DCT><TIMEX3 tid="t0" value="1998-01-08" functionInDocument="CREATION_TIME">…</TIMEX3></DCT><TEXT>A &amp; B</TEXT>');
 * // → { plain: 'A & B', creationTime: '1998-01-08' }
 */
export function readTimeMLText(xml: string): TimeMLText {
  const { bodyStart, bodyEnd } = findTextElement(xml);
  return { plain: parseBody(xml.slice(bodyStart, bodyEnd)).plain, creationTime: readCreationTime(xml) };
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** TimeBank-style TimeML writes the wall-clock time ("5 p.m. EST" → `T17:00`); the zone stays in `range`. */
const wallClock = (value: string): string =>
  value.replace(/(T\d\d:\d\d(?::\d\d)?)(?:Z|[+-]\d\d:\d\d)$/, '$1');

function timexTag(timex: Timex, tid: string): string {
  const mod = timex.mod ? ` mod="${escapeAttribute(timex.mod)}"` : '';
  return `<TIMEX3 tid="${escapeAttribute(tid)}" type="${escapeAttribute(timex.type)}" value="${escapeAttribute(wallClock(timex.value))}"${mod}>`;
}

/** Why a timex cannot be written at its offsets, or undefined when it can. */
function offsetProblem(timex: Timex, plain: string): string | undefined {
  const { start, end } = timex;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > plain.length || start >= end) {
    return `offsets ${start}–${end} are outside the text (length ${plain.length}) or empty`;
  }
  if (plain.slice(start, end) !== timex.text)
    return `text "${timex.text}" is not what the text holds at ${start}–${end}`;
  return undefined;
}

/** `tid`s already used by TIMEX3 elements that stay in the document, so new ones never collide. */
function usedTids(outside: string, kept: KeptElement[]): Set<string> {
  const tids = new Set<string>();
  const collect = (s: string): void => {
    for (const m of s.matchAll(TAG)) {
      const tid = m[2] === 'TIMEX3' ? readAttribute(m[3] ?? '', 'tid') : undefined;
      if (tid !== undefined) tids.add(tid);
    }
  };
  collect(outside);
  for (const k of kept) collect(k.open);
  return tids;
}

/**
 * Replaces the annotations inside a TimeML document's `<TEXT>` with the timexes a finder returns.
 *
 * All tags inside `<TEXT>` are removed (except a creation-time TIMEX3, kept verbatim) and one
 * `<TIMEX3 tid type value [mod]>` is written per timex. The plain text of `<TEXT>`, including its
 * entity spellings, and everything outside `<TEXT>` stay byte-identical. The creation-time TIMEX3's
 * `value` is the reference date.
 *
 * @param xml - the whole document
 * @param options - the finder, an optional fallback reference date, and `prefer`
 * @returns the new document, the timexes written (with `tid`s) and those rejected
 * @throws TimeMLError when there is no `<TEXT>` or no reference date; the finder's own errors
 *   (e.g. a TypeError for an invalid reference date) propagate
 * @example
 * const { xml: out } = annotateTimeML(source, { find: findTimexes });
 */
export function annotateTimeML(xml: string, options: AnnotateOptions): AnnotatedTimeML {
  const { bodyStart, bodyEnd } = findTextElement(xml);
  const parsed = parseBody(xml.slice(bodyStart, bodyEnd));
  const referenceDate = readCreationTime(xml) ?? options.fallbackReferenceDate;
  if (referenceDate === undefined) {
    throw new TimeMLError('no TIMEX3 with functionInDocument="CREATION_TIME" to use as the reference date');
  }
  const found = options.find(parsed.plain, {
    referenceDate,
    ...(options.prefer ? { prefer: options.prefer } : {}),
    ...(options.anchor ? { anchor: options.anchor } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });

  const rejected: RejectedTimex[] = [];
  const valid: Timex[] = [];
  for (const timex of found) {
    const problem = offsetProblem(timex, parsed.plain);
    if (problem) rejected.push({ timex, reason: problem });
    else valid.push(timex);
  }
  // Earlier start first; at the same start the longer one wins.
  valid.sort((a, b) => a.start - b.start || b.end - a.end);

  const tids = usedTids(xml.slice(0, bodyStart) + xml.slice(bodyEnd), parsed.kept);
  let nextTid = 1;
  const newTid = (): string => {
    while (tids.has(`t${nextTid}`)) nextTid++;
    return `t${nextTid++}`;
  };

  type Insertion = KeptElement & { timex?: Timex & { tid: string } };
  const insertions: Insertion[] = [];
  const kept = [...parsed.kept];
  let taken = 0; // end of the last span written
  for (const timex of valid) {
    while (kept.length && (kept[0] as KeptElement).end <= timex.start) {
      const k = kept.shift() as KeptElement;
      insertions.push(k);
      taken = Math.max(taken, k.end);
    }
    const blocker = kept[0] && kept[0].start < timex.end ? kept[0] : undefined;
    if (timex.start < taken || blocker) {
      rejected.push({
        timex,
        reason: blocker ? 'overlaps the creation-time TIMEX3' : 'overlaps an earlier timex',
      });
      continue;
    }
    const tid = newTid();
    const withTid = { ...timex, tid };
    insertions.push({
      start: timex.start,
      end: timex.end,
      open: timexTag(timex, tid),
      close: '</TIMEX3>',
      timex: withTid,
    });
    taken = timex.end;
  }
  insertions.push(...kept);

  let body = '';
  let cursor = 0;
  for (const ins of insertions) {
    const start = rawOffset(parsed, ins.start);
    const end = rawOffset(parsed, ins.end);
    body += parsed.raw.slice(cursor, start) + ins.open + parsed.raw.slice(start, end) + ins.close;
    cursor = end;
  }
  body += parsed.raw.slice(cursor);

  return {
    xml: xml.slice(0, bodyStart) + body + xml.slice(bodyEnd),
    referenceDate,
    written: insertions.flatMap((ins) => (ins.timex ? [ins.timex] : [])),
    rejected,
  };
}
