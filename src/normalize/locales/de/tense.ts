import type { TenseTables } from '../../locale.js';

const W = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

/** Future: "wird", "soll", plans, and words of what is ahead ("kommende", "voraussichtlich"). */
const FUTURE = new RegExp(
  `${W}(?:wird|werden|wirst|werde|würden?|soll|sollen|sollten?|will|wollen|planen|plant|geplant|vorgesehen|voraussichtlich|bevorstehend\\p{L}*|künftig\\p{L}*|kommend\\p{L}*|nächst\\p{L}*|demnächst|angesetzt|anberaumt|erwartet|dürfte|dürften|könnte|könnten)${E}`,
  'giu',
);

/**
 * Past: Präteritum of the auxiliaries and common strong verbs, weak Präteritum in "-te(n)", the
 * Perfekt auxiliary ("hat … gesagt"), and past adverbs. Participles alone say nothing: they close
 * future and present clauses too ("soll … fortgesetzt werden", "bleibt … gesperrt"). Lower case only (no `i`):
 * German nouns are capitalized, and many end like a weak past ("Rente", "Seite").
 */
/** The Perfekt's participle later in the clause ("hat am Montag erklärt"): only then is "hat" past. */
const PARTICIPLE_AHEAD =
  '[^.;:!?]{0,80}?(?<![\\p{L}])\\p{Ll}*(?:ge|be|er|ver|ent|zer)\\p{Ll}{2,}(?:t|en)(?![\\p{L}])';
/** "ist … gestorben", "sind … angekommen": a strong participle after "sein". */
const STRONG_PARTICIPLE_AHEAD = '[^.;:!?]{0,80}?(?<![\\p{L}])(?:\\p{Ll}*ge\\p{Ll}{2,}en|worden)(?![\\p{L}])';

/**
 * Plural Präteritum in "-ten" only as a list: the ending is also the present of verbs whose stem
 * ends in "t" ("treten", "gelten", "arbeiten") and of many adjectives ("den letzten").
 */
const PLURAL_PRETERITE =
  '(?:sag|erklär|teil|melde|berichte|forder|lehn|stimm|woll|muss|konn|durf|leb|arbeite|warte|zeig|mach|stell|brach|dach|nann|kann|führ|spiel|such|hör|glaub|hoff|kündig|beton|verlang|versuch|erreich|starte|ende|folg|wähl|droh|warn|lieg|rede|fehl|feier|besuch|plan)ten';

const PAST = new RegExp(
  `${W}(?:war|waren|warst|hatte|hatten|wurde|wurden|worden|gewesen|gab|kam|kamen|ging|gingen|fand|fanden|nahm|nahmen|starb|starben|begann|begannen|traf|trafen|fiel|fielen|stieg|stiegen|sank|verlor|verloren|gewann|gewannen|lag|lagen|stand|standen|zog|hielt|hielten|bekam|trat|traten|schrieb|rief|sprach|verließ|erschien|(?:hat|haben|habe)(?=${PARTICIPLE_AHEAD})|(?:ist|sind|bin)(?=${STRONG_PARTICIPLE_AHEAD})|[a-zäöüß]{2,}te|[a-zäöüß]{2,}ierten|${PLURAL_PRETERITE}|[Dd]amals|[Zz]uvor|[Vv]ergangen\\p{L}*|[Ll]etzt\\p{L}*|[Vv]orig\\p{L}*|[Ss]eit(?:her)?)${E}`,
  'gu',
);

/** Words the past pattern catches that are not past: ordinals, superlatives, adjectives, "gegen". */
const NOT_PAST =
  /^(?:dürften?|könnten?|sollten?|möchten?|müssten?|bräuchten?|\p{L}*(?:st|ß)te[nt]?|\p{L}*(?:zwei|drit|vier|fünf|sechs|sieb|ach|neun|zehn|elf|zwölf|zig)te[nt]?|mitte|heute|seite[n]?|gegen|geplant|gelten|gehen|geben|gestern|gesamten?|geraten|gewinnen|gewinnt|gelingt|genügt|gehört|gehören|gemeinsam|genannten|bekannten|erwartet|erwarteten|beabsichtigt|vorgesehen|angesetzt|angekündigt(?=x)|gut|bitte|weitere[n]?|mittelte|hälfte)$/iu;

/** German tense markers: "wird"/"soll" ahead, Präteritum and Perfekt behind. */
export const DE_TENSE: TenseTables = {
  future: FUTURE,
  past: PAST,
  present: new RegExp(
    `${W}(?:ist|sind|gilt|gelten|bleibt|bleiben|liegt|liegen|steht|stehen|sagt|sagen|meint|meinen|zeigt|befindet|heißt)${E}`,
    'gu',
  ),
  // News writes what is planned in the present ("Die Wahl findet am Sonntag statt").
  scheduled: new RegExp(
    `${W}(?:beginnt|beginnen|startet|starten|endet|enden|läuft|laufen|findet|finden|tritt|treten|tagt|tagen|öffnet|eröffnet|schließt|muss|müssen|stattfindet|stattfinden|kommt|kommen|folgt|reist|trifft|treffen)${E}`,
    'gu',
  ),
  notPast: NOT_PAST,
  deadlineBefore: /(?<![\p{L}\d])(?:bis|bis\s+zu[mr]|spätestens|ab)\s+(?:(?:anfang|mitte|ende)\s+)?$/iu,
  postponedTo:
    /(?<![\p{L}\d])(?:verschieb|vertag|verleg|verlänger)\p{L}*\s+(?:\p{L}+\s+){0,4}(?:auf|bis)\s+(?:den\s+|zum\s+)?$/iu,
  exceptions: [
    // "die geplante Reform", "die vereinbarte Frist": a participle after an article is an adjective.
    {
      markers: 'past',
      word: /te[nt]?$|^ge/u,
      before:
        /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|seine[nmr]?|ihre[nmr]?|im|am|zum|zur|vom|beim)\s+$/iu,
    },
    // "wird … gewählt", "soll … geprüft werden": a participle in a future clause is not past.
    {
      markers: 'past',
      word: /^ge|^\p{L}+ge\p{L}+$/u,
      before:
        /(?<![\p{L}])(?:wird|werden|soll|sollen|würde|würden|muss|müssen|kann|können)\s+(?:\p{L}+\s+)?$/iu,
    },
  ],
};
