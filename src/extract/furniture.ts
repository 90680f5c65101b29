import type { TextSpan } from './types.js';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/**
 * A photo credit closing a caption: "(Jane Doe / Agency)", "(AP Photo/Jane Doe)", "(Reuters)",
 * "(Photo: …)", "… Getty Images".
 */
const CREDIT_END =
  /(?:\((?:[^()]*\/[^()]*|(?:AP|AFP|Reuters|EPA|Getty|Xinhua|Bloomberg)\b[^()]*|[^()]*\b(?:photo|photograph|picture|image)s?\b[^()]*)\)|\bGetty Images)\s*\.?$/iu;
/**
 * "…in Malaga, Spain, Sunday, Nov. 26, 2023.", "…late Friday, May 5, 2023, in…" — the weekday, month, day and year of a wire photo
 * caption; "1 of 3 |" — the counter of a gallery.
 */
const CAPTION_DATE = new RegExp(
  `\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\b|^\\d+\\s+of\\s+\\d+\\s*[|:]`,
);
const CREDIT_INSIDE = /\b(?:AP|AFP|EPA) Photo\s?\/|\((?:photo|image)s?(?: credit)?\s*:/i;

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
    pattern: /^\(?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)*\s?\/\s?[\p{L}.'-]+(?:\s[\p{L}.'-]+)*\)?\.?$/u,
    test: 'sentence',
    scope: 'match',
    maxLength: 60,
  },
  { kind: 'credit', pattern: /\bgetty images\)?\.?$/i, test: 'sentence', scope: 'match', maxLength: 120 },
  {
    kind: 'credit',
    // "LISBON, PORTUGAL - MAY 2: Firefighters work…": an agency photo caption opens with the place
    // and the day in capitals; the whole line is the caption.
    pattern:
      /^\p{Lu}{2}[\p{Lu} .'-]*(?:,\s+\p{Lu}[\p{Lu} .'-]*)?\s+[-–—]\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s*\d{4})?\s*:/u,
    test: 'line',
    scope: 'match',
    maxLength: 1200,
  },
  {
    kind: 'credit',
    // "In this March 3, 2019, file photo, …", "In this image provided by …": the date is the picture's.
    pattern:
      /^In\s+(?:this|these|an?)\b.{0,60}?\b(?:file\s+)?(?:photo(?:graph)?|illustration|image|picture|handout|frame|screenshot|screen\s+grab|video\s+(?:still|grab))s?\b/i,
    test: 'sentence',
    scope: 'match',
    maxLength: 400,
  },
  {
    kind: 'credit',
    // "The store is seen here in 2016.": a caption saying when the picture was taken.
    pattern: /\b(?:is|are|was|were)\s+(?:seen|pictured|shown)\s+here\b/i,
    test: 'sentence',
    scope: 'match',
    maxLength: 200,
  },
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
    // "Published: …", "Updated at 3:10 p.m. ET Tuesday", "Posted 5 hours ago".
    // "and last updated 2015-11-14 22:54" is the second line of a two-line stamp.
    pattern:
      /^(?:and\s+)?(?:published|updated|last updated|posted|first published|originally published|modified)\b\s*:?\s*(?:on\s+|at\s+)?(?=.{0,60}(?:\d|day\b|ago\b))/i,
    test: 'line',
    scope: 'match',
    maxLength: 100,
  },
  {
    kind: 'metadata',
    // A line that is only a date, maybe with a clock time ("2009-Oct-19 09:25:58"): the page's
    // stamp, not an event.
    pattern: new RegExp(
      `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-${MONTH}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s*(?:,|at|\\||-|·|/)?\\s*\\d{1,2}(?::\\d{2}){0,2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?(?:\\s+in\\s+\\p{Lu}[\\p{L}/&' -]*|\\s*[/|·]\\s*(?:updated|published|posted)\\b[^.!?]*)?\\.?$`,
      'iu',
    ),
    test: 'line',
    scope: 'match',
    maxLength: 110,
  },
  {
    kind: 'metadata',
    // "December 29, 2004|By Jane Doe and John Roe, Tribune correspondents.": a stamp and a byline.
    pattern: new RegExp(
      `^(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[|·]\\s*By\\s+\\p{Lu}`,
      'u',
    ),
    test: 'sentence',
    scope: 'match',
    maxLength: 240,
  },
  {
    kind: 'navigation',
    // Links to other stories and media: "Watch: …", "Read more: …", "Related: …".
    pattern:
      /^(?:watch|listen|video|audio|read more|read also|also read|related|see also|more|recommended|trending)\s*:/i,
    test: 'line',
    scope: 'match',
    maxLength: 160,
  },
  {
    kind: 'navigation',
    // A media player's clock: "0:00", "1:02 / 3:45", "Listen 2:15".
    pattern:
      /^(?:(?:listen|watch|play|video|audio|duration)\b[\s:·-]*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$/i,
    test: 'line',
    scope: 'match',
  },
  {
    kind: 'metadata',
    // "By Jane Doe", "By Jane Doe, Reuters | December 30, 2019": two or more capitalized words, and a
    // capitalized tail without a sentence end, so "By Monday, the troops had left." is news.
    pattern:
      /^[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}(?:\s*(?:,|\||and|·|-)\s*[\p{Lu}\d](?:[^.!?]|\b[ap]\.m\.|\b\p{Lu}\.)*)?$/u,
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
    if (line && line.start <= s.start) {
      // A sentence over two stamp lines ("Posted at 6:44 AM, Nov 14\nand last updated …") is one stamp.
      let end = line.end;
      for (let k = l + 1; k < lines.length && lines[k]!.start === end + 1 && end < s.end; k++)
        end = lines[k]!.end;
      if (s.end <= end) return line.kind;
    }
    const sentence = text.slice(s.start, s.end);
    const rule = firstMatch(sentenceRules, sentence);
    if (rule?.scope === 'rest') restFrom = s.start;
    return rule?.kind;
  });
}

function firstMatch(rules: readonly FurnitureRule[], text: string): FurnitureRule | undefined {
  return rules.find((r) => (r.maxLength === undefined || text.length <= r.maxLength) && r.pattern.test(text));
}

/**
 * How sure a caption is: marked by a credit or a wire-caption date, or only by its shape;
 * 'photo-dated' when its date is the picture's ("…in Schaumburg, Illinois, October 22, 2007."), so it
 * tells no event of that day of its own.
 */
export type CaptionKind = 'credited' | 'uncredited' | 'photo-dated';

/**
 * "Shoppers walk past the store in Schaumburg, Illinois, October 22, 2007.", "…in London, Wednesday,
 * June 16, 2021.": a sentence in the present that ends with the place and day a picture was taken (a
 * report would say "on"). No past form may stand in it.
 */
const PHOTO_DATE_END = new RegExp(
  `^(?!.*\\b(?:was|were|had|has|have|said|did|[a-z]{3,}ed)\\b).*,\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*)*,\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+)?${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.?$`,
  'u',
);
/** Longest sentence tested against {@link PHOTO_DATE_END}. */
const MAX_PHOTO_CAPTION = 300;

/**
 * Present-tense verbs of photo captions ("… is seen after an air strike", "Rescuers search the
 * rubble …"), as data: a one-sentence line in this tense describes a picture.
 */
const CAPTION_VERB =
  /\b(?:is|are) (?:seen|pictured|shown)\b|\b(?:looks?|stands?|walks?|gathers?|holds?|celebrates?|arrives?|speaks?|waves?|attends?|reacts?|surrounds?|poses?|sits?|rides?|carries|carry|searches|search|works?|inspects?|marches|march|prays?|mourns?|sifts?|rests?|wait|waits|hugs?|embraces?|cheers?|greets?|stares?|passes)\b/;

/**
 * Marks photo captions: sentences that end with a credit or carry one, carry a wire-caption date or
 * a gallery counter, are followed on their line or the next by a credit line, or open a line under
 * a credit line ("Associated Press photo") or over a gallery link ("(Full-size photo)") ('credited'); a
 * one-sentence line in the present tense of a picture ('uncredited'). A caption usually repeats an
 * event of the body.
 *
 * @param furniture - the result of {@link furnitureOf} for the same sentences
 * @returns for each sentence, the kind of caption it is, or `undefined`
 */
export function captionsOf(
  text: string,
  sentences: readonly TextSpan[],
  furniture: ReadonlyArray<FurnitureKind | undefined>,
): Array<CaptionKind | undefined> {
  return sentences.map((s, i) => {
    if (furniture[i] !== undefined) return undefined;
    const sentence = text.slice(s.start, s.end);
    if (sentence.length <= MAX_PHOTO_CAPTION && PHOTO_DATE_END.test(sentence.trim())) return 'photo-dated';
    // A credit closes the caption: its end is enough to read (and keeps long text linear).
    if (CREDIT_END.test(sentence.slice(-200)) || CREDIT_INSIDE.test(sentence) || CAPTION_DATE.test(sentence))
      return 'credited';
    const next = sentences[i + 1];
    const gap = next ? text.slice(s.end, next.start) : '';
    if (next && furniture[i + 1] === 'credit' && (gap.match(/\n/g)?.length ?? 0) <= 1) return 'credited';
    if (
      startsLine(text, s.start) &&
      (CREDIT_LINE.test(lineBefore(text, s.start)) || PHOTO_LINK.test(lineAfter(text, s.end)))
    )
      return 'credited';
    const previous = sentences[i - 1];
    const alone =
      (!previous || text.slice(previous.end, s.start).includes('\n')) && (!next || gap.includes('\n'));
    return alone && sentence.length <= 300 && CAPTION_VERB.test(sentence) ? 'uncredited' : undefined;
  });
}

/** A photo credit alone on the line above a caption: "Associated Press photo", "Photo: Jane Doe". */
const CREDIT_LINE =
  /^(?:(?:\p{Lu}[\p{L}.&'-]*\s+){1,4}(?:photo|photograph|picture|image)s?|(?:photo|photograph|picture|image)s?(?: credit)?\s*[:|]\s*\p{Lu}[^.!?]{0,60})$/iu;
/** A gallery link on the line under a caption: "(Full-size photo)(All photos)", "Enlarge photo". */
const PHOTO_LINK = /^\(?(?:full[- ]size|enlarge|view|all|more)\s+(?:photo|image|picture)s?\)?/i;

const startsLine = (text: string, at: number): boolean =>
  /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 80), at));

/** The nearest non-empty line above `at` (at most one blank line between). */
function lineBefore(text: string, at: number): string {
  const lines = text.slice(Math.max(0, at - 300), at).split('\n');
  lines.pop();
  let blank = 0;
  while (lines.length && !lines[lines.length - 1]!.trim() && blank < 1) {
    lines.pop();
    blank++;
  }
  return lines.pop()?.trim() ?? '';
}

/** The rest of the line after `at`, or the next non-empty line when the line ends there. */
function lineAfter(text: string, at: number): string {
  const rest = text.slice(at, at + 300);
  const lineEnd = rest.indexOf('\n');
  const same = (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).trim();
  if (same) return same;
  return (
    rest
      .slice(lineEnd + 1)
      .split('\n')[0]
      ?.trim() ?? ''
  );
}

/** A line of words in title case, four or more, without a closing stop. */
const TITLE_CASE_LINE =
  /^(?=(?:\S+\s+){3})(?:[\p{Lu}\d"“‘'(][^\s]*|a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|vs\.?|is|are|\||[-–—:])(?:\s+(?:[\p{Lu}\d"“‘'(][^\s]*|a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|vs\.?|is|are|\||[-–—:]))*$/u;

/**
 * Whether a sentence is a whole line in title case ("Sen. Thom Tillis Will Not Seek Reelection Next
 * Year"): a headline — of this story, which its body tells, or of another story linked from the page.
 * Its dates make no events. (Not page furniture: the article's own headline is read as its title.)
 */
export function isTitleCaseLine(text: string, sentence: TextSpan): boolean {
  const line = text.slice(sentence.start, sentence.end);
  if (line.length > 120 || /[.!?]["”’)]?$/u.test(line)) return false;
  const before = text.slice(Math.max(0, sentence.start - 1), sentence.start);
  const after = text.slice(sentence.end, sentence.end + 1);
  return (before === '' || before === '\n') && (after === '' || after === '\n') && TITLE_CASE_LINE.test(line);
}
