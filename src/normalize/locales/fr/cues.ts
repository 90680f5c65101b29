import type { TextCues } from '../../locale.js';

const AP = "['’]";

/** The French phrases the shared resolver reads around an expression. */
export const FR_CUES: TextCues = {
  // "En 2017, …", "Depuis début 2018, …" frame their sentence.
  framingLead: new RegExp(
    `^\\s*(?:en|depuis|dès|d${AP}ici|jusqu${AP}en|pendant|durant|avant|après|au\\s+cours\\s+de|courant)\\s+(?:(?:début|fin|mi-?)\\s*)?$`,
    'iu',
  ),
  sinceBefore: /(?<![\p{L}])depuis\s+$/iu,
  attributionBefore:
    /(?<![\p{L}])(?:déclaré|annoncé|indiqué|affirmé|précisé|expliqué|ajouté|confirmé|souligné|assuré|estimé|dit|écrit|déclare|annonce|indique|affirme|précise|explique|ajoute|confirme)e?s?\s+(?:ce\s+|le\s+)?$/iu,
  periodBoundary: /(?<![\p{L}])(?:clos|clôturée?s?|achevée?s?|terminée?s?|arrêtée?s?|au)\s+(?:le\s+)?$/iu,
  prepositionBefore: new RegExp(
    `(?<![\\p{L}])(?:en|le|au|du|depuis|dès|pendant|durant|avant|après|jusqu${AP}en|jusqu${AP}au|entre|et|de|d${AP}ici|vers|pour)\\s+(?:(?:début|fin|mi-?)\\s*)?$`,
    'iu',
  ),
  entryAhead:
    /^[^\n]*(?<![\p{L}])(?:aura|auront|sera|seront|doit|doivent|devrait|devraient|prévue?s?|programmée?s?|va|vont)(?![\p{L}])/iu,
  rangeBetween: new RegExp(`^\\s*(?:au|à|et|-|–|—|jusqu${AP}au|jusqu${AP}à|jusqu${AP}en)\\s*$`, 'iu'),
  // "sept. 2019", "M. Macron", "Mme Borne", "av. J.-C.": a period that ends no sentence.
  abbreviationBefore:
    /(?:^|[\s(])(?:janv|févr|fév|avr|juil|sept|oct|nov|déc|lun|mar|mer|jeu|ven|sam|dim|m|mm|mme|mmes|mlle|dr|pr|me|mgr|st|ste|av|apr|env|cf|p|vol|n°|no|art|gén|col|cdt|lt|j\.-c|\p{L})$/iu,
  today: /^aujourd['’]hui$/iu,
  presentVerb:
    /^(?:est|sont|reste|restent|demeure|demeurent|vit|vivent|compte|comptent|estime|estiment|considère|considèrent|pense|pensent|sait|savent|juge|jugent)$/iu,
  notPresentVerb:
    /^(?:était|étaient|fut|furent|a|ont|avait|avaient|sera|seront|aura|auront|\p{L}+é|\p{L}+ée)$/iu,
  betweenDayAndTime: /^\s*(?:,|à|vers|dès|-|—)?\s*$/iu,
  betweenPartAndDay: /^\s+(?:de|du)\s+$/iu,
  betweenWeekdayAndDate: /^\s*,?\s*(?:le\s+)?$/iu,
  countedFrom: /^\s+(?:après|avant)\s+$/iu,
  // TimeML leaves the preposition out: chrono's "le 3 mars" is marked as "3 mars".
  leadingPreposition: new RegExp(
    `^(?:le|au|aux|du|dès|depuis|en|à|entre|jusqu${AP}au|jusqu${AP}à|jusqu${AP}en|avant|après|pour|vers|d${AP}ici|on)\\s+`,
    'iu',
  ),
  rangeSeparator:
    /\s*(?:-|–|—|(?<![\p{L}])(?:au|à|jusqu['’]au)(?![\p{L}]))\s*(?!.*(?:-|–|—|(?<![\p{L}])(?:au|à)(?![\p{L}])))/iu,
};
