import type { TextSpan } from './types.js';

/** What kind of page furniture a rule recognizes. */
export type FurnitureKind = 'navigation' | 'credit' | 'footer' | 'metadata';

/** One recognizer of text that is part of the page, not of the news. */
export interface FurnitureRule {
  kind: FurnitureKind;
  pattern: RegExp;
  /** The text tested: each trimmed line, or each sentence. */
  test: 'line' | 'sentence';
  /** What becomes furniture: the matching line or sentence, or everything from that line to the end. */
  scope: 'match' | 'rest';
  /** Longest text the rule applies to: longer text is news that happens to use the same words. */
  maxLength?: number;
}

/**
 * Page furniture as data: navigation, image credits, bylines and time stamps, subscription and
 * legal footers. Line rules with `^…$` match a whole line only, so news sentences that merely
 * contain the words ("users who subscribe to the service") are kept.
 */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    kind: 'navigation',
    pattern:
      /^(?:accessibility links|breaking news|skip to (?:main )?content|(?:main )?menu|search|home|sections|share(?: this(?: article| story)?)?|print|e-?mail|comments?|advertisement|related(?: stories| articles| content| coverage)?|read more|see also|most (?:read|popular|viewed)|trending(?: now)?|top stories|back to top|listen to (?:this )?article|more (?:stories|news|on this story))$/i,
    test: 'line',
    scope: 'match',
  },
  { kind: 'credit', pattern: /^(?:•\s*)?\d+\s*x\s*\d+\s+image$/i, test: 'line', scope: 'match' },
  {
    kind: 'credit',
    pattern: /^\(?(?:photo|image|picture|video|graphic|illustration)s?(?: credit)?\s*(?::|by\b)/i,
    test: 'sentence',
    scope: 'match',
    maxLength: 160,
  },
  {
    kind: 'credit',
    // "Reuters/Thaier al-Sudani", "AP Photo/John Doe": agency or outlet, slash, photographer.
    pattern: /^\(?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*\/[\p{L}.'-]+(?:\s[\p{L}.'-]+)*\)?\.?$/u,
    test: 'sentence',
    scope: 'match',
    maxLength: 60,
  },
  { kind: 'credit', pattern: /\bgetty images\)?\.?$/i, test: 'sentence', scope: 'match', maxLength: 120 },
  {
    kind: 'footer',
    pattern: /^(?:with )?(?:additional )?(?:reporting|writing|editing|compiled) by\b/i,
    test: 'line',
    scope: 'rest',
    maxLength: 200,
  },
  { kind: 'footer', pattern: /\bundesirable organi[sz]ation\b/i, test: 'line', scope: 'match' },
  { kind: 'footer', pattern: /\bclick here\b/i, test: 'sentence', scope: 'match' },
  { kind: 'footer', pattern: /©|^copyright\b|\bcopyright\s+\d{4}\b/i, test: 'line', scope: 'match' },
  { kind: 'footer', pattern: /\ball rights reserved\b/i, test: 'line', scope: 'match' },
  {
    kind: 'footer',
    pattern: /^(?:sign up|subscribe|register)\b|\b(?:sign up|subscribe) (?:to|for) (?:our|my)\b/i,
    test: 'sentence',
    scope: 'match',
    maxLength: 240,
  },
  {
    kind: 'footer',
    pattern:
      /\b(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings)|(?:our|free|daily|weekly) newsletters?)\b/i,
    test: 'sentence',
    scope: 'match',
    maxLength: 240,
  },
  {
    kind: 'footer',
    pattern: /^(?:follow|like) (?:us|\p{Lu}[\p{L}.]*) on\b/iu,
    test: 'sentence',
    scope: 'match',
    maxLength: 160,
  },
  {
    kind: 'metadata',
    pattern: /^(?:published|updated|last updated|posted|first published|modified)\s*(?::|on\s)(?=.{0,60}\d)/i,
    test: 'line',
    scope: 'match',
    maxLength: 80,
  },
  {
    kind: 'metadata',
    // "By Jane Doe", "By Jane Doe, Reuters | December 30, 2019": two or more capitalized words, and a
    // capitalized tail without a sentence end, so "By Monday, the troops had left." is news.
    pattern:
      /^[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}(?:\s*(?:,|\||and)\s*[\p{Lu}\d][^.!?]*)?$/u,
    test: 'line',
    scope: 'match',
    maxLength: 120,
  },
];

/**
 * Marks the sentences that are page furniture.
 *
 * @param sentences - sentence spans in text order (from `splitSentences`)
 * @returns for each sentence, the kind of furniture it is, or `undefined` for news
 * @example
 * const text = 'Breaking News\nIt rained on Monday.';
 * furnitureOf(text, splitSentences(text), FURNITURE_RULES) // ['navigation', undefined]
 */
export function furnitureOf(
  text: string,
  sentences: readonly TextSpan[],
  rules: readonly FurnitureRule[] = FURNITURE_RULES,
): Array<FurnitureKind | undefined> {
  const lineRules = rules.filter((r) => r.test === 'line');
  const sentenceRules = rules.filter((r) => r.test === 'sentence');
  const lines: Array<TextSpan & { kind: FurnitureKind }> = [];
  let restFrom = Infinity;
  let restKind: FurnitureKind = 'footer';
  let lineStart = 0;
  while (lineStart <= text.length && restFrom === Infinity) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    const rule = line ? firstMatch(lineRules, line) : undefined;
    if (rule?.scope === 'rest') {
      restFrom = lineStart;
      restKind = rule.kind;
    } else if (rule) {
      lines.push({ start: lineStart, end: lineEnd, kind: rule.kind });
    }
    lineStart = lineEnd + 1;
  }
  let l = 0;
  return sentences.map((s) => {
    if (s.start >= restFrom) return restKind;
    while (l < lines.length && lines[l]!.end < s.start) l++;
    const line = lines[l];
    if (line && line.start <= s.start && s.end <= line.end) return line.kind;
    const sentence = text.slice(s.start, s.end);
    const rule = firstMatch(sentenceRules, sentence);
    if (rule?.scope === 'rest') restFrom = s.start;
    return rule?.kind;
  });
}

function firstMatch(rules: readonly FurnitureRule[], text: string): FurnitureRule | undefined {
  return rules.find((r) => (r.maxLength === undefined || text.length <= r.maxLength) && r.pattern.test(text));
}
