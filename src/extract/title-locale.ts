/**
 * Headlines in languages other than English, from a table of each language's attribution shapes,
 * date prepositions and connectors. The date phrase comes as offsets from the normalizer, so where
 * it is needs no words; what stands around it (its preposition, the comma after it) does.
 */
import { dropDangling } from './title-fit.js';
import { MARK, stripDateline } from './title-rewrite.js';
import { window } from './title.js';
import type { TitleFunction } from './locales/types.js';
import { TITLE_MAX_LENGTH, type TextSpan } from './types.js';

/** A language's headline rules, as data. Patterns are matched on the sentence with its date as one mark. */
export interface TitleRules {
  /** Quotation marks of the language, as pairs of opening and closing mark (`«»`, `„“`). */
  quotes: readonly (readonly [string, string])[];
  /** An attribution that opens the sentence, with its comma: "Según la policía, …". */
  leadingAttribution: readonly RegExp[];
  /** Attribution clauses removed where they stand: ", informó el ministerio", ", según la policía". */
  attributionClauses: readonly RegExp[];
  /**
   * Reporting frames with named groups `subject` and `report`: "X dijo el martes que …" → the report,
   * which takes X when it opens with a pronoun of {@link pronouns} (or, in `proDrop` languages, with
   * its verb).
   */
  reportingFrames: readonly RegExp[];
  /** Speaker after an opening quotation: group 1 the quotation, group `speaker` who said it. */
  quoteLed: readonly RegExp[];
  /** Subject pronouns a report may open with: they become the frame's subject. */
  pronouns: ReadonlySet<string>;
  /**
   * The report may open with its verb, the subject left out ("informó que suspenderá…"): the frame's
   * subject is put before it unless the report opens with one of `subjectOpeners` or a capital.
   */
  proDrop?: { subjectOpeners: ReadonlySet<string> };
  /** "en un comunicado", "in einer Mitteilung": where a statement was made. */
  statementPhrases: readonly RegExp[];
  /** Words just before the date that go with it ("el", "am", "в"), anchored at the end. */
  dateLead: RegExp;
  /** Words just after the date that go with it ("года"), anchored at the start. */
  dateTail?: RegExp;
  /** Words before the date (once its lead went) that keep it: it relates the event to the date ("desde", "bis"). */
  relationalBefore: RegExp;
  /** Connectors a headline does not open with: "Además,", "Und", "Кроме того,". */
  connectors: RegExp;
  /**
   * Verb-second order (German): when the words before the finite verb go, the verb would open the
   * title; the subject after it moves in front ("hat die Regierung … beschlossen" → "Die Regierung
   * hat … beschlossen"). `subject` matches what follows the verb: its group `subject`, after the
   * words of its group `before` (phrases that may stand between).
   */
  verbSecond?: { subject: RegExp };
  /** Words a cut title must not end on. */
  dangling: ReadonlySet<string>;
  /** Asides a long title may lose whole: relative clauses between commas, parentheses. */
  asides: readonly RegExp[];
}

const ELLIPSIS = '…';
const MIN_WORDS = 2;

/**
 * The headline function of a language: the sentence's event with its attribution and its date
 * phrase removed, first letter capitalized, at most `maxLength` characters cut at a word boundary
 * with "…" (never in front).
 *
 * @example
 * const title = localeTitle(ES_RULES);
 * title('El Gobierno aprobó el 3 de marzo un plan, informó el ministerio.', { start: 20, end: 33 })
 * // 'El Gobierno aprobó un plan'
 */
export function localeTitle(rules: TitleRules): TitleFunction {
  return (sentence: string, date: TextSpan, maxLength = TITLE_MAX_LENGTH): string =>
    titleOf(sentence, date, rules, maxLength);
}

function titleOf(sentence: string, date: TextSpan, rules: TitleRules, maxLength: number): string {
  const dateText = sentence.slice(date.start, date.end).replace(/\s+/g, ' ');
  const safe = sentence.replace(/\uE000/g, ' ');
  const whole = `${safe.slice(0, date.start)}${MARK}${safe.slice(date.end)}`.replace(/\s+/g, ' ').trim();
  let t = stripDateline(window(whole)).replace(/[.!?…]+$/u, '');
  const quoted = quoteTitle(t, rules, dateText, maxLength);
  if (quoted) return quoted;
  for (const lead of rules.leadingAttribution) {
    const m = lead.exec(t);
    if (m) t = fronted(t.slice(m[0].length), t, rules);
  }
  for (const clause of rules.attributionClauses) t = outsideQuotes(t, clause, rules);
  // Before the reporting frame goes (a date between its verb and "que" goes first) and once after,
  // for a date that could not go while the frame stood before it (verb-second order).
  t = removeDate(t, rules);
  t = reportOf(t, rules);
  for (const phrase of rules.statementPhrases) t = outsideQuotes(t, phrase, rules);
  t = removeDate(t, rules);
  const connector = rules.connectors.exec(t);
  if (connector) t = fronted(t.slice(connector[0].length), t, rules);
  let title = clean(t.replace(MARK, dateText), rules);
  // Nothing left but a word or two: the sentence as written says more.
  if (wordCount(title.replace(dateText, '')) < MIN_WORDS) title = clean(whole.replace(MARK, dateText), rules);
  return fit(title, maxLength, rules);
}

/** Removes `pattern` wherever it matches outside a quotation. */
function outsideQuotes(text: string, pattern: RegExp, rules: TitleRules): string {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  return text
    .replace(global, (m: string, ...rest: unknown[]) => {
      const offset = rest.find((r) => typeof r === 'number') as number;
      return insideQuote(text, offset, rules) ? m : '';
    })
    .trim();
}

/** Whether offset `at` lies inside a quotation of `text`. */
function insideQuote(text: string, at: number, rules: TitleRules): boolean {
  const before = text.slice(0, at);
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1) return true;
  return rules.quotes.some(([open, close]) => before.split(open).length > before.split(close).length);
}

/**
 * What is left when the words in front of the clause went (`rest` of `original`): in a verb-second
 * language the subject moves before the verb, and when no subject is found the words stay.
 */
function fronted(rest: string, original: string, rules: TitleRules): string {
  const body = rest.replace(/^[\s,]+/u, '');
  if (!rules.verbSecond) return body;
  const verb = /^(\p{Ll}+)\s+/u.exec(body);
  if (!verb) return /^\p{Lu}/u.test(body) ? body : original;
  const m = rules.verbSecond.subject.exec(body.slice(verb[0].length));
  const subject = m?.groups?.subject;
  if (!m || !subject) return original;
  const between = m.groups?.before ?? '';
  const after = body.slice(verb[0].length + m[0].length).replace(/^[\s,]+/u, '');
  return `${subject.trim()} ${verb[1]} ${between}${after}`.replace(/\s{2,}/g, ' ').trim();
}

/** "X dijo el martes que el plan…" → "El plan…"; "…que suspenderá" → "X suspenderá"; "qu'il a…" → "X a…". */
function reportOf(text: string, rules: TitleRules): string {
  for (const frame of rules.reportingFrames) {
    const m = frame.exec(text);
    const subject = m?.groups?.subject?.trim().replace(/,$/, '');
    const verbFinal = m?.groups?.verbFinal?.trim();
    const report = verbFinal !== undefined ? verbSecondOf(verbFinal, rules) : m?.groups?.report?.trim();
    if (!subject || !report || insideQuote(text, m!.index, rules)) continue;
    if (subject.includes(MARK) || subject.split(/\s+/).length > 8 || wordCount(report) < 3) continue;
    const first = /^\S+/u.exec(report)![0];
    const bare = first.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (rules.pronouns.has(bare)) return `${subject} ${report.slice(first.length).trim()}`;
    const opensSubject =
      /^[\p{Lu}\p{N}"«„“]/u.test(first) || (rules.proDrop?.subjectOpeners.has(bare) ?? true);
    return opensSubject ? report : `${subject} ${report}`;
  }
  return text;
}

/** "dass die Regierung das Gesetz beschlossen hat" → "die Regierung hat das Gesetz beschlossen". */
function verbSecondOf(clause: string, rules: TitleRules): string | undefined {
  const m = rules.verbSecond?.subject.exec(clause);
  const subject = m?.groups?.subject;
  const verb = /\s(\p{Ll}+)$/u.exec(clause);
  if (!m || !subject || !verb || verb.index < m[0].length) return undefined;
  const middle = clause.slice(m[0].length, verb.index).trim();
  return `${subject.trim()} ${verb[1]} ${m.groups?.before ?? ''}${middle}`.replace(/\s{2,}/g, ' ').trim();
}

/** Removes the date phrase where it only places the event; it stays after a relational word or in a quotation. */
function removeDate(text: string, rules: TitleRules): string {
  const at = text.indexOf(MARK);
  if (at < 0 || insideQuote(text, at, rules)) return text;
  const before = text.slice(0, at);
  let after = text.slice(at + MARK.length);
  if (rules.dateTail) after = after.replace(rules.dateTail, '');
  const lead = rules.dateLead.exec(before);
  const kept = lead ? before.slice(0, lead.index) : before;
  if (rules.relationalBefore.test(kept)) return text;
  if (kept.trim() === '') return fronted(after, text, rules);
  // "aprobó, el lunes, un plan" → "aprobó un plan"; "Además, el lunes el Gobierno" keeps its comma.
  const joined =
    /,\s*$/.test(kept) && /^\s*,/.test(after) ? `${kept.replace(/,\s*$/, '')}${after}` : kept + after;
  return joined
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}

/** Trims separators and the final stop, balances quotation marks, capitalizes the first letter. */
function clean(text: string, rules: TitleRules): string {
  let t = text.replace(/\s+/g, ' ').trim();
  t = t.replace(/^[\s,;:—–\-)\]]+/u, '').replace(/[\s,;:—–\-([]+$/u, '');
  t = t.replace(/[.!?]+$/u, '').replace(/[\s,;:]+$/u, '');
  t = t.replace(/\s+([,;:.])/g, '$1').replace(/,(?=,)/g, '');
  t = balance(t, rules);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Drops an unmatched quotation mark so a title never opens a quotation it does not close. */
function balance(text: string, rules: TitleRules): string {
  let t = text;
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) {
    const i = t.lastIndexOf('"');
    t = t.slice(0, i) + t.slice(i + 1);
  }
  for (const [open, close] of rules.quotes) {
    const opens = t.split(open).length - 1;
    const closes = t.split(close).length - 1;
    if (opens > closes) {
      const i = t.lastIndexOf(open);
      t = t.slice(0, i) + t.slice(i + open.length);
    } else if (closes > opens) {
      const i = t.indexOf(close);
      t = t.slice(0, i) + t.slice(i + close.length);
    }
  }
  return t.replace(/\s{2,}/g, ' ').trim();
}

/** Fits a title in `maxLength`: asides go first, then the end is cut at a word boundary with "…". */
function fit(text: string, maxLength: number, rules: TitleRules): string {
  let t = text;
  for (const aside of rules.asides) {
    if (t.length <= maxLength) return t;
    const shorter = t.replace(aside, '');
    if (wordCount(shorter) >= 4) t = shorter;
  }
  if (t.length <= maxLength) return t;
  const room = maxLength - ELLIPSIS.length;
  const cut = t.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  if (space > 0) return balance(dropDangling(cut.slice(0, space), rules.dangling), rules) + ELLIPSIS;
  let hard = t.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(hard)) hard = hard.slice(0, -1);
  return hard + ELLIPSIS;
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** `Speaker: «quotation»` for a sentence that opens with a quotation and names who said it. */
function quoteTitle(
  text: string,
  rules: TitleRules,
  dateText: string,
  maxLength: number,
): string | undefined {
  for (const shape of rules.quoteLed) {
    const m = shape.exec(text);
    const speaker = m?.groups?.speaker?.trim();
    if (!m || !speaker || speaker.split(/\s+/).length > 8) continue;
    const open = text.charAt(0);
    const close = rules.quotes.find(([o]) => o === open)?.[1] ?? open;
    const quote = m[1]!.replace(MARK, dateText).replace(/[,;:\s]+$/u, '');
    const label = `${clean(speaker.replace(MARK, ''), rules)}: `;
    const room = maxLength - label.length - open.length - close.length - 2;
    if (room < 20) continue;
    const body = quote.charAt(0).toUpperCase() + quote.slice(1);
    const inner = body.length <= room ? body : fit(body, room, { ...rules, asides: [] });
    // French sets its guillemets apart with spaces: « … ».
    const pad = /^.\s/u.test(text) ? ' ' : '';
    return `${label}${open}${pad}${inner}${pad}${close}`;
  }
  return undefined;
}
