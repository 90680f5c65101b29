import type { Chrono } from 'chrono-node/en';
import type { DateOrder, TypedText } from './typed.js';

/**
 * Tense markers of one language, as data: the shared scorer in `tense.ts` finds the nearest of
 * each kind around an expression. Patterns are global (`g`) and match whole words.
 */
export interface TenseTables {
  /** Future markers: auxiliaries, "plans to", future endings ("hablará", "wird", "aura"). */
  future: RegExp;
  /** Past markers: past forms and past adverbs ("said", "dijo", "hat … gesagt", "заявил"). */
  past: RegExp;
  /** Present forms, which let an expression point either way (the nearest reading wins). */
  present: RegExp;
  /** The present of a scheduled event ("begins", "comienza", "beginnt"): it looks ahead. */
  scheduled: RegExp;
  /** Words `past` matches that are not past ("scheduled", "hundred"); anchored (`^…$`). */
  notPast?: RegExp;
  /** Future markers that look ahead from a past time ("would", "was to"); anchored (`^…$`). */
  futureInPast?: RegExp;
  /**
   * A conjunction and a new subject ("and they", "but she"): a clause of its own, as a comma is,
   * whose verb is not the date's (optional).
   */
  clauseJoin?: RegExp;
  /**
   * What may stand before a date that frames the clause after its comma ("On May 24, he
   * possessed…", "admitted that on May 24, he…"): that clause's verb is the date's own, not one
   * of another clause (optional); `…$` over the sentence before the date.
   */
  framingBefore?: RegExp;
  /** A deadline just before the expression ("by", "until", "hasta", "bis"): it looks ahead. */
  deadlineBefore?: RegExp;
  /** A move to a new date just before it ("postponed to", "aplazado hasta"): it looks ahead. */
  postponedTo?: RegExp;
  /** Marker words that do not speak for tense after these words. */
  exceptions?: readonly TenseException[];
}

/** A tense marker that does not count when the words before it are `before`. */
export interface TenseException {
  /** Which table it applies to. */
  markers: 'future' | 'past' | 'present' | 'scheduled';
  /** Only marker words like this one (all when absent). */
  word?: RegExp;
  /** What stands right before the marker; anchored at the end (`…$`). */
  before: RegExp;
}

/**
 * The short phrases of one language that the shared resolver reads around an expression. Each
 * pattern is anchored as described; all are case-insensitive.
 */
export interface TextCues {
  /** What may stand before a year that frames its sentence ("In 2017, …"); `^…$` over the words before it. */
  framingLead: RegExp;
  /** A lead that starts no story even before a year ("since"); `…$`. */
  sinceBefore: RegExp;
  /** Attribution just before a date ("said on", "dijo el"): it dates the telling; `…$`. */
  attributionBefore: RegExp;
  /**
   * A death just before a date ("died", "passed away on"): an obituary's news, close to the
   * reference, whatever story the text tells around it (optional); `…$`.
   */
  deathBefore?: RegExp;
  /**
   * A setting of a telling before a date ("said during a", "told reporters at a"): "said during a
   * Sunday news conference" dates the telling (optional); `…$`.
   */
  attributionSettingBefore?: RegExp;
  /**
   * A photo right after a date ("Jan. 5, 2011 file photo"): a caption's date, which the story's
   * later clock times do not belong to (optional); `^…`.
   */
  photoDateAfter?: RegExp;
  /**
   * A founding or a birth as an aside before a year ("Founded in 1945, …", ", born in 1950,"):
   * background of a subject, no story told in that year (optional); `…$` over 24 characters.
   */
  foundingBefore?: RegExp;
  /** "ended", "as of" before a date: it bounds a period; `…$`. */
  periodBoundary: RegExp;
  /** A preposition that governs a year ("in 1793"); `…$`. */
  prepositionBefore: RegExp;
  /** What makes an entry line ("Jan. 1: …") a schedule rather than a look-back; `^…` over the line. */
  entryAhead: RegExp;
  /** Between two dates of a range ("to", "al", "bis"); `^…$`. */
  rangeBetween: RegExp;
  /** Abbreviations a period does not end a sentence after ("Sept.", "Sr.", "Nr."); `…$`. */
  abbreviationBefore: RegExp;
  /**
   * Words that open a line before an update's stamp ("Update", "Updated:"); `^…$` over the line's
   * words before the date. The rest of that line counts "today", "tomorrow" and weekdays from the
   * stamp's day, not the reference date (optional).
   */
  updateStampBefore?: RegExp;
  /** "7 p.m. Ortiz …": a clock abbreviation that does end the sentence (optional). */
  clockThenSentence?: RegExp;
  /** The word for today, for the "historians say today" reading; `^…$`. */
  today: RegExp;
  /** Present verbs and non-present verbs beside "today" that make it "nowadays" or the day. */
  presentVerb: RegExp;
  notPresentVerb: RegExp;
  /** Words between a day and a clock time that join them ("at", "a las", "um"); `^…$`. */
  betweenDayAndTime: RegExp;
  /** Words between a part of day and its day ("of", "del", "am"); `^…$`. */
  betweenPartAndDay: RegExp;
  /** Between a weekday and the date it stands on ("Tuesday, the 19th"); `^…$`. */
  betweenWeekdayAndDate: RegExp;
  /** "a week from Friday": the word between a count and its day; `^…$`. */
  countedFrom: RegExp;
  /** A preposition chrono keeps in its match but TimeML leaves out ("on", "el", "am"); `^…`. */
  leadingPreposition: RegExp;
  /** Where a range's second date begins in chrono's match ("-", "to", "al", "bis"). */
  rangeSeparator: RegExp;
}

/**
 * One language of the normalizer: its chrono configuration with our parsers, and the tables the
 * language-neutral core reads. English is built in; others are loaded with {@link loadLocale}.
 */
export interface NormalizerLocale {
  /** The BCP 47 language subtag: `en`, `es`, `de`, `fr`, `ru`. */
  readonly id: string;
  /** Builds this language's engine; called once, on first use. */
  createEngine(): Chrono;
  readonly tense: TenseTables;
  readonly cues: TextCues;
  /** The usual order of all-numeric dates ("4/3/2026"), when the caller's locale gives none. */
  readonly dateOrder: DateOrder;
  /** Rewrites typed shorthand into prose for `resolve` ("tmrw" → "tomorrow"); as written when absent. */
  prepareTyped?(input: string): TypedText;
}
