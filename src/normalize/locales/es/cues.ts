import type { TextCues } from '../../locale.js';

const POSITION = String.raw`(?:(?:principios|comienzos|inicios|mediados|finales|fines)\s+del?\s+)?`;

/** The Spanish phrases the shared resolver reads around an expression. */
export const ES_CUES: TextCues = {
  // "En 2017, …", "A finales de 2018, …" frame their sentence.
  framingLead: new RegExp(
    String.raw`^\s*(?:en|desde|hacia|durante|hasta|para|tras|a|antes\s+de|después\s+de)\s+${POSITION}(?:el\s+(?:año\s+)?)?$`,
    'iu',
  ),
  sinceBefore: /(?<![\p{L}])desde\s+(?:el\s+)?$/iu,
  attributionBefore:
    /(?<![\p{L}])(?:dijo|afirmó|declaró|anunció|informó|aseguró|explicó|señaló|indicó|añadió|comunicó|precisó|confirmó|advirtió|reconoció|dijeron|afirmaron|anunciaron|informaron|aseguraron|explicaron|señalaron|indicaron|confirmaron|ha\s+dicho|ha\s+afirmado|ha\s+anunciado|ha\s+informado|ha\s+asegurado|publicó)\s+(?:este\s+|el\s+|ayer\s+)?$/iu,
  periodBoundary:
    /(?<![\p{L}])(?:cerrad[oa]|terminad[oa]|concluid[oa]|finalizad[oa]|a\s+fecha\s+de|hasta\s+el\s+cierre\s+de)\s+(?:el\s+|a\s+)?$/iu,
  prepositionBefore: new RegExp(
    String.raw`(?<![\p{L}])(?:en|el|del|de|desde|hasta|durante|para|entre|y|a|al|tras|hacia|antes\s+de|después\s+de)\s+${POSITION}$`,
    'iu',
  ),
  entryAhead:
    /^[^\n]*(?<![\p{L}])(?:\p{L}{2,}(?:rá|rán)|va\s+a|van\s+a|previst[oa]|programad[oa]|prevé|tendrá\s+lugar)(?![\p{L}])/iu,
  rangeBetween: /^\s*(?:al?|y(?:\s+el)?|hasta(?:\s+el)?|-|–|—|\/)\s*$/iu,
  // "Sr. García", "EE. UU.", "núm. 3", "15 ene. 2024": a stop that ends no sentence.
  abbreviationBefore:
    /(?:^|[\s(])(?:sr|sra|srta|sres|dr|dra|dña|d|lic|ing|prof|gral|gob|pdte|presid|núm|nº|art|arts|pág|págs|vol|cap|ed|ej|aprox|av|avda|ene|feb|mar|abr|jun|jul|ago|sep|sept|oct|nov|dic|ee|uu|cía|etc|\p{L}|(?:\p{L}\.)+\p{L})$/iu,
  today: /^hoy$/iu,
  presentVerb:
    /^(?:es|son|somos|está|están|estamos|sigue|siguen|considera|consideran|cree|creen|creemos|afirma|afirman|dice|dicen|sabe|saben|sabemos|vive|viven|vivimos|tiene|tienen|tenemos|vemos|entendemos|conocemos)$/iu,
  notPresentVerb:
    /^(?:fue|fueron|era|eran|dijo|dijeron|había|habían|será|serán|\p{L}+ó|\p{L}+aron|\p{L}+ieron)$/iu,
  betweenDayAndTime: /^\s*(?:a|sobre|hacia|desde|de|del|-|—)?\s*$/iu,
  betweenPartAndDay: /^\s+(?:del?|el)\s+$/iu,
  betweenWeekdayAndDate: /^\s*,?\s*(?:el\s+)?(?:día\s+)?$/iu,
  countedFrom: /^\s+(?:a\s+partir\s+del?|después\s+del?|despues\s+del?)\s+$/iu,
  // TimeML leaves the preposition out and keeps the article: "el 5 de mayo", "en marzo".
  leadingPreposition: /^(?:del|al|en|de|desde|hasta|para)\s+/iu,
  rangeSeparator: /\s*(?:-|–|—|\bal\b|\bhasta\b|\by\b)\s*(?!.*(?:-|–|—|\bal\b|\bhasta\b|\by\b))/iu,
};
