import type { TenseTables } from '../../locale.js';

const L = String.raw`\p{L}`;
const W = String.raw`(?<![\p{L}\d])`;
const N = String.raw`(?![\p{L}\d])`;

/** Future: the synthetic future and conditional ("será", "llegarán", "tendría"), "va a", plans. */
const FUTURE = new RegExp(
  String.raw`${W}(?:${L}{2,}(?:rá|rán|ré)|(?!(?:secret|gal|lot|bat|ingeni|libr|panad|cervec|joy|tesor|consej|carnic|conserj|mayor|minor|categor|teor|soberan|guarder|porter|camarer|mercer|cafeter)${L}*ía)${L}{2,}(?:aría|ería|iría|rían)|habrá|habrán|va\s+a|van\s+a|vamos\s+a|iba\s+a|iban\s+a|tiene\s+previsto|tienen\s+previsto|está\s+previst[oa]|están\s+previst[oa]s|previst[oa]s?\s+para|prevé|prevén|prevista|previsto|planea|planean|pretende|pretenden|se\s+espera|espera|esperan|programad[oa]s?|próxim[oa]s?|proxim[oa]s?|que\s+viene|venidero|entrante|convoca|convocará|anuncia\s+que|deberá|deberán|tendrá\s+lugar|para(?=\s+(?:el\s+|la\s+)?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|pr[óo]xim|fin\s+de|\d)))${N}`,
  'giu',
);
/** Past: the preterite and imperfect ("dijo", "anunció", "llegaron", "estaba"), the perfect ("ha dicho"), "hace". */
const PAST = new RegExp(
  String.raw`${W}(?:${L}{2,}(?:ó|aron|ieron|yeron|aba|aban|ábamos)|(?:ha|han|había|habían|hemos|he|hubo)\s+${L}+(?:ado|ido|cho|to)|fue|fueron|era|eran|había|habían|tenía|tenían|decía|decían|vivía|vivían|podía|podían|quería|querían|sabía|sabían|parecía|parecían|seguía|seguían|existía|existían|hacía|hacían|iba|iban|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|estuvieron|hubo|pudo|pudieron|quiso|puso|pusieron|vino|vinieron|dio|dieron|vio|supo|murió|ayer|anoche|anteayer|hace|desde|pasado|pasada|anterior|entonces)${N}(?!\s+que${N})`,
  'giu',
);
/** Present forms: what "es", "está", "tiene" say may point either way. */
const PRESENT = new RegExp(
  String.raw`${W}(?:es|son|está|están|hay|tiene|tienen|sigue|siguen|continúa|continúan|queda|quedan|vive|viven)${N}`,
  'giu',
);
/** The present of a plan: news writes "El presidente viaja el lunes a Bruselas". */
const SCHEDULED = new RegExp(
  String.raw`${W}(?:comienza|comienzan|empieza|empiezan|arranca|arrancan|inicia|inician|abre|abren|cierra|cierran|termina|terminan|finaliza|concluye|viaja|viajan|visita|visitan|llega|llegan|se\s+celebra|se\s+celebran|se\s+reúne|se\s+reúnen|se\s+reunirá|juega|juegan|disputa|se\s+disputa|debe|deben|debería|deberían|entra\s+en\s+vigor|entran\s+en\s+vigor|se\s+inaugura|estrena|estrenan|presenta|presentan|vota|votan|se\s+vota|regresa|vuelve|sale|salen|acoge|vence|vencen|expira|expiran|caduca)${N}`,
  'giu',
);

/** Spanish tense markers: verb endings of the future and conditional, of the preterite and imperfect. */
export const ES_TENSE: TenseTables = {
  future: FUTURE,
  past: PAST,
  present: PRESENT,
  scheduled: SCHEDULED,
  deadlineBefore:
    /(?<![\p{L}])(?:hasta|antes\s+de|para|a\s+más\s+tardar)\s+(?:el\s+|la\s+|(?:principios|mediados|finales|fines)\s+del?\s+)?$/iu,
  postponedTo:
    /(?<![\p{L}])(?:aplaz|pospus|pospon|pospone|retras|prorrog|prorrogó|amplí|ampli|extend|extiend|traslad|posterg)\p{L}*[^.;:]{0,40}?(?:hasta|al|a|para)\s+(?:el\s+|la\s+|(?:principios|mediados|finales|fines)\s+del?\s+)?$/iu,
  exceptions: [
    // "el presidente electo será investido el lunes": a participle after "será" is not past.
    {
      markers: 'past',
      before: /(?<![\p{L}])(?:será|serán|sería|va\s+a\s+ser|ser|sido|estará|quedará)\s+$/iu,
    },
  ],
};
