/**
 * Scores extracted events against the events a reader listed for real news pages
 * (test/fixtures/pages: `Pnn.txt` as stored, `Pnn.json` with `{ id, url, outlet, beat, published,
 * events: [{ value, evidence, headline }] }`).
 *
 * An event matches a gold event when one of its sentences (any of its sources) contains the gold
 * evidence and its date equals the gold value. Granularity: the event's value is its `date.value` or
 * its `refinement.value`; either may equal the gold value (a strict match). Finer or coarser than the
 * gold within one calendar day also matches — `2015-04-08` for gold `2015-04-08TNI` ("late
 * Wednesday"), `2015-04-08T20:15` for gold `2015-04-08` — since the timeline puts the event on the
 * right day either way; the strict count is reported beside it. Anything else is a wrong date:
 * coarser than a day (`2015-04` for a day) and invented precision (`2015-03-09` for "a month ago" =
 * `2015-03`) alike misplace the event. Events and gold events are paired one to one (maximum matching).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the scorer needs of an extraction result (the shape of `ExtractionResult`). */
export interface ScoredEvent {
  id: string;
  date: { value: string };
  refinement?: { value: string };
  sources: Array<{ sentence: { start: number; end: number } }>;
}
export type Extract = (text: string, options: { referenceDate: string }) => { events: ScoredEvent[] };

export interface GoldEvent {
  value: string;
  evidence: string;
  headline?: string;
}
export interface GoldPage {
  id: string;
  url: string;
  outlet: string;
  beat: string;
  published: string;
  events: GoldEvent[];
  notes?: string;
}

/** Why a gold event or an extracted event did not count. */
export type FailureClass =
  /** A sentence holding the evidence produced an event, but of another date. */
  | 'wrong-date'
  /** The sentence produced an event, but it was taken by another gold event of the sentence. */
  | 'missing-second-event'
  /** No event's sentence holds the evidence. */
  | 'missing'
  /** An event that is no gold event and reads like a byline, stamp, credit or caption. */
  | 'extra-furniture'
  /** Any other event that is no gold event. */
  | 'extra-other';

export interface Failure {
  kind: FailureClass;
  page: string;
  /** Gold value (gold failures) or extracted value (extras). */
  value: string;
  /** The extracted value(s) of a wrong date. */
  got?: string;
  text: string;
}

export interface PageScore {
  id: string;
  gold: number;
  extracted: number;
  matched: number;
  /** Matches whose value equals the gold value exactly. */
  strict: number;
  failures: Failure[];
}

export interface SetScore {
  pages: PageScore[];
  gold: number;
  extracted: number;
  matched: number;
  strict: number;
  recall: number;
  precision: number;
  byClass: Record<FailureClass, number>;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Lines that read like page furniture or captions, by shape (the scorer's own test, not the extractor's). */
const FURNITURE_SHAPE =
  /^(?:by\s|updated|published|posted|date\s+\d|\(?photo|image|file photo)|©|copyright|\bap photo\b|getty images|\/\s*\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*\)|\(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*\s*\/\s*[\p{L} .'-]+\)|^\d{1,2}:\d{2}$/iu;

function looksLikeFurniture(text: string, sentence: { start: number; end: number }): boolean {
  const s = text.slice(sentence.start, sentence.end);
  if (FURNITURE_SHAPE.test(s.trim())) return true;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  let lineEnd = text.indexOf('\n', sentence.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  // A short line without a closing stop: a byline, a stamp or a label.
  return line.length < 80 && !/[.!?]["”’)]?$/u.test(line);
}

const valuesOf = (event: ScoredEvent): string[] =>
  [event.date.value, event.refinement?.value].filter((v): v is string => v !== undefined);
const DAY = /^\d{4}-\d{2}-\d{2}(?=T|$)/;

/** Whether an event's value equals the gold value. */
export function strictMatches(gold: string, event: ScoredEvent): boolean {
  return valuesOf(event).includes(gold);
}

/** Whether an event's value places it where the gold value says: the same value, or the same day (see the module comment). */
export function valueMatches(gold: string, event: ScoredEvent): boolean {
  const day = DAY.exec(gold)?.[0];
  return valuesOf(event).some((v) => v === gold || (day !== undefined && DAY.exec(v)?.[0] === day));
}

/** Maximum one-to-one matching (augmenting paths; pages have tens of events). */
function match(edges: boolean[][], events: number): number[] {
  const eventOf = new Array<number>(events).fill(-1);
  const goldOf = new Array<number>(edges.length).fill(-1);
  const augment = (g: number, seen: boolean[]): boolean => {
    for (let e = 0; e < events; e++) {
      if (!edges[g]![e] || seen[e]) continue;
      seen[e] = true;
      if (eventOf[e]! < 0 || augment(eventOf[e]!, seen)) {
        eventOf[e] = g;
        goldOf[g] = e;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < edges.length; g++) augment(g, new Array<boolean>(events).fill(false));
  return goldOf;
}

export function scorePage(page: GoldPage, text: string, extract: Extract): PageScore {
  const { events } = extract(text, { referenceDate: page.published });
  const sentencesOf = events.map((e) =>
    e.sources.map((s) => squash(text.slice(s.sentence.start, s.sentence.end))),
  );
  const holds = page.events.map((g) =>
    sentencesOf.map((ss) => ss.some((s) => s.includes(squash(g.evidence)))),
  );
  const edges = page.events.map((g, gi) =>
    events.map((e, ei) => holds[gi]![ei]! && valueMatches(g.value, e)),
  );
  const goldOf = match(edges, events.length);
  const taken = new Set(goldOf.filter((e) => e >= 0));
  const strict = page.events.filter(
    (g, gi) => goldOf[gi]! >= 0 && strictMatches(g.value, events[goldOf[gi]!]!),
  ).length;
  const failures: Failure[] = [];
  const wrongEvents = new Set<number>();
  page.events.forEach((g, gi) => {
    if (goldOf[gi]! >= 0) return;
    const holding = events.map((_, ei) => ei).filter((ei) => holds[gi]![ei]);
    const free = holding.filter((ei) => !taken.has(ei));
    const base = { page: page.id, value: g.value, text: g.evidence };
    if (free.length) {
      free.forEach((ei) => wrongEvents.add(ei));
      const got = free.map((ei) => events[ei]!.refinement?.value ?? events[ei]!.date.value).join(', ');
      failures.push({ kind: 'wrong-date', ...base, got });
    } else if (holding.length) failures.push({ kind: 'missing-second-event', ...base });
    else failures.push({ kind: 'missing', ...base });
  });
  events.forEach((e, ei) => {
    if (taken.has(ei) || wrongEvents.has(ei)) return;
    const furniture = e.sources.every((s) => looksLikeFurniture(text, s.sentence));
    failures.push({
      kind: furniture ? 'extra-furniture' : 'extra-other',
      page: page.id,
      value: e.refinement?.value ?? e.date.value,
      text: sentencesOf[ei]![0]!,
    });
  });
  return {
    id: page.id,
    gold: page.events.length,
    extracted: events.length,
    matched: taken.size,
    strict,
    failures,
  };
}

/** Reads every `Pnn.json` + `Pnn.txt` pair of a directory. */
export function readPages(dir: string): Array<{ page: GoldPage; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const page = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldPage;
      return { page, text: readFileSync(join(dir, f.replace(/\.json$/, '.txt')), 'utf8') };
    });
}

export function scoreSet(pages: ReadonlyArray<{ page: GoldPage; text: string }>, extract: Extract): SetScore {
  const scores = pages.map(({ page, text }) => scorePage(page, text, extract));
  const sum = (f: (p: PageScore) => number): number => scores.reduce((n, p) => n + f(p), 0);
  const gold = sum((p) => p.gold);
  const extracted = sum((p) => p.extracted);
  const matched = sum((p) => p.matched);
  const strict = sum((p) => p.strict);
  const byClass: Record<FailureClass, number> = {
    'wrong-date': 0,
    'missing-second-event': 0,
    missing: 0,
    'extra-furniture': 0,
    'extra-other': 0,
  };
  for (const p of scores) for (const f of p.failures) byClass[f.kind]++;
  return {
    pages: scores,
    gold,
    extracted,
    matched,
    strict,
    recall: gold ? matched / gold : 1,
    precision: extracted ? matched / extracted : 1,
    byClass,
  };
}
