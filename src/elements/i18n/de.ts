import { number, plural, type TimelineStrings } from './strings.js';

const p = plural('de');
const n = number('de');

/** German. */
export const strings: TimelineStrings = {
  timeline: 'Zeitleiste',
  toolbar: (label) => `Steuerung: ${label}`,
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles',
  plot: (label, c) =>
    `${label}: ${p(c, { one: '# Ereignis', other: '# Ereignisse' })}. Pfeiltasten wechseln das Ereignis, Eingabe wählt es, Plus und Minus zoomen.`,
  events: (c) => p(c, { one: '# Ereignis', other: '# Ereignisse' }),
  cluster: (events, range) => `${events}, ${range}. Vergrößern`,
  otherGroup: 'Sonstige',
  selectedEvent: 'Gewähltes Ereignis',
  steps: 'Durch die Ereignisse blättern',
  previous: 'Voriges Ereignis',
  next: 'Nächstes Ereignis',
  close: 'Details schließen',
  position: (i, c) => `${n(i)} von ${n(c)}`,
  written: (text) => `„${text}“ im Artikel`,
  readMore: 'Weiterlesen',
  fromArticle: (others) =>
    others > 0
      ? `Aus dem Artikel, auch in ${p(others, { one: '# weiteren Satz', other: '# weiteren Sätzen' })}`
      : 'Aus dem Artikel',
  allEvents: (c) => `Alle Ereignisse (${n(c)})`,
  unreadable: (c) => `${n(c)} ohne Datum oder unlesbar`,
  undatedMentions: (c) => p(c, { one: '# Erwähnung ohne Datum', other: '# Erwähnungen ohne Datum' }),
  showMore: (left) => `Mehr zeigen (noch ${n(left)})`,
  unreadableHeading: 'Ohne Datum oder unlesbar',
  undatedHeading: 'Erwähnungen ohne Datum im Artikel',
  item: (i) => `Eintrag ${n(i)}`,
  andMore: (c) => `…und ${n(c)} weitere`,
  warnings: 'Warnungen',
  notPlaced: (c) =>
    p(c, {
      one: '# Ereignis ließ sich nicht auf der Zeitleiste einordnen',
      other: '# Ereignisse ließen sich nicht auf der Zeitleiste einordnen',
    }),
  warningCount: (c) => p(c, { one: '# Warnung', other: '# Warnungen' }),
  loading: 'Ereignisse werden geladen…',
  reading: 'Der Artikel wird gelesen…',
  readingSize: (size) => `Der Artikel wird gelesen (${size} Text)…`,
  article: 'Artikel',
  showOnTimeline: (date) => (date ? `${date}: auf der Zeitleiste zeigen` : 'Auf der Zeitleiste zeigen'),
  loadFailed: (src, reason) => `${src} ließ sich nicht laden: ${reason}`,
  loadTimeout: (src, time) => `${src} ließ sich nicht laden: keine Antwort innerhalb von ${time}`,
  loadTooLarge: (src, size) => `${src} ließ sich nicht laden: größer als ${size} (max-bytes)`,
  badData: (src, reason) => `${src}: ${reason}`,
  notTimelineJS: (src, reason) => `${src} ließ sich nicht als TimelineJS3 lesen: ${reason}`,
  extractFailed: (reason) => `Aus dem Artikel ließen sich keine Ereignisse lesen: ${reason}`,
  extractModuleFailed: (reason) => `Das Extraktionsmodul ließ sich nicht laden: ${reason}`,
  badReferenceDate: (raw, problem) =>
    problem === 'format'
      ? `reference-date: „${raw}“ ist kein Datum nach ISO 8601 (erwartet etwa „2019-12-30“)`
      : `reference-date: „${raw}“ ist kein gültiges Kalenderdatum`,
  noReferenceDate: (today) =>
    `kein reference-date: relative Angaben wie „gestern“ wurden von heute aus gelesen, ${today}; reference-date auf das Erscheinungsdatum des Artikels setzen`,
  pageTitle: (title) => `Zeitleiste: ${title}`,
  published: (date, c) => `Veröffentlicht: ${date} · ${p(c, { one: '# Ereignis', other: '# Ereignisse' })}`,
};
