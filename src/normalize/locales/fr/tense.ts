import type { TenseTables } from '../../locale.js';

const L = '\\p{L}';
const NB = '(?<![\\p{L}\\d])';
const NA = '(?![\\p{L}\\d])';

/**
 * Future: the futur simple ("aura", "sera", "annoncera", "tiendra"), the futur proche ("va
 * signer", "vont voter"), the conditional of plans ("devrait"), and plan words ("prévu pour",
 * "d'ici", "prochain").
 */
const FUTURE = new RegExp(
  `${NB}(?:aura|auront|sera|seront|fera|feront|ira|iront|pourra|pourront|devra|devront|viendra|viendront|${L}{2,}(?:era|eront|ira|iront|dra|dront|vra|vront|rra|rront)|${L}{2,}(?:erait|eraient|irait|iraient|drait|draient|rrait|rraient|vrait|vraient)|aurait|auraient|serait|seraient|va|vont|allons|espère|espèrent|souhaite|souhaitent|vise|visent|doit|doivent|prévoit|prévoient|envisage|envisagent|compte|comptent|projette|entend|entendent|prochaine?s?|à\\s+venir|d['’]ici|prévue?s?\\s+(?:pour|le|en|d['’]ici|début|fin|mi)|programmée?s?|censée?s?|appelée?s?\\s+à|attendue?s?|promet|promettent|s['’]engage)${NA}`,
  'giu',
);

/**
 * Past: the passé composé (auxiliary and participle, "a annoncé", "sont arrivés", "a été"), the
 * imparfait ("-ait", "-aient"), the passé simple's plural ("-èrent"), the plus-que-parfait, and
 * past words ("dernier", "il y a", "hier", "depuis").
 */
const PAST = new RegExp(
  `${NB}(?:(?:a|ont|avait|avaient|est|sont|était|étaient|eut|fut|furent|s['’]est|se\\s+sont|s['’]était)\\s+(?:(?:déjà|notamment|aussi|pas|bien|encore|également|finalement|récemment|alors|ainsi|enfin|toutefois|pourtant|longtemps|même|été)\\s+){0,2}${L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|ort|orte|int|inte)|a-t-(?:il|elle|on)\\s+${L}{2,}|${L}{3,}(?:é|ée|és|ées|i|ie|is|u|ue|us|ues|ert|erte|erts|ertes|ise|ises|ite|ites)(?=\\s+(?:le\\s+\\d|en\\s+\\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|dans\\s+la\\s+nuit))|${L}{3,}(?:ait|aient)|${L}{2,}(?:èrent|irent|urent)|il\\s+y\\s+a|dernière?s?|hier|naguère|auparavant|précédemment|passée?s?)${NA}`,
  'giu',
);

/** French tense markers as data: the future's endings and plans, the past's auxiliaries and endings. */
export const FR_TENSE: TenseTables = {
  future: FUTURE,
  past: PAST,
  present:
    /(?<![\p{L}\d])(?:est|sont|reste|restent|demeure|demeurent|expire|termine|commence)(?![\p{L}\d])/giu,
  // News writes what is planned in the present ("Le sommet s'ouvre lundi").
  scheduled:
    /(?<![\p{L}\d])(?:commence|commencent|débute|débutent|s['’]ouvre|s['’]ouvrent|ouvre|se\s+tient|se\s+tiendra|se\s+réunit|se\s+réunissent|entre\s+en\s+vigueur|expire|arrive|arrivent|part|partent|se\s+rend|se\s+rendent|accueille|reçoit)(?![\p{L}\d])/giu,
  // "est prévu", "sont attendus", "a été programmé": a participle of plans is not the past.
  notPast:
    /(?:erait|eraient|irait|iraient|drait|draient|rrait|rraient|vrait|vraient|aurait|auraient|serait|seraient|prévue?s?|programmée?s?|attendue?s?|censée?s?|appelée?s?|invitée?s?|convoquée?s?|annoncée?s?\s+pour|prochaine?s?|fixée?s?)$/iu,
  deadlineBefore:
    /(?<![\p{L}])(?:d['’]ici|jusqu['’]à|jusqu['’]au|jusqu['’]en|avant|au\s+plus\s+tard)\s+(?:le\s+|la\s+|l['’]|(?:fin|début|mi-?)\s*)?$/iu,
  // "reporté au 5 mars", "repoussé à l'automne": a new date set ahead of the move.
  postponedTo:
    /(?<![\p{L}])(?:report|repouss|décal|ajourn|prolong|différ)\p{L}*(?:[^.;:]{0,40}?)(?:au|à|à\s+la|jusqu['’]au|jusqu['’]en)\s+(?:(?:fin|début|mi-?)\s*)?$/iu,
  exceptions: [
    // "la semaine dernière" speaks for itself; "le dernier rapport" marks nothing either way.
    {
      markers: 'past',
      word: /^dernière?s?$/iu,
      before: /(?:le|la|les|son|sa|ses|leur|leurs|ce|cette|ces)\s+$/iu,
    },
    // "sera versé le 15 mars", "seront publiés le 5 mai": a passive of the future is no past.
    {
      markers: 'past',
      word: /^(?!(?:a|ont|avait|avaient|est|sont|était|étaient)\s)/iu,
      before:
        /(?<![\p{L}])(?:sera|seront|serait|seraient|être|va\s+être|vont\s+être|doit\s+être|doivent\s+être|devrait\s+être|devraient\s+être)\s+(?:(?:bien|déjà|aussi|également|ensuite)\s+)?$/iu,
    },
    // "il va de soi": no plan.
    { markers: 'future', word: /^va$/iu, before: /(?:il|ça|cela)\s+$/iu },
  ],
};
