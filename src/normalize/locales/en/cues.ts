import type { TextCues } from '../../locale.js';

/** The English phrases the shared resolver reads around an expression. */
export const EN_CUES: TextCues = {
  // "In 2017, …", "By early 2018, …" frame their sentence; "The 2003 invasion" does not.
  framingLead:
    /^\s*(?:in|since|by|during|throughout|until|from|for|after|before)\s+(?:early\s+|late\s+|mid-?)?$/i,
  sinceBefore: /\bsince\s+$/i,
  attributionBefore: /\b(?:said|says|told|announced|added|wrote|reported)\s+(?:on\s+)?$/i,
  deathBefore: /\b(?:died|passed\s+away|was\s+killed|was\s+found\s+dead)\s+(?:on\s+)?$/i,
  // "said during a Sunday news conference", "did not reply to a request early Sunday for comment".
  attributionSettingBefore:
    /\b(?:said|says|told\s+\p{L}+|announced|added)\s+(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+$|\b(?:requests?|messages?|e-?mails?)\s+(?:left\s+|sent\s+)?(?:early\s+|late\s+|on\s+)?$/iu,
  // An opening or parenthetical participle ("Founded in 1945, …", ", born in 1950,"); "The firm
  // was founded in 1887 and moved in 1902" tells a history.
  foundingBefore:
    /(?:^|[.!?,]\s+|\n\s*)(?:founded|established|incorporated|formed|created|born|built|opened)\s+in\s+$/i,
  photoDateAfter: /^,?\s+(?:file\s+)?(?:photo|image|picture)\b/i,
  periodBoundary: /\b(?:ended|ending|as\s+of)\s+$/i,
  prepositionBefore:
    /\b(?:in|on|by|during|until|till|from|to|through|after|before|of|between|and)\s+(?:(?:early|late|mid-?)\s*)?$/i,
  // Lower case only: "April 2 — Will Jones, 54" names a man.
  entryAhead:
    /^[^\n]*\b(?:will|shall|is\s+to|are\s+to|to\s+be|scheduled|set\s+to|due\s+to|expected\s+to|plans?\s+to)\b/,
  rangeBetween: /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i,
  // "Sept. 14", "Mr. Bush", "U.S. troops": a period that ends no sentence.
  abbreviationBefore:
    /(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|prof|st|sen|rep|gov|gen|col|lt|sgt|capt|cmdr|adm|maj|rev|jr|sr|co|corp|inc|ltd|bros|no|vs|approx|est|dept|univ|[a-z]|(?:[a-z]\.)+[a-z])$/i,
  // "… at 7 p.m. Ortiz missed the game" ends there; "7 p.m. Thursday", "9 a.m. EST" go on.
  clockThenSentence:
    /\b[ap]\.m\.\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z]{1,4}T\b|GMT|UTC|local\b))[A-Z]/,
  // "Update December 19th, 8:40PM ET: … launched today": the line is written on the stamp's day.
  updateStampBefore: /^[\s•|*]*(?:update|updated)\s*(?:\(|:|—|–|-)?\s*(?:on\s+)?$/i,
  today: /^today$/i,
  presentVerb:
    /^(?:say|says|are|is|regard|regards|remain|remains|consider|considers|believe|believes|know|knows|estimate|estimates|stand|stands|see|sees|call|calls|describe|describes|agree|agrees|argue|argues|claim|claims|live|lives|think|thinks|view|views)$/i,
  notPresentVerb: /^(?:said|told|was|were|had|did|will|would|shall|be|been|\w+ed)$/i,
  betweenDayAndTime: /^\s*(?:local\s+time\s*)?(?:,|at|on|of|-|—)?\s*$/i,
  betweenPartAndDay: /^\s+(?:of|on)\s+$/i,
  betweenWeekdayAndDate: /^\s*,?\s*(?:the\s+)?$/i,
  countedFrom: /^\s+from\s+$/i,
  // TimeML leaves the preposition out: chrono's "on December 29" is marked as "December 29".
  leadingPreposition: /^(?:on|at|in|from|by|since|until|between)\s+/i,
  // The last separator in the match: "December 27-29", "Jan. 3 to Jan. 5", "10 a.m. until noon".
  rangeSeparator:
    /\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*(?!.*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b))/i,
};
