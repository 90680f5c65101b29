import { number, plural, type TimelineStrings } from './strings.js';

const p = plural('fr');
const n = number('fr');

/** French. */
export const strings: TimelineStrings = {
  timeline: 'Chronologie',
  toolbar: (label) => `Commandes : ${label}`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout voir',
  plot: (label, c) =>
    `${label} : ${p(c, { one: '# événement', other: '# événements' })}. Les flèches passent d’un événement à l’autre, Entrée sélectionne, plus et moins zooment.`,
  events: (c) => p(c, { one: '# événement', other: '# événements' }),
  cluster: (events, range) => `${events}, ${range}. Zoom avant`,
  otherGroup: 'Autres',
  selectedEvent: 'Événement sélectionné',
  steps: 'Parcourir les événements',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  close: 'Fermer les détails',
  position: (i, c) => `${n(i)} sur ${n(c)}`,
  written: (text) => `« ${text} » dans l’article`,
  readMore: 'Lire la suite',
  fromArticle: (others) =>
    others > 0
      ? `Tiré de l’article, repris dans ${p(others, { one: '# autre phrase', other: '# autres phrases' })}`
      : 'Tiré de l’article',
  allEvents: (c) => `Tous les événements (${n(c)})`,
  unreadable: (c) => p(c, { one: '# sans date ou illisible', other: '# sans date ou illisibles' }),
  undatedMentions: (c) => p(c, { one: '# mention sans date', other: '# mentions sans date' }),
  showMore: (left) => `Afficher plus (encore ${n(left)})`,
  unreadableHeading: 'Sans date ou illisibles',
  undatedHeading: 'Mentions sans date dans l’article',
  item: (i) => `élément ${n(i)}`,
  andMore: (c) => `…et ${n(c)} de plus`,
  warnings: 'Avertissements',
  notPlaced: (c) =>
    p(c, {
      one: '# événement n’a pas pu être placé sur la chronologie',
      other: '# événements n’ont pas pu être placés sur la chronologie',
    }),
  warningCount: (c) => p(c, { one: '# avertissement', other: '# avertissements' }),
  loading: 'Chargement des événements…',
  reading: 'Lecture de l’article…',
  readingSize: (size) => `Lecture de l’article (${size} de texte)…`,
  article: 'Article',
  showOnTimeline: (date) => (date ? `${date} : voir sur la chronologie` : 'Voir sur la chronologie'),
  loadFailed: (src, reason) => `impossible de charger ${src} : ${reason}`,
  loadTimeout: (src, time) => `impossible de charger ${src} : pas de réponse en ${time}`,
  loadTooLarge: (src, size) => `impossible de charger ${src} : plus de ${size} (max-bytes)`,
  badData: (src, reason) => `${src} : ${reason}`,
  notTimelineJS: (src, reason) => `impossible de lire ${src} comme TimelineJS3 : ${reason}`,
  extractFailed: (reason) => `impossible d’extraire les événements de l’article : ${reason}`,
  extractModuleFailed: (reason) => `impossible de charger le module d’extraction : ${reason}`,
  badReferenceDate: (raw, problem) =>
    problem === 'format'
      ? `reference-date : « ${raw} » n’est pas une date ISO 8601 (par exemple « 2019-12-30 »)`
      : `reference-date : « ${raw} » n’est pas une date valide du calendrier`,
  noReferenceDate: (today) =>
    `pas de reference-date : les dates relatives comme « hier » ont été lues à partir d’aujourd’hui, ${today} ; donnez à reference-date la date de publication de l’article`,
  pageTitle: (title) => `Chronologie : ${title}`,
  published: (date, c) => `Publié le ${date} · ${p(c, { one: '# événement', other: '# événements' })}`,
};
