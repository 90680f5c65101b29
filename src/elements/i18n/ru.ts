import { number, plural, type TimelineStrings } from './strings.js';

const p = plural('ru');
const n = number('ru');
const EVENTS = { one: '# событие', few: '# события', many: '# событий', other: '# события' };

/** Russian. */
export const strings: TimelineStrings = {
  timeline: 'Хронология',
  toolbar: (label) => `Управление: ${label}`,
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  fit: 'Всё',
  plot: (label, c) =>
    `${label}: ${p(c, EVENTS)}. Стрелки переходят между событиями, Enter выбирает, плюс и минус меняют масштаб.`,
  events: (c) => p(c, EVENTS),
  cluster: (events, range) => `${events}, ${range}. Приблизить`,
  otherGroup: 'Другое',
  selectedEvent: 'Выбранное событие',
  steps: 'Листать события',
  previous: 'Предыдущее событие',
  next: 'Следующее событие',
  close: 'Закрыть подробности',
  position: (i, c) => `${n(i)} из ${n(c)}`,
  written: (text) => `«${text}» в статье`,
  readMore: 'Подробнее',
  fromArticle: (others) =>
    others > 0
      ? `Из статьи; также ещё в ${p(others, { one: '# предложении', other: '# предложениях' })}`
      : 'Из статьи',
  allEvents: (c) => `Все события (${n(c)})`,
  unreadable: (c) => `Без даты или нечитаемых: ${n(c)}`,
  undatedMentions: (c) =>
    p(c, {
      one: '# упоминание без даты',
      few: '# упоминания без даты',
      many: '# упоминаний без даты',
      other: '# упоминания без даты',
    }),
  showMore: (left) => `Показать ещё (осталось ${n(left)})`,
  unreadableHeading: 'Без даты или нечитаемые',
  undatedHeading: 'Упоминания без даты в статье',
  item: (i) => `элемент ${n(i)}`,
  andMore: (c) => `…и ещё ${n(c)}`,
  warnings: 'Предупреждения',
  notPlaced: (c) => `Не удалось поместить на хронологию: ${p(c, EVENTS)}`,
  warningCount: (c) =>
    p(c, {
      one: '# предупреждение',
      few: '# предупреждения',
      many: '# предупреждений',
      other: '# предупреждения',
    }),
  loading: 'Загрузка событий…',
  reading: 'Чтение статьи…',
  readingSize: (size) => `Чтение статьи (${size} текста)…`,
  article: 'Статья',
  showOnTimeline: (date) => (date ? `${date}: показать на хронологии` : 'Показать на хронологии'),
  loadFailed: (src, reason) => `не удалось загрузить ${src}: ${reason}`,
  loadTimeout: (src, time) => `не удалось загрузить ${src}: нет ответа за ${time}`,
  loadTooLarge: (src, size) => `не удалось загрузить ${src}: больше ${size} (max-bytes)`,
  badData: (src, reason) => `${src}: ${reason}`,
  notTimelineJS: (src, reason) => `не удалось прочитать ${src} как TimelineJS3: ${reason}`,
  extractFailed: (reason) => `не удалось извлечь события из статьи: ${reason}`,
  extractModuleFailed: (reason) => `не удалось загрузить модуль извлечения: ${reason}`,
  badReferenceDate: (raw, problem) =>
    problem === 'format'
      ? `reference-date: «${raw}» — не дата в формате ISO 8601 (например, «2019-12-30»)`
      : `reference-date: «${raw}» — несуществующая дата`,
  noReferenceDate: (today) =>
    `нет reference-date: относительные даты вроде «вчера» отсчитаны от сегодняшнего дня, ${today}; укажите в reference-date дату публикации статьи`,
  pageTitle: (title) => `Хронология: ${title}`,
  published: (date, c) => `Опубликовано ${date} · ${p(c, EVENTS)}`,
};
