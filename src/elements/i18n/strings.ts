/**
 * The element's own words (buttons, labels, messages), one typed table per language. Counts go
 * through functions so each language can choose its plural forms (`Intl.PluralRules`) and
 * number digits (`Intl.NumberFormat`). English is built in; the other tables are loaded on first
 * use (see `load-strings.ts`), so an English page pays nothing for them.
 */

/**
 * Every word `<news-timeline>` writes itself. Give any subset as the element's `strings`
 * property to override them; the rest come from the table of the element's language.
 *
 * @example
 * timeline.strings = { fit: 'Show all', allEvents: (n) => `Everything (${n})` };
 */
export interface TimelineStrings {
  /** Accessible name of the timeline when `label` is not set. */
  timeline: string;
  /** Accessible name of the toolbar, from the timeline's name. */
  toolbar: (label: string) => string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** Accessible name of the plot: name, number of events, how to use the keys. */
  plot: (label: string, count: number) => string;
  /** The pill of a cluster of events. */
  events: (count: number) => string;
  /** Accessible name of a cluster button, from its pill text and its dates. */
  cluster: (events: string, range: string) => string;
  /** Swimlane and list label of events without a group when others have one. */
  otherGroup: string;
  /** The card. */
  selectedEvent: string;
  steps: string;
  previous: string;
  next: string;
  close: string;
  /** "3 of 12". */
  position: (position: number, count: number) => string;
  /** How the article wrote the date, before the TIMEX3 value. */
  written: (text: string) => string;
  readMore: string;
  /** Caption of the sentence an event was read from; `others`: further sentences saying it. */
  fromArticle: (others: number) => string;
  /** The list. */
  allEvents: (count: number) => string;
  unreadable: (count: number) => string;
  undatedMentions: (count: number) => string;
  showMore: (left: number) => string;
  unreadableHeading: string;
  undatedHeading: string;
  /** Messages. */
  item: (position: number) => string;
  andMore: (count: number) => string;
  warnings: string;
  notPlaced: (count: number) => string;
  warningCount: (count: number) => string;
  loading: string;
  reading: string;
  /** Reading a long article; `size` is already formatted ("1.2 MB"). */
  readingSize: (size: string) => string;
  /** The article pane and the tooltips of its dates. */
  article: string;
  showOnTimeline: (date: string | undefined) => string;
  /**
   * Load errors, shown in the message and sent with `timeline-error`. `src` is the URL, `reason`
   * what the browser or the data said (in its own words).
   */
  loadFailed: (src: string, reason: string) => string;
  /** No answer within `load-timeout`; `time` is already formatted ("5 s"). */
  loadTimeout: (src: string, time: string) => string;
  /** Larger than `max-bytes`; `size` is already formatted ("1.5 MB"). */
  loadTooLarge: (src: string, size: string) => string;
  /** The JSON at `src` is not event data. */
  badData: (src: string, reason: string) => string;
  /** The JSON at `src` looks like TimelineJS3 but cannot be read as such. */
  notTimelineJS: (src: string, reason: string) => string;
  /** Text mode could not read the article. */
  extractFailed: (reason: string) => string;
  /** Text mode's extraction code could not be loaded; `reason` in the browser's words. */
  extractModuleFailed: (reason: string) => string;
  /**
   * `reference-date` cannot be used: `raw` (as written; "Invalid Date" for an invalid `Date`) is
   * not an ISO 8601 date (`format`) or names no calendar day (`day`).
   */
  badReferenceDate: (raw: string, problem: 'format' | 'day') => string;
  /** No `reference-date`: relative dates were read from `today` (YYYY-MM-DD). */
  noReferenceDate: (today: string) => string;
  /** The page `news-timeline extract --html` writes: its title and the timeline's name. */
  pageTitle: (title: string) => string;
  /** The page's byline: publication date as given and the number of events. */
  published: (date: string, count: number) => string;
}

/** A message written when it is shown, in the words of the element's language then. */
export type Wording = (s: TimelineStrings) => string;

/** A language's plural forms of one phrase; `#` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * `plural('ru')(3, { one: '# событие', few: '# события', many: '# событий', other: '# события' })`
 * → "3 события": the form `Intl.PluralRules` picks, with the number in the language's digits.
 */
export function plural(lang: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (n, forms) => (forms[rules.select(n)] ?? forms.other).replace('#', numbers.format(n));
}

/** Formats a number in the language's digits. */
export function number(lang: string): (n: number) => string {
  const numbers = new Intl.NumberFormat(lang);
  return (n) => numbers.format(n);
}

/** English has two forms, so its table needs no `Intl.PluralRules` (nor its bytes up front). */
const p = (n: number, forms: PluralForms): string =>
  (n === 1 ? (forms.one ?? forms.other) : forms.other).replace('#', n.toLocaleString('en'));

/** English, the built-in table and the fallback for every missing word. */
export const en: TimelineStrings = {
  timeline: 'Timeline',
  toolbar: (label) => `${label} controls`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  plot: (label, n) =>
    `${label}: ${p(n, { one: '# event', other: '# events' })}. Arrow keys move between events, Enter selects, plus and minus zoom.`,
  events: (n) => p(n, { other: '# events' }),
  cluster: (events, range) => `${events}, ${range}. Zoom in`,
  otherGroup: 'Other',
  selectedEvent: 'Selected event',
  steps: 'Step through the events',
  previous: 'Previous event',
  next: 'Next event',
  close: 'Close details',
  position: (i, n) => `${i} of ${n}`,
  written: (text) => `“${text}” in the article`,
  readMore: 'Read more',
  fromArticle: (others) =>
    others > 0
      ? `From the article, also said in ${p(others, { one: '# other sentence', other: '# other sentences' })}`
      : 'From the article',
  allEvents: (n) => `All events (${n})`,
  unreadable: (n) => `${n} undated or unreadable`,
  undatedMentions: (n) => p(n, { one: '# undated mention', other: '# undated mentions' }),
  showMore: (left) => `Show more (${left} left)`,
  unreadableHeading: 'Undated or unreadable',
  undatedHeading: 'Undated mentions in the article',
  item: (i) => `item ${i}`,
  andMore: (n) => `…and ${n} more`,
  warnings: 'Warnings',
  notPlaced: (n) => p(n, { one: '# event', other: '# events' }) + ' could not be placed on the timeline',
  warningCount: (n) => p(n, { one: '# warning', other: '# warnings' }),
  loading: 'Loading events…',
  reading: 'Reading the article…',
  readingSize: (size) => `Reading the article (${size} of text)…`,
  article: 'Article',
  showOnTimeline: (date) => (date ? `${date}: show on the timeline` : 'Show on the timeline'),
  loadFailed: (src, reason) => `could not load ${src}: ${reason}`,
  loadTimeout: (src, time) => `could not load ${src}: no answer within ${time}`,
  loadTooLarge: (src, size) => `could not load ${src}: larger than ${size} (max-bytes)`,
  badData: (src, reason) => `${src}: ${reason}`,
  notTimelineJS: (src, reason) => `could not read ${src} as TimelineJS3: ${reason}`,
  extractFailed: (reason) => `could not extract events from the article: ${reason}`,
  extractModuleFailed: (reason) => `could not load the extraction module: ${reason}`,
  badReferenceDate: (raw, problem) =>
    problem === 'format'
      ? `reference-date: "${raw}" is not an ISO 8601 date (expected e.g. "2019-12-30")`
      : `reference-date: "${raw}" is not a valid calendar date`,
  noReferenceDate: (today) =>
    `no reference-date: relative dates such as "yesterday" were read from today, ${today}; set reference-date to the article's publication date`,
  pageTitle: (title) => `Timeline: ${title}`,
  published: (date, n) => `Published ${date} · ${p(n, { one: '# event', other: '# events' })}`,
};
