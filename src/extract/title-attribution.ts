/**
 * Attribution in a sentence, as the title rules remove it: the reporting frame ("X said on
 * December 29 that…", "AFP quoted … as saying that…"), attribution clauses (", according to AFP",
 * ", officials said Tuesday"), statement phrases ("in a statement") and an opening quotation's speaker.
 */
import {
  ATTRIBUTION_FILLERS,
  FINITE_VERB_CUES,
  PRONOUN_SUBJECTS,
  REPORTING_VERBS,
  REPORTING_VERBS_WITH_THAT,
  TOLD_OBJECT,
} from './title-words.js';
import { MARK, bareWord, insideQuote, pastSimple, shortNames, startsSubject } from './title-rewrite.js';

const WORD = /\S+/g;

/** One reporting verb in a clause: where it is and what kind. */
interface Verb {
  index: number;
  end: number;
  kind: 'bare' | 'that' | 'quoted';
}

function reportingVerbs(text: string, maxWords: number): Verb[] {
  const verbs: Verb[] = [];
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    if (n++ >= maxWords) break;
    const w = bareWord(m[0]);
    const kind = REPORTING_VERBS.has(w)
      ? 'bare'
      : REPORTING_VERBS_WITH_THAT.has(w)
        ? 'that'
        : w === 'quoted'
          ? 'quoted'
          : undefined;
    if (kind) verbs.push({ index: m.index, end: m.index + m[0].length, kind });
  }
  return verbs;
}

/** A quotation that opens the sentence, and who said it: `"…," the militia said in a statement…`. */
export interface QuoteLed {
  speaker: string;
  quote: string;
}

const OPENING_QUOTE = /^["“]([^"“”]{8,})["”],?\s+(.+)$/u;

export function quoteLed(text: string): QuoteLed | undefined {
  const m = OPENING_QUOTE.exec(text);
  if (!m) return undefined;
  const quote = m[1]!.replace(/[,;:\s]+$/u, '');
  const tail = m[2]!;
  const [verb] = reportingVerbs(tail, 14);
  if (!verb || verb.kind === 'quoted') return undefined;
  let speaker: string;
  if (verb.index === 0) {
    // Inverted: "said Doris Keller, whose basement…".
    speaker = tail.slice(verb.end).split(/[,;]/)[0]!.trim().replace(/\.$/, '');
  } else {
    speaker = tail.slice(0, verb.index).split(',')[0]!.trim();
  }
  if (/["“”]/.test(speaker) || speaker.split(/\s+/).length > 8) return undefined;
  return { speaker: speakerLabel(speaker), quote };
}

/** "the militia" → "Militia"; a pronoun names nobody, so it gives no label. */
function speakerLabel(speaker: string): string {
  const s = speaker.replace(new RegExp(MARK, 'g'), '').trim();
  if (/^(?:he|she|they|we|i|you|it)$/i.test(s)) return '';
  const bare = s.replace(/^(?:the|a|an)\s+/i, '');
  return shortNames(bare.charAt(0).toUpperCase() + bare.slice(1), true);
}

/**
 * Removes attribution clauses at the end or inside a sentence: ", according to AFP",
 * ", state officials said Tuesday", ", the National Weather Service said,", ", said Doris Keller, whose…".
 */
export function dropAttributionClauses(text: string): string {
  let t = /(?:^|\s)(?:\p{L}\.){2,}$/u.test(text)
    ? text
    : text.replace(/[.!?]+["”’']?\s*$/u, (m) => (/["”’']/.test(m) ? m.replace(/[.!?]+/g, '') : ''));
  // ", according to a study published Tuesday in the journal Nature Geoscience, and…"
  t = t.replace(/,\s*according to\b[^,"“”]*(?=,)/giu, '');
  t = t.replace(/,\s*according to\b[^"“”]*$/iu, '');
  t = t.replace(/\s+according to\b[^,"“”]*$/iu, '');
  const subject = String.raw`(?:[\p{L}\p{N}.'’-]+\s+){0,5}?[\p{L}\p{N}.'’-]+`;
  // "responded to a reported shooting": after a determiner the participle is an adjective.
  const verb = String.raw`(?<!\b(?:a|an|the|its|their|his|her|this|that)\s)(?:said|says|say|added|adds|wrote|told\s+\S+|reported|noted|explained|announced|confirmed|quoted\s+[^,"“”]{1,60}?\s+as\s+saying)`;
  // After the verb only when or where it was said ("Tuesday", "at a forum"), never a report of its own.
  const rest = String.raw`(?:\s+(?![^,]*\bthat\b)(?!(?:he|she|it|they|we|i|you|there|the|a|an|his|her|its|their)\s)[^,"“”]{1,45})?`;
  t = t.replace(
    new RegExp(String.raw`,\s*(?!(?:\S+\s+)*?(?:and|but|or)\s)${subject}\s+${verb}${rest}$`, 'iu'),
    '',
  );
  t = t.replace(new RegExp(String.raw`,\s*${subject}\s+(?:said|says)\s*,`, 'iu'), ',');
  return t.trim();
}

const FILLER_DATE =
  /^(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|next)\s+\p{L}+|earlier\s+this\s+\p{L}+)\b/iu;

/** After a reporting verb: the object of "told", the date, "in a statement…", "that". */
function reportedClauseStart(text: string, verb: Verb): number | undefined {
  let i = verb.end;
  const rest = (): string => text.slice(i);
  const skipSpace = (): void => {
    i += /^[\s,]*/.exec(rest())![0].length;
  };
  skipSpace();
  if (verb.kind === 'quoted') {
    const m = /^(?:[^,;]{1,80}?)\s+as\s+saying\b/u.exec(rest());
    if (!m) return undefined;
    i += m[0].length;
  } else if (/^(?:told|tells|tell)$/i.test(text.slice(verb.index, verb.end))) {
    const m = TOLD_OBJECT.exec(rest());
    if (!m) return undefined;
    i += m[0].length;
  }
  for (let guard = 0; guard < 6; guard++) {
    skipSpace();
    const r = rest();
    if (r.startsWith(MARK)) {
      i += MARK.length;
      continue;
    }
    const filler = [...ATTRIBUTION_FILLERS, FILLER_DATE].map((f) => f.exec(r)).find((m) => m);
    if (filler) {
      i += filler[0].length;
      continue;
    }
    break;
  }
  skipSpace();
  const that = /^that\s+/i.exec(rest());
  if (that) return i + that[0].length;
  if (verb.kind !== 'that' && startsSubject(rest())) return i;
  return undefined;
}

/** A subject an attribution can lend to its report: short, without a verb of its own. */
function lendableSubject(subject: string): string | undefined {
  const trimmed = subject.replace(
    /(?:\s+(?:also|later|earlier|again|meanwhile|had|has|have|then|now))+$/i,
    '',
  );
  const relative =
    /^(.+?),\s+(?:which|who)(?:\s+(?:also|later|earlier|had|has|have))?$/u.exec(trimmed) ??
    /^([^,]+),\s+(?:who|which)\s+[^,]+,$/u.exec(trimmed);
  const s = (relative ? relative[1]! : trimmed).replace(/,\s*$/, '').trim();
  if (!s || s.split(/\s+/).length > 10 || s.includes(MARK)) return undefined;
  if (/(?:^|\s)(?:and|but|or)$/i.test(s)) return undefined;
  if (!relative && /,/.test(s) && !/^[^,]+,\s+[^,]+$/u.test(s)) return undefined;
  if (s.split(/\s+/).some((w) => FINITE_VERB_CUES.has(bareWord(w)) && !/^\p{Lu}/u.test(w))) return undefined;
  return s;
}

const isName = (s: string): boolean =>
  s.split(/\s+/).every((w) => /^(?:\p{Lu}|al-|el-|de$|of$|van$|von$)/u.test(w)) &&
  !/^(?:The|A|An|His|Her|Their|Its)\b/.test(s);

/**
 * "X said on December 29 that it had conducted…" → "X conducted…"; "AFP quoted Y as saying that…";
 * "According to Z, …". A pronoun subject of the report ("it", "they"; "he"/"she" after a name)
 * becomes the attribution's subject, "its"/"their" its possessive. When the report would open on a
 * person nobody named ("his client would appeal"), the attribution stays.
 */
export function stripReportingFrame(text: string): string {
  const according = /^according to [^,]{1,60},\s*(.+)$/iu.exec(text);
  if (according) return according[1]!;
  for (const verb of reportingVerbs(text, 14)) {
    if (verb.index === 0) continue;
    const subject = lendableSubject(text.slice(0, verb.index).trim());
    if (!subject) continue;
    const start = reportedClauseStart(text, verb);
    if (start === undefined) continue;
    const report = text.slice(start);
    if (report.split(/\s+/).length < 3) continue;
    const lent = lendSubject(subject, report.replace(/\s+and\s+that\s+[\s\S]*$/u, ''));
    if (lent !== undefined) return lent;
  }
  return text;
}

function lendSubject(subject: string, report: string): string | undefined {
  const first = /^(\S+)(\s+)/u.exec(report);
  const word = first ? first[1]!.toLowerCase() : '';
  const number = PRONOUN_SUBJECTS.get(word);
  const subjectIsPronoun = /^(?:he|she|they|we|i|you|it)$/i.test(subject);
  if (number && !subjectIsPronoun) {
    if ((word === 'he' || word === 'she') && !isName(subject)) return undefined;
    return pastSimple(subject + report.slice(first![1]!.length), number);
  }
  if (/^(?:his|her|my|our|your|we|i|you)$/.test(word) && !subjectIsPronoun) return undefined;
  const possessive = /^((?:\S+\s+){0,3}?)(its|their)\s/iu.exec(report);
  if (possessive && !subjectIsPronoun) {
    const owner = /s$/.test(subject) && !isName(subject) ? `${subject}’` : `${subject}’s`;
    return pastSimple(report.replace(possessive[0], `${possessive[1]}${owner} `));
  }
  return pastSimple(report);
}

const STATEMENT_PHRASE =
  /(?:^|\s+)in\s+(?:a|an|the|its|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:statement|release|filing|interview|post|tweet|video)(?:\s+(?:posted|released|issued|published)(?:\s+(?:online|late|early))*)?(?=[\s,])/giu;

/** "Sadr, …, in a statement on December 30 urged…" → "Sadr, …, urged…" (outside quotations). */
export function dropStatementPhrases(text: string): string {
  return text.replace(STATEMENT_PHRASE, (m, offset: number) => (insideQuote(text, offset) ? m : ''));
}
