import { number, plural, type TimelineStrings } from './strings.js';

const p = plural('es');
const n = number('es');

/** Spanish. */
export const strings: TimelineStrings = {
  timeline: 'Cronología',
  toolbar: (label) => `Controles de ${label}`,
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Ajustar',
  plot: (label, c) =>
    `${label}: ${p(c, { one: '# evento', other: '# eventos' })}. Las flechas pasan de un evento a otro, Intro selecciona, más y menos hacen zoom.`,
  events: (c) => p(c, { one: '# evento', other: '# eventos' }),
  cluster: (events, range) => `${events}, ${range}. Acercar`,
  otherGroup: 'Otros',
  selectedEvent: 'Evento seleccionado',
  steps: 'Recorrer los eventos',
  previous: 'Evento anterior',
  next: 'Evento siguiente',
  close: 'Cerrar detalles',
  position: (i, c) => `${n(i)} de ${n(c)}`,
  written: (text) => `«${text}» en el artículo`,
  readMore: 'Leer más',
  fromArticle: (others) =>
    others > 0
      ? `Del artículo; también en ${p(others, { one: '# frase más', other: '# frases más' })}`
      : 'Del artículo',
  allEvents: (c) => `Todos los eventos (${n(c)})`,
  unreadable: (c) => p(c, { one: '# sin fecha o ilegible', other: '# sin fecha o ilegibles' }),
  undatedMentions: (c) => p(c, { one: '# mención sin fecha', other: '# menciones sin fecha' }),
  showMore: (left) => `Mostrar más (quedan ${n(left)})`,
  unreadableHeading: 'Sin fecha o ilegibles',
  undatedHeading: 'Menciones sin fecha en el artículo',
  item: (i) => `elemento ${n(i)}`,
  andMore: (c) => `…y ${n(c)} más`,
  warnings: 'Avisos',
  notPlaced: (c) =>
    p(c, {
      one: '# evento no pudo situarse en la cronología',
      other: '# eventos no pudieron situarse en la cronología',
    }),
  warningCount: (c) => p(c, { one: '# aviso', other: '# avisos' }),
  loading: 'Cargando eventos…',
  reading: 'Leyendo el artículo…',
  readingSize: (size) => `Leyendo el artículo (${size} de texto)…`,
  article: 'Artículo',
  showOnTimeline: (date) => (date ? `${date}: ver en la cronología` : 'Ver en la cronología'),
  loadFailed: (src, reason) => `no se pudo cargar ${src}: ${reason}`,
  loadTimeout: (src, time) => `no se pudo cargar ${src}: sin respuesta en ${time}`,
  loadTooLarge: (src, size) => `no se pudo cargar ${src}: ocupa más de ${size} (max-bytes)`,
  badData: (src, reason) => `${src}: ${reason}`,
  notTimelineJS: (src, reason) => `no se pudo leer ${src} como TimelineJS3: ${reason}`,
  extractFailed: (reason) => `no se pudieron extraer eventos del artículo: ${reason}`,
  extractModuleFailed: (reason) => `no se pudo cargar el módulo de extracción: ${reason}`,
  badReferenceDate: (raw, problem) =>
    problem === 'format'
      ? `reference-date: «${raw}» no es una fecha ISO 8601 (se espera, p. ej., «2019-12-30»)`
      : `reference-date: «${raw}» no es una fecha válida del calendario`,
  noReferenceDate: (today) =>
    `sin reference-date: las fechas relativas como «ayer» se leyeron desde hoy, ${today}; ponga en reference-date la fecha de publicación del artículo`,
  pageTitle: (title) => `Cronología: ${title}`,
  published: (date, c) => `Publicado el ${date} · ${p(c, { one: '# evento', other: '# eventos' })}`,
};
