import type { TenseTables } from '../../locale.js';

const FUTURE =
  /\b(?:will|won['’]t|shall|['’]ll|going\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|(?:scheduled|planned|slated|set|targeted)\s+for|supposed\s+to|(?:has|have)\s+scheduled|scheduled(?!\s+(?:a|an|the|his|her|their|its)\b)|expected\s+to|expects?\s+to|is\s+to|are\s+to|was\s+to|were\s+to|set\s+to|due\s+to|upcoming|ahead\s+of|would(?!\s+have\b)|could(?!\s+(?:not|have|never|be\s+(?:heard|seen|felt|smelled))\b|n['’]t)|to\s+be\s+held|as\s+(?:soon|early|late)\s+as|(?:agree|decide|vote|pledge|promise|vow|offer|hope|aim|seek|want|threaten|prepare|propose)(?:s|d|ed)?\s+to|sought\s+to|plann(?:ed|ing)|expects?|predicts?|anticipates?|(?:agreement|deal|bid|plan|proposal|decision)\s+to|(?:urge|ask|order|advise|warn)(?:s|d|ed)?\s+\w+\s+to|(?:urged|asked|ordered|advised|warned)(?:\s+\w+){2,3}\s+to\s+be\b|(?:direct|order|request|recommend|demand|ask|urge)(?:s|ed|d)?\s+that|next\s+(?!to\b)[a-z]+)\b/gi;
/** Past-tense verbs and past markers; words of FUTURE ("scheduled") are taken out by `notPast`. */
const PAST =
  /\b(?:(?<!\b(?:has|have|had)\s)scheduled\s+(?:a|an|the|his|her|their|its)\b|was|were|had|did|said|told|went|came|took|made|met|left|began|gave|saw|won|lost|sent|held|fell|rose|led|struck|sold|bought|paid|brought|fought|spoke|wrote|became|ran|drew|threw|grew|flew|knew|broke|chose|drove|rode|stole|wore|tore|shook|froze|caught|taught|thought|felt|kept|spent|built|stood|found|swore|sank|rang|sang|swam|fled|died|shot|slid|ate|arose|withdrew|underwent|overtook|ago|last|since|earlier|previously|used\s+to|[a-z]{2,}[^e\s]ed)\b/gi;
const PARTICIPLE_AFTER =
  /\b(?:be|been|being|to|will|would|is|are|am|remain|remains|remained|stay|stays|stayed|become|becomes|get|gets|seem|seems)\s+(?:(?:\w+ly|already|also|still|now|not|just)\s+){0,2}$/i;

/** English tense markers: auxiliaries and plans for the future, past forms and "-ed" for the past. */
export const EN_TENSE: TenseTables = {
  future: FUTURE,
  past: PAST,
  present: /\b(?:is|are|am|has|have|says|remains|remain|payable|expires?|ends?|begins?|starts?)\b/gi,
  // News writes what is planned in the present ("Early voting begins Monday").
  scheduled:
    /\b(?:begins|starts|opens|resumes|continues?|plays?|faces?|hosts?|expires|arrives|departs|meets|meet|visits|takes\s+effect|kicks?\s+off|must|should|might|due\s+(?:on|by|in|at|for|out))\b/gi,
  notPast:
    /^(?:(?:scheduled|planned|slated|set|targeted)\s+for|supposed\s+to|scheduled|expected|planned|intended|proposed|needed|united|red|bed|hundred|based|related|limited|indeed)$/i,
  futureInPast: /^(?:would|was\s+to|were\s+to)$/i,
  clauseJoin: /\b(?:and|but)\s+(?:he|she|they|it|we|i|you)\b/i,
  framingBefore: /(?:^|\bthat\s+)[\s"“]*(?:on|in|by|early|late|last|this)?\s*$/i,
  deadlineBefore: /\b(?:by|until|till|through)\s+(?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?$/i,
  // "extended to Nov. 20", "postponed its vote until March": a new date set ahead of the move.
  postponedTo:
    /\b(?:extend|postpone|delay|defer|adjourn|reschedul|push(?:ed)?\s+back|put\s+off)\w*\b[^.;:]{0,40}?\b(?:to|until|till|for)\s+(?:early\s+|mid-?|late\s+|the\s+end\s+of\s+)?$/i,
  exceptions: [
    // "— the killing … during the weekend — could drive more Afghans…": a modal after a dashed
    // aside is the main clause's, not the aside's.
    { markers: 'future', word: /^could$/i, before: /[—–]\s*$/ },
    // "a redesigned watch", "the increased dividend": a participle after a determiner is an adjective.
    { markers: 'past', word: /ed$/i, before: /\b(?:a|an|the|its|their|his|her|our)\s+$/i },
    // "expects to have the fire fully contained by Thursday": a participle of an infinitive's
    // "have" is what is to be done, not past.
    {
      markers: 'past',
      word: /(?:ed|en)$/i,
      before: /\bto\s+(?:have|get)\s+(?:\S+\s+){1,4}$/i,
    },
    // "93rd-ranked", "top-seeded", "state-owned": a participle joined to the word before is an adjective.
    { markers: 'past', word: /ed$/i, before: /[\p{L}\p{N}]-$/u },
    // "will be named", "would be paid", "are already booked": a participle after an auxiliary is
    // not past.
    {
      markers: 'past',
      word: /^(?!(?:was|were|had|did|ago|last|since|earlier|previously)$)/i,
      before: PARTICIPLE_AFTER,
    },
    // "difficult to meet demand into the summer": an infinitive schedules nothing.
    { markers: 'scheduled', before: /\bto\s+$/i },
    // "died Thursday of respiratory failure due to lung disease": "due to" after a noun or a verb,
    // with no "be" before it, gives a cause, not a plan ("is due to land", "the report, due to be
    // released Friday" are plans).
    {
      markers: 'future',
      word: /^due\s+to$/i,
      before:
        /(?<!['’])\b(?!(?:is|are|am|was|were|be|been|being|now|still|also|originally|initially|not|first|ar|s|re)\b)\p{L}+\s+$/iu,
    },
    // "It had been due to expire Friday": a plan seen from the past, which has come and gone.
    { markers: 'future', before: /\bhad\s+been\s+$/i },
    // "is due to begin in the spring": the verb after a marker of the future is that future.
    { markers: 'present', before: /\b(?:due|expected|scheduled|set|supposed|going|plans?|about)\s+to\s+$/i },
  ],
};
