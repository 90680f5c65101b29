import { DANGLING } from './title-words.js';
import { TITLE_MAX_LENGTH } from './types.js';

export const ELLIPSIS = '…';

/** Trims separators and the final stop, balances quotation marks, capitalizes the first letter. */
export function clean(text: string, capitalize = true): string {
  let t = text.replace(/\s+/g, ' ');
  t = t.replace(/^[\s"“”'‘’,;:—–\-)\]]+/u, '').replace(/[\s,;:—–\-([]+$/u, '');
  // The final stop goes, but not the period of a closing abbreviation ("9 a.m.", "the U.S.").
  if (!/(?:^|\s|-)(?:\p{L}\.){2,}$/u.test(t)) t = t.replace(/[.!?]+(["”’']?)$/u, '$1');
  t = t.replace(/[\s,;:]+$/u, '').replace(/[,;:]+(["”])$/u, '$1');
  t = t.replace(/\s+([,;:.])/g, '$1').replace(/,(?=,)/g, '');
  t = balanceQuotes(t);
  // A clause taken from after a comma keeps no connective in front ("and state officials…").
  if (capitalize) t = t.replace(/^(?:and|but|or|so|yet)\s+(?=\S)/iu, '');
  return capitalize ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/** Drops the last unmatched double quotation mark so a title never opens a quotation it does not close. */
export function balanceQuotes(text: string): string {
  let t = text;
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) {
    const i = t.lastIndexOf('"');
    t = t.slice(0, i) + t.slice(i + 1);
  }
  const opens = t.match(/“/g)?.length ?? 0;
  const closes = t.match(/”/g)?.length ?? 0;
  if (opens > closes) {
    const i = t.lastIndexOf('“');
    t = t.slice(0, i) + t.slice(i + 1);
  } else if (closes > opens) {
    const i = t.indexOf('”');
    t = t.slice(0, i) + t.slice(i + 1);
  }
  return t.replace(/\s{2,}/g, ' ').trim();
}

/** Removes trailing punctuation and function words ("…strike in" → "…strike"). */
export function dropDangling(text: string, dangling: ReadonlySet<string> = DANGLING): string {
  let cut = text;
  for (;;) {
    // Quotation marks stay: a closing one may balance an opening one (`might "review"`).
    const trimmed = cut.replace(/[\s,;:—–\-([“‘]+$/u, '');
    const lastWord = /(?:^|\s)(\p{L}+)$/u.exec(trimmed)?.[1];
    if (!lastWord || !dangling.has(lastWord.toLowerCase()) || trimmed.length === lastWord.length) {
      return trimmed;
    }
    cut = trimmed.slice(0, trimmed.length - lastWord.length);
  }
}

/** At most `maxLength` characters from the start, cut at a word boundary, with "…" when cut. */
export function cutEnd(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = maxLength - ELLIPSIS.length;
  const cut = text.slice(0, room + 1);
  const space = cut.lastIndexOf(' ');
  if (space > 0) return balanceQuotes(dropDangling(cut.slice(0, space))) + ELLIPSIS;
  // One word longer than a title: cut inside it, but never between the halves of a surrogate pair.
  let hard = text.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(hard)) hard = hard.slice(0, -1);
  return hard + ELLIPSIS;
}

/**
 * Asides a long title can lose without losing its statement: ", who carries…,", "(IRGC)",
 * ", 61,", ", also known as…", and trailing phrases after a comma (", including…", ", ending…",
 * ", which…", ", when…"). Whole pieces go, so no ellipsis marks them.
 */
const INNER_ASIDES: readonly RegExp[] = [
  /,\s+(?:with|for|to|of|from|by)\s+(?:whom|which)\s+[^,"“”]*,/g,
  /\s*\([^()]*\)/g,
  /,\s+(?:who|whom|whose|which)\s+[^,"“”]*,(?=\s+\p{Ll})/gu,
  /,\s+\d{1,3},/g,
  // A participle aside after the subject: "The agreement, hammered out in a meeting…, would…".
  /^([^,"“”]{3,60}),\s+\p{Ll}+(?:ed|en)\b[^,"“”]*,(?=\s+\p{Ll})/u,
  /,\s+(?:meanwhile|however|though|too|also|in turn|for (?:its|his|her|their) part),/g,
  // An apposition after the subject, before its verb: "Brault's lawyer, Nadia Ferreira, argued…".
  /^([^,"“”]{3,40}),\s+[^,"“”]{2,50},(?=\s+(?!(?:the|a|an|and|or|of|in|on|at|to|for|with|but)\b)\p{Ll})/u,
];
const TRAILING_ASIDE =
  /,\s+(?:also known as|including|such as|which|who|whose|where|when|while|as well as|with|\p{Ll}+ing\b)[^,]*$/u;

/** Fits a title in `maxLength`: asides go first, then the end is cut at a word boundary. */
export function fit(text: string, maxLength: number, minWords = 4): string {
  let t = text;
  for (const aside of INNER_ASIDES) {
    if (t.length <= maxLength) return t;
    const shorter = t.replace(aside, (m, head: unknown) => (typeof head === 'string' ? head : ''));
    if (wordCount(shorter) >= minWords) t = shorter.replace(/,(?=\s*,)/g, '');
  }
  while (t.length > maxLength) {
    const shorter = t.replace(TRAILING_ASIDE, '');
    if (shorter === t || wordCount(shorter) < minWords) break;
    t = shorter;
  }
  if (t.length > maxLength) t = t.replace(/\s+also\b/g, '');
  return cutEnd(t, maxLength);
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Words the phrase after a count must have to stand as the counted event's title. */
const MIN_COUNTED_WORDS = 2;

/**
 * "… 10 months after the attack on the satirical Charlie Hebdo magazine": the counted event is what
 * the count is counted from, the phrase after it up to the next clause break ("The attack on the
 * satirical Charlie Hebdo magazine").
 */
export function countedTitle(sentence: string, end: number): string | undefined {
  const phrase = /^\s*([^,;:.!?()—–"“”]+)/u.exec(sentence.slice(end))?.[1]?.trim() ?? '';
  if ((phrase.match(/\p{L}+/gu) ?? []).length < MIN_COUNTED_WORDS) return undefined;
  return fit(clean(phrase), TITLE_MAX_LENGTH);
}
